/** Stable codes for the errors Rapport throws. */
export type RapportErrorCode =
  /** The value given as a saved session is not one. */
  | 'snapshot-invalid'
  /** The saved session was written in a save format this version cannot read. */
  | 'snapshot-version'
  /** The saved session belongs to another scenario. */
  | 'snapshot-scenario'
  /** The scenario cannot be played (e.g. its start beat is missing). */
  | 'scenario-invalid';

/**
 * An error with a stable `code`; the message names the offending thing and suggests the fix.
 * @example
 * try { createSession(scenario, { snapshot }); }
 * catch (error) { if (error instanceof RapportError && error.code === 'snapshot-version') startOver(); }
 */
export class RapportError extends Error {
  override readonly name = 'RapportError';
  readonly code: RapportErrorCode;

  constructor(code: RapportErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
