/**
 * Crisis detection: self-harm, suicide, or violence or threats from a partner. A cue inside a known idiom
 * ("I could kill for a coffee") does not count. The first remaining cue wins.
 */
import type { PhraseHit } from '../matcher';
import type { CrisisKind } from '../types';

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
  const hits = allHits.filter((h) => h.list.name.startsWith('crisis.'));
  if (hits.length === 0) return null;
  const idioms: PhraseHit[] = hits.filter((h) => h.list.name === 'crisis.idiom');
  const threat = hits.find((h) => h.list.name === 'crisis.threat');
  if (threat !== undefined) return { kind: 'partner_violence', first: threat.first, last: threat.last };
  for (const h of hits) {
    if (h.list.name === 'crisis.idiom') continue;
    if (idioms.some((i) => i.first <= h.last && h.first <= i.last)) continue;
    return { kind: h.list.name.slice('crisis.'.length) as CrisisKind, first: h.first, last: h.last };
  }
  return null;
}
