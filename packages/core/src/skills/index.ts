import { activeListeningMachine } from './activeListening';
import { conflictRepairMachine } from './conflictRepair';
import { connectionMachine } from './connection';
import type { SkillId } from './ids';
import { urgeToFixMachine } from './urgeToFix';

/** Any of the skill machines. */
export type SkillMachine =
  | typeof activeListeningMachine
  | typeof conflictRepairMachine
  | typeof urgeToFixMachine
  | typeof connectionMachine;

/**
 * The skill machine for each skill id; a scenario's first skill drives its partner.
 * @example
 * const actor = createActor(skillMachines['urge-to-fix'], { input: { partnerWants: 'listen' } }).start();
 */
export const skillMachines: Readonly<Record<SkillId, SkillMachine>> = {
  'active-listening': activeListeningMachine,
  'conflict-repair': conflictRepairMachine,
  'urge-to-fix': urgeToFixMachine,
  connection: connectionMachine,
};

/**
 * Every partner state of each skill machine, for `partnerState` conditions (and the linter that checks them).
 * @example
 * SKILL_PARTNER_STATES['active-listening']; // ['guarded', 'opening_up', 'feels_heard', 'dismissed', 'pulled_back']
 */
export const SKILL_PARTNER_STATES: Readonly<Record<SkillId, readonly string[]>> = {
  'active-listening': Object.keys(activeListeningMachine.root.states),
  'conflict-repair': Object.keys(conflictRepairMachine.root.states),
  'urge-to-fix': Object.keys(urgeToFixMachine.root.states),
  connection: Object.keys(connectionMachine.root.states),
};
