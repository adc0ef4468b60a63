/**
 * A tiny seeded PRNG (mulberry32). Its whole state is one 32-bit integer, kept in the session context so a
 * saved session continues with exactly the same choices.
 */

/**
 * The next value in 0..1 and the next state.
 * @example
 * const [value, next] = nextRandom(42); // same state, same value, every time
 */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/**
 * Picks one of `options` with the PRNG; avoids repeating `avoid` (the partner's previous line) when there
 * is another option.
 * @example
 * const [line, rng] = pickVariant(['Hi.', 'Hey.'], context.rng);
 */
export function pickVariant(
  options: readonly string[],
  state: number,
  avoid?: string,
): [choice: string, next: number] {
  const [value, next] = nextRandom(state);
  let index = Math.floor(value * options.length) % options.length;
  if (options.length > 1 && options[index] === avoid) index = (index + 1) % options.length;
  return [options[index] ?? '', next];
}

/** A fresh 32-bit seed when none is given. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}
