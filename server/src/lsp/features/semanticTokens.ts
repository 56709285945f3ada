// Semantic tokens: entities by kind, quantities, dates, attribution sources and cues. Standard token types,
// so common themes color them without configuration (and other editors understand them).
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { EntityKind } from '../../engine/index';
import type { IndexedReport } from '../workspaceIndex';

const TYPES = [
  'class', // person
  'namespace', // organization
  'interface', // outlet
  'struct', // military unit
  'enum', // place
  'enumMember', // country
  'typeParameter', // nationality
  'type', // other entity
  'number', // quantity
  'string', // date
  'parameter', // attribution source
  'keyword', // attribution cue
] as const;
const MODIFIERS = ['declaration', 'readonly'] as const;

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const ENTITY_TYPE: Record<EntityKind, number> = {
  person: 0, organization: 1, outlet: 2, military_unit: 3, place: 4, country: 5, nationality: 6, other: 7,
};

export function semanticTokens(r: IndexedReport): SemanticTokens {
  const a = r.analysis;
  const spans: [number, number, number][] = [];
  for (const e of a.entities) spans.push([e.start, e.end, ENTITY_TYPE[e.kind]]);
  for (const q of a.quantities) spans.push([q.start, q.end, 8]);
  for (const d of a.dates) spans.push([d.start, d.end, 9]);
  for (const at of a.attributions) {
    spans.push([at.cue.start, at.cue.end, 11]);
    // Entity spans already color named sources; pronoun and descriptive sources get the source color.
    if (!a.entities.some(e => e.start <= at.source.start && at.source.end <= e.end)) spans.push([at.source.start, at.source.end, 10]);
  }
  // Tokens must not overlap and must come in order: keep the earliest, longest span where two overlap.
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const builder = new SemanticTokensBuilder();
  let lastEnd = -1;
  for (const [start, end, type] of spans) {
    if (start < lastEnd) continue;
    lastEnd = end;
    pushLines(r, start, end, type, builder);
  }
  return builder.build();
}

/** A token cannot span lines: split multi-line spans at line breaks. */
function pushLines(r: IndexedReport, start: number, end: number, type: number, b: SemanticTokensBuilder): void {
  const text = r.doc.getText();
  let s = start;
  while (s < end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    if (e > s) {
      const p = r.doc.positionAt(s);
      b.push(p.line, p.character, e - s, type, 0);
    }
    s = e + 1;
  }
}
