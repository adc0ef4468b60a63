import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { MoveId } from '../../src/analysis/types';
import { movesOf } from './helpers';

type Case = readonly [name: string, text: string, expected: readonly MoveId[], partnerLine?: string];

function run(cases: readonly Case[]): void {
  for (const [name, text, expected, partnerLine] of cases) {
    it(name, () => {
      expect(movesOf(text, partnerLine === undefined ? undefined : { partnerLine })).toEqual(
        [...expected].sort(),
      );
    });
  }
}

describe('listening moves', () => {
  run([
    [
      'treats "It sounds like you\'re frustrated" as reflection',
      "It sounds like you're frustrated about work.",
      ['reflection'],
    ],
    ['treats "You sound drained" as reflection', 'You sound completely drained.', ['reflection']],
    [
      'treats a feeling attributed to the partner as reflection',
      "You're nervous about seeing him again.",
      ['reflection'],
    ],
    [
      'treats "That must be disappointing for you" as reflection, not validation',
      'That must be so disappointing for you.',
      ['reflection'],
    ],
    [
      "treats a restatement of the partner's situation as reflection",
      'So your sister cancelled on you again.',
      ['reflection'],
      'My sister cancelled on me again.',
    ],
    [
      'treats "That sounds hard" (about the situation) as validation',
      'That sounds really stressful.',
      ['validation'],
    ],
    ['treats "I\'d be upset too" as validation', "Honestly I'd be livid too.", ['validation']],
    [
      'treats sympathy ("I\'m so sorry you\'re dealing with this") as validation',
      "I'm so sorry you're going through this.",
      ['validation'],
    ],
    ['treats "That makes sense" as validation', 'That makes complete sense.', ['validation']],
    [
      'treats "What was the hardest part?" as an open question',
      'What was the hardest part?',
      ['open_question'],
    ],
    ['treats "Tell me more" as an open question', 'Tell me more about it.', ['open_question']],
    ['treats "Did he apologize?" as a closed question', 'Did he apologize?', ['closed_question']],
    ['reads a question without a question mark', 'did she call you back', ['closed_question']],
    [
      'treats "How can I support you?" as asks_need, not an open question',
      'How can I support you right now?',
      ['asks_need'],
    ],
    [
      'treats "Do you want advice, or should I just listen?" as asks_need only',
      'Do you want advice, or should I just listen?',
      ['asks_need'],
    ],
    ['treats "You should quit" as advice', 'You should just quit.', ['advice']],
    [
      'treats "Have you tried…?" as advice, not a question',
      'Have you tried talking to your manager?',
      ['advice'],
    ],
    [
      'treats "Why don\'t you…?" as advice, not a question',
      "Why don't you tell him how you feel?",
      ['advice'],
    ],
    ['treats "What if you…?" as advice, not a question', 'What if you asked for a day off?', ['advice']],
    ['treats "If I were you…" as advice', "If I were you, I'd talk to her.", ['advice']],
    ['treats a bare imperative fix as advice', 'Just write it all down.', ['advice']],
    ['treats "It\'s not a big deal" as minimizing', "It's not a big deal.", ['minimizing']],
    ['treats "At least…" as minimizing', 'At least you got the interview.', ['minimizing']],
    ['treats "Calm down" as minimizing, not advice', 'Calm down.', ['minimizing']],
    ['treats "It\'ll be fine" as minimizing', "It'll be fine, honestly.", ['minimizing']],
    [
      'treats "That reminds me of when I…" as self_focus',
      'That reminds me of when I lost my job.',
      ['self_focus'],
    ],
    ['treats "My day was way worse" as self_focus', 'My week was way worse.', ['self_focus']],
  ]);
});

describe('conflict moves', () => {
  run([
    [
      'treats "I\'m anxious about the visit" as owns_feeling only',
      "I'm anxious about the visit.",
      ['owns_feeling'],
    ],
    [
      'treats a feeling tied to a behaviour as i_statement and owns_feeling',
      'I feel unheard when you check your phone while I talk.',
      ['i_statement', 'owns_feeling'],
    ],
    [
      'treats "When plans change, I feel hurt" as i_statement',
      'When plans change last minute, I feel hurt.',
      ['i_statement', 'owns_feeling'],
    ],
    ['treats "I feel like you…" as blame, not i_statement', "I feel like you don't care.", ['blame']],
    ['treats "I feel like pizza" as no move at all', 'I feel like pizza.', []],
    ['treats "Could we…?" as a request, not a question', 'Could we put phones away at dinner?', ['request']],
    ['treats "Can you let me finish?" as a request', 'Can you let me finish?', ['request']],
    ['treats "You never listen" as blame', 'You never listen.', ['blame']],
    ['treats "Why do you always…?" as blame, not a question', 'Why do you always do this?', ['blame']],
    ['treats "How could you…?" as blame', 'How could you forget again?', ['blame']],
    ['treats "You never know" as neither blame nor advice', 'You never know, it might rain.', []],
    ['treats "What is wrong with you?" as contempt', 'What is wrong with you?', ['contempt']],
    ['treats "Oh, poor you" as contempt', 'Oh, poor you.', ['contempt']],
    ['treats "That\'s not my fault" as defensiveness', "That's not my fault.", ['defensiveness']],
    ['treats "I was only joking" as defensiveness', 'I was only joking.', ['defensiveness']],
    [
      'treats "I\'m sorry you feel that way" as defensiveness',
      "I'm sorry you feel that way.",
      ['defensiveness'],
    ],
    ['treats "Whatever." as stonewalling', 'Whatever.', ['stonewalling']],
    [
      'treats "I\'m done talking about this" as stonewalling',
      "I'm done talking about this.",
      ['stonewalling'],
    ],
    [
      "treats an apology for one's own act as repair",
      "You're right, I interrupted you. I'm sorry.",
      ['repair'],
    ],
    ['treats "I should have called" as repair, not blame or advice', 'I should have called.', ['repair']],
    ['treats "Can we start over?" as repair, not a request', 'Can we start over?', ['repair']],
  ]);
});

describe('connection moves', () => {
  run([
    [
      'treats thanks for a concrete act as appreciation_specific',
      'Thank you for picking up the kids today.',
      ['appreciation_specific'],
    ],
    [
      'treats "I appreciate how patient you were…" as appreciation_specific',
      'I appreciate how patient you were with my mum.',
      ['appreciation_specific'],
    ],
    ['treats "You\'re the best" as appreciation_generic', "You're the best.", ['appreciation_generic']],
    ['treats a bare "Thanks" as appreciation_generic', 'Thanks!', ['appreciation_generic']],
    [
      'treats "Take your time" as respects_pace',
      "Take your time. I'm here when you're ready.",
      ['respects_pace'],
    ],
    [
      'treats "Just tell me what\'s wrong" as pressure, not advice or a question',
      "Just tell me what's wrong.",
      ['pressure'],
    ],
    ['treats "Why won\'t you talk to me?" as pressure', "Why won't you talk to me?", ['pressure']],
    ['treats "Can I give you a hug?" as affection only', 'Can I give you a hug?', ['affection']],
    ['treats a narrated touch as affection', '*holds your hand*', ['affection']],
  ]);
});

describe('several moves and no move', () => {
  run([
    [
      'finds validation and advice in "That sounds awful. Have you tried HR?"',
      'That sounds awful. Have you tried HR?',
      ['advice', 'validation'],
    ],
    ['gives an empty list for logistics', "I'll pick up groceries.", []],
    ['gives an empty list for small talk', 'The plumber is coming on Tuesday.', []],
  ]);
});

describe('casual writing', () => {
  run([
    ['reads "u" and "ur" without capitals or punctuation', 'sounds like ur really stressed', ['reflection']],
    ['reads "im" and "dont"', 'im so anxious about tmrw', ['owns_feeling']],
    ['reads "u ok?"', 'u ok?', ['closed_question']],
    [
      'reads typos in feeling words',
      'i feel so frustratd when u dont text back',
      ['i_statement', 'owns_feeling'],
    ],
    ['reads elongated words', 'thank youuuu', ['appreciation_generic']],
    ['reads "u should" as advice', 'u should def talk to ur boss', ['advice']],
    ['reads an emoji hug as affection', 'come here 🤗', ['affection']],
    ['reads curly apostrophes', 'I’m so sorry you’re dealing with this.', ['validation']],
  ]);
});

describe('evidence', () => {
  it('quotes the exact words that show each move', () => {
    const text = 'That sounds awful. Have you tried talking to HR?';
    const a = analyze(text);
    for (const m of a.moves) expect(m.cue).toBe(text.slice(m.span[0], m.span[1]));
    expect(a.moves.find((m) => m.id === 'advice')?.cue).toBe('Have you tried');
  });

  it('lists moves in the order of their spans', () => {
    const a = analyze("I'm sorry. Can I give you a hug?", { partnerLine: 'You hurt me earlier.' });
    expect(a.moves.map((m) => m.id)).toEqual(['repair', 'affection']);
  });

  it('rejects non-string input with a TypeError that names the problem', () => {
    expect(() => analyze(42 as unknown as string)).toThrow(TypeError);
    expect(() => analyze(null as unknown as string)).toThrow(/expects a string, got null/);
  });
});
