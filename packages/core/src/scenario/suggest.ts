/**
 * "Did you mean …?" for ids, keys and move names: the closest candidate by edit distance, if it is close
 * enough to be a plausible typo.
 */

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring letters
 * (optimal string alignment), so "hread" is one edit from "heard". Stops early once it exceeds `max`
 * (then returns `max + 1`).
 * @example
 * editDistance('closng', 'closing') // 1
 * editDistance('hread', 'heard')    // 1
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `word`, or `undefined` when none is close enough to be a typo
 * (one edit for words of up to 3 letters, else a third of the length and at least 2; a case-only
 * difference always counts).
 * @example
 * closestMatch('closng', ['opening', 'closing']) // 'closing'
 * closestMatch('xyz', ['opening', 'closing'])    // undefined
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let seen = 0;
  for (const candidate of candidates) {
    // Suggestions are for humans; scanning 10,000 beat ids for each typo is still cheap, but cap it anyway.
    if (++seen > 50_000) break;
    if (candidate === word) continue;
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) return candidate;
    const distance = editDistance(lower, candidateLower, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `did you mean 'x'?` for the closest candidate, or `undefined`. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(word, candidates);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}
