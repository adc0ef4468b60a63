import { join } from 'node:path';
import type { Analysis, Analyzer, MoveHit, MoveId } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { createPlayCommand } from '../src/commands/play';
import { runCli } from '../src/run';

const scenarioFile = join(import.meta.dirname, '../../scenarios/scenarios/work-frustration.yaml');

/** A keyword analyzer, so these tests are about the terminal player, not the analyzer's judgement. */
const RULES: readonly (readonly [RegExp, MoveId])[] = [
  [/it sounds like[^.?!]*/i, 'reflection'],
  [/that sounds [a-z]+/i, 'validation'],
  [/what happened\??/i, 'open_question'],
  [/you should[^.?!]*/i, 'advice'],
  [/sorry/i, 'repair'],
];
const analyzer: Analyzer = {
  analyze(text): Analysis {
    const moves: MoveHit[] = [];
    for (const [re, id] of RULES) {
      const m = re.exec(text);
      if (m) moves.push({ id, confidence: 1, span: [m.index, m.index + m[0].length], cue: m[0] });
    }
    const crisis = /kill myself/i.exec(text);
    return {
      moves,
      feelings: [],
      crisis: crisis ? { kind: 'suicide', span: [crisis.index, crisis.index + 11], cue: crisis[0] } : null,
      length: text.length,
      truncated: false,
      analyzedLength: text.length,
    };
  },
};

async function play(lines: string[], ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await createPlayCommand({ analyzer }).run(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {
      yield `${lines.join('\n')}\n`;
    })(),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('rapport play', () => {
  it('role-plays from piped lines, with feedback after each reply and the summary at the end', async () => {
    const { code, stdout } = await play(
      [
        'That sounds frustrating. What happened?',
        'That sounds humiliating.',
        'It sounds like you feel invisible after all that work.',
      ],
      scenarioFile,
      '--seed',
      '3',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('A bad day at work');
    expect(stdout).toMatch(/^Maya: /m);
    expect(stdout).toContain('You: That sounds frustrating. What happened?');
    expect(stdout).toContain('✓ You made their reaction make sense: "That sounds frustrating".');
    expect(stdout).toMatch(/\(Maya: [a-z ]+ · Felt heard \d+ · Trust \d+\)/);
    expect(stdout).toContain('✔ Success: Maya felt heard.');
    expect(stdout).toContain('── Summary ──');
    expect(stdout).toMatch(/active listening: \d+\/100/);
  });

  it('shows a weak reply what to try instead', async () => {
    const { stdout } = await play(['You should talk to HR.', '/quit'], scenarioFile, '--seed', '1');
    expect(stdout).toContain('! "You should talk to HR" jumps to fixing before Maya asked for help.');
    expect(stdout).toContain(
      'try: "That sounds like a lot. Do you want me to just listen, or help you think it through?"',
    );
  });

  it('climbs the hint ladder, takes back a reply, ignores empty lines, and stops on /quit', async () => {
    const { code, stdout } = await play(
      ['/hint', '/hint', '/hint', '/hint', '', 'You should quit.', '/retry', '/retry', '/quit', 'never read'],
      scenarioFile,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('hint: Before anything else — what is Maya feeling right now?');
    expect(stdout).toContain('hint: Reflect her feeling back in your own words, or ask an open question.');
    expect(stdout).toContain("That's every hint for this moment.");
    expect(stdout).toContain("Write a reply first — an empty message doesn't use a turn.");
    expect(stdout).toContain('Took back your last reply. Try again:');
    expect(stdout).toContain('There is no reply to take back yet.');
    expect(stdout).not.toContain('never read');
    expect(stdout).toContain('── Summary ──');
  });

  it('gives the same conversation for the same seed', async () => {
    const replies = ['That sounds hard.', 'Hmm.', 'What happened?'];
    const a = await play(replies, scenarioFile, '--seed', '11');
    const b = await play(replies, scenarioFile, '--seed', '11');
    expect(a.stdout).toBe(b.stdout);
  });

  it('stops at once for crisis language and shows where to find help, without scores', async () => {
    const { stdout } = await play(['I just want to kill myself.', 'That sounds hard.'], scenarioFile);
    expect(stdout).toContain("── Let's pause the practice ──");
    expect(stdout).toContain('988');
    expect(stdout).toContain('116 123');
    expect(stdout).not.toContain('── Summary ──');
    expect(stdout).not.toContain('You: That sounds hard.');
    // No role-play status or feedback after the crisis line: only the safety message follows it.
    const afterCrisis = stdout.slice(stdout.indexOf('You: I just want to kill myself.'));
    expect(afterCrisis).not.toMatch(/Felt heard \d+/);
  });

  it('ends gracefully with the summary when stdin closes, even mid-line and before any reply', async () => {
    for (const chunks of [[], ['That sounds hard. What happened?']]) {
      let stdout = '';
      const code = await createPlayCommand({ analyzer }).run([scenarioFile, '--seed', '1'], {
        stdout: { write: (chunk: string) => (stdout += chunk) },
        stderr: { write: () => {} },
        stdin: (async function* () {
          yield* chunks;
        })(),
        isTTY: false,
      });
      expect(code).toBe(0);
      expect(stdout).toContain('── Summary ──');
      expect(stdout.includes('You: That sounds hard.')).toBe(chunks.length > 0);
    }
  });

  it('explains an unknown scenario id and a bad seed', async () => {
    const unknown = await play([], 'no-such-scenario');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown scenario 'no-such-scenario'/);
    const typo = await play([], 'work-frustraton');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("unknown scenario 'work-frustraton' — did you mean 'work-frustration'?");
    const bad = await play([], scenarioFile, '--seed', 'abc');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--seed must be an integer');
  });

  it('is registered as a command', async () => {
    let stdout = '';
    await runCli(['--help'], {
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: () => undefined },
      stdin: (async function* () {})(),
    });
    expect(stdout).toContain('rapport play <scenario-id | file.yaml|json> [--seed N]');
  });
});

describe('rapport play with the built-in analyzer', () => {
  it('plays a pack scenario by id', async () => {
    let stdout = '';
    const code = await runCli(['play', 'work-frustration', '--seed', '2'], {
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: (c: string) => (stdout += c) },
      stdin: (async function* () {
        yield 'Have you tried talking to HR?\n/retry\nOh no, that sounds really frustrating. What happened?\n';
      })(),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('A bad day at work');
    expect(stdout).toContain('Took back your last reply.');
    expect(stdout).toContain('✓ You made their reaction make sense');
    expect(stdout).toContain('── Summary ──');
  });
});
