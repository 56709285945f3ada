// Per-document requests that read the index: hover, definition, references, symbols and semantic tokens. Each
// answers for the text the editor shows (see OpenReports.current).
import { plainIfNeeded, withUserNotes } from '../features/annotationHover';
import { hover } from '../features/hover';
import { relatedLocations } from '../features/navigation';
import { semanticTokens } from '../features/semanticTokens';
import { documentSymbols, workspaceSymbols } from '../features/symbols';
import type { ServerParts } from '../parts';

export function registerNavigation({ session: s, open, checks }: ServerParts): void {
  const { connection, index } = s;
  connection.onHover(p => {
    const uri = p.textDocument.uri;
    const o = open.offsetAt(uri, p.position);
    if (o === undefined) return null;
    const h = hover(index, uri, o, index.nameOf, checks.dismissedPair(), s.caps.hoverStyle);
    // The user's own annotations here come after what the engine says.
    return plainIfNeeded(withUserNotes(index, s.user.state, uri, o, h), s.caps.hoverStyle);
  });
  connection.onDefinition(p => {
    const o = open.offsetAt(p.textDocument.uri, p.position);
    return o === undefined ? [] : relatedLocations(index, p.textDocument.uri, o, false);
  });
  connection.onReferences(p => {
    const o = open.offsetAt(p.textDocument.uri, p.position);
    return o === undefined ? [] : relatedLocations(index, p.textDocument.uri, o, p.context.includeDeclaration);
  });
  connection.onDocumentSymbol(p => (open.current(p.textDocument.uri), documentSymbols(index, p.textDocument.uri)));
  connection.onWorkspaceSymbol(p => workspaceSymbols(index, p.query));
  connection.languages.semanticTokens.on(p => {
    const r = open.current(p.textDocument.uri);
    // A large report edited since its analysis would get colors on shifted offsets: none is better than wrong.
    const stale = r && s.documents.get(r.uri) && s.documents.get(r.uri)!.version !== r.version;
    return r && !stale && s.settings.semanticHighlighting.enabled ? semanticTokens(r) : { data: [] };
  });
}
