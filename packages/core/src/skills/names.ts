import type { SkillId } from './ids';

/** Each skill's name as learners read it. */
export const SKILL_NAMES: Readonly<Record<SkillId, string>> = {
  'active-listening': 'active listening',
  'conflict-repair': '"I"-statement conflict repair',
  'urge-to-fix': 'resisting the urge to fix',
  connection: 'sharing feelings and closeness',
};
