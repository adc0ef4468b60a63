/**
 * @rapport/scenarios — the scenario pack and authoring kit. Browser-safe: the pack is plain data
 * generated at build time, and the loader takes text, not paths.
 * @packageDocumentation
 */
export type { LoadScenarioOptions, LoadScenarioResult, LocatedIssue } from './load';
export { formatLocatedIssue, hasErrors, loadScenarioText } from './load';
export { getScenario, scenarios } from './pack.generated';
export type { ScaffoldOptions } from './scaffold';
export { scaffoldScenario } from './scaffold';
export { formatJson, renderScenarioSchemaFile, SCHEMA_FILE } from './schema-file';
