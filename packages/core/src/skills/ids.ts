/** The skills Rapport rehearses; each has a conversation machine in `skills/`. */
export const SKILL_IDS = ['active-listening', 'conflict-repair', 'urge-to-fix', 'connection'] as const;

/** A skill id, e.g. `'active-listening'`. */
export type SkillId = (typeof SKILL_IDS)[number];
