// Problems with the annotation store shown where they are: on the store file, at the line of each problem,
// plus one note per annotation that could no longer be placed (kept in the file, listed, never dropped).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Annotation, CrosscheckBody } from '../../../../shared/annotationFile';
import type { UserAnnotations } from '../userAnnotations';

export function annotationLabel(a: Annotation): string {
  const b = a.body as CrosscheckBody;
  switch (b.type) {
    case 'crosscheck:Entity': return `entity: ${b.canonicalName} (${b.kind.replace('_', ' ')})`;
    case 'crosscheck:Claim': return 'claim';
    case 'crosscheck:Attribution': return `said by ${b.source}${b.via?.length ? ` via ${b.via.join(', ')}` : ''}`;
    case 'TextualBody': return `note: ${b.value}`;
    case 'crosscheck:Link': return `${b.relation === 'same' ? 'same claim as' : b.relation} ${b.other}`;
    case 'crosscheck:Rejection': return `not ${b.what === 'quantity' ? 'a figure' : `a${b.what === 'entity' ? 'n' : ''} ${b.what}`}`;
    case 'crosscheck:CanonicalName': return b.spelling ? `spelling of ${b.canonicalName}` : `canonical name: ${b.canonicalName}`;
    case 'crosscheck:Interval': return `value: ${b.low ?? '…'}–${b.high ?? '…'}${b.unit ? ` ${b.unit}` : ''}`;
    default: return 'annotation';
  }
}

export function storeDiagnostics(user: UserAnnotations): Diagnostic[] {
  const at = (line?: number, column?: number) => {
    const l = Math.max(0, (line ?? 1) - 1);
    const c = Math.max(0, (column ?? 1) - 1);
    return { start: { line: l, character: c }, end: { line: l, character: c + 1 } };
  };
  const out: Diagnostic[] = user.problems().map(p => ({
    range: at(p.line, p.column),
    severity: DiagnosticSeverity.Error,
    source: 'crosscheck',
    code: 'annotation-file',
    message: p.message,
  }));
  for (const a of user.state.orphaned) {
    const quote = a.target.selector.find(s => s.type === 'TextQuoteSelector')?.exact ?? '';
    out.push({
      range: at(1, 1),
      severity: DiagnosticSeverity.Information,
      source: 'crosscheck',
      code: 'orphaned-annotation',
      message: `Annotation ${a.id} (${annotationLabel(a)}) on ${a.target.source} could not be placed: "${quote.slice(0, 80)}" is no longer in the report. It is kept; fix or remove it.`,
    });
  }
  return out;
}
