import type { Condition, Scenario } from './schema';

/**
 * The scenario's beats and endings as a Mermaid flowchart: beats are boxes, success endings stadiums,
 * other endings rounded boxes; each arrow is a branch, labelled with its condition.
 * @example
 * console.log(scenarioToMermaid(scenario));
 * // flowchart TD
 * //   start(( )) --> b_opening
 * //   b_opening["opening"]
 * //   b_opening -->|"reflection | validation"| e_felt_heard
 */
export function scenarioToMermaid(scenario: Scenario): string {
  const names = new Map<string, string>();
  const used = new Set<string>();
  const nodeName = (prefix: 'b' | 'e', id: string): string => {
    const key = `${prefix}:${id}`;
    const known = names.get(key);
    if (known !== undefined) return known;
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.set(key, name);
    return name;
  };
  const target = (id: string): string | undefined =>
    Object.hasOwn(scenario.beats, id)
      ? nodeName('b', id)
      : Object.hasOwn(scenario.endings, id)
        ? nodeName('e', id)
        : undefined;

  const lines = ['flowchart TD', '  start(( ))'];
  for (const id of Object.keys(scenario.beats)) lines.push(`  ${nodeName('b', id)}["${escapeLabel(id)}"]`);
  for (const [id, ending] of Object.entries(scenario.endings)) {
    const label = `${escapeLabel(id)}<br/><i>${ending.kind}</i>`;
    lines.push(
      ending.kind === 'success'
        ? `  ${nodeName('e', id)}(["${label}"])`
        : `  ${nodeName('e', id)}("${label}")`,
    );
  }
  const startNode = target(scenario.start);
  if (startNode !== undefined) lines.push(`  start --> ${startNode}`);
  for (const [id, beat] of Object.entries(scenario.beats)) {
    for (const branch of beat.on) {
      const to = target(branch.to);
      const from = nodeName('b', id);
      if (to === undefined) continue;
      const label = describeCondition(branch.when);
      lines.push(label === '' ? `  ${from} --> ${to}` : `  ${from} -->|"${escapeLabel(label)}"| ${to}`);
    }
  }
  lines.push('  classDef success fill:#d7f5dd,stroke:#2e7d32');
  const successes = Object.entries(scenario.endings)
    .filter(([, ending]) => ending.kind === 'success')
    .map(([id]) => nodeName('e', id));
  if (successes.length > 0) lines.push(`  class ${successes.join(',')} success`);
  return `${lines.join('\n')}\n`;
}

/**
 * A condition in a few words, e.g. `reflection | validation, not advice, heard ≥ 60`.
 * @example
 * describeCondition({ anyMove: ['reflection'], meters: { heard: { gte: 60 } } }) // 'reflection, heard ≥ 60'
 */
export function describeCondition(when: Condition | undefined): string {
  if (when === undefined) return '';
  const parts: string[] = [];
  if (when.anyMove) parts.push(when.anyMove.join(' | '));
  if (when.allMoves) parts.push(when.allMoves.join(' + '));
  if (when.noMove) parts.push(`not ${when.noMove.join(', ')}`);
  for (const [meter, { gte, lte }] of Object.entries(when.meters ?? {})) {
    if (gte !== undefined) parts.push(`${meter} ≥ ${gte}`);
    if (lte !== undefined) parts.push(`${meter} ≤ ${lte}`);
  }
  if (when.partnerState) parts.push(`partner ${when.partnerState.join(' | ')}`);
  if (when.minTurn !== undefined) parts.push(`turn ≥ ${when.minTurn}`);
  return parts.join(', ');
}

function escapeLabel(text: string): string {
  return text.replace(/"/g, '#quot;');
}
