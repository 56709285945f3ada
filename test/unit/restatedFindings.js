// Helpers for the tests of findings that list restated pairs (check-restate21, check-restate22): invented reports of
// one march and a readable account of each finding's pairs. Not a test file: it defines no tests.

/** An invented report named `name` about the Corvale march. */
function report(name, body, published = '2024-05-14') {
  return { path: `r/${name}.txt`, text: `---\ntitle: Corvale march\noutlet: Outlet ${name}\npublished: ${published}\n---\n${body}\n` };
}
const base = p => p.slice(p.lastIndexOf('/') + 1, -4);
/** The text a reference points at. */
const quoted = (inputs, ref) => inputs.find(i => i.path === ref.path).text.slice(ref.start, ref.end);
/** Each pair a finding stands for, as "a:<sentence start>-b:<sentence start>". */
const pairsOf = f => [f, ...(f.restated ?? [])].map(p => `${base(p.a.path)}:${p.a.start}-${base(p.b.path)}:${p.b.start}`);
/** Each finding with the quoted sides of all its pairs, for assertion messages. */
const describe = (inputs, found) => found.map(f => `${f.severity} ${f.message} :: ${[f, ...(f.restated ?? [])].map(p => `${quoted(inputs, p.a)} | ${quoted(inputs, p.b)}`).join(' ;; ')}`);

module.exports = { report, quoted, pairsOf, describe };
