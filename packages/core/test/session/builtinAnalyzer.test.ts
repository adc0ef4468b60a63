import { createSession, type Scenario, summarizeSession } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { conflictScenario, listeningScenario, ventingScenario } from '../helpers/scenarios';

/** Playthroughs with the built-in analyzer (the default): natural replies, not keywords. */
function play(scenario: Scenario, replies: readonly string[], seed = 1) {
  const session = createSession(scenario, { seed });
  for (const text of replies) session.send({ type: 'learner.say', text });
  return session;
}

describe('sessions with the built-in analyzer (the default)', () => {
  it('lets a listener who reflects and asks succeed in their own words', () => {
    const session = play(listeningScenario, [
      'Oh no, that sounds really frustrating.',
      'What happened with the deadline?',
      'It sounds like you feel completely steamrolled.',
      "That makes sense. I'd be upset too.",
    ]);
    const { context } = session.getSnapshot();
    expect(context.outcome).toBe('succeeded');
    expect(summarizeSession(session.getSnapshot()).strengths.length).toBeGreaterThan(0);
  });

  it('does not let a fixer succeed', () => {
    const { context } = play(listeningScenario, ['Have you tried talking to your manager?']).getSnapshot();
    expect(context.outcome).toBe('ended');
    expect(context.feedback[0]?.code).toBe('advice-too-soon');
    expect(context.feedback[0]?.tryInstead).toMatch(/frustrated/);
  });

  it('repairs a conflict with an apology and a specific request', () => {
    const { context } = play(conflictScenario, [
      "You're right, I was on my phone. I'm sorry.",
      'Could we put our phones away at dinner?',
    ]).getSnapshot();
    expect(context.outcome).toBe('succeeded');
  });

  it('rebuilds a real blaming reply as an "I"-statement', () => {
    const { context } = play(conflictScenario, ['You never listen to me either!']).getSnapshot();
    const blame = context.feedback.find((f) => f.code === 'blamed');
    expect(blame?.tryInstead).toMatch(/^I feel unheard when/);
  });

  it('does not let advice to a venting partner succeed', () => {
    const { context } = play(ventingScenario, ['You should just stop answering her calls.']).getSnapshot();
    expect(context.outcome).toBe('ended');
  });

  it('stops for real crisis language, and not for an idiom', () => {
    expect(
      play(listeningScenario, ["Honestly I don't see the point in living anymore."]).getSnapshot().context
        .outcome,
    ).toBe('safety');
    expect(
      play(listeningScenario, ['This deadline is killing me too.']).getSnapshot().context.outcome,
    ).not.toBe('safety');
  });

  it('is deterministic for a seed', () => {
    const replies = ['That sounds hard.', 'Hmm.', 'What happened?'];
    expect(play(listeningScenario, replies, 8).getSnapshot().context).toEqual(
      play(listeningScenario, replies, 8).getSnapshot().context,
    );
  });
});
