// The user's annotations: the store (in the first workspace folder) and the requests that add, remove and list them.
import { fileURLToPath } from 'node:url';
import { AnnotateParamsSchema } from '../../../../shared/annotateParams';
import {
  AnnotateRequest,
  RemoveAnnotationParamsSchema,
  RemoveAnnotationRequest,
  UserAnnotationsRequest,
} from '../../../../shared/protocol';
import { annotationLabel } from '../features/annotationDiagnostics';
import type { ServerParts } from '../parts';
import type { Session } from '../session';
import { UserAnnotations } from '../userAnnotations';

/** The annotation store lives in the first workspace folder; changes on disk (a teammate's pull, another window) re-check. */
export function initStore({ session: s, checks }: ServerParts): void {
  const root = s.folders.find(f => f.uri.startsWith('file:'));
  s.user.dispose();
  s.user = new UserAnnotations(root ? fileURLToPath(root.uri) : null, () => {
    if (s.ready) void checks.run();
  });
}

export function registerAnnotations({ session: s, checks }: ServerParts): void {
  const { connection, index } = s;
  connection.onRequest(AnnotateRequest, async p => {
    const { uri, range, body } = AnnotateParamsSchema.parse(p);
    const r = index.get(uri);
    if (!r) throw new Error('this file is not a report Crosscheck indexes');
    const start = r.doc.offsetAt(range.start);
    const end = r.doc.offsetAt(range.end);
    if (end <= start) throw new Error('select the text to annotate first');
    const a = await s.user.add(uri, r.doc.getText(), start, end, body);
    await checks.run();
    return { id: a.id };
  });
  connection.onRequest(RemoveAnnotationRequest, async p => {
    const removed = await s.user.remove(RemoveAnnotationParamsSchema.parse(p).id);
    await checks.run();
    return { removed };
  });
  connection.onRequest(UserAnnotationsRequest, () => userAnnotations(s));
}

/** Every annotation of the store: those placed with their range and quote, the orphaned with their saved quote. */
function userAnnotations(s: Session) {
  const st = s.user.state;
  const placed = st.placed.map(x => {
    const r = s.index.get(x.path)!;
    return { id: x.annotation.id, uri: x.path, range: { start: r.doc.positionAt(x.start), end: r.doc.positionAt(x.end) },
      source: x.annotation.target.source, quote: r.doc.getText().slice(x.start, x.end), label: annotationLabel(x.annotation), orphaned: false };
  });
  const orphaned = st.orphaned.map(a => ({ id: a.id, uri: null, range: null, source: a.target.source,
    quote: a.target.selector.find(sel => sel.type === 'TextQuoteSelector')?.exact ?? '', label: annotationLabel(a), orphaned: true }));
  return { items: [...placed, ...orphaned], problems: s.user.problems().map(x => x.message) };
}
