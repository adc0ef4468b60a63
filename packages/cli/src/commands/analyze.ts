import { parseArgs } from 'node:util';
import { type Analysis, type AnalysisContext, analyze } from '@rapport/core';
import { highlightSpans } from '../highlight';
import type { CliIo, Command } from '../io';
import { readLines } from '../lines';

function describe(text: string, analysis: Analysis, color: boolean): string {
  const out: string[] = [
    highlightSpans(
      text,
      analysis.moves.map((m) => m.span),
      color,
    ),
    '',
  ];
  if (analysis.crisis) {
    out.push(
      `crisis (${analysis.crisis.kind}): "${analysis.crisis.cue}" — role-play would stop here and show help.`,
    );
  }
  if (analysis.moves.length === 0) out.push('no moves');
  for (const move of analysis.moves) {
    out.push(
      `${move.id.padEnd(22)} ${move.confidence.toFixed(2)}  "${move.cue}"  [${move.span[0]}, ${move.span[1]})`,
    );
  }
  if (analysis.feelings.length > 0) {
    const feelings = analysis.feelings.map(
      (f) => `${f.word} (${f.family}, ${f.owner}${f.faux ? ', faux' : ''})`,
    );
    out.push('', `feelings: ${feelings.join(', ')}`);
  }
  if (analysis.truncated) {
    out.push(
      '',
      `note: only the first ${analysis.analyzedLength} of ${analysis.length} characters were analysed`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Reads `{ "text", "context" }` JSON lines and writes one Analysis (or one error) per line, in order. */
async function analyzeJsonl(io: CliIo): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of readLines(io.stdin)) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      const input: unknown = JSON.parse(line);
      if (
        typeof input !== 'object' ||
        input === null ||
        typeof (input as { text?: unknown }).text !== 'string'
      ) {
        throw new Error('expected an object with a string "text"');
      }
      const { text, context } = input as { text: string; context?: AnalysisContext | null };
      const partnerLine = context?.partnerLine;
      const ctx: AnalysisContext = typeof partnerLine === 'string' ? { partnerLine } : {};
      io.stdout.write(`${JSON.stringify(analyze(text, ctx))}\n`);
    } catch (error) {
      failures += 1;
      const message = error instanceof Error ? error.message : String(error);
      io.stdout.write(`${JSON.stringify({ error: message, line: lineNumber })}\n`);
      io.stderr.write(`rapport analyze: line ${lineNumber}: ${message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: 'analyze "text" [--partner "line"] [--json] | analyze --jsonl   name the moves in a reply',
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      io.stderr.write(`rapport analyze: ${(error as Error).message}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.jsonl) return analyzeJsonl(io);
    const text = positionals.join(' ');
    if (text.trim() === '') {
      io.stderr.write(
        'rapport analyze: give the reply to analyse, e.g. rapport analyze "You sound exhausted."\n',
      );
      return 2;
    }
    const context: AnalysisContext = values.partner === undefined ? {} : { partnerLine: values.partner };
    const analysis = analyze(text, context);
    io.stdout.write(
      values.json ? `${JSON.stringify(analysis, null, 2)}\n` : describe(text, analysis, io.isTTY === true),
    );
    return 0;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      partner: { type: 'string', short: 'p' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
    },
  });
}
