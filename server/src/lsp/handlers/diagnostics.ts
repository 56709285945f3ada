// Diagnostics pulled by clients that can (LSP 3.17): answered from what the last check delivered.
import type { Session } from '../session';

export function registerPulledDiagnostics(s: Session): void {
  // The delivery is made in `initialize`: read it at each request.
  s.connection.languages.diagnostics.on(p => s.delivery.document(p));
  s.connection.languages.diagnostics.onWorkspace(p => s.delivery.workspace(p));
}
