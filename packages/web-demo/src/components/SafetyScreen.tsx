import { type RefObject, useEffect } from 'react';
import type { SafetyMessage } from '../engine';

/** Shown instead of role-play when the engine detects crisis language. Never shows practice feedback. */
export function SafetyScreen({
  safety,
  headingRef,
  onLeave,
}: {
  safety: SafetyMessage;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onLeave: () => void;
}) {
  // The reply box that had the focus is gone: move it to the calm heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, [headingRef]);
  return (
    <section aria-labelledby="safety-title" className="safety">
      <h1 id="safety-title" ref={headingRef} tabIndex={-1}>
        {safety.title}
      </h1>
      <p className="safety-message">{safety.message}</p>
      <h2>Where to get help</h2>
      <ul className="resources">
        {safety.resources.map((r) => (
          <li key={`${r.name}-${r.contact}`}>
            <strong>{r.name}</strong>
            <span>{r.contact}</span>
            {r.note ? <span className="help">{r.note}</span> : null}
          </li>
        ))}
      </ul>
      <p>The practice has stopped. You can come back to it whenever you like — there’s no hurry.</p>
      <button type="button" onClick={onLeave}>
        Back to scenarios
      </button>
    </section>
  );
}
