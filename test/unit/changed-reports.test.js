// Which reports' diagnostics a check may have changed (the server recomputes and compares only those after an edit):
// reports of findings new or gone, reports whose text changed and those in a finding with them, reports removed,
// and lists held back; every report on the first check and when severities or dismissals changed.
const test = require('node:test');
const assert = require('node:assert');
const { loadSource } = require('./tsModule');

const { ChangedReports } = loadSource('server/src/lsp/features/diagnostics.ts');

const finding = (a, b) => ({ a: { path: a }, b: { path: b } });
const docs = names => Object.entries(names).map(([uri, doc]) => ({ uri, doc }));
const sorted = s => (s ? [...s].sort() : s);

test('the first check and a change of what every list is made from recompute all; an unchanged check none', () => {
  const ab = finding('a', 'b');
  const d = { a: {}, b: {}, c: {} };
  const ch = new ChangedReports();
  assert.strictEqual(ch.touched([ab], docs(d), 'x'), null);
  assert.deepStrictEqual(sorted(ch.touched([ab], docs(d), 'x')), []);
  assert.strictEqual(ch.touched([ab], docs(d), 'severities changed'), null);
});

test('a new or a gone finding touches both its reports; others are left alone', () => {
  const d = { a: {}, b: {}, c: {}, e: {} };
  const ab = finding('a', 'b');
  const ch = new ChangedReports();
  ch.touched([ab], docs(d), '');
  const ce = finding('c', 'e');
  assert.deepStrictEqual(sorted(ch.touched([ab, ce], docs(d), '')), ['c', 'e']);
  assert.deepStrictEqual(sorted(ch.touched([ce], docs(d), '')), ['a', 'b']);
});

test('a report whose text changed is touched with every report in a finding with it, even a finding kept as it was', () => {
  const d = { a: {}, b: {}, c: {}, e: {} };
  const ab = finding('a', 'b');
  const ce = finding('c', 'e');
  const ch = new ChangedReports();
  ch.touched([ab, ce], docs(d), '');
  assert.deepStrictEqual(sorted(ch.touched([ab, ce], docs({ ...d, b: {} }), '')), ['a', 'b']);
});

test('a removed report is touched (its list is cleared), and so is a list held back until the next check', () => {
  const d = { a: {}, b: {}, c: {} };
  const ch = new ChangedReports();
  ch.touched([], docs(d), '');
  assert.deepStrictEqual(sorted(ch.touched([], docs({ a: d.a, b: d.b }), '')), ['c']);
  ch.later('a');
  assert.deepStrictEqual(sorted(ch.touched([], docs({ a: d.a, b: d.b }), '')), ['a']);
  assert.deepStrictEqual(sorted(ch.touched([], docs({ a: d.a, b: d.b }), '')), []);
  ch.reset();
  assert.strictEqual(ch.touched([], docs({ a: d.a, b: d.b }), ''), null);
});

test('a finding made again equal (same id, severity, messages and sides) touches no report; one that differs touches both', () => {
  const ref = (path, start) => ({ path, start, end: start + 2, claim: `${path}#${start}` });
  const f = (id, message, a = ref('a', 1), b = ref('b', 5)) => ({ id, kind: 'value', severity: 'clear', message, a, b });
  const d = { a: {}, b: {}, c: {}, e: {} };
  const ch = new ChangedReports();
  ch.touched([f('x', '42 here vs 44'), f('y', '3 vs 4', ref('c', 1), ref('e', 2))], docs(d), '');
  // The measure key was computed again: new objects, equal content.
  assert.deepStrictEqual(sorted(ch.touched([f('x', '42 here vs 44'), f('y', '3 vs 4', ref('c', 1), ref('e', 2))], docs(d), '')), []);
  // The same pair now reads otherwise: both its reports are recomputed, the other pair's are not.
  assert.deepStrictEqual(sorted(ch.touched([f('x', '42 here vs 45'), f('y', '3 vs 4', ref('c', 1), ref('e', 2))], docs(d), '')), ['a', 'b']);
  // Gone: its reports are recomputed.
  assert.deepStrictEqual(sorted(ch.touched([f('x', '42 here vs 45')], docs(d), '')), ['c', 'e']);
});

test('findings added or dropped among many kept ones are found by walking both lists; out of step, both sides are touched', () => {
  const ref = (path, start) => ({ path, start, end: start + 2, claim: `${path}#${start}` });
  const f = (id, a, b) => ({ id, kind: 'value', severity: 'clear', message: id, a: ref(a, 1), b: ref(b, 2) });
  const d = { a: {}, b: {}, c: {}, e: {}, g: {}, h: {} };
  const kept = Array.from({ length: 50 }, (_, i) => f(`k${i}`, 'a', 'b'));
  const x = f('x', 'c', 'e');
  const y = f('y', 'g', 'h');
  const ch = new ChangedReports();
  ch.touched([...kept.slice(0, 25), x, ...kept.slice(25)], docs(d), '');
  // x dropped and y added in its place.
  assert.deepStrictEqual(sorted(ch.touched([...kept.slice(0, 25), y, ...kept.slice(25)], docs(d), '')), ['c', 'e', 'g', 'h']);
  // Nothing changed.
  assert.deepStrictEqual(sorted(ch.touched([...kept.slice(0, 25), y, ...kept.slice(25)], docs(d), '')), []);
  // The same findings in another order are the same findings; one made anew with other content among them is caught.
  assert.deepStrictEqual(sorted(ch.touched([y, ...kept], docs(d), '')), []);
  const y2 = { ...f('y', 'g', 'h'), message: 'y, other words' };
  assert.deepStrictEqual(sorted(ch.touched([...kept.slice(0, 10), y2, ...kept.slice(10)], docs(d), '')), ['g', 'h']);
});
