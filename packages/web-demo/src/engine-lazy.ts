/**
 * The engine's authoring half (YAML reader, schema checks, linter), loaded on first use so that it is not
 * part of the app's initial JavaScript. Only `engine.ts` imports this file, and only with `import()`: a
 * static and a dynamic import of the same package entry would pull it all into the first load.
 */
export { loadScenarioText } from '@rapport/scenarios';
