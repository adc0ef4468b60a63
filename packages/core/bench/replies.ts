/** Typical learner replies for benchmarks, generated from fragments (never from external data). */

/**
 * `count` replies built from openers, bodies and fillers with a fixed seed, so every run measures the same text.
 *
 * @example
 * typicalReplies(3).length; // 3
 */
export function typicalReplies(count: number): string[] {
  const openers = ['', 'Oh no. ', 'Hey, ', 'Honestly, ', 'ugh ', 'Okay. ', 'Mm. '];
  const bodies = [
    "It sounds like you're really worn out by {x}.",
    'That sounds so frustrating.',
    'What was the hardest part of {x}?',
    'Have you tried talking to {p} about {x}?',
    'Did {p} say anything?',
    "I'm sorry you're dealing with {x}.",
    'You never listen when I talk about {x}.',
    'Could we talk about {x} after dinner?',
    "I feel anxious when {x} comes up and we don't plan.",
    "It's not a big deal, it'll be fine.",
    'Take your time, no rush.',
    'Thanks for sorting {x}, that was really kind.',
    'u ok? sounds like ur stressed abt {x}',
    'Whatever.',
    "That's not my fault, I was busy.",
    'Can I give you a hug?',
    "I'll pick up groceries on the way home.",
    'What do you need from me tonight?',
  ];
  const things = ['work', 'the move', 'your mum', 'the money', 'the kids', 'the deadline', 'the car'];
  const people = ['your manager', 'her', 'him', 'HR', 'your sister', 'the landlord'];
  const out: string[] = [];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    const body = (bodies[next(bodies.length)] as string)
      .replace('{x}', things[next(things.length)] as string)
      .replace('{p}', people[next(people.length)] as string);
    const second =
      next(3) === 0
        ? ` ${(bodies[next(bodies.length)] as string).replace('{x}', 'it').replace('{p}', 'them')}`
        : '';
    out.push(`${openers[next(openers.length)]}${body}${second}`);
  }
  return out;
}
