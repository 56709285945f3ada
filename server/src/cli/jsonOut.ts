// The `--format json` output, written one document at a time: byte for byte what JSON.stringify(output, null, 2) of
// the whole would give, without ever holding the whole (10,000 reports make a string of over 100 MB and its bytes).
import { ContradictionOutputSchema, DocumentOutputSchema } from '../../../shared/analysisOutput';
import { analysisOutput, documentOutput, type CorpusAnalysis } from '../engine/index';

/** Pieces are joined up to this size before they are written. */
const CHUNK_CHARS = 1 << 20;

/** `{ key: [items] }` pretty-printed with two-space indents, item by item. */
function* prettyObjectOfArrays(fields: [string, Iterable<unknown>][]): Generator<string> {
  yield '{';
  let firstField = true;
  for (const [key, items] of fields) {
    yield `${firstField ? '' : ','}\n  ${JSON.stringify(key)}: [`;
    firstField = false;
    let any = false;
    for (const item of items) {
      // Strings in JSON never hold a raw line break, so every break is the layout's and takes the deeper indent.
      yield `${any ? ',' : ''}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
      any = true;
    }
    yield any ? '\n  ]' : ']';
  }
  yield firstField ? '}' : '\n}';
}

/** Small pieces joined into chunks of about CHUNK_CHARS. */
function* chunked(pieces: Iterable<string>): Generator<string> {
  let buf = '';
  for (const p of pieces) {
    buf += p;
    if (buf.length >= CHUNK_CHARS) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** The JSON output in chunks, each document checked against the published schema as it is written. */
export function jsonChunks(corpus: CorpusAnalysis, texts: ReadonlyMap<string, string>, withFindings: boolean): Generator<string> {
  const documents = (function* () {
    for (const d of corpus.documents) yield DocumentOutputSchema.parse(documentOutput(d, texts.get(d.path) ?? ''));
  })();
  const findings = withFindings ? analysisOutput({ documents: [], contradictions: corpus.contradictions }, texts).contradictions : [];
  const contradictions = (function* () {
    for (const c of findings) yield ContradictionOutputSchema.parse(c);
  })();
  return chunked(prettyObjectOfArrays([['documents', documents], ['contradictions', contradictions]]));
}
