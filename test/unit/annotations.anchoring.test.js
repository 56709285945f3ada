// Re-anchoring: property tests with random edits before, inside and after anchors, plus edge cases.
const test = require('node:test');
const assert = require('node:assert');
const fc = require('fast-check');
const A = require('../../dist/annotations.js');

// Documents use lower-case letters; inserted text uses upper-case, so an insertion never recreates a quote
// by chance (a separate property inserts copies of the quote on purpose).
const docArb = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnop  '), minLength: 60, maxLength: 400 });
const insArb = fc.string({ unit: fc.constantFrom(...'QRSTUVW '), maxLength: 12 });
const editArb = fc.record({
  where: fc.constantFrom('before', 'inside', 'after'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.integer({ min: 0, max: 6 }),
  ins: insArb,
});

/** Applies edits, tracking where every original character went; returns the text and the offset edits. */
function applyEdits(text, quote, edits) {
  let chars = [...text].map((c, i) => ({ c, o: i }));
  const offsetEdits = [];
  const span = () => {
    let s = -1;
    let e = -1;
    chars.forEach((x, i) => {
      if (x.o >= quote.start && x.o < quote.end) {
        if (s < 0) s = i;
        e = i + 1;
      }
    });
    return s < 0 ? null : { start: s, end: e };
  };
  for (const ed of edits) {
    const cur = span() ?? { start: Math.floor(chars.length / 2), end: Math.floor(chars.length / 2) };
    const [lo, hi] = ed.where === 'before' ? [0, cur.start] : ed.where === 'inside' ? [cur.start, cur.end] : [cur.end, chars.length];
    const start = lo + Math.floor(ed.at * (hi - lo));
    const end = Math.min(chars.length, start + (ed.where === 'inside' ? Math.min(ed.del, Math.max(0, hi - start)) : ed.del));
    // Edits outside must stay outside.
    const safeEnd = ed.where === 'before' ? Math.min(end, cur.start) : end;
    offsetEdits.push({ start, end: safeEnd, newText: ed.ins });
    chars = [...chars.slice(0, start), ...[...ed.ins].map(c => ({ c, o: -1 })), ...chars.slice(safeEnd)];
  }
  const touched = (() => {
    const s = span();
    if (!s || s.end - s.start !== quote.end - quote.start) return true;
    for (let i = s.start; i < s.end; i++) if (chars[i].o !== quote.start + (i - s.start)) return true;
    return false;
  })();
  return { text: chars.map(x => x.c).join(''), truth: span(), touched, offsetEdits };
}

function check(doc, qs, len, edits, updatePositions) {
  const quote = { start: qs, end: Math.min(doc.length, qs + len) };
  fc.pre(quote.end - quote.start >= 8 && doc.slice(quote.start, quote.end).trim().length >= 8);
  const exact = doc.slice(quote.start, quote.end);
  fc.pre(doc.indexOf(exact) === quote.start && doc.indexOf(exact, quote.start + 1) < 0);
  const a = A.createAnnotation({ source: 'r.txt', text: doc, start: quote.start, end: quote.end, body: { type: 'TextualBody', value: 'n' } });
  const { text, truth, touched, offsetEdits } = applyEdits(doc, quote, edits);
  const item = updatePositions ? A.updateForEdit([a], offsetEdits)[0] : a;
  const r = A.anchor(item, text);
  if (!touched) {
    assert.deepStrictEqual(r, truth, 'an untouched quote lands exactly on itself');
    assert.strictEqual(text.slice(r.start, r.end), exact);
  } else if (r) {
    assert.ok(truth, 'a quote that is gone entirely must be orphaned');
    assert.ok(r.start < truth.end && truth.start < r.end, `placed at ${r.start}-${r.end}, truth ${truth.start}-${truth.end}`);
  }
}

const prop = updatePositions =>
  fc.property(docArb, fc.nat(400), fc.integer({ min: 8, max: 40 }), fc.array(editArb, { minLength: 1, maxLength: 5 }), (doc, qs, len, edits) =>
    check(doc, qs % doc.length, len, edits, updatePositions),
  );

test('random edits with positions kept up to date: exact place or orphaned, never a wrong place', () => {
  fc.assert(prop(true), { numRuns: 400 });
});

test('random edits with stale positions (file changed outside the editor): same guarantee', () => {
  fc.assert(prop(false), { numRuns: 400 });
});

test('a copy of the quote inserted above: positions kept up to date pick the true one', () => {
  fc.assert(
    fc.property(docArb, fc.nat(400), fc.integer({ min: 8, max: 30 }), fc.nat(400), (doc, qs0, len, at0) => {
      const qs = qs0 % doc.length;
      const exact = doc.slice(qs, qs + len);
      fc.pre(exact.length >= 8 && doc.indexOf(exact) === qs && doc.indexOf(exact, qs + 1) < 0);
      const a = A.createAnnotation({ source: 'r.txt', text: doc, start: qs, end: qs + exact.length, body: { type: 'TextualBody', value: 'n' } });
      const at = at0 % (qs + 1);
      const copy = doc.slice(Math.max(0, qs - 40), qs + exact.length + 40);
      const text = doc.slice(0, at) + copy + doc.slice(at);
      const moved = A.updateForEdit([a], [{ start: at, end: at, newText: copy }])[0];
      assert.deepStrictEqual(A.anchor(moved, text), { start: qs + copy.length, end: qs + copy.length + exact.length });
      const stale = A.anchor(a, text);
      assert.ok(stale && text.slice(stale.start, stale.end) === exact, 'a stale position still lands on the quote');
    }),
    { numRuns: 200 },
  );
});

test('an edit above moves the annotation; an edit below leaves it; an edit inside stretches it', () => {
  const r = { start: 10, end: 20 };
  assert.deepStrictEqual(A.mapRange(r, { start: 0, end: 0, newText: 'abc' }), { start: 13, end: 23 });
  assert.deepStrictEqual(A.mapRange(r, { start: 10, end: 10, newText: 'abc' }), { start: 13, end: 23 });
  assert.deepStrictEqual(A.mapRange(r, { start: 20, end: 20, newText: 'abc' }), { start: 10, end: 20 });
  assert.deepStrictEqual(A.mapRange(r, { start: 12, end: 14, newText: 'abcd' }), { start: 10, end: 22 });
  assert.deepStrictEqual(A.mapRange(r, { start: 5, end: 12, newText: '' }), { start: 5, end: 13 });
});

test('LSP content changes become offset edits, in order', () => {
  const before = 'line one\r\nline two\nline three';
  const { edits, text } = A.offsetEdits(before, [
    { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } }, text: '2' },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '> ' },
  ]);
  assert.strictEqual(text, '> line one\r\nline 2\nline three');
  assert.deepStrictEqual(edits[0], { start: 15, end: 18, newText: '2' });
});

test('reanchorAll keeps what it cannot place as orphaned, and only looks at its report', () => {
  const text = 'Officials said about 4,000 soldiers were deployed near Kursk on Sunday. Others disagreed.';
  const mk = (s, e, source = 'a.txt') => A.createAnnotation({ source, text, start: s, end: e, body: { type: 'TextualBody', value: 'x' } });
  const kept = mk(15, 35);
  const gone = mk(72, 88);
  const other = mk(0, 9, 'b.txt');
  const edited = 'Breaking. ' + text.replace('Others disagreed.', '');
  const r = A.reanchorAll([kept, gone, other], 'a.txt', edited);
  assert.strictEqual(r.placed.length, 1);
  assert.strictEqual(edited.slice(r.placed[0].start, r.placed[0].end), 'about 4,000 soldiers');
  assert.ok(r.placed[0].moved);
  assert.strictEqual(A.positionSelector(r.placed[0].annotation).start, r.placed[0].start);
  assert.deepStrictEqual(r.orphaned.map(a => a.id), [gone.id]);
});

test('a repeated word goes to the occurrence with its context, not merely the nearest', () => {
  const text = 'The fox ran. Later the fox slept near the river bank in the sun.';
  const a = A.createAnnotation({ source: 'r', text, start: 23, end: 26, body: { type: 'TextualBody', value: 'x' } });
  const edited = 'The fox ran away quickly. Later the fox slept near the river bank in the sun.';
  const r = A.anchor(A.withPosition(a, 8, 11), edited);
  assert.strictEqual(edited.slice(r.start - 10, r.end), 'Later the fox');
});

// Speed is measured by npm run bench; the timeout only turns a hang into a failure.
test('fuzzy re-anchoring of an edited quote in a 1 MB report, and adversarial quotes', { timeout: 120_000 }, () => {
  const sentence = 'The ministry said nearly 3,600 square kilometers had been retaken since the offensive began. ';
  const filler = 'Unrelated paragraph about floods, elections and quarterly results in another region entirely. ';
  let big = '';
  while (big.length < 1_000_000) big += filler;
  const text = big.slice(0, 500_000) + sentence + big.slice(500_000);
  const start = 500_000 + sentence.indexOf('nearly');
  const a = A.createAnnotation({ source: 'r', text, start, end: start + 'nearly 3,600 square kilometers had been retaken'.length, body: { type: 'TextualBody', value: 'x' } });
  const edited = text.replace('nearly 3,600 square kilometers had been retaken', 'nearly 3,600 square kilometres had been retaken');
  const r = A.anchor(A.withPosition(a, 10, 20), edited);
  assert.ok(r, 'found');
  assert.strictEqual(edited.slice(r.start, r.end), 'nearly 3,600 square kilometres had been retaken');
  // Adversarial: a one-letter quote in a megabyte of that letter, and a long quote against random text.
  const as = 'a'.repeat(1_000_000);
  const one = A.anchor({ target: { source: 'r', selector: [{ type: 'TextQuoteSelector', exact: 'a', prefix: 'b', suffix: 'c' }] } }, as);
  assert.ok(one === null || as.slice(one.start, one.end) === 'a');
  assert.strictEqual(A.anchor({ target: { source: 'r', selector: [{ type: 'TextQuoteSelector', exact: 'ab'.repeat(300), prefix: '', suffix: '' }] } }, as), null);
});

test('fuzzySearch finds approximate occurrences with their extent', () => {
  const m = A.fuzzySearch('Zelenskyy', 'President Zelensky said', 2);
  assert.strictEqual(m.length, 1);
  assert.strictEqual('President Zelensky said'.slice(m[0].start, m[0].end), 'Zelensky');
  assert.strictEqual(m[0].errors, 1);
  const long = 'x'.repeat(70) + 'needle in a haystack, longer than one machine word of thirty-two characters';
  const hay = 'prefix ' + long.replace('haystack', 'haystak') + ' suffix';
  const f = A.fuzzySearch(long, hay, 5);
  assert.strictEqual(f[0].errors, 1);
  assert.strictEqual(f[0].start, 7);
});
