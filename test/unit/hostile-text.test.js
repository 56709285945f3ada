// Odd characters and odd layouts (issue 14, items 2-4): offsets never drift, nothing after an odd character is lost,
// and blank lines or long lines of figures cost linear time.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const fc = require('fast-check');
const engine = require('../../dist/engine.js');

const SEEDS = path.join(__dirname, '../../seeds');
const seedNames = fs.readdirSync(SEEDS).filter(f => f.endsWith('.txt')).sort();
const seed = name => fs.readFileSync(path.join(SEEDS, name), 'utf8');
const seed003 = seedNames.find(n => n.startsWith('003'));
const seed004 = seedNames.find(n => n.startsWith('004'));

/** What the analysis says about each figure, date and claim, with offsets moved back by `shift` past `from`. */
function facts(a, from = 0, shift = 0) {
  const at = o => (o >= from ? o - shift : o);
  const after = x => x.start >= from;
  return {
    quantities: a.quantities.filter(after).map(q => [at(q.start), at(q.end), q.low, q.high, q.unit]),
    dates: a.dates.filter(after).map(d => [at(d.start), at(d.end), d.from, d.to]),
    claims: a.claims.filter(after).map(c => [at(c.start), at(c.end), at(c.quantity.start), c.low, c.high, c.measure.key, c.time.from, c.time.to, c.modality]),
  };
}

// The characters the issue found dropped by wink-nlp, each of which shifted every later offset.
const DRIFTING = ['\ufeff', '\f', '\u000b', '\u1680', '\u2000', '\u2001', '\u2006', '\u2007', '\u2008', '\u2028', '\u2029', '\u3000'];

test('an odd blank before a paragraph leaves every later figure, date and claim in place, shifted by one', () => {
  const text = seed(seed003);
  const cut = text.indexOf('\n\n', text.length / 3) + 1;
  const plain = engine.analyzeText('r.txt', text);
  assert.ok(plain.claims.length > 0 && plain.dates.length > 0);
  for (const ch of DRIFTING) {
    const odd = engine.analyzeText('r.txt', text.slice(0, cut) + ch + text.slice(cut));
    assert.deepStrictEqual(facts(odd, cut + 1, 1), facts(plain, cut), `U+${ch.charCodeAt(0).toString(16)}`);
  }
});

test('every figure quotes the characters at its offsets after any odd blank', () => {
  const text = seed(seed003);
  for (const ch of DRIFTING) {
    const odd = `${ch}${text.replace(/\n\n/g, `\n${ch}\n`)}`;
    const a = engine.analyzeText('r.txt', odd);
    assert.ok(a.quantities.length >= 5, `U+${ch.charCodeAt(0).toString(16)}: ${a.quantities.length} figures`);
    for (const q of a.quantities) assert.strictEqual(odd.slice(q.start, q.end), q.text);
    for (const d of a.dates) assert.strictEqual(odd.slice(d.start, d.end), d.text);
  }
});

test('a BOM kept from disk and one stripped by the editor give the same analysis and the same contradictions', () => {
  const [a, b] = [seed(seed003), seed(seed004)];
  const stripped = engine.analyzeText('a.txt', a);
  const withBom = engine.analyzeText('a.txt', `\ufeff${a}`);
  assert.deepStrictEqual(facts(withBom, 1, 1), facts(stripped));
  assert.deepStrictEqual(withBom.entities.map(e => [e.start - 1, e.id]), stripped.entities.map(e => [e.start, e.id]));
  const other = engine.analyzeText('b.txt', b);
  const plain = engine.checkCorpus([stripped, other]).contradictions.length;
  assert.ok(plain >= 2);
  assert.strictEqual(engine.checkCorpus([engine.analyzeText('a.txt', `\ufeff${a}`), engine.analyzeText('b.txt', b)]).contradictions.length, plain);
});

test('a form feed between pages (pdftotext) breaks the line, and the next page is read', () => {
  const text = 'Floods kill 12 in the north\fAt least 40 people were evacuated on Monday, officials said.';
  const a = engine.analyzeText('r.txt', text);
  assert.deepStrictEqual(a.quantities.map(q => [q.low, text.slice(q.start, q.end) === q.text]), [[12, true], [40, true]]);
  const claim = a.claims.find(c => c.low === 40);
  assert.ok(claim && claim.start > text.indexOf('\f'), 'the claim stays on its own page');
});

test('invisible format characters inside words and figures are read through', () => {
  const text = 'Officials said 4,\u200b000 sol\u00addiers were dep\u200cloyed to Kyiv on Monday.';
  const a = engine.analyzeText('r.txt', text);
  const q = a.quantities[0];
  assert.strictEqual(q?.low, 4000);
  assert.ok(text.slice(q.start, q.end).startsWith('4,\u200b000'));
  assert.ok(a.entities.some(e => e.name === 'Kyiv' && text.slice(e.start, e.end) === 'Kyiv'));
});

test('lines of blanks (spaces, NBSP, Markdown heading markers) are one paragraph break, not thousands of tokens', () => {
  const pad = ' \n'.repeat(3000) + '\u00a0\n'.repeat(3000) + '# \n'.repeat(3000);
  const text = `Floods killed 12 people on Monday.\n${pad}Officials said 40 were missing.`;
  const { prepared } = engine.prepare(text);
  assert.ok(prepared.tokens.length < 30, `${prepared.tokens.length} tokens`);
  const a = engine.analyzeText('r.txt', text);
  assert.deepStrictEqual(a.quantities.map(q => [q.low, text.slice(q.start, q.end) === q.text]), [[12, true], [40, true]]);
});

test('a price list on one line: each claim quotes its own clause, not the whole line', () => {
  // The verb keeps the line a sentence of claims (a verbless one is a table and gives none: claims-tables.test.js).
  const text = `Prices rose to ${'$2bn US$ 5 EUR 3 million €4 £5 '.repeat(400)}`;
  const a = engine.analyzeText('r.txt', text);
  assert.ok(a.claims.length > 1000);
  const widest = Math.max(...a.claims.map(c => c.end - c.start));
  assert.ok(widest < 2000, `a claim spans ${widest} characters of a ${text.length}-character line`);
});

// Speed is measured by npm run bench; the test timeout is a watchdog: the issue's reproductions took 126 s and 208 s
// (and one long sentence of dated figures 52 s for 100 KB), linear code a few seconds.
test('800 KB of whitespace-only lines and 200 KB of figures on one line are analyzed without hanging', { timeout: 150_000 }, () => {
  for (const text of [' \n'.repeat(400_000), '$2bn US$ 5 EUR 3 million €4 £5 '.repeat(6700), '12 people were killed on Monday, '.repeat(6000)]) {
    const a = engine.analyzeText('r.txt', text);
    for (const q of a.quantities) assert.strictEqual(text.slice(q.start, q.end), q.text);
  }
});

/**
 * Every BMP character that is whitespace, a control or an invisible format character, but NUL: a NUL in a report's
 * first 8 KB marks a binary file, skipped with a message (as git and grep judge), tested below.
 */
const ODD = [];
for (let c = 1; c < 0x10000; c++) {
  if (c >= 0xd800 && c < 0xe000) continue;
  const ch = String.fromCharCode(c);
  if (/[\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cf}]/u.test(ch) && ch !== ' ' && ch !== '\n') ODD.push(ch);
}

test('a NUL in the first 8 KB skips the report as binary, with a message; one further on is an odd character', () => {
  const text = seed(seed003);
  const early = engine.analyzeText('r.txt', `\u0000${text}`);
  assert.deepStrictEqual([early.claims.length, early.quantities.length], [0, 0]);
  assert.ok(early.warnings.some(w => /binary/.test(w)), early.warnings.join('; '));
  const padded = `${'\n'.repeat(8200)}${text}`;
  const late = engine.analyzeText('r.txt', `${padded.slice(0, 8192)}\u0000${padded.slice(8192)}`);
  assert.ok(late.claims.length > 0 && !late.warnings.some(w => /binary/.test(w)));
});

test('property: an odd character inserted anywhere leaves every figure, date and claim after its paragraph in place', () => {
  const reports = seedNames.map(seed);
  const plain = reports.map(t => engine.analyzeText('r.txt', t));
  fc.assert(fc.property(
    fc.nat(reports.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...ODD),
    (k, where, ch) => {
      const text = reports[k];
      const pos = Math.min(text.length, Math.floor(where * text.length));
      const odd = engine.analyzeText('r.txt', text.slice(0, pos) + ch + text.slice(pos));
      // The paragraph holding the insertion may read differently (a new line break splits it); all after it may not.
      let next = text.indexOf('\n\n', pos);
      if (next < 0) return true;
      next += 2;
      assert.deepStrictEqual(facts(odd, next + 1, 1), facts(plain[k], next));
      return true;
    },
  ), { numRuns: 150, seed: 14 });
});

test('a report may end anywhere: every prefix of a seed, and a text ending in an initial, analyzes without error', () => {
  // Round 13: a text ending in a capital initial ("He met John T.") read past its last word and threw, so a report or a
  // title ending that way lost its whole analysis.
  for (const t of ['He met John T.', 'T.', 'Major job cuts at AT and T.', 'Talks with J. R.']) {
    assert.doesNotThrow(() => engine.analyzeText('a.txt', t), t);
    assert.doesNotThrow(() => engine.analyzeText('a.txt', `---\ntitle: ${t}\n---\nBody.`), `title: ${t}`);
  }
  const text = seed(seed003);
  fc.assert(fc.property(fc.integer({ min: 0, max: text.length }), cut => {
    engine.analyzeText('a.txt', text.slice(0, cut));
  }), { numRuns: 150 });
});
