/**
 * Turns a scenario into the session machine. Beats are data, not states: the machine's states are the
 * session's phases (playing → ready/analyzing, over), and the pure rules in `session/turn.ts` walk the
 * scenario's beats, branches and endings. The scenario's skill machine is embedded as plain data in the
 * context, so a session is one JSON-serialisable snapshot that saves, restores and retries exactly.
 */
import { enqueueActions, fromPromise, setup } from 'xstate';
import type { Analysis, AnalysisContext, Analyzer } from '../analysis/types';
import { RapportError } from '../session/errors';
import { type AnalyzedReply, NOTICES, type PendingReply, type SessionState } from '../session/state';
import {
  initialSessionState,
  lastPartnerLine,
  retryLastReply,
  revealHint,
  takeTurn,
  withNotice,
} from '../session/turn';
import type { SessionEvent } from '../session/types';
import type { Scenario } from './schema';

/** Events the session machine handles internally; an app may also send `reply.analyzed` with its own analysis. */
export type SessionInternalEvent =
  | ({ readonly type: 'reply.analyzed' } & AnalyzedReply)
  | { readonly type: 'reply.pending'; readonly text: string; readonly key: string };

/** Every event the session machine accepts. */
export type SessionMachineEvent = SessionEvent | SessionInternalEvent;

/** The session machine's input. */
export interface SessionInput {
  /** Seeds the partner's variant choices (and, when the scenario says so, what the partner wants). */
  readonly seed: number;
}

/** Options for `compileScenario`. */
export interface CompileOptions {
  /** Analyses learner replies (and partner lines, for feedback); may be synchronous or asynchronous. */
  readonly analyzer: Analyzer;
}

const isPromiseLike = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

const contextFor = (partnerLine: string | undefined): AnalysisContext => (partnerLine ? { partnerLine } : {});

/**
 * Compiles a scenario into the session machine. Most apps call `createSession` instead, which compiles,
 * restores and starts in one go.
 * @example
 * const machine = compileScenario(scenario, { analyzer: builtinAnalyzer });
 * const actor = createActor(machine, { input: { seed: 42 } }).start();
 * actor.send({ type: 'learner.say', text: "That sounds exhausting." });
 */
export function compileScenario(scenario: Scenario, options: CompileOptions) {
  if (!scenario.beats[scenario.start]) {
    const known = Object.keys(scenario.beats).join(', ') || 'none';
    throw new RapportError(
      'scenario-invalid',
      `Scenario '${scenario.id}' starts at beat '${scenario.start}', which does not exist (beats: ${known}). Fix "start" or run parseScenario() to see every issue.`,
    );
  }
  const { analyzer } = options;
  // Partner lines come from a fixed set of scenario texts, so their analyses are cached (sync analyzers only).
  const partnerAnalyses = new Map<string, Analysis>();
  // In-flight async analyses by key; a key missing after a restore means "analyse again".
  const inflight = new Map<string, PromiseLike<Analysis>>();
  const instance = Math.random().toString(36).slice(2, 8);
  let counter = 0;

  const partnerAnalysisSync = (line: string | undefined): Analysis | undefined => {
    if (!line) return undefined;
    const cached = partnerAnalyses.get(line);
    if (cached) return cached;
    const result = analyzer.analyze(line);
    if (isPromiseLike(result)) return undefined;
    partnerAnalyses.set(line, result);
    return result;
  };

  return setup({
    types: {
      context: {} as SessionState,
      events: {} as SessionMachineEvent,
      input: {} as SessionInput,
    },
    actors: {
      analyzeReply: fromPromise<AnalyzedReply, PendingReply>(async ({ input }) => {
        const started = inflight.get(input.key);
        inflight.delete(input.key);
        const analysis = await (started ?? analyzer.analyze(input.text, contextFor(input.partnerLine)));
        const partnerAnalysis =
          partnerAnalysisSync(input.partnerLine) ??
          (input.partnerLine ? await analyzer.analyze(input.partnerLine) : undefined);
        return { text: input.text, analysis, ...(partnerAnalysis ? { partnerAnalysis } : {}) };
      }),
    },
    guards: {
      isBlank: ({ event }) =>
        event.type === 'learner.say' && (typeof event.text !== 'string' || event.text.trim() === ''),
      hasOutcome: ({ context }) => context.outcome !== null,
      canRetry: ({ context }) => context.outcome !== 'safety' && context.history.length > 0,
    },
    actions: {
      analyze: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'learner.say') return;
        const partnerLine = lastPartnerLine(context.transcript);
        let result: Analysis | PromiseLike<Analysis>;
        try {
          result = analyzer.analyze(event.text, contextFor(partnerLine));
        } catch {
          enqueue.assign({ notice: NOTICES.analyzerFailed });
          return;
        }
        if (isPromiseLike(result)) {
          const key = `${instance}-${counter++}`;
          inflight.set(key, result);
          enqueue.raise({ type: 'reply.pending', text: event.text, key });
          return;
        }
        const partnerAnalysis = partnerAnalysisSync(partnerLine);
        enqueue.raise({
          type: 'reply.analyzed',
          text: event.text,
          analysis: result,
          ...(partnerAnalysis ? { partnerAnalysis } : {}),
        });
      }),
      rememberPending: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'reply.pending') return;
        const partnerLine = lastPartnerLine(context.transcript);
        const pending: PendingReply = {
          text: event.text,
          key: event.key,
          ...(partnerLine ? { partnerLine } : {}),
        };
        enqueue.assign({ pending, notice: null });
      }),
      takeTurn: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'reply.analyzed') return;
        enqueue.assign(takeTurn(scenario, context, event));
      }),
      revealHint: enqueueActions(({ context, enqueue }) => {
        enqueue.assign(revealHint(scenario, context));
      }),
      retry: enqueueActions(({ context, enqueue }) => {
        enqueue.assign(retryLastReply(context));
      }),
      notice: enqueueActions(({ context, enqueue }, params: { notice: string }) => {
        enqueue.assign(withNotice(context, params.notice));
      }),
      noticeEnded: enqueueActions(({ context, enqueue }) => {
        enqueue.assign(withNotice(context, context.outcome === 'safety' ? NOTICES.safety : NOTICES.ended));
      }),
      raiseAnalyzed: enqueueActions(({ context, event, enqueue }) => {
        const output = (event as unknown as { output: AnalyzedReply }).output;
        enqueue.assign({ pending: null });
        enqueue.raise({ type: 'reply.analyzed', ...output, text: context.pending?.text ?? output.text });
      }),
      analyzerFailed: enqueueActions(({ context, enqueue }) => {
        enqueue.assign({ ...withNotice(context, NOTICES.analyzerFailed), pending: null });
      }),
    },
  }).createMachine({
    id: `session:${scenario.id}`,
    context: ({ input }) => initialSessionState(scenario, input.seed),
    initial: 'playing',
    states: {
      playing: {
        initial: 'ready',
        always: { guard: 'hasOutcome', target: 'over' },
        on: { 'reply.analyzed': { actions: 'takeTurn' } },
        states: {
          ready: {
            on: {
              'learner.say': [
                { guard: 'isBlank', actions: { type: 'notice', params: { notice: NOTICES.emptyReply } } },
                { actions: 'analyze' },
              ],
              'reply.pending': { target: 'analyzing', actions: 'rememberPending' },
              'learner.hint': { actions: 'revealHint' },
              'learner.retry': [
                { guard: 'canRetry', actions: 'retry' },
                { actions: { type: 'notice', params: { notice: NOTICES.nothingToRetry } } },
              ],
            },
          },
          analyzing: {
            invoke: {
              src: 'analyzeReply',
              input: ({ context }) => context.pending ?? { text: '', key: '' },
              onDone: { target: 'ready', actions: 'raiseAnalyzed' },
              onError: { target: 'ready', actions: 'analyzerFailed' },
            },
            on: {
              'learner.say': { actions: { type: 'notice', params: { notice: NOTICES.busy } } },
              'learner.retry': { actions: { type: 'notice', params: { notice: NOTICES.busy } } },
              'learner.hint': { actions: 'revealHint' },
            },
          },
        },
      },
      over: {
        on: {
          'learner.say': { actions: 'noticeEnded' },
          'learner.hint': { actions: 'noticeEnded' },
          'learner.retry': [
            { guard: 'canRetry', target: 'playing', actions: 'retry' },
            { actions: 'noticeEnded' },
          ],
        },
      },
    },
  });
}

/** The session machine for a scenario. */
export type SessionMachine = ReturnType<typeof compileScenario>;
