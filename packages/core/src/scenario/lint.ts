import type { MoveId } from '../analysis/types';
import { ACTIVE_LISTENING_METERS } from '../skills/activeListening';
import { CONFLICT_REPAIR_METERS } from '../skills/conflictRepair';
import { CONNECTION_METERS } from '../skills/connection';
import type { SkillId } from '../skills/ids';
import { skillMachines } from '../skills/index';
import { URGE_TO_FIX_METERS } from '../skills/urgeToFix';
import { createIssue, type ScenarioDiagnostic } from './issues';
import { crossReferenceIssues, wasParsed } from './parse';
import type { Condition, Scenario } from './schema';
import { didYouMean } from './suggest';

/**
 * The meters each skill machine moves by itself; a scenario need not use them in branches (RS009).
 * Partial so a new skill machine does not break the linter before it is listed here.
 */
export const SKILL_METERS: Readonly<Partial<Record<SkillId, readonly string[]>>> = {
  'active-listening': Object.keys(ACTIVE_LISTENING_METERS),
  'conflict-repair': Object.keys(CONFLICT_REPAIR_METERS),
  'urge-to-fix': Object.keys(URGE_TO_FIX_METERS),
  connection: Object.keys(CONNECTION_METERS),
};

/**
 * Moves that hurt the conversation whatever the skill. `advice` is not here: once a venting partner asks
 * for help (urge-to-fix), advice is the good reply.
 */
export const HURTFUL_MOVES: readonly MoveId[] = [
  'minimizing',
  'self_focus',
  'blame',
  'contempt',
  'defensiveness',
  'stonewalling',
  'pressure',
];

const HURTFUL = new Set<MoveId>(HURTFUL_MOVES);

/**
 * Checks a scenario's conversation graph and reports every finding with a stable code (see
 * `SCENARIO_CODES`): unreachable beats (RS001) and endings (RS010), dead ends (RS002), no reachable success
 * (RS004), beats where no good reply moves forward (RS005), `maxTurns` shorter than the shortest way to
 * success (RS008), unused meters (RS009), branches that can never be taken (RS015, RS016); for scenarios
 * built in code rather than parsed, also the cross-reference checks of `parseScenario()`.
 * Runs in time linear in beats + branches (breadth-first searches, no path enumeration).
 * @example
 * for (const d of lintScenario(scenario)) console.log(d.severity, d.code, d.path, d.message);
 */
export function lintScenario(scenario: Scenario): ScenarioDiagnostic[] {
  const diagnostics: ScenarioDiagnostic[] = wasParsed(scenario) ? [] : crossReferenceIssues(scenario);
  const graph = buildGraph(scenario);
  const { beatIds, endingIds, beatCount } = graph;
  const startIndex = graph.index.get(scenario.start);
  const start = startIndex !== undefined && startIndex < beatCount ? startIndex : -1;

  const reachable = forwardReach(graph, start);
  const canEnd = backwardReach(graph, (i) => i >= beatCount);
  const canSucceed = backwardReach(
    graph,
    (i) => i >= beatCount && graph.endings[i - beatCount]?.kind === 'success',
  );
  const timeout = timeoutEnding(scenario);

  beatIds.forEach((id, i) => {
    if (start >= 0 && !reachable[i]) {
      diagnostics.push(createIssue('RS001', ['beats', id], { beat: id, start: scenario.start }));
    }
  });
  beatIds.forEach((id, i) => {
    if (!canEnd[i]) diagnostics.push(createIssue('RS002', ['beats', id, 'on'], { beat: id }));
  });
  const successReachable = start >= 0 && canSucceed[start] === 1;
  if (start >= 0 && !successReachable && endingIds.some((_, e) => graph.endings[e]?.kind === 'success')) {
    diagnostics.push(createIssue('RS004', ['start'], { start: scenario.start }));
  }
  if (successReachable) {
    beatIds.forEach((id, i) => {
      if (!reachable[i] || !canEnd[i]) return;
      const reason = noGoodWayForward(graph, i, canSucceed);
      if (reason !== undefined)
        diagnostics.push(createIssue('RS005', ['beats', id, 'on'], { beat: id, reason }));
    });
    const needed = shortestTurnsToSuccess(graph, start, scenario.maxTurns);
    if (needed > scenario.maxTurns) {
      diagnostics.push(
        createIssue('RS008', ['maxTurns'], {
          needed: Number.isFinite(needed) ? needed : `more than ${scenario.maxTurns + graph.nodeCount}`,
          maxTurns: scenario.maxTurns,
        }),
      );
    }
  }
  if (start >= 0) {
    endingIds.forEach((id, e) => {
      // A success ending nothing reaches is already RS004; do not report it twice.
      const reportedAsRs004 = !successReachable && graph.endings[e]?.kind === 'success';
      if (!reachable[beatCount + e] && id !== timeout && !reportedAsRs004) {
        diagnostics.push(createIssue('RS010', ['endings', id], { ending: id }));
      }
    });
  }

  diagnostics.push(
    ...unusedMeters(scenario),
    ...neverTakenBranches(scenario, graph),
    ...unknownPartnerStates(scenario),
  );
  return diagnostics;
}

/** The ending a session reaches when it runs out of turns: `timeout` if defined, else the first `other`. */
export function timeoutEnding(scenario: Scenario): string | undefined {
  if (Object.hasOwn(scenario.endings, 'timeout')) return 'timeout';
  return Object.keys(scenario.endings).find((id) => scenario.endings[id]?.kind === 'other');
}

// ---------------------------------------------------------------------------------------------------------
// The graph: beats are nodes 0..B-1, endings B..B+E-1; an edge per branch whose target exists.

interface Graph {
  readonly beatIds: readonly string[];
  readonly endingIds: readonly string[];
  readonly endings: readonly Scenario['endings'][string][];
  readonly beatCount: number;
  readonly nodeCount: number;
  readonly index: ReadonlyMap<string, number>;
  /** Edges of beat i are `edgeTo[edgeStart[i] .. edgeStart[i + 1])`, in branch order; -1 for a missing target. */
  readonly edgeStart: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeWhen: readonly Condition[];
  /** 1 when the branch can be taken: its condition can hold and no earlier branch always holds. */
  readonly edgeLive: Uint8Array;
}

function buildGraph(scenario: Scenario): Graph {
  const beatIds = Object.keys(scenario.beats);
  const endingIds = Object.keys(scenario.endings);
  const index = new Map<string, number>();
  // Endings first, so that a beat sharing an ending's id (RS014) wins, as it does in the engine.
  endingIds.forEach((id, e) => {
    index.set(id, beatIds.length + e);
  });
  beatIds.forEach((id, i) => {
    index.set(id, i);
  });
  let edgeCount = 0;
  for (const id of beatIds) edgeCount += scenario.beats[id]?.on.length ?? 0;
  const edgeStart = new Int32Array(beatIds.length + 1);
  const edgeTo = new Int32Array(edgeCount);
  const edgeWhen: Condition[] = [];
  const edgeLive = new Uint8Array(edgeCount);
  let edge = 0;
  beatIds.forEach((id, i) => {
    edgeStart[i] = edge;
    let shadowed = false;
    for (const branch of scenario.beats[id]?.on ?? []) {
      const when = branch.when ?? {};
      edgeLive[edge] = shadowed || neverHolds(when, scenario.maxTurns) ? 0 : 1;
      edgeTo[edge++] = index.get(branch.to) ?? -1;
      edgeWhen.push(when);
      if (isAlwaysTrue(when)) shadowed = true;
    }
  });
  edgeStart[beatIds.length] = edge;
  return {
    beatIds,
    endingIds,
    endings: endingIds.map((id) => scenario.endings[id] as Scenario['endings'][string]),
    beatCount: beatIds.length,
    nodeCount: beatIds.length + endingIds.length,
    index,
    edgeStart,
    edgeTo,
    edgeWhen,
    edgeLive,
  };
}

function neverHolds(when: Condition, maxTurns: number): boolean {
  return impossibleReason(when) !== undefined || (when.minTurn !== undefined && when.minTurn > maxTurns);
}

/** Nodes reachable from `start` along branches (1 = reachable). */
function forwardReach(graph: Graph, start: number): Uint8Array {
  const seen = new Uint8Array(graph.nodeCount);
  if (start < 0) return seen;
  const queue = new Int32Array(graph.nodeCount);
  let head = 0;
  let tail = 0;
  seen[start] = 1;
  queue[tail++] = start;
  while (head < tail) {
    const node = queue[head++] as number;
    if (node >= graph.beatCount) continue;
    for (let e = graph.edgeStart[node] as number; e < (graph.edgeStart[node + 1] as number); e++) {
      const to = graph.edgeTo[e] as number;
      if (to >= 0 && !seen[to] && graph.edgeLive[e]) {
        seen[to] = 1;
        queue[tail++] = to;
      }
    }
  }
  return seen;
}

/** Nodes from which some node satisfying `isGoal` can be reached (1 = can). */
function backwardReach(graph: Graph, isGoal: (node: number) => boolean): Uint8Array {
  // Reverse adjacency in compressed form: count, prefix-sum, fill.
  const { nodeCount, beatCount, edgeStart, edgeTo } = graph;
  const inStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeTo.length; e++) {
    const to = edgeTo[e] as number;
    if (to >= 0) inStart[to + 1] = (inStart[to + 1] as number) + 1;
  }
  for (let n = 0; n < nodeCount; n++) inStart[n + 1] = (inStart[n + 1] as number) + (inStart[n] as number);
  const fill = inStart.slice(0, nodeCount);
  const inFrom = new Int32Array(edgeTo.length);
  for (let from = 0; from < beatCount; from++) {
    for (let e = edgeStart[from] as number; e < (edgeStart[from + 1] as number); e++) {
      const to = edgeTo[e] as number;
      if (to < 0 || !graph.edgeLive[e]) continue;
      inFrom[fill[to] as number] = from;
      fill[to] = (fill[to] as number) + 1;
    }
  }
  const seen = new Uint8Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let n = 0; n < nodeCount; n++) {
    if (isGoal(n)) {
      seen[n] = 1;
      queue[tail++] = n;
    }
  }
  while (head < tail) {
    const node = queue[head++] as number;
    for (let k = inStart[node] as number; k < (fill[node] as number); k++) {
      const from = inFrom[k] as number;
      if (!seen[from]) {
        seen[from] = 1;
        queue[tail++] = from;
      }
    }
  }
  return seen;
}

/**
 * The fewest learner replies from the start to a success ending. A branch with `minTurn: k` is taken at
 * reply k at the earliest (the learner can wait in a beat: a reply no branch matches repeats it). Dial's
 * bucket queue keeps this linear: distances only grow and are capped.
 */
function shortestTurnsToSuccess(graph: Graph, start: number, maxTurns: number): number {
  const cap = maxTurns + graph.nodeCount;
  const distance = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
  const buckets: number[][] = [];
  distance[start] = 0;
  buckets[0] = [start];
  for (let d = 0; d <= cap && d < buckets.length; d++) {
    const bucket = buckets[d];
    if (bucket === undefined) continue;
    for (const node of bucket) {
      if (distance[node] !== d) continue;
      if (node >= graph.beatCount) {
        if (graph.endings[node - graph.beatCount]?.kind === 'success') return d;
        continue;
      }
      for (let e = graph.edgeStart[node] as number; e < (graph.edgeStart[node + 1] as number); e++) {
        const to = graph.edgeTo[e] as number;
        const when = graph.edgeWhen[e] as Condition;
        if (to < 0 || !graph.edgeLive[e]) continue;
        const arrival = Math.max(d + 1, when.minTurn ?? 0);
        if (arrival < (distance[to] as number) && arrival <= cap) {
          distance[to] = arrival;
          const bucket = buckets[arrival];
          if (bucket === undefined) buckets[arrival] = [to];
          else bucket.push(to);
        }
      }
    }
  }
  return Number.POSITIVE_INFINITY;
}

/** Why no good reply can leave beat `i` toward success, or `undefined` when one can. */
function noGoodWayForward(graph: Graph, i: number, canSucceed: Uint8Array): string | undefined {
  let towardSuccess = 0;
  const hurtfulNeeded = new Set<MoveId>();
  for (let e = graph.edgeStart[i] as number; e < (graph.edgeStart[i + 1] as number); e++) {
    const to = graph.edgeTo[e] as number;
    const when = graph.edgeWhen[e] as Condition;
    if (to < 0 || to === i || !canSucceed[to] || !graph.edgeLive[e]) continue;
    towardSuccess++;
    const required = requiredHurtfulMoves(when);
    if (required.length === 0) return undefined;
    for (const move of required) hurtfulNeeded.add(move);
  }
  if (towardSuccess === 0) return 'no branch leads toward a success ending';
  return `every branch toward a success ending requires a hurtful move (${[...hurtfulNeeded].join(', ')})`;
}

/** The hurtful moves a condition cannot hold without. */
function requiredHurtfulMoves(when: Condition): MoveId[] {
  const required = (when.allMoves ?? []).filter((move) => HURTFUL.has(move));
  if (when.anyMove?.every((move) => HURTFUL.has(move))) required.push(...when.anyMove);
  return required;
}

/** Why a condition can never hold, or `undefined` when it can. */
function impossibleReason(when: Condition | undefined): string | undefined {
  if (when === undefined) return undefined;
  if (when.noMove !== undefined) {
    const none = new Set(when.noMove);
    const clash = (when.allMoves ?? []).find((move) => none.has(move));
    if (clash !== undefined) return `'${clash}' is both required (allMoves) and excluded (noMove)`;
    if (when.anyMove?.every((move) => none.has(move))) {
      return 'every move in anyMove is also in noMove';
    }
  }
  if (when.meters === undefined) return undefined;
  for (const [meter, { gte, lte }] of Object.entries(when.meters)) {
    if (gte !== undefined && lte !== undefined && gte > lte) {
      return `meter '${meter}' cannot be both at least ${gte} and at most ${lte}`;
    }
    if (gte !== undefined && gte > 100) return `meter '${meter}' never reaches ${gte} (meters run 0..100)`;
    if (lte !== undefined && lte < 0) return `meter '${meter}' never goes below 0`;
  }
  return undefined;
}

function isAlwaysTrue(when: Condition | undefined): boolean {
  if (when === undefined) return true;
  for (const key in when) if ((when as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

function neverTakenBranches(scenario: Scenario, graph: Graph): ScenarioDiagnostic[] {
  const diagnostics: ScenarioDiagnostic[] = [];
  graph.beatIds.forEach((beatId, i) => {
    let always = -1;
    const first = graph.edgeStart[i] as number;
    for (let e = first; e < (graph.edgeStart[i + 1] as number); e++) {
      const j = e - first;
      if (graph.edgeLive[e]) {
        if (isAlwaysTrue(graph.edgeWhen[e])) always = j;
        continue;
      }
      const when = graph.edgeWhen[e] as Condition;
      if (always >= 0) {
        diagnostics.push(createIssue('RS015', ['beats', beatId, 'on', j], { earlier: `on[${always}]` }));
        continue;
      }
      const reason = impossibleReason(when);
      if (reason !== undefined) {
        diagnostics.push(createIssue('RS016', ['beats', beatId, 'on', j, 'when'], { reason }));
      } else if (when.minTurn !== undefined && when.minTurn > scenario.maxTurns) {
        diagnostics.push(
          createIssue('RS016', ['beats', beatId, 'on', j, 'when', 'minTurn'], {
            reason: `minTurn ${when.minTurn} is more than maxTurns ${scenario.maxTurns}`,
          }),
        );
      }
      if (isAlwaysTrue(when)) always = j;
    }
  });
  return diagnostics;
}

function unusedMeters(scenario: Scenario): ScenarioDiagnostic[] {
  const declared = Object.keys(scenario.meters ?? {});
  if (declared.length === 0) return [];
  const used = new Set<string>();
  for (const skill of scenario.skills) for (const meter of SKILL_METERS[skill] ?? []) used.add(meter);
  for (const beatId in scenario.beats) {
    for (const branch of scenario.beats[beatId]?.on ?? []) {
      for (const meter in branch.effects) used.add(meter);
      for (const meter in branch.when?.meters) used.add(meter);
    }
  }
  return declared
    .filter((meter) => !used.has(meter))
    .map((meter) => createIssue('RS009', ['meters', meter], { meter }));
}

/** The partner states of the scenario's driving (first) skill machine, or `undefined` for an unknown skill. */
export function partnerStatesOf(skill: SkillId | undefined): readonly string[] | undefined {
  const machine = skill === undefined ? undefined : (skillMachines as Partial<typeof skillMachines>)[skill];
  return machine === undefined ? undefined : Object.keys(machine.root.states);
}

function unknownPartnerStates(scenario: Scenario): ScenarioDiagnostic[] {
  const skill = scenario.skills[0];
  const states = partnerStatesOf(skill);
  if (states === undefined) return [];
  const known = new Set(states);
  const diagnostics: ScenarioDiagnostic[] = [];
  for (const beatId in scenario.beats) {
    scenario.beats[beatId]?.on.forEach((branch, j) => {
      branch.when?.partnerState?.forEach((state, k) => {
        if (known.has(state)) return;
        const at = ['beats', beatId, 'on', j, 'when', 'partnerState', k];
        diagnostics.push(
          createIssue(
            'RS017',
            at,
            { skill: String(skill), state },
            didYouMean(state, states) ?? `use one of ${states.join(', ')}`,
          ),
        );
      });
    });
  }
  return diagnostics;
}
