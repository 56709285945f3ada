// Finding and reading report files (Node fs only), for the CLI, the language server and tests.
export * from './decode';
export * from './files';
export * from './read';
