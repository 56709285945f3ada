// The Crosscheck engine: a pure library. Text in, typed analysis out; the language server and the CLI adapt it.
export * from './analyze';
export * from './corpus';
export * from './corrections';
export * from './input';
export * from './text/tokenizer';
export * from './text/softWrap';
export * from './text/markup';
export * from './text/frontMatter';
export * from './metadata/metadata';
export * from './dates/recognize';
export * from './quantities/recognize';
export * from './entities/recognize';
export * from './entities/link';
export { areaOf, containedIn, within, type Area } from './entities/containment';
export * from './attributions/recognize';
// The first-word tests that spare the cue loop reading words ahead (tests hold them to the readers they guard).
export { CUE_OPENERS, opensSignShown, opensViewAs, signShownCue, viewAsCue } from './attributions/cues';
export * from './claims/extract';
export * from './check/check';
export type * from './types';
export * from './output';
export * from './text/lines';
export { tokenAt, firstEndingAfter } from './text/offsets';
// Re-exported so tests and tools can validate against the published schemas from one bundle.
export { AnalysisOutputSchema } from '../../../shared/analysisOutput';
export { parseSettings, DEFAULT_SETTINGS } from '../../../shared/settings';
export * from './workspace/index';
export { warmUp, warmUpSteps } from './warmUp';
export { runSteps, runStepsGivingWay } from './steps';
export * from './text/boundedMemo';
