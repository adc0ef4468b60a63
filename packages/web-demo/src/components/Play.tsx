import { useSelector } from '@xstate/react';
import {
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { FeedbackItem, Scenario, SessionActor, SessionContext, SessionSnapshotView } from '../engine';
import { capitalise, moodTone } from '../format';
import type { Running } from '../session';
import { SafetyScreen } from './SafetyScreen';
import { Summary } from './Summary';

const selectContext = (s: SessionSnapshotView): SessionContext => s.context;

export interface PlayProps {
  readonly running: Running;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onLeave: () => void;
  readonly onStart: (scenario: Scenario) => void;
}

/** The play screen: renders the session actor's snapshots and sends the learner's events. */
export function Play({ running, headingRef, onLeave, onStart }: PlayProps) {
  const { actor, scenario } = running;
  const ctx = useSelector(actor, selectContext);
  // After "Try again" from the summary, the reply box comes back: put the focus in it.
  const wasOver = useRef(false);
  if (ctx.outcome !== null) wasOver.current = true;

  if (ctx.outcome === 'safety' && ctx.safety) {
    return <SafetyScreen safety={ctx.safety} headingRef={headingRef} onLeave={onLeave} />;
  }
  if (ctx.outcome !== null) {
    return (
      <Summary
        running={running}
        context={ctx}
        headingRef={headingRef}
        onLeave={onLeave}
        onStart={onStart}
        onRetry={() => actor.send({ type: 'learner.retry' })}
      />
    );
  }

  return (
    <section aria-labelledby="play-title" className="play">
      <div className="play-head">
        <h1 id="play-title" ref={headingRef} tabIndex={-1}>
          {scenario.title}
        </h1>
        <button type="button" className="quiet" onClick={onLeave}>
          Back to scenarios
        </button>
      </div>
      <p className="goal">
        <strong>Your goal:</strong> {scenario.goal}
      </p>
      <div className="play-grid">
        <div className="play-main">
          <Transcript context={ctx} />
          <ReplyForm actor={actor} context={ctx} focusOnMount={wasOver.current} />
          <Hints hints={ctx.hints} />
        </div>
        <div className="play-side">
          <PartnerCard
            name={ctx.partner.name}
            mood={ctx.partner.mood}
            relationship={scenario.persona.relationship}
          />
          <Meters scenario={scenario} meters={ctx.meters} />
          <FeedbackPanel feedback={ctx.feedback} />
        </div>
      </div>
    </section>
  );
}

export function Transcript({ context }: { context: SessionContext }) {
  const end = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when a line arrives
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [context.transcript.length]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, so keyboard users must be able to reach it
    <div role="log" aria-label="Conversation" className="transcript" tabIndex={0}>
      {context.transcript.map((line, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are only ever appended or taken back from the end
          key={i}
          className={`bubble from-${line.speaker}`}
        >
          <span className="speaker">{line.speaker === 'partner' ? context.partner.name : 'You'}</span>
          <p>{line.text}</p>
        </div>
      ))}
      <div ref={end} />
    </div>
  );
}

export function ReplyForm({
  actor,
  context,
  focusOnMount = false,
}: {
  actor: SessionActor;
  context: SessionContext;
  focusOnMount?: boolean;
}) {
  const [text, setText] = useState('');
  const replyId = useId();
  const helpId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, []);

  const send = (e?: FormEvent) => {
    e?.preventDefault();
    const reply = text.trim();
    if (!reply) {
      input.current?.focus();
      return;
    }
    actor.send({ type: 'learner.say', text: reply });
    setText('');
    input.current?.focus();
  };
  // Take back the last reply and put its words back in the box, ready to rephrase.
  const retry = () => {
    const last = [...context.transcript].reverse().find((l) => l.speaker === 'learner');
    actor.send({ type: 'learner.retry' });
    if (last && !text.trim()) setText(last.text);
    input.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) send(e);
  };

  return (
    <form className="reply" onSubmit={send}>
      <label htmlFor={replyId}>Your reply</label>
      <textarea
        id={replyId}
        ref={input}
        rows={3}
        value={text}
        maxLength={2000}
        aria-describedby={helpId}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={helpId} className="help">
        Enter sends; Shift+Enter starts a new line.
      </p>
      <div className="button-row">
        <button type="submit" className="primary">
          Send
        </button>
        <button type="button" onClick={() => actor.send({ type: 'learner.hint' })}>
          Hint
        </button>
        <button type="button" onClick={retry} disabled={context.turn === 0}>
          Try again
        </button>
      </div>
      <p role="status" className="notice">
        {context.notice ? capitalise(context.notice) : ''}
      </p>
    </form>
  );
}

const RUNGS = ['Nudge', 'Skill', 'Model reply'];

export function Hints({ hints }: { hints: readonly string[] }) {
  if (hints.length === 0) return null;
  return (
    <section aria-label="Hints" className="hints">
      <h2>Hints</h2>
      <ol>
        {hints.map((hint, i) => (
          <li key={hint}>
            <span className="rung">{RUNGS[i] ?? `Hint ${i + 1}`}:</span>{' '}
            <span className="hint-text">{hint}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PartnerCard({
  name,
  mood,
  relationship,
}: {
  name: string;
  mood: string;
  relationship: string;
}) {
  const tone = moodTone(mood);
  return (
    <section className="partner" aria-label="Your partner">
      <svg
        className={`mood-visual tone-${tone}`}
        viewBox="0 0 48 48"
        width="48"
        height="48"
        aria-hidden="true"
      >
        <circle className="halo" cx="24" cy="24" r="22" />
        <circle className="face" cx="24" cy="24" r="16" />
        <circle className="eye" cx="18" cy="21" r="1.8" />
        <circle className="eye" cx="30" cy="21" r="1.8" />
        <path
          className="mouth"
          d={
            tone === 'warm'
              ? 'M17 28 Q24 34 31 28'
              : tone === 'tense'
                ? 'M17 31 Q24 26 31 31'
                : 'M18 30 L30 30'
          }
        />
      </svg>
      <div>
        <p className="partner-name">{name}</p>
        <p className="partner-rel">{capitalise(relationship)}</p>
        <p className="mood">
          Mood: <strong>{mood}</strong>
        </p>
      </div>
    </section>
  );
}

export function Meters({
  scenario,
  meters,
}: {
  scenario: Scenario;
  meters: Readonly<Record<string, number>>;
}) {
  const defs = Object.entries(scenario.meters).filter(([id]) => meters[id] !== undefined);
  if (defs.length === 0) return null;
  return (
    <section aria-label="Meters" className="meters">
      {defs.map(([id, def]) => {
        const value = Math.round(meters[id] ?? 0);
        return (
          <div key={id} className="meter-row">
            <span id={`meter-${id}`} className="meter-label">
              {def.label}
              {def.better === 'down' ? <span className="help"> (lower is better)</span> : null}
            </span>
            {/* biome-ignore lint/a11y/useSemanticElements: a styled bar; the native <meter> cannot be styled portably */}
            <div
              role="meter"
              aria-labelledby={`meter-${id}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={value}
              className={`bar better-${def.better}`}
            >
              <span className="fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
            </div>
            <span className="meter-value" aria-hidden="true">
              {value}
            </span>
          </div>
        );
      })}
    </section>
  );
}

export function FeedbackPanel({ feedback }: { feedback: readonly FeedbackItem[] }) {
  return (
    <section aria-label="Feedback" aria-live="polite" className="feedback">
      <h2>Feedback</h2>
      {feedback.length === 0 ? (
        <p className="help">After each reply, feedback on your own words appears here.</p>
      ) : (
        <ul>
          {feedback.map((item) => (
            <li key={`${item.code}:${item.message}`} className={`fb fb-${item.severity}`}>
              <p className="fb-kind">
                {item.severity === 'praise' ? 'Went well' : item.severity === 'warning' ? 'Watch out' : 'Tip'}
              </p>
              {item.quote ? (
                <p className="fb-quote">
                  You said: <q>{item.quote.text}</q>
                </p>
              ) : null}
              <p>{item.message}</p>
              <p className="fb-why">
                <strong>Why:</strong> {item.why}
              </p>
              {item.tryInstead ? (
                <p className="fb-try">
                  <strong>Try instead:</strong> <q>{item.tryInstead}</q>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
