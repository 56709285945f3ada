// Contradictions as SARIF 2.1.0, for code-scanning dashboards and CI: one result per contradiction, the other
// side as a related location, fingerprints from the claims' quotes so a result keeps its identity when
// offsets shift.
import { createHash } from 'node:crypto';
import { restatedRefs } from '../../engine/index';
import type { ClaimRef, Contradiction } from '../../engine/types';
import { lineIndexes } from './lines';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const RULES = {
  value: {
    id: 'value-contradiction',
    name: 'ValueContradiction',
    text: 'Two reports give incompatible figures for the same thing.',
  },
  attribution: {
    id: 'attribution-contradiction',
    name: 'AttributionContradiction',
    text: 'Two reports give the same words to different sources.',
  },
} as const;

export interface SarifOptions {
  toolVersion?: string;
  informationUri?: string;
}

/** A workspace-relative posix path as a relative URI reference (spaces and the like percent-encoded). */
function artifactUri(p: string): string {
  return p.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

export function exportSarif(
  contradictions: readonly Contradiction[],
  texts: ReadonlyMap<string, string>,
  options: SarifOptions = {},
): string {
  const rules = rulesFor(contradictions);
  const at = locator(texts);
  const results = contradictions.map(c => resultOf(c, rules, at));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Crosscheck',
            version: options.toolVersion ?? '0.0.0',
            informationUri: options.informationUri ?? 'https://marketplace.visualstudio.com/items?itemName=crosscheck.crosscheck',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

type SarifRule = { id: string; name: string; shortDescription: { text: string }; defaultConfiguration: { level: string } };

/** The rules of the kinds present (both kinds when there is none, so the log still describes the tool). */
function rulesFor(contradictions: readonly Contradiction[]): SarifRule[] {
  const kinds = [...new Set(contradictions.map(c => c.kind))].sort();
  return (kinds.length ? kinds : (['value', 'attribution'] as const)).map(k => ({
    id: RULES[k].id,
    name: RULES[k].name,
    shortDescription: { text: RULES[k].text },
    defaultConfiguration: { level: 'warning' },
  }));
}

/** A claim's quote (whitespace folded) and its physical location, from the reports' texts. */
function locator(texts: ReadonlyMap<string, string>) {
  const lines = lineIndexes(texts);
  const quote = (r: ClaimRef) => normalize((texts.get(r.path) ?? '').slice(r.start, r.end));
  const physical = (r: ClaimRef) => {
    const s = lines(r.path).oneBased(r.start);
    const e = lines(r.path).oneBased(r.end);
    return {
      artifactLocation: { uri: artifactUri(r.path), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: s.line,
        startColumn: s.column,
        endLine: e.line,
        endColumn: e.column,
        charOffset: r.start,
        charLength: r.end - r.start,
        snippet: { text: (texts.get(r.path) ?? '').slice(r.start, r.end) },
      },
    };
  };
  return { quote, physical };
}

/** One result: side a as the location, side b and every restatement as related locations. */
function resultOf(c: Contradiction, rules: SarifRule[], { quote, physical }: ReturnType<typeof locator>) {
  const quotes = [quote(c.a), quote(c.b)].sort();
  const fingerprint = createHash('sha256').update([c.kind, ...quotes].join('\u0000')).digest('hex');
  return {
    ruleId: RULES[c.kind].id,
    ruleIndex: rules.findIndex(r => r.id === RULES[c.kind].id),
    level: c.severity === 'clear' ? 'warning' : 'note',
    message: { text: `${c.message} Other side: [${c.b.path.replace(/[[\]]/g, '\\$&')}](1).` },
    locations: [{ physicalLocation: physical(c.a) }],
    relatedLocations: [
      { id: 1, message: { text: `The other report: "${quote(c.b)}"` }, physicalLocation: physical(c.b) },
      // The same two figures stated again, in these reports or others: one finding, every place it is stated.
      ...restatedRefs(c).map((r, i) => ({ id: i + 2, message: { text: `Stated again: "${quote(r)}"` }, physicalLocation: physical(r) })),
    ],
    partialFingerprints: { 'crosscheckClaimQuotes/v1': fingerprint },
    properties: { contradictionId: c.id, severity: c.severity },
  };
}
