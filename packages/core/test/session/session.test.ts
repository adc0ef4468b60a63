import {
  createSession,
  NOTICES,
  RapportError,
  SAVE_FORMAT_VERSION,
  type Scenario,
  type Session,
  summarizeSession,
} from '@rapport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { asyncFakeAnalyzer, fakeAnalyzer } from '../helpers/fakeAnalyzer';
import { conflictScenario, listeningScenario, ventingScenario } from '../helpers/scenarios';

const start = (scenario: Scenario = listeningScenario, seed = 1): Session =>
  createSession(scenario, { seed, analyzer: fakeAnalyzer });
const say = (session: Session, ...texts: string[]) => {
  for (const text of texts) session.send({ type: 'learner.say', text });
  return session.getSnapshot().context;
};
/** The context without the retry history (compared separately) and the pending marker. */
const visible = (session: Session) => {
  const { history: _h, ...rest } = session.getSnapshot().context;
  return rest;
};

describe('createSession', () => {
  it('starts with the partner speaking a variant of the start beat, meters at their initial values', () => {
    const { context } = start().getSnapshot();
    expect(context.transcript).toHaveLength(1);
    expect(listeningScenario.beats.opening?.partner).toContain(context.transcript[0]?.text);
    expect(context.meters.heard).toBe(20);
    expect(context.partner).toEqual({ name: 'Sam', mood: 'guarded' });
    expect(context.outcome).toBeNull();
    expect(context.saveFormat).toBe(SAVE_FORMAT_VERSION);
  });

  it('processes a reply fully before send returns (synchronous analyzer)', () => {
    const context = say(start(), "It sounds like you're frustrated.");
    expect(context.turn).toBe(1);
    expect(context.beat).toBe('deeper');
    expect(context.transcript.map((l) => l.speaker)).toEqual(['partner', 'learner', 'partner']);
    expect(context.feedback[0]?.code).toBe('reflected-feeling');
  });

  it('gives the same transcript for the same seed and replies, and varies lines across seeds', () => {
    const replies = ["It sounds like you're frustrated.", 'Hmm.', 'That makes sense.'];
    const a = say(start(listeningScenario, 42), ...replies).transcript;
    const b = say(start(listeningScenario, 42), ...replies).transcript;
    expect(a).toEqual(b);
    const openings = new Set(
      Array.from(
        { length: 20 },
        (_, seed) => start(listeningScenario, seed).getSnapshot().context.transcript[0]?.text,
      ),
    );
    expect(openings.size).toBe(2);
  });

  it('reaches a success ending when the learner listens, and outcome "succeeded"', () => {
    const context = say(
      start(),
      "It sounds like you're frustrated.",
      'That makes sense. What happened?',
      'You sound exhausted. Tell me more.',
    );
    expect(context.outcome).toBe('succeeded');
    expect(context.beat).toBe('heard');
    expect(context.endMessage).toBe('Sam felt heard.');
    expect(context.partner.mood).toBe('feels heard');
  });

  it('ends with outcome "ended" when the learner fixes', () => {
    const context = say(start(), 'You should quit.');
    expect(context.outcome).toBe('ended');
    expect(context.beat).toBe('brushed_off');
    expect(context.partner.mood).toBe('dismissed');
  });

  it('repeats the beat with a stay line when no branch holds', () => {
    const context = say(start(), 'I will pick up groceries.');
    expect(context.beat).toBe('opening');
    expect(listeningScenario.beats.opening?.stay).toContain(context.transcript.at(-1)?.text);
  });

  it('applies branch effects on top of the skill machine, clamped to 0..100', () => {
    const session = start();
    say(session, "It sounds like you're frustrated.", 'That makes sense.');
    const before = session.getSnapshot().context;
    expect(before.beat).toBe('deeper');
    const after = say(session, 'Did he say why?');
    // closed_question: +3 from the machine, +5 from the branch's effects
    expect(after.meters.heard).toBe(Math.min(100, (before.meters.heard ?? 0) + 8));
  });

  it('ends by maxTurns at the first "other" ending when no branch ends it', () => {
    const session = start();
    for (let i = 0; i < listeningScenario.maxTurns; i++) say(session, 'Hmm.');
    const { context } = session.getSnapshot();
    expect(context.turn).toBe(listeningScenario.maxTurns);
    expect(context.outcome).toBe('ended');
    expect(context.beat).toBe('brushed_off');
  });
});

describe('bad input loses nothing', () => {
  it('does not use a turn for an empty reply, and says why', () => {
    const session = start();
    const before = visible(session);
    const context = say(session, '   ');
    expect(context.turn).toBe(0);
    expect(context.transcript).toEqual(before.transcript);
    expect(context.notice).toBe(NOTICES.emptyReply);
    expect(say(session, "It sounds like you're frustrated.").notice).toBeNull();
  });

  it('refuses replies after the end with a reason', () => {
    const session = start();
    say(session, 'You should quit.');
    const before = visible(session);
    const context = say(session, 'Wait, sorry!');
    expect(context.notice).toBe(NOTICES.ended);
    expect(context.transcript).toEqual(before.transcript);
    expect(context.turn).toBe(before.turn);
  });
});

describe('retry', () => {
  it('takes back the last reply exactly', () => {
    const session = start();
    say(session, "It sounds like you're frustrated.");
    const before = session.getSnapshot().context;
    say(session, 'You should talk to HR.');
    session.send({ type: 'learner.retry' });
    expect(session.getSnapshot().context).toEqual(before);
  });

  it('can take back an ending and play on', () => {
    const session = start();
    const before = session.getSnapshot().context;
    say(session, 'You should quit.');
    expect(session.getSnapshot().value).toBe('over');
    session.send({ type: 'learner.retry' });
    expect(session.getSnapshot().context).toEqual(before);
    expect(session.getSnapshot().value).toEqual({ playing: 'ready' });
    expect(say(session, "It sounds like you're frustrated.").beat).toBe('deeper');
  });

  it('says so when there is nothing to take back', () => {
    const session = start();
    session.send({ type: 'learner.retry' });
    expect(session.getSnapshot().context.notice).toBe(NOTICES.nothingToRetry);
  });
});

describe('hints', () => {
  it('climb the ladder nudge → skill → model, then say there are no more', () => {
    const session = start();
    const ladder = listeningScenario.beats.opening?.hints;
    session.send({ type: 'learner.hint' });
    expect(session.getSnapshot().context.hints).toEqual([ladder?.nudge]);
    session.send({ type: 'learner.hint' });
    session.send({ type: 'learner.hint' });
    expect(session.getSnapshot().context.hints).toEqual([ladder?.nudge, ladder?.skill, ladder?.model]);
    session.send({ type: 'learner.hint' });
    expect(session.getSnapshot().context.notice).toBe(NOTICES.noMoreHints);
    expect(session.getSnapshot().context.turn).toBe(0);
  });

  it('start again on a new beat', () => {
    const session = start();
    session.send({ type: 'learner.hint' });
    expect(say(session, "It sounds like you're frustrated.").hints).toEqual([]);
  });
});

describe('safety', () => {
  it('ends role-play at once with a kind message and where to find help', () => {
    const context = say(start(), "It sounds like you're frustrated. Honestly I want to kill myself.");
    expect(context.outcome).toBe('safety');
    expect(context.safety?.message).toMatch(/practice/i);
    expect(context.safety?.message).toMatch(/not therapy/i);
    const contacts = context.safety?.resources.map((r) => `${r.name} ${r.contact}`).join('\n') ?? '';
    expect(contacts).toMatch(/988/);
    expect(contacts).toMatch(/116 123/);
    expect(contacts).toMatch(/findahelpline\.com/);
    expect(contacts).toMatch(/Emergency/);
    expect(context.endMessage).toBe(context.safety?.message);
    expect(context.feedback).toEqual([]);
  });

  it('pre-empts a reply that would otherwise succeed, and points to abuse hotlines for partner violence', () => {
    const session = start();
    say(session, "It sounds like you're frustrated.", 'That makes sense. What happened?');
    const context = say(session, 'You sound exhausted. Tell me more. He hit me again last night.');
    expect(context.outcome).toBe('safety');
    expect(context.safety?.resources.some((r) => /799-7233|0808 2000 247/.test(r.contact))).toBe(true);
  });

  it('cannot be taken back with retry, and refuses further replies', () => {
    const session = start();
    say(session, 'I want to kill myself.');
    session.send({ type: 'learner.retry' });
    expect(session.getSnapshot().context.outcome).toBe('safety');
    expect(say(session, 'hello').notice).toBe(NOTICES.safety);
  });
});

describe('save and restore', () => {
  const replies = [
    "It sounds like you're frustrated.",
    'Hmm.',
    'That makes sense.',
    'Did he say why?',
    'You sound exhausted. Tell me more.',
  ];

  it.each([1, 2, 3, 4])('continues exactly as an unbroken session when saved after %i replies', (cut) => {
    const unbroken = start(listeningScenario, 9);
    say(unbroken, ...replies);

    const first = start(listeningScenario, 9);
    say(first, ...replies.slice(0, cut));
    const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    const resumed = createSession(listeningScenario, { snapshot: saved, analyzer: fakeAnalyzer });
    say(resumed, ...replies.slice(cut));
    expect(resumed.getSnapshot().context).toEqual(unbroken.getSnapshot().context);
    expect(resumed.getSnapshot().value).toEqual(unbroken.getSnapshot().value);
  });

  it.each([listeningScenario, conflictScenario, ventingScenario])(
    '$id: saved at any point of any event sequence and JSON round-tripped, continues exactly as unbroken (fast-check)',
    (scenario) => {
      const event = fc.oneof(
        {
          weight: 6,
          arbitrary: fc
            .constantFrom(...replies, '', 'You should quit.', 'You never listen.', "I'm sorry, you're right.")
            .map((text) => ({ type: 'learner.say' as const, text })),
        },
        { weight: 1, arbitrary: fc.constant({ type: 'learner.hint' as const }) },
        { weight: 1, arbitrary: fc.constant({ type: 'learner.retry' as const }) },
      );
      fc.assert(
        fc.property(fc.integer(), fc.array(event, { maxLength: 16 }), fc.nat(), (seed, events, cutAt) => {
          const cut = cutAt % (events.length + 1);
          const unbroken = createSession(scenario, { seed, analyzer: fakeAnalyzer });
          for (const e of events) unbroken.send(e);

          const first = createSession(scenario, { seed, analyzer: fakeAnalyzer });
          for (const e of events.slice(0, cut)) first.send(e);
          const saved: unknown = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
          // Plain JSON: nothing is lost or changed by the round trip (xstate's undefined `output`/`error` aside).
          expect(saved).toEqual(first.getPersistedSnapshot());
          const resumed = createSession(scenario, { snapshot: saved, analyzer: fakeAnalyzer });
          for (const e of events.slice(cut)) resumed.send(e);

          expect(resumed.getSnapshot().context).toEqual(unbroken.getSnapshot().context);
          expect(resumed.getSnapshot().value).toEqual(unbroken.getSnapshot().value);
        }),
        { numRuns: 150 },
      );
    },
  );

  it('keeps retry working across a restore', () => {
    const session = start();
    say(session, "It sounds like you're frustrated.");
    const before = session.getSnapshot().context;
    say(session, 'Hmm.');
    const resumed = createSession(listeningScenario, {
      snapshot: JSON.parse(JSON.stringify(session.getPersistedSnapshot())),
      analyzer: fakeAnalyzer,
    });
    resumed.send({ type: 'learner.retry' });
    expect(resumed.getSnapshot().context).toEqual(before);
  });

  it('refuses a snapshot from another scenario with a clear error', () => {
    const saved = JSON.parse(JSON.stringify(start().getPersistedSnapshot()));
    const attempt = () => createSession(conflictScenario, { snapshot: saved, analyzer: fakeAnalyzer });
    expect(attempt).toThrow(RapportError);
    expect(attempt).toThrow(/scenario 'test-listening', not 'test-conflict'/);
    try {
      attempt();
    } catch (error) {
      expect((error as RapportError).code).toBe('snapshot-scenario');
    }
  });

  it('refuses a snapshot from another save format with a clear error', () => {
    const saved = JSON.parse(JSON.stringify(start().getPersistedSnapshot()));
    saved.context.saveFormat = SAVE_FORMAT_VERSION + 1;
    expect(() => createSession(listeningScenario, { snapshot: saved, analyzer: fakeAnalyzer })).toThrow(
      expect.objectContaining({ code: 'snapshot-version', message: expect.stringMatching(/save format 2/) }),
    );
  });

  it('refuses something that is not a saved session', () => {
    for (const snapshot of [null, 42, 'save', { value: 'x' }, { context: {} }]) {
      expect(() => createSession(listeningScenario, { snapshot, analyzer: fakeAnalyzer })).toThrow(
        expect.objectContaining({ code: 'snapshot-invalid' }),
      );
    }
  });
});

describe('asynchronous analyzer', () => {
  it('analyses in the background, then takes the turn', async () => {
    const session = createSession(listeningScenario, { seed: 1, analyzer: asyncFakeAnalyzer });
    session.send({ type: 'learner.say', text: "It sounds like you're frustrated." });
    expect(session.getSnapshot().value).toEqual({ playing: 'analyzing' });
    session.send({ type: 'learner.say', text: 'Hello?' });
    expect(session.getSnapshot().context.notice).toBe(NOTICES.busy);
    const snapshot = await waitFor(session, (s) => s.matches({ playing: 'ready' }));
    expect(snapshot.context.turn).toBe(1);
    expect(snapshot.context.beat).toBe('deeper');
    expect(snapshot.context.transcript.filter((l) => l.speaker === 'learner')).toHaveLength(1);
  });

  it('gives the same result as the synchronous analyzer', async () => {
    const replies = ["It sounds like you're frustrated.", 'You should quit.'];
    const sync = start(listeningScenario, 5);
    say(sync, ...replies);
    const async = createSession(listeningScenario, { seed: 5, analyzer: asyncFakeAnalyzer });
    for (const text of replies) {
      async.send({ type: 'learner.say', text });
      await waitFor(async, (s) => !s.matches({ playing: 'analyzing' }));
    }
    expect(async.getSnapshot().context).toEqual(sync.getSnapshot().context);
  });
});

describe('skills drive the partner', () => {
  it('conflict repair: flooding needs a break with a time to come back', () => {
    const session = start(conflictScenario);
    say(session, 'You always do this. You never listen.', 'What is wrong with you?');
    expect(session.getSnapshot().context.beat).toBe('flooded');
    expect(session.getSnapshot().context.partner.mood).toBe('flooded');
    const context = say(
      session,
      "I'm overwhelmed. Can we take a twenty-minute break and come back at eight?",
    );
    expect(context.outcome).toBe('succeeded');
    expect(context.replies.at(-1)?.feedback?.map((f) => f.code)).toContain('called-a-break');
  });

  it('urge to fix: the seed decides what the partner wants, asking lets them choose', () => {
    const wants = new Set<string | undefined>();
    for (let seed = 0; seed < 10; seed++) {
      wants.add(start(ventingScenario, seed).getSnapshot().context.skill.context.wants);
    }
    expect(wants).toEqual(new Set(['listen', 'help']));
    const context = say(start(ventingScenario), 'You should just ignore her.');
    expect(context.outcome).toBe('ended');
  });
});

describe('feedback in a session', () => {
  it("uses the beat's authored text for a code, quoting the learner", () => {
    const context = say(start(), 'You should quit.');
    expect(context.feedback[0]).toMatchObject({
      code: 'advice-too-soon',
      message: 'Custom: "You should quit" came too soon.',
    });
  });
});

describe('summary', () => {
  it('scores the skill and quotes strengths and growth points', () => {
    const session = start();
    say(session, "It sounds like you're frustrated.", 'Did he say why?', 'You should quit.');
    const summary = summarizeSession(session.getSnapshot());
    expect(summary.scenarioId).toBe('test-listening');
    expect(summary.scores['active-listening']).toBeGreaterThanOrEqual(0);
    expect(summary.strengths[0]).toMatchObject({
      move: 'reflection',
      quote: "It sounds like you're frustrated",
    });
    expect(summary.growth[0]).toMatchObject({ move: 'advice', quote: 'You should quit' });
    expect(summary.growth[0]?.tryInstead).toMatch(/just listen/);
    expect(summary.next.skill).toBe('active-listening');
  });

  it('scores a listening session higher than a fixing one, and works on a persisted snapshot', () => {
    const good = start();
    say(
      good,
      "It sounds like you're frustrated.",
      'That makes sense. What happened?',
      'You sound exhausted. Tell me more.',
    );
    const bad = start();
    say(bad, 'It is not a big deal.', 'You should quit.');
    const goodScore = summarizeSession(JSON.parse(JSON.stringify(good.getPersistedSnapshot()))).scores[
      'active-listening'
    ];
    const badScore = summarizeSession(bad.getSnapshot()).scores['active-listening'];
    expect(goodScore).toBeGreaterThan(80);
    expect(badScore).toBeLessThan(40);
  });
});

describe('properties (fast-check)', () => {
  const POOL = [
    '',
    '   ',
    "It sounds like you're frustrated.",
    'That makes sense.',
    'What was the hardest part?',
    'You should quit.',
    "It's not a big deal.",
    'You never listen.',
    "I'm sorry, you're right.",
    'Can we take a break and come back at eight?',
    'Do you want me to just listen, or help?',
    'Whatever.',
    'Hmm.',
  ];
  const ACTIONS = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(...POOL).map((text) => ({ type: 'learner.say' as const, text })),
    },
    { weight: 1, arbitrary: fc.string().map((text) => ({ type: 'learner.say' as const, text })) },
    { weight: 1, arbitrary: fc.constant({ type: 'learner.hint' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'learner.retry' as const }) },
  );

  it.each([listeningScenario, conflictScenario, ventingScenario])(
    '$id: random events never throw, meters stay in 0..100, and the session ends by maxTurns',
    (scenario) => {
      fc.assert(
        fc.property(fc.integer(), fc.array(ACTIONS, { maxLength: 30 }), (seed, events) => {
          const session = createSession(scenario, { seed, analyzer: fakeAnalyzer });
          for (const event of events) {
            session.send(event);
            const { context } = session.getSnapshot();
            for (const v of Object.values(context.meters)) expect(v >= 0 && v <= 100).toBe(true);
            expect(context.turn).toBeLessThanOrEqual(scenario.maxTurns);
            if (context.turn === scenario.maxTurns) expect(context.outcome).not.toBeNull();
          }
          // Whatever happened, maxTurns more non-empty replies end the session.
          for (let i = 0; i < scenario.maxTurns; i++) session.send({ type: 'learner.say', text: 'Hmm.' });
          expect(session.getSnapshot().context.outcome).not.toBeNull();
        }),
        { numRuns: 150 },
      );
    },
  );
});

describe('asynchronous analyzer and save/restore', () => {
  it('restores a session saved mid-analysis and finishes the reply', async () => {
    const session = createSession(listeningScenario, { seed: 3, analyzer: asyncFakeAnalyzer });
    session.send({ type: 'learner.say', text: "It sounds like you're frustrated." });
    const saved = JSON.parse(JSON.stringify(session.getPersistedSnapshot()));
    session.stop();
    const resumed = createSession(listeningScenario, { snapshot: saved, analyzer: asyncFakeAnalyzer });
    const snapshot = await waitFor(resumed, (s) => s.matches({ playing: 'ready' }));
    expect(snapshot.context.turn).toBe(1);
    expect(snapshot.context.beat).toBe('deeper');
    expect(snapshot.context.pending).toBeNull();
  });
});
