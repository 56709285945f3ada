// How diagnostics reach the client. Clients that pull (LSP 3.17 textDocument/diagnostic and workspace/diagnostic)
// get a result id per report and an 'unchanged' answer for reports whose list did not change; clients that only take
// pushed diagnostics (Neovim 0.7) get a publishDiagnostics for each report whose list changed. Either way a report's
// list counts as changed only when its Diagnostic objects differ (unchanged findings keep theirs).
import type {
  Connection, Diagnostic, DocumentDiagnosticParams, DocumentDiagnosticReport, WorkspaceDiagnosticParams, WorkspaceDiagnosticReport,
} from 'vscode-languageserver/node';
import { sameDiagnostics } from './features/diagnostics';

interface Sent {
  list: Diagnostic[];
  resultId: string;
}

/** Each Diagnostic's JSON, made once per object: a list re-made with equal content compares without re-serializing. */
const texts = new WeakMap<Diagnostic, string>();
const textOf = (d: Diagnostic): string => {
  let t = texts.get(d);
  if (t === undefined) texts.set(d, (t = JSON.stringify(d)));
  return t;
};

/** True when two lists hold diagnostics of equal content in the same order. */
export function sameContent(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i] || textOf(d) === textOf(b[i]));
}

export class DiagnosticsDelivery {
  private readonly sent = new Map<string, Sent>();
  private counter = 0;

  constructor(private readonly connection: Connection, private readonly pull: boolean, private readonly canRefresh: boolean) {}

  /**
   * Takes the lists of one check. Reports absent from `lists` are cleared (unless `complete` is false); reports for
   * which `keep` is true (edited while the check ran) keep what the client has.
   */
  deliver(lists: ReadonlyMap<string, Diagnostic[]>, keep: (uri: string) => boolean, complete = true): void {
    let changed = false;
    const update = (uri: string, list: Diagnostic[]) => {
      const old = this.sent.get(uri);
      if (old && (sameDiagnostics(old.list, list) || sameContent(old.list, list))) return;
      this.sent.set(uri, { list, resultId: String(++this.counter) });
      // The client starts with no diagnostics: a first, empty list is recorded but need not be sent (with thousands
      // of reports, most have none).
      if (!old && !list.length) return;
      changed = true;
      if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: list });
    };
    // Given only some reports' lists (`complete` false), the others stay as they are.
    if (complete) for (const uri of [...this.sent.keys()]) if (!lists.has(uri)) update(uri, []);
    for (const [uri, list] of lists) if (!keep(uri)) update(uri, list);
    if (this.pull && changed && this.canRefresh) void this.connection.languages.diagnostics.refresh().catch(() => {});
  }

  /** What the client has now: each report's list as last delivered. */
  *published(): IterableIterator<[string, Diagnostic[]]> {
    for (const [uri, s] of this.sent) yield [uri, s.list];
  }

  document(p: DocumentDiagnosticParams): DocumentDiagnosticReport {
    const s = this.sent.get(p.textDocument.uri);
    if (!s) return { kind: 'full', items: [] };
    return p.previousResultId === s.resultId ? { kind: 'unchanged', resultId: s.resultId } : { kind: 'full', resultId: s.resultId, items: s.list };
  }

  workspace(p: WorkspaceDiagnosticParams): WorkspaceDiagnosticReport {
    const previous = new Map(p.previousResultIds.map(r => [r.uri, r.value]));
    const items: WorkspaceDiagnosticReport['items'] = [];
    for (const [uri, s] of this.sent) {
      if (previous.get(uri) === s.resultId) items.push({ kind: 'unchanged', uri, version: null, resultId: s.resultId });
      else if (s.list.length || previous.has(uri)) items.push({ kind: 'full', uri, version: null, resultId: s.resultId, items: s.list });
    }
    return { items };
  }
}
