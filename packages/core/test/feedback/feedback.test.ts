import {
  type Analysis,
  FEEDBACK_CODE_IDS,
  FEEDBACK_CODES,
  feedbackFor,
  iStatementFrom,
  MOVE_IDS,
  reflectionFrom,
  renderTemplate,
} from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { analysisOf, fakeAnalyze } from '../helpers/fakeAnalyzer';

const partner = fakeAnalyze("I'm so frustrated with work, I feel ignored.");

describe('the feedback registry', () => {
  it.each(FEEDBACK_CODE_IDS)('%s has a severity, a message, why it matters and an example', (id) => {
    const def = FEEDBACK_CODES[id];
    expect(['praise', 'tip', 'warning']).toContain(def.severity);
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(def.message.length).toBeGreaterThan(10);
    expect(def.why.length).toBeGreaterThan(30);
    expect(def.example.reply.length).toBeGreaterThan(0);
    if (def.move !== null) expect(def.message).toContain('{quote}');
    if (def.severity !== 'praise') expect(def.example.better).toBeDefined();
  });

  it.each(MOVE_IDS)('has feedback for the move %s', (move) => {
    const items = feedbackFor({ text: move, analysis: analysisOf(move) });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(FEEDBACK_CODE_IDS).toContain(item.code);
  });

  it('leaves unknown placeholders visible', () => {
    expect(renderTemplate('Hi {name}, {typo}', { name: 'Sam' })).toBe('Hi Sam, {typo}');
    expect(renderTemplate('You made a repair: "{quote}".', { quote: "You're right." })).toBe(
      'You made a repair: "You\'re right."',
    );
    expect(renderTemplate('You asked: "{quote}".', { quote: 'Why?' })).toBe('You asked: "Why?"');
    expect(renderTemplate('You said: "{quote}".', { quote: 'okay' })).toBe('You said: "okay".');
  });
});

describe('feedbackFor', () => {
  it("quotes the learner's own words with their span", () => {
    const text = "Wow. It sounds like you're frustrated. Have you tried HR?";
    const items = feedbackFor({ text, analysis: fakeAnalyze(text), partnerAnalysis: partner });
    expect(items.map((i) => i.code)).toEqual(['reflected-feeling', 'advice-too-soon']);
    for (const item of items) {
      expect(item.quote).toBeDefined();
      expect(text.slice(item.quote?.span[0], item.quote?.span[1])).toBe(item.quote?.text);
      expect(item.message).toContain(`"${item.quote?.text}"`);
    }
  });

  it('offers "do you want me to listen or help?" instead of advice, opened with the partner\'s feeling', () => {
    const [item] = feedbackFor({
      text: 'You should quit.',
      analysis: fakeAnalyze('You should quit.'),
      partnerAnalysis: partner,
    });
    expect(item?.severity).toBe('warning');
    expect(item?.tryInstead).toBe(
      "It sounds like you're really frustrated. Do you want me to just listen, or help you think it through?",
    );
  });

  it('praises advice once the partner asked for ideas', () => {
    const [item] = feedbackFor({
      text: 'You should quit.',
      analysis: fakeAnalyze('You should quit.'),
      adviceWelcome: true,
    });
    expect(item).toMatchObject({ code: 'invited-advice', severity: 'praise' });
    expect(item?.tryInstead).toBeUndefined();
  });

  it('rebuilds a blaming reply as an "I"-statement', () => {
    const text = 'You never listen to me!';
    const [item] = feedbackFor({ text, analysis: fakeAnalyze(text), skill: 'conflict-repair' });
    expect(item?.code).toBe('blamed');
    expect(item?.tryInstead).toMatch(/^I feel unheard when /);
  });

  it('calls "I feel like you…" a judgement dressed as a feeling', () => {
    const text = "I feel like you don't care about me.";
    const [item] = feedbackFor({ text, analysis: fakeAnalyze(text) });
    expect(item?.code).toBe('feeling-as-judgement');
    expect(item?.tryInstead).toBe(iStatementFrom(text));
    expect(item?.tryInstead).toMatch(/^I feel hurt when/);
  });

  it("offers a reflection built from the partner's feeling words instead of minimizing", () => {
    const text = "It's not a big deal.";
    const [item] = feedbackFor({ text, analysis: fakeAnalyze(text), partnerAnalysis: partner });
    expect(item?.code).toBe('minimized');
    expect(item?.tryInstead).toBe("It sounds like you're really frustrated. What's been the hardest part?");
  });

  it('suggests a break with a time to come back when the partner is flooded', () => {
    const text = 'Please listen to me.';
    const items = feedbackFor({ text, analysis: analysisOf(), partnerState: 'flooded', partnerName: 'Alex' });
    expect(items[0]).toMatchObject({
      code: 'flooded-needs-break',
      message: expect.stringContaining('Alex is flooded'),
    });
    expect(items[0]?.tryInstead).toMatch(/come back/);
  });

  it('gives a tip with a reflection when the reply makes no move', () => {
    const items = feedbackFor({ text: 'ok', analysis: analysisOf(), partnerAnalysis: partner });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ code: 'no-clear-move', severity: 'tip' });
    expect(items[0]?.tryInstead).toContain('frustrated');
  });

  it('lets authored overrides replace the text by code', () => {
    const [item] = feedbackFor({
      text: 'You should quit.',
      analysis: fakeAnalyze('You should quit.'),
      overrides: {
        'advice-too-soon': {
          message: 'Not yet: "{quote}".',
          why: 'Maya wants to vent.',
          tryInstead: 'Ugh, tell me.',
        },
      },
    });
    expect(item).toMatchObject({
      message: 'Not yet: "You should quit".',
      why: 'Maya wants to vent.',
      tryInstead: 'Ugh, tell me.',
    });
  });
});

describe('rewrites', () => {
  it('reflects a faux feeling as what the partner felt', () => {
    const feelings: Analysis['feelings'] = [
      {
        word: 'ignored',
        lemma: 'ignored',
        family: 'hurt',
        intensity: 2,
        owner: 'speaker',
        faux: true,
        span: [0, 7],
      },
    ];
    expect(reflectionFrom(feelings)).toBe("It sounds like you felt ignored. What's been the hardest part?");
  });

  it('falls back to a general reflection with no feeling words', () => {
    expect(reflectionFrom([])).toMatch(/^It sounds like this has been weighing on you/);
  });

  it.each([
    ['You never listen', /^I feel unheard when/],
    ['You are always on your phone', /^I feel lonely when/],
    ['You never help with the dishes', /^I feel overwhelmed when/],
    ['Why are you always late?', /^I feel frustrated when/],
    ['You ruin everything', /^I feel hurt when/],
  ])('rebuilds "%s" as an I-statement', (blame, expected) => {
    const rebuilt = iStatementFrom(blame);
    expect(rebuilt).toMatch(expected);
    expect(rebuilt).toMatch(/\?$/);
    expect(rebuilt).not.toMatch(/\byou never\b|\byou always\b/i);
  });
});
