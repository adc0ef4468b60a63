/**
 * Crisis detection: self-harm, suicide, or violence or threats from a partner. A cue inside a known idiom
 * ("I could kill for a coffee") does not count. The first remaining cue wins; a weak cue ("I can't do this
 * anymore") counts only when the reply also speaks of life ("life is too much").
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
  const inIdiom = (h: PhraseHit): boolean =>
    (hits as PhraseHit[]).some(
      (i) => i.list.name === 'crisis.idiom' && i.first <= h.last && h.first <= i.last,
    );
  let weak: PhraseHit | null = null;
  let context = false;
  for (const h of hits) {
    const name = h.list.name;
    if (name === 'crisis.idiom') continue;
    if (inIdiom(h)) continue;
    if (name === 'crisis.weak') {
      weak ??= h;
      continue;
    }
    if (name === 'crisis.context') {
      context = true;
      continue;
    }
    return { kind: name.slice('crisis.'.length) as CrisisKind, first: h.first, last: h.last };
  }
  // "I can't do this anymore" is a crisis only beside life context ("life is too much") in the same reply.
  if (weak !== null && context) return { kind: 'suicide', first: weak.first, last: weak.last };
  return null;
}
