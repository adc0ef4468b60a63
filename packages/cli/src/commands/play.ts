import { parseArgs } from 'node:util';
import {
  type Analyzer,
  createSession,
  didYouMean,
  type FeedbackItem,
  RapportError,
  type Scenario,
  type Session,
  type SessionContext,
  SKILL_NAMES,
  summarizeSession,
} from '@rapport/core';
import { formatLocatedIssue, getScenario, loadScenarioText, scenarios } from '@rapport/scenarios';
import type { CliIo, Command } from '../io';
import { readLines } from '../lines';
import { readText } from './files';

const SCENARIO_FILE = /\.(ya?ml|json)$/i;
const MARK = { praise: '✓', tip: '•', warning: '!' } as const;

/** Finds the scenario by pack id, or loads it from a YAML/JSON file. */
async function resolveScenario(ref: string): Promise<{ scenario: Scenario } | { error: string }> {
  if (!SCENARIO_FILE.test(ref)) {
    const scenario = getScenario(ref);
    if (scenario) return { scenario };
    const ids = scenarios.map((s) => s.id);
    const suggestion = didYouMean(ref, ids);
    const known = ids.join(', ') || 'none yet';
    return {
      error: `unknown scenario '${ref}'${suggestion ? ` — ${suggestion}` : ''}. Known scenarios: ${known}. Or give a .yaml/.json file.`,
    };
  }
  const read = await readText(ref);
  if ('error' in read) return { error: `${ref}: cannot read: ${read.error}` };
  const loaded = loadScenarioText(read.text, { fileName: ref, lint: false });
  if (!loaded.ok) return { error: loaded.issues.map(formatLocatedIssue).join('\n') };
  return { scenario: loaded.scenario };
}

function feedbackLines(items: readonly FeedbackItem[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    out.push(`  ${MARK[item.severity]} ${item.message}`);
    if (item.tryInstead) out.push(`    try: "${item.tryInstead}"`);
  }
  return out;
}

function statusLine(scenario: Scenario, context: SessionContext): string {
  const meters = Object.entries(context.meters).map(([id, v]) => `${scenario.meters[id]?.label ?? id} ${v}`);
  return `  (${context.partner.name}: ${context.partner.mood} · ${meters.join(' · ')})`;
}

function endLines(context: SessionContext): string[] {
  if (context.safety) {
    const { title, message, resources } = context.safety;
    return [
      '',
      `── ${title} ──`,
      message,
      '',
      ...resources.map((r) => `  • ${r.name}: ${r.contact}${r.note ? ` — ${r.note}` : ''}`),
    ];
  }
  const label = context.outcome === 'succeeded' ? '✔ Success' : '■ The end';
  return ['', `${label}: ${context.endMessage ?? ''}`];
}

function summaryLines(session: Session): string[] {
  const summary = summarizeSession(session.getSnapshot());
  const out = ['', '── Summary ──'];
  for (const [skill, score] of Object.entries(summary.scores)) {
    out.push(`  ${SKILL_NAMES[skill as keyof typeof SKILL_NAMES] ?? skill}: ${score}/100`);
  }
  if (summary.strengths.length > 0) out.push('', 'What worked:');
  // Notes already quote the learner.
  for (const s of summary.strengths) out.push(`  ✓ ${s.note}`);
  if (summary.growth.length > 0) out.push('', 'To grow:');
  for (const g of summary.growth) {
    out.push(`  ! ${g.note}`);
    if (g.tryInstead) out.push(`    try: "${g.tryInstead}"`);
  }
  out.push('', `Next: ${summary.next.reason}`);
  return out;
}

/** Waits while an asynchronous analyzer is still working on the last reply. */
async function settled(session: Session): Promise<void> {
  while (session.getSnapshot().matches({ playing: 'analyzing' })) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * `rapport play`: role-play a scenario in the terminal. Reads replies line by line from stdin (works
 * piped), prints the partner's lines and feedback after each reply, and the summary at the end.
 * `analyzer` is for tests and apps; the default is the built-in analyzer.
 */
export function createPlayCommand(options: { analyzer?: Analyzer } = {}): Command {
  return {
    name: 'play',
    usage: 'play <scenario-id | file.yaml|json> [--seed N]   role-play a scenario (/hint, /retry, /quit)',
    async run(args, io: CliIo) {
      let parsed: { values: { seed?: string }; positionals: string[] };
      try {
        parsed = parseArgs({
          args: [...args],
          allowPositionals: true,
          options: { seed: { type: 'string' } },
        });
      } catch (error) {
        io.stderr.write(`rapport play: ${(error as Error).message}\n`);
        return 2;
      }
      const [ref] = parsed.positionals;
      if (ref === undefined) {
        const known = scenarios.map((s) => s.id).join(', ');
        io.stderr.write(
          `rapport play: name a scenario id or file, e.g. rapport play ${scenarios[0]?.id ?? 'file.yaml'}${known ? ` (known: ${known})` : ''}\n`,
        );
        return 2;
      }
      const seed = parsed.values.seed === undefined ? undefined : Number(parsed.values.seed);
      if (seed !== undefined && !Number.isInteger(seed)) {
        io.stderr.write(`rapport play: --seed must be an integer, got '${parsed.values.seed}'\n`);
        return 2;
      }
      const resolved = await resolveScenario(ref);
      if ('error' in resolved) {
        io.stderr.write(`rapport play: ${resolved.error}\n`);
        return 1;
      }
      const { scenario } = resolved;
      let session: Session;
      try {
        session = createSession(scenario, {
          ...(seed !== undefined ? { seed } : {}),
          ...(options.analyzer ? { analyzer: options.analyzer } : {}),
        });
      } catch (error) {
        io.stderr.write(`rapport play: ${error instanceof RapportError ? error.message : String(error)}\n`);
        return 1;
      }

      const write = (lines: readonly string[]) => io.stdout.write(`${lines.join('\n')}\n`);
      const partnerLines = (from: number) =>
        session
          .getSnapshot()
          .context.transcript.slice(from)
          .filter((l) => l.speaker === 'partner')
          .map((l) => `${scenario.persona.name}: ${l.text}`);
      const prompt = () => io.isTTY && io.stdout.write('> ');

      write([
        `${scenario.title}`,
        '',
        scenario.setting,
        `Your goal: ${scenario.goal}`,
        'Type your reply and press Enter. /hint for a hint, /retry to take back your last reply, /quit to stop.',
        '',
        ...partnerLines(0),
      ]);
      prompt();

      for await (const raw of readLines(io.stdin)) {
        const line = raw.trim();
        if (line === '/quit') break;
        const before = session.getSnapshot().context;
        if (line === '/hint') {
          session.send({ type: 'learner.hint' });
          const after = session.getSnapshot().context;
          write([after.notice ? `  ${after.notice}` : `  hint: ${after.hints.at(-1) ?? ''}`]);
        } else if (line === '/retry') {
          session.send({ type: 'learner.retry' });
          const after = session.getSnapshot().context;
          if (after.notice) write([`  ${after.notice}`]);
          else
            write(['  Took back your last reply. Try again:', ...partnerLines(after.transcript.length - 1)]);
        } else {
          if (!io.isTTY) write([`You: ${raw}`]);
          session.send({ type: 'learner.say', text: raw });
          await settled(session);
          const after = session.getSnapshot().context;
          if (after.notice) {
            write([`  ${after.notice}`]);
          } else if (after.outcome === 'safety') {
            // Role-play stops at once: no feedback, meters or partner line, only the safety message below.
          } else {
            write([
              ...feedbackLines(after.feedback),
              statusLine(scenario, after),
              ...partnerLines(before.transcript.length),
            ]);
          }
        }
        if (session.getSnapshot().context.outcome !== null) break;
        prompt();
      }

      const context = session.getSnapshot().context;
      if (context.outcome !== null) write(endLines(context));
      // After a safety stop, scores would be beside the point.
      if (context.outcome !== 'safety') write(summaryLines(session));
      session.stop();
      return 0;
    },
  };
}

/** `rapport play <scenario-id | file> [--seed N]`. */
export const playCommand: Command = createPlayCommand();
