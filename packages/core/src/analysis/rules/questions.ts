/**
 * Open and closed questions. A clause is a question when its sentence ends in "?" or, without
 * punctuation, when it opens like one ("did he say", "what happened"). Whether it is open or closed
 * depends on how it opens. Questions that make another move (advice, request, blame…) are claimed by that
 * move in `rules/resolve.ts`.
 */
import type { Clause, Sentence, TextModel, Unit } from '../segments';

const WH = new Set(['what', 'how', 'why', 'which', 'who', 'when', 'where', 'whose', 'whom']);
const OPEN_WH = new Set(['what', 'how', 'why']);
const AUX = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'am',
  'can',
  'could',
  'would',
  'will',
  'should',
  'have',
  'has',
  'had',
  'may',
  'might',
  'shall',
  'must',
]);
const SUBJECTS = new Set([
  'i',
  'you',
  'he',
  'she',
  'it',
  'we',
  'they',
  'that',
  'this',
  'there',
  'your',
  'my',
  'his',
  'her',
  'the',
  'everything',
  'anything',
  'something',
  'anyone',
  'someone',
]);
const CLOSED_AFTER_HOW = new Set([
  'long',
  'many',
  'much',
  'often',
  'old',
  'far',
  'late',
  'early',
  'soon',
  'big',
]);
const CLOSED_AFTER_WHAT = new Set(['time', 'day', 'date', 'year', 'colour', 'color', 'size', 'number']);
const OPEN_PROMPTS = new Set(['tell', 'describe', 'explain', 'say', 'walk', 'talk']);
const TAG_WORDS = new Set([
  'is',
  'not',
  'it',
  'are',
  'you',
  'do',
  'does',
  'did',
  'was',
  'were',
  'right',
  'yeah',
  'okay',
  'huh',
  'eh',
  'no',
  'yes',
  'innit',
  'have',
  'has',
  'can',
  'will',
  'would',
  'know',
  'that',
  'see',
  'agree',
  'ok',
  'yep',
  'alright',
  'fine',
]);

/** A question clause and its kind. */
export interface QuestionFound {
  readonly id: 'open_question' | 'closed_question';
  readonly clause: number;
  readonly first: number;
  readonly last: number;
  /** Opened with a wh-word or an auxiliary (so a reflection inside it is really a question). */
  readonly formal: boolean;
}

function word(units: readonly Unit[], i: number): string {
  return units[i]?.word ?? '';
}

function opensLikeQuestion(units: readonly Unit[], c: Clause): boolean {
  const w0 = word(units, c.head);
  const w1 = word(units, c.head + 1);
  if (AUX.has(w0) && (SUBJECTS.has(w1) || (w1 === 'not' && SUBJECTS.has(word(units, c.head + 2)))))
    return true;
  if (WH.has(w0) && (AUX.has(w1) || w1 === 'happened' || w1 === 'else' || w1 === 'about' || w1 === 'come'))
    return true;
  return false;
}

function classify(units: readonly Unit[], c: Clause): 'open_question' | 'closed_question' {
  const w0 = word(units, c.head);
  const w1 = word(units, c.head + 1);
  if (OPEN_WH.has(w0)) {
    if (w0 === 'how' && CLOSED_AFTER_HOW.has(w1)) return 'closed_question';
    if (w0 === 'what' && CLOSED_AFTER_WHAT.has(w1)) return 'closed_question';
    return 'open_question';
  }
  if (w0 === 'which') return c.end - c.head > 5 ? 'open_question' : 'closed_question';
  if (OPEN_PROMPTS.has(w0)) return 'open_question';
  if (WH.has(w0)) return 'closed_question';
  if (AUX.has(w0)) {
    // "Can you tell me more about it?" invites the partner's own terms.
    if (
      (w0 === 'can' || w0 === 'could' || w0 === 'would' || w0 === 'will') &&
      w1 === 'you' &&
      OPEN_PROMPTS.has(word(units, c.head + 2))
    ) {
      return 'open_question';
    }
    return 'closed_question';
  }
  // "weird how?": a wh-word later in a short clause.
  for (let i = c.head; i < c.end; i++) if (OPEN_WH.has(word(units, i))) return 'open_question';
  return 'closed_question';
}

function hasLetterOrDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

function isTag(units: readonly Unit[], c: Clause): boolean {
  let words = 0;
  for (let i = c.first; i < c.end; i++) {
    const w = word(units, i);
    if (w === ',' || w === '?' || w === '.' || w === '!') continue;
    if (!TAG_WORDS.has(w)) return false;
    words++;
  }
  return words <= 4;
}

/**
 * Finds the question clauses of a text.
 *
 * @example
 * findQuestions(model).map((q) => q.id); // ['open_question'] for "What happened?"
 */
export function findQuestions(model: TextModel): QuestionFound[] {
  const { units, clauses, sentences } = model;
  const out: QuestionFound[] = [];
  let ci = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    // The sentence's clauses with content (not a lone punctuation mark).
    const from = ci;
    while (ci < clauses.length && (clauses[ci] as Clause).sentence === s) ci++;
    let contentCount = 0;
    let lastContent = -1;
    let firstWh = -1;
    let firstFormal = -1;
    for (let k = from; k < ci; k++) {
      const c = clauses[k] as Clause;
      if (!(c.end - c.first > 1 || hasLetterOrDigit(word(units, c.first)))) continue;
      contentCount++;
      lastContent = k;
      const w0 = word(units, c.head);
      if (firstWh < 0 && (WH.has(w0) || AUX.has(w0) || OPEN_PROMPTS.has(w0))) firstWh = k;
    }
    let chosen = -1;
    if (sentence.asked) {
      if (firstWh >= 0 && !(contentCount > 1 && isTag(units, clauses[firstWh] as Clause))) chosen = firstWh;
      else if (lastContent >= 0 && !(contentCount > 1 && isTag(units, clauses[lastContent] as Clause)))
        chosen = lastContent;
    } else {
      // Without a "?", a clause that opens like a question is one; a tag ("…, aren't you.") is not.
      for (let k = from; k < ci && firstFormal < 0; k++) {
        const c = clauses[k] as Clause;
        if (!(c.end - c.first > 1 || hasLetterOrDigit(word(units, c.first)))) continue;
        if (opensLikeQuestion(units, c) && !(contentCount > 1 && isTag(units, c))) firstFormal = k;
      }
      chosen = firstFormal;
    }
    if (chosen < 0) continue;
    const c = clauses[chosen] as Clause;
    const w0 = word(units, c.head);
    out.push({
      id: classify(units, c),
      clause: chosen,
      first: c.first,
      last: Math.max(c.first, c.end - 1),
      formal: WH.has(w0) || AUX.has(w0),
    });
  }
  return out;
}
