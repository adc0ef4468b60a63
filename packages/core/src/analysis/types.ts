/**
 * Public types of the utterance analyzer. Move ids are stable public API (see docs/moves.md).
 */

/** Every communication move the analyzer can name, in taxonomy order. */
export const MOVE_IDS = [
  // listening
  'reflection',
  'validation',
  'open_question',
  'closed_question',
  'asks_need',
  'advice',
  'minimizing',
  'self_focus',
  // conflict
  'owns_feeling',
  'i_statement',
  'request',
  'blame',
  'contempt',
  'defensiveness',
  'stonewalling',
  'repair',
  // connection
  'appreciation_specific',
  'appreciation_generic',
  'respects_pace',
  'pressure',
  'affection',
] as const;

/** A communication move id, e.g. `'reflection'` or `'advice'`. */
export type MoveId = (typeof MOVE_IDS)[number];

/** A `[start, end)` range of UTF-16 code units in the analysed text; never splits a surrogate pair. */
export type Span = readonly [start: number, end: number];

/** One move found in a reply, with the words that show it. */
export interface MoveHit {
  readonly id: MoveId;
  /** 0..1: how sure the rule that fired is. */
  readonly confidence: number;
  /** Where the evidence sits in the original text. */
  readonly span: Span;
  /** The quoted evidence: exactly `text.slice(span[0], span[1])`. */
  readonly cue: string;
}

/** Families that feeling words belong to. */
export const FEELING_FAMILIES = [
  'anger',
  'sadness',
  'fear',
  'joy',
  'shame',
  'tenderness',
  'surprise',
  'disgust',
  'tiredness',
  'calm',
  'hurt',
  'confusion',
] as const;
export type FeelingFamily = (typeof FEELING_FAMILIES)[number];

/** Whose feeling a feeling word names. */
export type FeelingOwner = 'speaker' | 'partner' | 'other';

/** A feeling word found in the text. */
export interface FeelingHit {
  /** The word(s) as written. */
  readonly word: string;
  /** The lexicon's base form, e.g. `'frustrated'` for "frustratd". */
  readonly lemma: string;
  readonly family: FeelingFamily;
  /** 1 (mild) .. 3 (intense). */
  readonly intensity: 1 | 2 | 3;
  readonly owner: FeelingOwner;
  /** A "faux feeling": an interpretation of what someone did ("ignored", "abandoned"). */
  readonly faux: boolean;
  readonly span: Span;
}

/** What kind of crisis language was found. */
export type CrisisKind = 'suicide' | 'self_harm' | 'partner_violence';

/** Crisis language: self-harm, suicide, or violence or threats from a partner. */
export interface CrisisFinding {
  readonly kind: CrisisKind;
  readonly span: Span;
  readonly cue: string;
}

/** Optional context for an analysis. */
export interface AnalysisContext {
  /** The partner's line this reply answers; a reflection restates *the partner's* feeling or situation. */
  readonly partnerLine?: string;
}

/** What a reply does. */
export interface Analysis {
  /** The moves the reply makes, in order of their spans; empty when it makes none. */
  readonly moves: readonly MoveHit[];
  readonly feelings: readonly FeelingHit[];
  /** Crisis language, or `null` when there is none. */
  readonly crisis: CrisisFinding | null;
  /** Length of the input in UTF-16 code units. */
  readonly length: number;
  /**
   * `true` when the input was longer than the analyzer reads (see `MAX_ANALYZED_LENGTH`):
   * only the first `analyzedLength` code units were analysed.
   */
  readonly truncated: boolean;
  readonly analyzedLength: number;
}

/**
 * Anything that can analyse a reply. The built-in analyzer is synchronous; an app may plug in its own,
 * for example a model-backed one, which may return a promise.
 */
export interface Analyzer {
  analyze(text: string, context?: AnalysisContext): Analysis | Promise<Analysis>;
}
