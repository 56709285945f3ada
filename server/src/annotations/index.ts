// User annotations: the W3C Web Annotation store, re-anchoring and exports. Pure library (Node fs only).
export * from '../../../shared/annotationFile';
export * from './anchoring';
export * from './fuzzy';
export * from './jsonPositions';
export * from './selectors';
export * from './store';
export * from './w3c';
export * from './exports/csv';
export * from './exports/lines';
export * from './exports/markdown';
export * from './exports/sarif';
export * from './exports/w3c';
export * from './corrections';
export * from './lock';
export * from './exports/marker';
