// The Crosscheck engine: a pure library. Text in, typed analysis out; the language server and the CLI adapt it.
export { analyzeText, prepare } from './analyze';
export { checkDocuments } from './check/check';
export type * from './types';
