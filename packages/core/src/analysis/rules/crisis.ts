/**
 * Crisis detection: self-harm, suicide, or violence or threats from a partner. A cue inside a known idiom
 * ("I could kill for a coffee") does not count. The first remaining cue wins.
 */
import { CRISIS_PHRASE_LISTS } from '../lexicon/index';
import type { PhraseHit } from '../matcher';
import type { PhraseList } from '../phrases';
import type { CrisisKind } from '../types';

const CRISIS_LISTS: ReadonlySet<PhraseList> = new Set(CRISIS_PHRASE_LISTS);

/** A crisis cue over units `[first, last]`. */
export interface CrisisFound {
  readonly kind: CrisisKind;
  readonly first: number;
  readonly last: number;
}

/**
 * Finds the first crisis cue that is not part of an idiom.
 *
 * @example
 * findCrisis(matchPhrases(model, index))?.kind; // 'partner_violence' for "he hit me again"
 */
export function findCrisis(allHits: readonly PhraseHit[]): CrisisFound | null {
  let hits: PhraseHit[] | null = null;
  for (const h of allHits) {
    if (!CRISIS_LISTS.has(h.list)) continue;
    // Reported threats are crisis even where an idiom would match.
    if (h.list.name === 'crisis.threat') return { kind: 'partner_violence', first: h.first, last: h.last };
    if (hits === null) hits = [h];
    else hits.push(h);
  }
  if (hits === null) return null;
  for (const h of hits) {
    if (h.list.name === 'crisis.idiom') continue;
    if (hits.some((i) => i.list.name === 'crisis.idiom' && i.first <= h.last && h.first <= i.last)) continue;
    return { kind: h.list.name.slice('crisis.'.length) as CrisisKind, first: h.first, last: h.last };
  }
  return null;
}
