import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYZED_LENGTH } from '../../src/analysis/analyze';
import type { Span } from '../../src/analysis/types';

function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function checkSpan(text: string, span: Span): void {
  expect(span[0]).toBeGreaterThanOrEqual(0);
  expect(span[1]).toBeGreaterThanOrEqual(span[0]);
  expect(span[1]).toBeLessThanOrEqual(text.length);
  expect(splitsPair(text, span[0])).toBe(false);
  expect(splitsPair(text, span[1])).toBe(false);
}

// Text that looks like replies: words from the lexicons, casual spellings, emoji and punctuation.
const replyish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'i',
        'you',
        'u',
        'ur',
        'im',
        'dont',
        'feel',
        'sorry',
        'sounds',
        'like',
        'never',
        'always',
      ),
      fc.constantFrom(
        'frustrated',
        'hurt',
        'when',
        'why',
        'could',
        'we',
        'have',
        'tried',
        'thanks',
        'for',
        'kill',
      ),
      fc.constantFrom(
        'myself',
        'he',
        'hit',
        'me',
        '*',
        '?',
        '!',
        ',',
        '.',
        '😢',
        '👩‍👩‍👧',
        '\ud800',
        '\u0000',
        'é\u0301',
      ),
      fc.string(),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

describe('analyze on any string', () => {
  it('never throws, is deterministic, and keeps spans inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), replyish),
        fc.option(fc.string()),
        (text, partner) => {
          const context = partner === null ? undefined : { partnerLine: partner };
          const a = analyze(text, context);
          expect(analyze(text, context)).toEqual(a);
          for (const m of a.moves) {
            checkSpan(text, m.span);
            expect(m.cue).toBe(text.slice(m.span[0], m.span[1]));
            expect(m.confidence).toBeGreaterThan(0);
            expect(m.confidence).toBeLessThanOrEqual(1);
          }
          for (const f of a.feelings) {
            checkSpan(text, f.span);
            expect(f.word).toBe(text.slice(f.span[0], f.span[1]));
          }
          if (a.crisis) {
            checkSpan(text, a.crisis.span);
            expect(a.crisis.cue).toBe(text.slice(a.crisis.span[0], a.crisis.span[1]));
          }
          expect(a.length).toBe(text.length);
          expect(new Set(a.moves.map((m) => m.id)).size).toBe(a.moves.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('adversarial input', () => {
  const MB = 1_000_000;
  const inputs: readonly [string, string][] = [
    ['1 MB of "!"', '!'.repeat(MB)],
    ['1 MB with no spaces', 'a'.repeat(MB)],
    ['1 MB of emoji ZWJ sequences', '👩‍👩‍👧'.repeat(MB / 8)],
    ['1 MB of zalgo', 'h\u0301\u0302\u0303'.repeat(MB / 4)],
    ['1 MB of lone surrogates', '\ud800'.repeat(MB)],
    ['1 MB of NUL', '\u0000'.repeat(MB)],
  ];
  for (const [name, text] of inputs) {
    it(`handles ${name} without throwing and reports the cap`, () => {
      const a = analyze(text);
      expect(a.length).toBe(text.length);
      expect(a.truncated).toBe(true);
      expect(a.analyzedLength).toBeLessThanOrEqual(MAX_ANALYZED_LENGTH);
      expect(splitsPair(text, a.analyzedLength)).toBe(false);
    });
  }

  it('reports no truncation for ordinary replies', () => {
    const a = analyze('That sounds hard.');
    expect(a).toMatchObject({ truncated: false, analyzedLength: 17, length: 17 });
  });
});
