/**
 * Feeling words and whose feeling each one is. "I'm anxious" is the speaker's, "you sound anxious" the
 * partner's, "she seemed anxious" someone else's. Words that are feelings only after a feeling verb
 * ("I feel small") and faux feelings ("I feel ignored") need that verb.
 */
import { FAUX_FEELING_WORDS, FEELING_WORDS } from '../lexicon/feelings';
import {
  FEELING_VERBS,
  HYPOTHETICAL_WORDS,
  INTENSIFIERS,
  OTHER_WORDS,
  PARTNER_WORDS,
  SPEAKER_WORDS,
} from '../lexicon/hedges';
import type { TextModel, Unit } from '../segments';
import type { FeelingFamily, FeelingOwner } from '../types';

interface FeelingEntry {
  readonly words: readonly string[];
  readonly lemma: string;
  readonly family: FeelingFamily;
  readonly intensity: 1 | 2 | 3;
  readonly needsVerb: boolean;
  readonly faux: boolean;
}

/** A feeling found in the units, before it becomes a public `FeelingHit`. */
export interface FoundFeeling {
  readonly entry: FeelingEntry;
  readonly first: number;
  readonly last: number;
  readonly owner: FeelingOwner;
  /** Unit where the owner's pronoun sits (start of the evidence), or `first`. */
  readonly ownerAt: number;
  /** "I'd be upset", "if you feel…": not a statement of a present feeling. */
  readonly hypothetical: boolean;
  /** Preceded by a negation ("not", "never") in its clause. */
  readonly negated: boolean;
}

function parseLexicon(): Map<string, FeelingEntry[]> {
  const byFirst = new Map<string, FeelingEntry[]>();
  const add = (e: FeelingEntry): void => {
    const key = e.words[0] as string;
    const list = byFirst.get(key);
    if (list) list.push(e);
    else byFirst.set(key, [e]);
  };
  for (const family in FEELING_WORDS) {
    const spec = FEELING_WORDS[family as FeelingFamily];
    for (const item of spec.split(' ')) {
      if (item === '') continue;
      // `word`, `word:2` or `word:2:f`.
      const colon = item.indexOf(':');
      const word = colon < 0 ? item : item.slice(0, colon);
      const level = colon < 0 ? 49 : item.charCodeAt(colon + 1);
      const words = word.indexOf('_') < 0 ? [word] : word.split('_');
      add({
        words,
        lemma: words.length === 1 ? word : words.join(' '),
        family: family as FeelingFamily,
        intensity: level === 51 ? 3 : level === 50 ? 2 : 1,
        needsVerb: item.endsWith(':f'),
        faux: false,
      });
    }
  }
  for (const word of FAUX_FEELING_WORDS.split(' ')) {
    if (word === '') continue;
    const words = word.indexOf('_') < 0 ? [word] : word.split('_');
    add({
      words,
      lemma: words.length === 1 ? word : words.join(' '),
      family: 'hurt',
      intensity: 2,
      needsVerb: true,
      faux: true,
    });
  }
  for (const list of byFirst.values())
    if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const lexicon = parseLexicon();
const speaker = new Set(SPEAKER_WORDS);
const partner = new Set(PARTNER_WORDS);
const other = new Set(OTHER_WORDS);
const feelingVerbs = new Set(FEELING_VERBS);
const intensifiers = new Set(INTENSIFIERS);
const hypothetical = new Set(HYPOTHETICAL_WORDS);
const objectPronouns = new Set([
  'me',
  'you',
  'him',
  'her',
  'them',
  'us',
  'everyone',
  'anyone',
  'myself',
  'yourself',
  'himself',
  'herself',
]);
const firstPersonFeel = new Set(['feel', 'feeling', 'felt']);
const wantVerbs = new Set(['want', 'wants', 'wanted', 'expect', 'expects', 'expected', 'need', 'needs']);
const reflexives = new Set(['myself', 'yourself', 'himself', 'herself', 'themselves', 'ourselves']);
const prepositions = new Set([
  'of',
  'about',
  'in',
  'on',
  'at',
  'with',
  'for',
  'to',
  'from',
  'by',
  'over',
  'after',
]);
const causeVerbs = new Set([
  'make',
  'made',
  'makes',
  'making',
  'got',
  'gets',
  'leaves',
  'left',
  'let',
  'keeps',
  'kept',
]);
const beVerbs = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'get',
  'got',
  'getting',
  'gets',
  'become',
  'became',
  'stay',
  'so',
  'really',
  'too',
  'feel',
  'felt',
  'feeling',
  'feels',
]);
const negations = new Set(['not', 'never', 'no']);

/** Every word the feeling lexicon knows; used to undo elongations ("sooo sad"). */
export function isFeelingWord(word: string): boolean {
  return lexicon.has(word);
}

function wordAt(units: readonly Unit[], i: number): string {
  return units[i]?.word ?? '';
}

/**
 * Finds feeling words and decides whose feeling each is.
 *
 * @example
 * findFeelings(model).map((f) => [f.entry.lemma, f.owner]); // [['anxious', 'speaker']] for "im so anxious"
 */
export function findFeelings(model: TextModel): FoundFeeling[] {
  const { units, clauses } = model;
  const found: FoundFeeling[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const entries = lexicon.get(unit.word);
    if (entries === undefined) continue;
    const clause = clauses[unit.clause];
    const clauseFirst = clause ? clause.first : 0;
    for (const entry of entries) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        if (wordAt(units, i + k) !== entry.words[k] || units[i + k]?.clause !== unit.clause) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const last = i + entry.words.length - 1;
      // Look back over intensifiers for a feeling or linking verb.
      let j = i - 1;
      while (j >= clauseFirst && intensifiers.has(wordAt(units, j))) j--;
      const before = wordAt(units, j);
      // "upset me", "scared him": a verb, not a feeling; but "I'm so glad you…" is a feeling.
      const object = wordAt(units, last + 1);
      if (
        entry.words.length === 1 &&
        objectPronouns.has(object) &&
        (reflexives.has(object) || (!beVerbs.has(before) && !feelingVerbs.has(before)))
      )
        break;
      const hasFeelVerb =
        feelingVerbs.has(before) || (before === 'like' && feelingVerbs.has(wordAt(units, j - 1)));
      if (entry.needsVerb && !hasFeelVerb) {
        if (!entry.faux) break;
        if (!beVerbs.has(before)) break;
      }
      if (entry.faux && !hasFeelVerb && !beVerbs.has(before)) break;
      // Whose feeling: the nearest subject-like pronoun before it in the clause.
      let owner: FeelingOwner | null = null;
      let ownerAt = i;
      let isHypothetical = false;
      let negated = false;
      for (let k = i - 1; k >= clauseFirst && k >= i - 9; k--) {
        const w = wordAt(units, k);
        if (hypothetical.has(w)) isHypothetical = true;
        if (negations.has(w)) negated = true;
        if (owner !== null) continue;
        const prev = wordAt(units, k - 1);
        if (w === 'i' || w === 'we') {
          owner = 'speaker';
          ownerAt = k;
        } else if (w === 'me' || w === 'us') {
          if (causeVerbs.has(prev)) {
            owner = 'speaker';
            ownerAt = k;
          } else if (wantVerbs.has(prev)) {
            // "do you want me to be angry": nobody's feeling yet.
            owner = 'other';
            ownerAt = k;
          }
        } else if (w === 'you' || w === 'yourself') {
          if (!prepositions.has(prev) || causeVerbs.has(prev)) {
            owner = 'partner';
            ownerAt = k;
          }
        } else if (other.has(w) && !speaker.has(w) && !partner.has(w)) {
          if (!prepositions.has(prev)) {
            owner = 'other';
            ownerAt = k;
          }
        }
      }
      const next1 = wordAt(units, last + 1);
      const next2 = wordAt(units, last + 2);
      // "That must be hard for you" is the partner's; "I'm thrilled for you" stays the speaker's.
      if ((owner === null || owner === 'other') && next1 === 'for' && next2 === 'you') owner = 'partner';
      if (owner === null) {
        // "Exhausted." / "so tired today" / "feeling kinda lonely": a bare feeling at the head of a clause
        // is the speaker's own; a bare one asked back ("Scared?") is not.
        const sentence = model.sentences[unit.sentence];
        const atHead =
          j < clauseFirst ||
          (clause !== undefined && j < clause.head) ||
          (clause !== undefined && j === clause.head && firstPersonFeel.has(before));
        owner =
          atHead && !(sentence?.asked === true && last - (sentence?.first ?? 0) < 2) ? 'speaker' : 'other';
        ownerAt = i;
      }
      found.push({ entry, first: i, last, owner, ownerAt, hypothetical: isHypothetical, negated });
      i = last;
      break;
    }
  }
  return found;
}
