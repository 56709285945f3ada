// What the engine found under a selection (entity, figure, date, attribution), read from the server's semantic
// tokens, so the Annotate menu offers only the corrections that fit.
import * as vscode from 'vscode';

export interface SelectionKinds {
  entity: boolean;
  figure: boolean;
}

/** Token types of the server's legend (server/src/lsp/features/semanticTokens.ts): entities, then the rest. */
const ENTITY_TYPES = new Set(['class', 'namespace', 'interface', 'struct', 'enum', 'enumMember', 'typeParameter', 'type']);
const FIGURE_TYPE = 'number';

export async function kindsAt(doc: vscode.TextDocument, sel: vscode.Range): Promise<SelectionKinds> {
  const [legend, tokens] = await Promise.all([
    vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
    vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
  ]);
  const out: SelectionKinds = { entity: false, figure: false };
  if (!legend || !tokens) return { entity: true, figure: true }; // unknown: offer everything rather than nothing
  const d = tokens.data;
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const range = new vscode.Range(line, char, line, char + d[i + 2]);
    if (!range.intersection(sel) || (range.intersection(sel)!.isEmpty && !sel.isEmpty)) continue;
    const type = legend.tokenTypes[d[i + 3]];
    if (ENTITY_TYPES.has(type)) out.entity = true;
    if (type === FIGURE_TYPE) out.figure = true;
  }
  return out;
}
