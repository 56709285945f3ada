// The parts of a running server that the handler modules share, made once by server.ts.
import type { AnalysisWorkers } from './analysisWorkers';
import type { CheckScheduler } from './checkScheduler';
import type { Indexing } from './indexing';
import type { OpenReports } from './openReports';
import type { RestoredDiagnostics } from './restoredDiagnostics';
import type { Session } from './session';

export interface ServerParts {
  session: Session;
  workers: AnalysisWorkers;
  open: OpenReports;
  checks: CheckScheduler;
  restored: RestoredDiagnostics;
  indexing: Indexing;
}
