/**
 * @rapport/core — the Rapport engine. Browser-safe: nothing here imports `node:` modules.
 * @packageDocumentation
 */
export * from './analysis/types';
