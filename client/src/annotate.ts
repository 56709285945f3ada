// Annotating a selection, correcting the engine, and listing the user's annotations (orphaned ones included).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrosscheckBody } from '../../shared/annotationFile';
import {
  AnnotateRequest,
  AnnotateResultSchema,
  MatchingClaimsRequest,
  MatchingClaimsResultSchema,
  RemoveAnnotationRequest,
  UserAnnotationsRequest,
  UserAnnotationsResultSchema,
} from '../../shared/protocol';
import { revealRange } from './commands';
import { kindsAt } from './selectionKinds';

const KINDS = ['person', 'organization', 'outlet', 'military_unit', 'place', 'country', 'nationality', 'other'] as const;

async function pickKind(): Promise<(typeof KINDS)[number] | undefined> {
  // Not `kind`: QuickPickItem already has a field of that name.
  const items = KINDS.map(entityKind => ({ label: entityKind.replace('_', ' '), entityKind }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Entity kind' });
  return picked?.entityKind;
}

function parseBound(s: string): number | null | undefined {
  const t = s.trim().replace(/,/g, '');
  if (t === '' || t === '…' || t === '?') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

type Action =
  | 'entity' | 'claim' | 'attribution' | 'note' | 'link' | 'rename' | 'spelling' | 'interval' | 'rejectEntity' | 'rejectQuantity';

/** Asks what to record about the selection and returns the annotation body, or undefined when cancelled. */
async function askBody(client: LanguageClient, editor: vscode.TextEditor): Promise<CrosscheckBody | undefined> {
  const selected = editor.document.getText(editor.selection);
  const action = await pickAction(editor, selected);
  switch (action) {
    case undefined:
      return undefined;
    case 'entity':
      return askEntity(selected);
    case 'claim':
      return { type: 'crosscheck:Claim' };
    case 'attribution':
      return askAttribution();
    case 'note':
      return askNote();
    case 'link':
      return askLink(client, editor);
    case 'rename':
    case 'spelling':
      return askName(selected, action === 'spelling');
    case 'interval':
      return askInterval();
    case 'rejectEntity':
      return { type: 'crosscheck:Rejection', what: 'entity' };
    case 'rejectQuantity':
      return { type: 'crosscheck:Rejection', what: 'quantity' };
  }
}

/** The menu of what can be recorded; corrections of the engine only where it found something of that kind. */
async function pickAction(editor: vscode.TextEditor, selected: string): Promise<Action | undefined> {
  const kinds = await kindsAt(editor.document, editor.selection);
  // No "Not a figure" on a place name.
  const items: { label: string; id: Action; description: string; show: boolean }[] = [
    { label: '$(symbol-class) Entity…', id: 'entity', description: 'mark the selection as a person, place, organization…', show: true },
    { label: '$(symbol-number) Claim', id: 'claim', description: 'mark the selection as a claim', show: true },
    { label: '$(quote) Attribution…', id: 'attribution', description: 'who says this', show: true },
    { label: '$(note) Note…', id: 'note', description: 'a free-text note', show: true },
    { label: '$(link) Link to a matching claim…', id: 'link', description: 'same claim / supports / contradicts', show: kinds.figure },
    { label: '$(edit) Fix canonical name…', id: 'rename', description: 'the entity here is really called…', show: kinds.entity },
    { label: '$(add) Add a spelling…', id: 'spelling', description: `"${selected.slice(0, 30)}" is another spelling of…`, show: true },
    { label: '$(symbol-ruler) Change the value interval…', id: 'interval', description: 'correct the figure’s low/high', show: kinds.figure },
    { label: '$(close) Not an entity', id: 'rejectEntity', description: '', show: kinds.entity },
    { label: '$(close) Not a figure', id: 'rejectQuantity', description: '', show: kinds.figure },
  ];
  const choice = await vscode.window.showQuickPick(
    items.filter(i => i.show),
    { title: `Crosscheck: annotate "${selected.slice(0, 40)}"` },
  );
  return choice?.id;
}

async function askEntity(selected: string): Promise<CrosscheckBody | undefined> {
  const kind = await pickKind();
  if (!kind) return undefined;
  const name = await vscode.window.showInputBox({ title: 'Canonical name', value: selected });
  return name ? { type: 'crosscheck:Entity', kind, canonicalName: name } : undefined;
}

async function askAttribution(): Promise<CrosscheckBody | undefined> {
  const source = await vscode.window.showInputBox({ title: 'Who says this?', placeHolder: 'e.g. General Staff of Ukraine' });
  if (!source) return undefined;
  const via = await vscode.window.showInputBox({ title: 'Relayed through (comma-separated, nearest first; optional)' });
  return { type: 'crosscheck:Attribution', source, ...(via ? { via: via.split(',').map(s => s.trim()).filter(Boolean) } : {}) };
}

async function askNote(): Promise<CrosscheckBody | undefined> {
  const value = await vscode.window.showInputBox({ title: 'Note' });
  return value ? { type: 'TextualBody', value, format: 'text/plain', purpose: 'commenting' } : undefined;
}

/** A link to one of the claims in other reports that the server matches with the one under the cursor. */
async function askLink(client: LanguageClient, editor: vscode.TextEditor): Promise<CrosscheckBody | undefined> {
  const raw = await client.sendRequest(MatchingClaimsRequest, {
    uri: editor.document.uri.toString(),
    position: { line: editor.selection.start.line, character: editor.selection.start.character },
  });
  const result = MatchingClaimsResultSchema.parse(raw);
  if (!result.matches.length) {
    void vscode.window.showInformationMessage('Crosscheck: no matching claim in other reports to link to.');
    return undefined;
  }
  const other = await vscode.window.showQuickPick(
    result.matches.map(m => ({ label: m.text, description: `${m.value} · ${m.source ?? ''} · ${m.uri.slice(m.uri.lastIndexOf('/') + 1)}`, id: m.id })),
    { title: 'Link to which claim?' },
  );
  if (!other) return undefined;
  const relation = await vscode.window.showQuickPick(['same', 'supports', 'contradicts'], { title: 'Relation' });
  return relation ? { type: 'crosscheck:Link', relation: relation as 'same' | 'supports' | 'contradicts', other: other.id } : undefined;
}

/** A corrected canonical name for the entity here, or (spelling) the selection as another spelling of a name. */
async function askName(selected: string, spelling: boolean): Promise<CrosscheckBody | undefined> {
  const kind = await pickKind();
  if (!kind) return undefined;
  const name = await vscode.window.showInputBox({ title: spelling ? `"${selected}" is a spelling of` : 'Canonical name', placeHolder: 'e.g. Ben Hodges' });
  return name ? { type: 'crosscheck:CanonicalName', canonicalName: name, kind, ...(spelling ? { spelling: true } : {}) } : undefined;
}

async function askInterval(): Promise<CrosscheckBody | undefined> {
  const validateInput = (v: string) => (parseBound(v) === undefined ? 'a number, or empty' : null);
  const low = await vscode.window.showInputBox({ title: 'Lowest value (empty: open)', validateInput });
  if (low === undefined) return undefined;
  const high = await vscode.window.showInputBox({ title: 'Highest value (empty: open)', validateInput });
  if (high === undefined) return undefined;
  return { type: 'crosscheck:Interval', low: parseBound(low) ?? null, high: parseBound(high) ?? null };
}

export function registerAnnotationCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.annotateSelection', (body?: CrosscheckBody) => annotateSelection(client, body)),
    vscode.commands.registerCommand('crosscheck.showAnnotations', () => showAnnotations(client)),
  );
}

/** Annotates the active editor's selection with `body` (asked for when not given); the new annotation's id. */
async function annotateSelection(client: LanguageClient, body?: CrosscheckBody): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Crosscheck: select the text to annotate first.');
    return undefined;
  }
  const chosen = body ?? (await askBody(client, editor));
  if (!chosen) return undefined;
  const s = editor.selection;
  const raw = await client.sendRequest(AnnotateRequest, {
    uri: editor.document.uri.toString(),
    range: { start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } },
    body: chosen,
  });
  return AnnotateResultSchema.parse(raw).id;
}

/** Lists the user's annotations in a quick pick: choosing one reveals it, its trash button removes it. */
async function showAnnotations(client: LanguageClient): Promise<void> {
  const { items, problems } = UserAnnotationsResultSchema.parse(await client.sendRequest(UserAnnotationsRequest, {}));
  for (const p of problems) void vscode.window.showWarningMessage(`Crosscheck: ${p}`);
  if (!items.length) {
    void vscode.window.showInformationMessage('Crosscheck: no annotations yet. Select text and run "Crosscheck: Annotate Selection".');
    return;
  }
  const remove = { iconPath: new vscode.ThemeIcon('trash'), tooltip: 'Remove this annotation' };
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
  pick.title = 'Crosscheck: your annotations';
  pick.items = items.map(a => ({
    id: a.id,
    label: `${a.orphaned ? '$(warning) ' : ''}${a.label}`,
    description: `"${a.quote.slice(0, 50)}"`,
    detail: a.orphaned ? `${a.source} — could not be placed: the text changed. Kept in the store.` : a.source,
    buttons: [remove],
  }));
  pick.onDidTriggerItemButton(async e => {
    await client.sendRequest(RemoveAnnotationRequest, { id: e.item.id });
    pick.items = pick.items.filter(i => i.id !== e.item.id);
  });
  pick.onDidAccept(async () => {
    const a = items.find(i => i.id === pick.selectedItems[0]?.id);
    pick.hide();
    if (a?.uri && a.range) await revealRange(a.uri, a.range);
  });
  pick.show();
}
