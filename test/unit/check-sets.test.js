// The check sets (test/fixtures/check-dev, check-dev2, check-dev3, check-dev4, check-dev5, check-dev6 and the check-heldout sets) are gold data: a broken story folder would
// silently skew the contradiction scores, so every folder's format is validated here.
// The format is described in docs/check-sets.md.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const FIXTURES = path.join(__dirname, '../fixtures');
const SETS = ['check-dev', 'check-dev2', 'check-dev3', 'check-dev4', 'check-dev5', 'check-dev6', 'check-heldout', 'check-heldout4', 'check-heldout5', 'check-heldout6', 'check-heldout7', 'check-dev7', 'check-dev8', 'check-dev9', 'check-dev10', 'check-dev11', 'check-dev12', 'check-dev13', 'check-dev14', 'check-dev15', 'check-dev16', 'check-dev17', 'check-dev18', 'check-dev19', 'check-dev20', 'check-dev21', 'check-dev22', 'check-dev23', 'check-dev24', 'check-dev25', 'check-dev26', 'check-dev27', 'check-dev28', 'check-dev29', 'check-dev30', 'check-dev31', 'check-dev32', 'check-dev33', 'check-dev34', 'check-dev35', 'check-dev36', 'check-dev37', 'check-dev38', 'check-dev39', 'check-dev40'];
/** Development sets written to the letter of docs/check-sets.md, so a trap never shares a finding's two sentences
 * (check-dev3 was written as a held-out set, under the held-out set's looser rule). */
const DEV_SETS = new Set(['check-dev', 'check-dev2', 'check-dev4', 'check-dev5', 'check-dev7', 'check-dev8', 'check-dev9', 'check-dev10', 'check-dev11', 'check-dev12', 'check-dev13', 'check-dev14', 'check-dev15', 'check-dev16', 'check-dev17', 'check-dev18', 'check-dev19', 'check-dev20', 'check-dev21', 'check-dev22', 'check-dev23', 'check-dev24', 'check-dev25', 'check-dev26', 'check-dev27', 'check-dev28', 'check-dev29', 'check-dev30', 'check-dev31', 'check-dev32', 'check-dev33', 'check-dev34', 'check-dev35', 'check-dev36', 'check-dev37', 'check-dev38', 'check-dev39', 'check-dev40']);
const KINDS = ['conflict', 'disaster', 'protest', 'election', 'company', 'health', 'economy', 'accident'];
const FINDING_KINDS = ['value', 'attribution'];
const SEVERITIES = ['clear', 'possible'];
const REQUIRED = ['title', 'outlet', 'url', 'kind'];
const ALLOWED = new Set([...REQUIRED, 'published']);
const REPORT = /\.(txt|md)$/;
const WORDS = { min: 120, max: 400 };

/** Splits a report into its front matter fields and its body; throws a readable message when malformed. */
function parseReport(text, name) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) throw new Error(`${name}: no front matter between --- lines at the top`);
  const fields = {};
  for (const line of m[1].split(/\r?\n/)) {
    const f = /^([a-z]+):[ \t]*(.*)$/.exec(line);
    if (!f) throw new Error(`${name}: front matter line is not "key: value": ${JSON.stringify(line)}`);
    if (f[1] in fields) throw new Error(`${name}: front matter key "${f[1]}" given twice`);
    fields[f[1]] = f[2].trim();
  }
  return { fields, body: text.slice(m[0].length), bodyStart: m[0].length };
}

/** A YYYY-MM-DD string naming a real calendar day. */
function isDay(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkFields(fields, name) {
  for (const k of REQUIRED) assert.ok(fields[k], `${name}: front matter lacks "${k}"`);
  for (const k of Object.keys(fields)) assert.ok(ALLOWED.has(k), `${name}: unknown front matter key "${k}"`);
  assert.ok(KINDS.includes(fields.kind), `${name}: kind "${fields.kind}" is not one of ${KINDS.join(', ')}`);
  assert.match(fields.url, /^https?:\/\/\S+$/, `${name}: url is not an http(s) address`);
  if ('published' in fields) assert.ok(isDay(fields.published), `${name}: published "${fields.published}" is not YYYY-MM-DD`);
}

/** A quote must name one place in its report's body: present, once, and inside one paragraph. */
function checkQuote(ref, reports, where) {
  assert.ok(ref && typeof ref.file === 'string' && typeof ref.quote === 'string', `${where}: needs "file" and "quote"`);
  const report = reports.get(ref.file);
  assert.ok(report, `${where}: file "${ref.file}" is not a report of this story`);
  assert.ok(ref.quote.trim().length > 0, `${where}: empty quote`);
  assert.ok(!/\n/.test(ref.quote), `${where}: quote "${ref.quote}" spans a line break`);
  const first = report.body.indexOf(ref.quote);
  assert.ok(first >= 0, `${where}: quote "${ref.quote}" not found in the body of ${ref.file}`);
  assert.strictEqual(report.body.indexOf(ref.quote, first + 1), -1,
    `${where}: quote "${ref.quote}" occurs more than once in ${ref.file}; lengthen it`);
}

/**
 * Where the sentence holding a quote starts: after the previous sentence end (. ! ? then whitespace,
 * or a line break). Abbreviations only split sentences finer, so two real sentences never merge.
 */
function sentenceOf(ref, reports) {
  const body = reports.get(ref.file).body;
  const at = body.indexOf(ref.quote);
  let start = at;
  while (start > 0 && body[start - 1] !== '\n' && !(/[.!?]/.test(body[start - 2]) && /\s/.test(body[start - 1]))) start--;
  return `${ref.file}:${start}`;
}

/** A pair of claim sentences, in either order. */
function pairKey(x, reports) {
  return [sentenceOf(x.a, reports), sentenceOf(x.b, reports)].sort().join(' ~ ');
}

function checkExpected(expected, reports, story, strict) {
  assert.strictEqual(typeof expected.about, 'string', `${story}: expected.json lacks "about"`);
  assert.ok(KINDS.includes(expected.kind), `${story}: expected.json kind "${expected.kind}" unknown`);
  assert.ok(Array.isArray(expected.findings), `${story}: "findings" must be an array`);
  assert.ok(Array.isArray(expected.traps), `${story}: "traps" must be an array`);
  expected.findings.forEach((f, i) => {
    const where = `${story}: findings[${i}]`;
    assert.ok(FINDING_KINDS.includes(f.kind), `${where}: kind "${f.kind}" is not ${FINDING_KINDS.join(' or ')}`);
    assert.ok(SEVERITIES.includes(f.severity), `${where}: severity "${f.severity}" is not ${SEVERITIES.join(' or ')}`);
    assert.strictEqual(typeof f.why, 'string', `${where}: needs "why"`);
    checkQuote(f.a, reports, `${where}.a`);
    checkQuote(f.b, reports, `${where}.b`);
  });
  // A finding and a trap on the same two sentences would ask a sentence-level scorer for opposite answers;
  // required of the development set, whose annotators follow docs/check-sets.md to the letter.
  const found = new Set(strict ? expected.findings.map(f => pairKey(f, reports)) : []);
  expected.traps.forEach((t, i) => {
    const where = `${story}: traps[${i}]`;
    assert.strictEqual(typeof t.why, 'string', `${where}: needs "why"`);
    checkQuote(t.a, reports, `${where}.a`);
    checkQuote(t.b, reports, `${where}.b`);
    assert.ok(!found.has(pairKey(t, reports)), `${where}: its two sentences are also a finding's; quote other sentences`);
  });
}

/** Reads and validates one story folder; returns its reports for the set-level counts. */
function checkStory(dir, story, strict = false) {
  const names = fs.readdirSync(dir).filter(n => REPORT.test(n)).sort();
  assert.ok(names.length >= 2 && names.length <= 5, `${story}: ${names.length} reports, expected 2 to 5`);
  const reports = new Map();
  for (const name of names) {
    const report = parseReport(fs.readFileSync(path.join(dir, name), 'utf8'), `${story}/${name}`);
    checkFields(report.fields, `${story}/${name}`);
    const words = report.body.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= WORDS.min && words <= WORDS.max, `${story}/${name}: ${words} words, expected ${WORDS.min} to ${WORDS.max}`);
    reports.set(name, report);
  }
  const file = path.join(dir, 'expected.json');
  assert.ok(fs.existsSync(file), `${story}: no expected.json`);
  let expected;
  try { expected = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) {
    assert.fail(`${story}/expected.json does not parse: ${e.message}`);
  }
  checkExpected(expected, reports, story, strict);
  for (const [name, r] of reports) assert.strictEqual(r.fields.kind, expected.kind, `${story}/${name}: kind differs from expected.json`);
  return [...reports.values()];
}

function stories(set) {
  const root = path.join(FIXTURES, set);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).filter(d => d.isDirectory())
    .map(d => ({ story: `${set}/${d.name}`, dir: path.join(root, d.name), strict: DEV_SETS.has(set) }));
}

for (const set of SETS) {
  for (const { story, dir, strict } of stories(set)) {
    test(`check set story ${story} is well formed`, () => { checkStory(dir, story, strict); });
  }
}

test('the validator rejects what it should', () => {
  assert.throws(() => parseReport('no front matter', 'x'), /no front matter/);
  assert.throws(() => parseReport('---\ntitle\n---\nbody', 'x'), /not "key: value"/);
  assert.ok(isDay('2024-02-29'));
  assert.ok(!isDay('2023-02-29'));
  const reports = new Map([['a.txt', parseReport('---\ntitle: t\n---\n12 killed, 12 killed\n\nnext para', 'a')]]);
  assert.throws(() => checkQuote({ file: 'a.txt', quote: '12 killed' }, reports, 'q'), /more than once/);
  assert.throws(() => checkQuote({ file: 'a.txt', quote: '13 killed' }, reports, 'q'), /not found/);
  assert.throws(() => checkQuote({ file: 'b.txt', quote: '12 killed' }, reports, 'q'), /not a report/);
  assert.throws(() => checkQuote({ file: 'a.txt', quote: 'title: t' }, reports, 'q'), /not found/);
});


// The development set's size, as issue 10 asks for it: enough reports and kinds to measure on.
const DEV_MIN = { reports: 60, kinds: 8 };

test('the development set is large and varied enough', () => {
  const all = stories('check-dev').flatMap(({ story, dir, strict }) => checkStory(dir, story, strict));
  const kinds = new Set(all.map(r => r.fields.kind));
  assert.ok(all.length >= DEV_MIN.reports, `check-dev has ${all.length} reports, expected at least ${DEV_MIN.reports}`);
  assert.ok(kinds.size >= DEV_MIN.kinds, `check-dev covers ${kinds.size} kinds, expected at least ${DEV_MIN.kinds}`);
});
