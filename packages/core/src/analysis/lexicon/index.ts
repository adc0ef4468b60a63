/**
 * Every phrase list the analyzer uses, in one place, so the matcher, the regex registry and the tests
 * read the same source of truth.
 */
import type { PhraseList } from '../phrases';
import {
  APOLOGY,
  BARE_APOLOGY,
  BLAME,
  CONTEMPT,
  DEFENSIVENESS,
  NOT_BLAME,
  NOT_DEFENSIVENESS,
  OF_COURSE,
  OWNS_FEELING,
  REPAIR,
  REQUEST,
  STONEWALLING,
} from './conflict';
import {
  AFFECTION,
  APPRECIATION_GENERIC,
  APPRECIATION_SPECIFIC,
  PRESSURE,
  RESPECTS_PACE,
} from './connection';
import { CRISIS_CONTEXT, CRISIS_IDIOMS, CRISIS_PHRASES, CRISIS_THREATS, CRISIS_WEAK } from './crisis';
import {
  ADVICE,
  ASKS_NEED,
  MINIMIZING,
  NORMALISING,
  NOT_ADVICE,
  NOT_REFLECTION,
  OPEN_QUESTION_CUES,
  OWN_STORY,
  REFLECTION,
  REFLECTION_FOR_YOU,
  RESTATEMENT,
  SELF_FOCUS,
  SYMPATHY,
  VALIDATION,
} from './listening';

/**
 * Every list with every field set, in one order: the rules read these fields on every reply, and objects
 * of one shape keep those reads fast.
 */
function uniform(list: PhraseList): PhraseList {
  return {
    name: list.name,
    move: list.move,
    confidence: list.confidence,
    phrases: list.phrases,
    blocks: list.blocks ?? [],
    blockScope: list.blockScope ?? 'clause',
    claimsQuestion: list.claimsQuestion ?? false,
  };
}

/** All move cue lists, including exclusion lists (`move: null`). */
export const MOVE_PHRASE_LISTS: readonly PhraseList[] = [
  REFLECTION,
  REFLECTION_FOR_YOU,
  NOT_REFLECTION,
  NOT_ADVICE,
  SYMPATHY,
  RESTATEMENT,
  VALIDATION,
  OPEN_QUESTION_CUES,
  ASKS_NEED,
  ADVICE,
  MINIMIZING,
  SELF_FOCUS,
  REQUEST,
  BLAME,
  NOT_BLAME,
  CONTEMPT,
  DEFENSIVENESS,
  STONEWALLING,
  REPAIR,
  BARE_APOLOGY,
  APPRECIATION_SPECIFIC,
  APPRECIATION_GENERIC,
  RESPECTS_PACE,
  PRESSURE,
  AFFECTION,
  NORMALISING,
  OWN_STORY,
  OWNS_FEELING,
  NOT_DEFENSIVENESS,
  APOLOGY,
  OF_COURSE,
].map(uniform);

/**
 * Crisis cue lists by kind, the idioms that cancel them, reported threats (never cancelled), and weak cues
 * that count only beside life context.
 */
export const CRISIS_PHRASE_LISTS: readonly PhraseList[] = [
  ...(['suicide', 'self_harm', 'partner_violence'] as const).map(
    (kind): PhraseList => ({
      name: `crisis.${kind}`,
      move: null,
      confidence: 1,
      phrases: CRISIS_PHRASES[kind],
    }),
  ),
  { name: 'crisis.idiom', move: null, confidence: 1, phrases: CRISIS_IDIOMS },
  { name: 'crisis.threat', move: null, confidence: 1, phrases: CRISIS_THREATS },
  { name: 'crisis.weak', move: null, confidence: 1, phrases: CRISIS_WEAK },
  { name: 'crisis.context', move: null, confidence: 1, phrases: CRISIS_CONTEXT },
].map(uniform);
