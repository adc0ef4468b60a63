/**
 * Derived from the registry, zod-style: every feedback code has a case here that must earn it, so adding a
 * code without saying when it fires fails to typecheck (and this test fails if the case does not earn it).
 */
import { FEEDBACK_CODE_IDS, type FeedbackCode, type FeedbackInput, feedbackFor } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { analysisOf, fakeAnalyze } from '../helpers/fakeAnalyzer';

const say = (
  moves: Parameters<typeof analysisOf>,
  context: Omit<FeedbackInput, 'text' | 'analysis'> = {},
): FeedbackInput => ({ text: moves.join(' '), analysis: analysisOf(...moves), ...context });

/** For each code, a moment that earns it. */
const EARNS: Readonly<Record<FeedbackCode, FeedbackInput>> = {
  'reflected-feeling': say(['reflection']),
  validated: say(['validation']),
  'asked-open-question': say(['open_question']),
  'asked-what-they-need': say(['asks_need']),
  'used-i-statement': say(['i_statement']),
  'made-specific-request': say(['request'], { skill: 'conflict-repair' }),
  'called-a-break': say(['request'], { skill: 'conflict-repair', callsBreak: true }),
  repaired: say(['repair']),
  'specific-appreciation': say(['appreciation_specific']),
  'respected-pace': say(['respects_pace']),
  'offered-closeness': say(['affection']),
  'invited-advice': say(['advice'], { skill: 'urge-to-fix', adviceWelcome: true }),
  'closed-question': say(['closed_question']),
  'named-own-feeling': say(['owns_feeling'], { skill: 'connection' }),
  'named-feeling-add-situation': say(['owns_feeling'], { skill: 'conflict-repair' }),
  'appreciation-too-general': say(['appreciation_generic']),
  'flooded-needs-break': say(['i_statement'], { skill: 'conflict-repair', partnerState: 'flooded' }),
  'no-clear-move': say([]),
  'advice-too-soon': say(['advice'], { skill: 'urge-to-fix' }),
  minimized: say(['minimizing']),
  'took-the-floor': say(['self_focus']),
  blamed: { text: 'You never listen.', analysis: fakeAnalyze('You never listen.') },
  'feeling-as-judgement': {
    text: "I feel like you don't care.",
    analysis: {
      ...analysisOf(),
      moves: [{ id: 'blame', confidence: 1, span: [0, 27], cue: "I feel like you don't care." }],
    },
  },
  contempt: say(['contempt']),
  'got-defensive': say(['defensiveness']),
  stonewalled: say(['stonewalling']),
  pressured: say(['pressure']),
};

describe('every feedback code', () => {
  it('has a case in this test, and this test has no case for a code that does not exist', () => {
    expect(Object.keys(EARNS).sort()).toEqual([...FEEDBACK_CODE_IDS].sort());
  });

  it.each(FEEDBACK_CODE_IDS)('%s is earned by its moment', (code) => {
    const items = feedbackFor(EARNS[code]);
    expect(items.map((i) => i.code)).toContain(code);
  });
});

describe('connection moments', () => {
  it('praises naming your own feeling when the practice is sharing, and asks for a situation in a conflict', () => {
    const text = "Honestly, I'm anxious.";
    const analysis = fakeAnalyze(text);
    expect(feedbackFor({ text, analysis, skill: 'connection' }).map((i) => i.code)).toEqual([
      'named-own-feeling',
    ]);
    expect(feedbackFor({ text, analysis, skill: 'conflict-repair' }).map((i) => i.code)).toEqual([
      'named-feeling-add-situation',
    ]);
  });

  it('offers to let the partner in, not to take a break, when the learner shuts down a connection moment', () => {
    const [connection] = feedbackFor({ ...say(['stonewalling']), skill: 'connection' });
    const [conflict] = feedbackFor({ ...say(['stonewalling']), skill: 'conflict-repair' });
    expect(connection?.tryInstead).not.toEqual(conflict?.tryInstead);
    expect(conflict?.tryInstead).toMatch(/come back/i);
    expect(connection?.tryInstead).not.toMatch(/come back/i);
    expect(connection?.tryInstead).toMatch(/\bI'm\b/);
  });

  it('tells generic from specific appreciation, and praises closeness and giving room', () => {
    const codes = (moves: Parameters<typeof analysisOf>) =>
      feedbackFor({ ...say(moves), skill: 'connection' }).map((i) => [i.code, i.severity]);
    expect(codes(['appreciation_specific'])).toEqual([['specific-appreciation', 'praise']]);
    expect(codes(['appreciation_generic'])).toEqual([['appreciation-too-general', 'tip']]);
    expect(codes(['affection'])).toEqual([['offered-closeness', 'praise']]);
    expect(codes(['respects_pace'])).toEqual([['respected-pace', 'praise']]);
    expect(codes(['pressure'])).toEqual([['pressured', 'warning']]);
  });
});
