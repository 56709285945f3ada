// The workspace model the language server and the CLI share.
export { Workspace, type WorkspaceCheck, type WorkspaceReport } from './workspace';
export type { MatchIndependence, MatchRelation, WorkspaceMatch } from './vocabulary';
