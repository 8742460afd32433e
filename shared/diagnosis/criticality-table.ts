// How the criticality rules classify the generic code table: each listed code stored alone, with
// no live data, history or known problem (the code rules only). This is the table published in
// docs/diagnosis-criticality.md and checked by a test, so a rule change shows its effect on the
// 9,000-odd codes at review time.

import { criticalityOf } from './criticality';
import type { KnowledgeBase } from './knowledge-base';
import type { CompiledComponent, CriticalityRule } from './rule-schema';
import { SYSTEMS } from './schema-parts';
import type { Criticality } from './types';

export interface CriticalityCounts {
  rouge: number;
  orange: number;
  jaune: number;
  total: number;
}

export interface CriticalityTable {
  bySystem: { system: string; counts: CriticalityCounts }[];
  byRule: { rule: string; level: Criticality; count: number }[];
  total: CriticalityCounts;
}

const empty = (): CriticalityCounts => ({ rouge: 0, orange: 0, jaune: 0, total: 0 });

/** The level each listed code gets when it is stored alone (code rules only). */
export function codeLevels(kb: KnowledgeBase): Map<string, { level: Criticality; rule: string }> {
  const context = {
    multiCylinderMisfire: false,
    sessionCodes: new Set<string>(),
    sessionSubsystems: new Set<string>(),
    evaluateLive: () => undefined,
  };
  const out = new Map<string, { level: Criticality; rule: string }>();
  for (const entry of kb.codes.values()) {
    const decision = criticalityOf(
      {
        kind: 'dtc',
        code: entry.code,
        system: entry.system,
        subsystem: entry.subsystem,
        failure: entry.failure,
        components: kb.componentsByCode.get(entry.code) ?? [],
        generic: true,
        status: 'stored',
        knownProblem: null,
      },
      kb.rules,
      {
        ...context,
        sessionCodes: new Set([entry.code]),
        sessionSubsystems: new Set([entry.subsystem]),
      },
    );
    out.set(entry.code, { level: decision.level, rule: decision.rule.id });
  }
  return out;
}

export function criticalityTable(kb: KnowledgeBase): CriticalityTable {
  const levels = codeLevels(kb);
  const bySystem = new Map<string, CriticalityCounts>();
  const byRule = new Map<string, { level: Criticality; count: number }>();
  const total = empty();
  for (const entry of kb.codes.values()) {
    const decided = levels.get(entry.code);
    if (!decided) continue;
    const counts = bySystem.get(entry.system) ?? empty();
    counts[decided.level]++;
    counts.total++;
    bySystem.set(entry.system, counts);
    total[decided.level]++;
    total.total++;
    const rule = byRule.get(decided.rule) ?? { level: decided.level, count: 0 };
    rule.count++;
    byRule.set(decided.rule, rule);
  }
  const order = kb.rules.map((r) => r.id);
  return {
    bySystem: SYSTEMS.filter((s) => bySystem.has(s)).map((system) => ({
      system,
      counts: bySystem.get(system) ?? empty(),
    })),
    byRule: [...byRule]
      .map(([rule, v]) => ({ rule, level: v.level, count: v.count }))
      .sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule)),
    total,
  };
}

function percent(part: number, whole: number): string {
  if (whole === 0) return '0 %';
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1)} %`;
}

/** The generated section of docs/diagnosis-criticality.md (Markdown, deterministic). */
export function criticalityTableMarkdown(table: CriticalityTable, kbVersion: string): string {
  const lines = [
    `Knowledge base ${kbVersion}: ${table.total.total} generic codes, each stored alone (code rules only, no live data, history or known problem).`,
    '',
    `Rouge ${table.total.rouge} (${percent(table.total.rouge, table.total.total)}), Orange ${table.total.orange} (${percent(table.total.orange, table.total.total)}), Jaune ${table.total.jaune} (${percent(table.total.jaune, table.total.total)}).`,
    '',
    '| System | Rouge | Orange | Jaune | Codes | Rouge share |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...table.bySystem.map(
      ({ system, counts: c }) =>
        `| ${system} | ${c.rouge} | ${c.orange} | ${c.jaune} | ${c.total} | ${percent(c.rouge, c.total)} |`,
    ),
    `| **all** | **${table.total.rouge}** | **${table.total.orange}** | **${table.total.jaune}** | **${table.total.total}** | **${percent(table.total.rouge, table.total.total)}** |`,
    '',
    'Codes decided by each rule:',
    '',
    '| Rule | Level | Codes |',
    '| --- | --- | ---: |',
    ...table.byRule.map((r) => `| \`${r.rule}\` | ${r.level} | ${r.count} |`),
  ];
  return lines.join('\n');
}

function describeMatch(rule: CriticalityRule): string {
  const m = rule.match;
  const parts: string[] = [];
  if (m.kind) parts.push(m.kind);
  if (m.codes) parts.push(`codes ${m.codes.join(', ')}`);
  if (m.codeRanges) parts.push(`codes ${m.codeRanges.map(([a, b]) => `${a}–${b}`).join(', ')}`);
  if (m.systems) parts.push(`system ${m.systems.join('/')}`);
  if (m.subsystems) parts.push(`subsystem ${m.subsystems.join('/')}`);
  if (m.failures) parts.push(`failure ${m.failures.join('/')}`);
  if (m.components) parts.push(`component ${m.components.join('/')}`);
  if (m.notComponents) parts.push(`not ${m.notComponents.join('/')}`);
  if (m.generic !== undefined) parts.push(m.generic ? 'generic' : 'manufacturer');
  if (m.pids) parts.push(`PID ${m.pids.join('/')}`);
  if (m.directions) parts.push(m.directions.join('/'));
  if (m.multiCylinderMisfire) parts.push('2+ cylinders');
  if (m.stopDriving) parts.push('known problem says stop');
  if (m.knownProblemConfirmed) parts.push('confirmed by live data');
  if (m.sessionCodes) parts.push(`with ${m.sessionCodes.join('/')} in the session`);
  if (m.sessionSubsystems) parts.push(`with a ${m.sessionSubsystems.join('/')} code`);
  for (const c of m.live ?? []) {
    const window = c.stat === 'slope' ? ` over ${c.windowS ?? 120} s` : '';
    parts.push(
      `${c.stat} ${c.pid ?? c.metric ?? ''} ${c.op === 'gt' ? '>' : '<'} ${c.value}${c.stat === 'slope' ? '/min' : ''}${window}`,
    );
  }
  return parts.length === 0 ? 'anything' : parts.join('; ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The rules in evaluation order, with their level, what they match and why (Markdown). */
export function criticalityRulesMarkdown(
  rules: readonly CriticalityRule[],
  components: readonly CompiledComponent[],
): string {
  return [
    '| # | Rule | Level | Matches | Label (fr) | Why |',
    '| ---: | --- | --- | --- | --- | --- |',
    ...rules.map(
      (r, i) =>
        `| ${i + 1} | \`${r.id}\` | ${r.level} | ${cell(describeMatch(r))} | ${cell(r.label.fr)} | ${cell(r.reason.en)} |`,
    ),
    '',
    'Component classes, recognised on the English title of each code:',
    '',
    '| Component | Title pattern | Except |',
    '| --- | --- | --- |',
    ...components.map(
      (c) =>
        `| \`${c.id}\` | \`${cell(c.pattern.source)}\` | ${c.exclude ? `\`${cell(c.exclude.source)}\`` : ''} |`,
    ),
  ].join('\n');
}
