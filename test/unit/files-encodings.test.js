// Reports in other encodings than UTF-8: UTF-16 with a byte-order mark is decoded (not skipped as binary);
// legacy Windows-1251 and Windows-1252 files are recognized, decoded, and the assumed encoding is said.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const { decodeReport } = require(path.join(ROOT, 'dist/reports.js'));

const ENGLISH = 'Officials said 12 people were killed in Kharkiv on Monday, “a grim toll”.\n';
const RUSSIAN = 'Министерство обороны заявило, что 14 человек погибли в Белгороде. Київ і Львів: їхні дані.\n';
const FRENCH = 'Le ministère a déclaré que 14 personnes ont été tuées à Zürich – selon « Le Monde ».\n';
const PORTUGUESE = 'As ações da população não são conhecidas; o governo informou 14 mortos em São Paulo.\n';

/** Windows-1252 punctuation in 0x80-0x9F, which Node's decoder does not map (it reads them as C1 controls). */
const CP1252_PUNCTUATION = { '\u2013': 0x96, '\u2014': 0x97, '\u201c': 0x93, '\u201d': 0x94, '\u2019': 0x92, '\u20ac': 0x80 };

/** Encodes `text` in a single-byte code page by inverting Node's own decoder for it. */
function encodeSingleByte(text, label) {
  const decoder = new TextDecoder(label);
  const table = new Map();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  if (label === 'windows-1252') for (const [ch, b] of Object.entries(CP1252_PUNCTUATION)) table.set(ch, b);
  return Buffer.from([...text].map(ch => {
    assert.ok(table.has(ch), `${JSON.stringify(ch)} is not in ${label}`);
    return table.get(ch);
  }));
}
const utf16le = text => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = text => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
};

test('UTF-16 LE with a byte-order mark is decoded, without the mark and without a warning', () => {
  const r = decodeReport(utf16le(ENGLISH));
  assert.deepStrictEqual(r, { ok: true, text: ENGLISH, encoding: 'utf-16le' });
});

test('UTF-16 BE with a byte-order mark is decoded', () => {
  const r = decodeReport(utf16be(RUSSIAN));
  assert.deepStrictEqual(r, { ok: true, text: RUSSIAN, encoding: 'utf-16be' });
});

test('UTF-16 without a mark is recognized by its zero bytes, and said', () => {
  const r = decodeReport(Buffer.from(ENGLISH, 'utf16le'));
  assert.strictEqual(r.text, ENGLISH);
  assert.match(r.warning, /no byte-order mark; read as UTF-16 LE/);
});

test('a UTF-8 byte-order mark is dropped, as editors drop it, so offsets agree with the open editor', () => {
  const r = decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENGLISH)]));
  assert.deepStrictEqual(r, { ok: true, text: ENGLISH, encoding: 'utf-8' });
});

test('Windows-1251 (Russian and Ukrainian) is recognized and decoded, with a warning naming it', () => {
  const r = decodeReport(encodeSingleByte(RUSSIAN, 'windows-1251'));
  assert.strictEqual(r.text, RUSSIAN);
  assert.strictEqual(r.encoding, 'windows-1251');
  assert.match(r.warning, /not valid UTF-8; read as Windows-1251 \(Cyrillic\)/);
});

test('Windows-1252 / Latin-1 (French, Portuguese) is recognized and decoded, with a warning naming it', () => {
  for (const text of [FRENCH, PORTUGUESE, ENGLISH]) {
    const r = decodeReport(encodeSingleByte(text, 'windows-1252'));
    assert.strictEqual(r.text, text);
    assert.strictEqual(r.encoding, 'windows-1252');
    assert.match(r.warning, /read as Windows-1252 \(Western European, Latin-1\)/);
  }
  // ISO-8859-1 bytes (what Buffer's latin1 writes) are the same for these letters.
  assert.strictEqual(decodeReport(Buffer.from(PORTUGUESE, 'latin1')).text, PORTUGUESE);
});

test('UTF-8 with a few broken bytes stays UTF-8 (a legacy reading would garble every good letter)', () => {
  const buf = Buffer.concat([Buffer.from(RUSSIAN), Buffer.from([0xff]), Buffer.from(FRENCH)]);
  const r = decodeReport(buf);
  assert.strictEqual(r.encoding, 'utf-8');
  assert.strictEqual(r.text, `${RUSSIAN}\uFFFD${FRENCH}`);
  assert.match(r.warning, /1 bytes are not valid UTF-8/);
});

test('binary files are still refused', () => {
  assert.strictEqual(decodeReport(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 0, 3])).ok, false);
});

test('the CLI reads UTF-16 and Windows-1251 reports and says which encoding it assumed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-enc-'));
  fs.writeFileSync(path.join(dir, 'utf16.txt'), utf16le(ENGLISH));
  fs.writeFileSync(path.join(dir, 'cp1251.txt'), encodeSingleByte(RUSSIAN, 'windows-1251'));
  const r = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /skipped/);
  assert.match(r.stderr, /cp1251\.txt: not valid UTF-8; read as Windows-1251/);
  const docs = JSON.parse(r.stdout).documents;
  const en = docs.find(d => d.path === 'utf16.txt');
  const figure = en.quantities.find(q => q.low === 12);
  assert.ok(figure, 'the figure of the UTF-16 report was not found');
  assert.strictEqual(figure.start, ENGLISH.indexOf('12'));
  assert.ok(docs.some(d => d.path === 'cp1251.txt'));
});
