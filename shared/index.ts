// The one module client, server and CLI share: settings, custom requests, output and annotation-file schemas.
export * from './analysisOutput';
export * from './annotationFile';
export * from './protocol';
export * from './settings';
