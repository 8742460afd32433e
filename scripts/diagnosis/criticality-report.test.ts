import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criticalityTable } from '../../shared/diagnosis/criticality-table';
import {
  REPORT_PATH,
  loadRepositoryKnowledgeBase,
  renderReport,
  replaceSection,
} from './criticality-report';

const kb = loadRepositoryKnowledgeBase();

describe('docs/diagnosis-criticality.md', () => {
  it('is up to date with the rules and the code table (npm run kb:criticality-report)', () => {
    const document = readFileSync(REPORT_PATH, 'utf8');
    expect(renderReport(document, kb)).toBe(document);
  });

  it('publishes every rule with its reason and the per-system table', () => {
    const document = readFileSync(REPORT_PATH, 'utf8');
    for (const rule of kb.rules) {
      expect(document).toContain(`\`${rule.id}\``);
      expect(document).toContain(rule.reason.en.replace(/\|/g, '\\|'));
    }
    const table = criticalityTable(kb);
    for (const { system, counts } of table.bySystem) {
      expect(document).toContain(
        `| ${system} | ${counts.rouge} | ${counts.orange} | ${counts.jaune} | ${counts.total} |`,
      );
    }
  });

  it('replaces only the marked section', () => {
    const text = 'a\n<!-- x:start -->\nold\n<!-- x:end -->\nb';
    expect(replaceSection(text, 'x', 'new')).toBe('a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb');
    expect(() => replaceSection('no markers', 'x', 'new')).toThrow(/section x/);
  });
});
