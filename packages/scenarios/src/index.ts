/**
 * @rapport/scenarios — the scenario pack and authoring kit.
 * @packageDocumentation
 */
export const placeholder = true;
