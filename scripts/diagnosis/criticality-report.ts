// `npm run kb:criticality-report`: recomputes how the criticality rules classify the generic code
// table and rewrites the generated sections of docs/diagnosis-criticality.md (the rules in
// order, and the per-system table). The test in criticality-report.test.ts fails when the
// document is stale, so a rule change always shows its effect in the review.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  criticalityRulesMarkdown,
  criticalityTable,
  criticalityTableMarkdown,
} from '../../shared/diagnosis/criticality-table';
import type { KnowledgeBase } from '../../shared/diagnosis/knowledge-base';
import { parseKnowledgeBase } from '../../shared/diagnosis/knowledge-base';
import { knowledgeBaseFiles } from '../../shared/diagnosis/test-support';

export const REPORT_PATH = fileURLToPath(
  new URL('../../docs/diagnosis-criticality.md', import.meta.url),
);

export function loadRepositoryKnowledgeBase(): KnowledgeBase {
  const readJson = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../resources/diagnosis/${name}`, import.meta.url), 'utf8'));
  return parseKnowledgeBase(knowledgeBaseFiles(readJson));
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`section ${name} not found in the document`);
  return `${document.slice(0, from + start.length)}\n${body}\n${document.slice(to)}`;
}

/** The document as it should be for this knowledge base. */
export function renderReport(document: string, kb: KnowledgeBase): string {
  const withRules = replaceSection(
    document,
    'criticality-rules',
    criticalityRulesMarkdown(kb.rules, kb.components),
  );
  return replaceSection(
    withRules,
    'criticality-table',
    criticalityTableMarkdown(criticalityTable(kb), kb.version),
  );
}

function main(): void {
  const kb = loadRepositoryKnowledgeBase();
  const before = readFileSync(REPORT_PATH, 'utf8');
  const after = renderReport(before, kb);
  writeFileSync(REPORT_PATH, after);
  const table = criticalityTable(kb);
  process.stdout.write(
    `${REPORT_PATH}: ${table.total.total} codes, rouge ${table.total.rouge}, orange ${table.total.orange}, jaune ${table.total.jaune}${before === after ? ' (unchanged)' : ''}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
