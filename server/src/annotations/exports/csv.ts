// Claims as CSV (RFC 4180): one row per claim, for spreadsheets and data desks.
import type { DocumentAnalysis } from '../../engine/types';
import { lineIndexes } from './lines';

export const CLAIM_COLUMNS = [
  'id', 'path', 'line', 'quote', 'value', 'low', 'high', 'unit', 'event', 'scope',
  'time_from', 'time_to', 'source', 'via', 'modality',
] as const;

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled. Text that a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP's advice against CSV injection).
 */
export function csvField(v: string | number | null | undefined, text = true): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (text && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportClaimsCsv(docs: readonly DocumentAnalysis[], texts: ReadonlyMap<string, string>): string {
  const lines = lineIndexes(texts);
  const rows = [CLAIM_COLUMNS.join(',')];
  for (const d of docs) {
    const text = texts.get(d.path) ?? '';
    for (const c of d.claims) {
      const quote = text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
      rows.push(
        [
          csvField(c.id),
          csvField(d.path),
          csvField(lines(d.path).oneBased(c.quantity.start).line, false),
          csvField(quote),
          csvField(c.value, false),
          csvField(c.low, false),
          csvField(c.high, false),
          csvField(c.measure.unit),
          csvField(c.measure.event),
          csvField(c.scope.join(';')),
          csvField(c.time.from),
          csvField(c.time.to),
          csvField(c.source?.name ?? ''),
          csvField(c.via.join(';')),
          csvField(c.modality),
        ].join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}
