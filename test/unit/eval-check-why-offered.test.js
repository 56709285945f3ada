// The why-table names the matcher's candidate step: an undated toll whose dated rivals spread over days is never offered
// to them, so its miss is "time: never offered", not "other" (scripts/eval-check-why.mjs, round 46).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const engine = require('../../dist/engine.js');

const REPORTS = {
  'a.txt': 'Floods in Valdora killed 40 people, the regional governor said on Sunday, April 6, 2025.\n',
  'b.txt': 'Floods in Valdora killed 90 people, the civil protection agency said on Thursday, April 10, 2025.\n',
  'c.txt': 'Floods in Valdora killed 300 people, the opposition party said.\n',
};

test('an undated toll never offered to its spread dated rivals is named by the candidate step', async () => {
  const { whyStory } = await import('../../scripts/eval-check-why.mjs');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'why-offered-'));
  for (const [name, text] of Object.entries(REPORTS)) fs.writeFileSync(path.join(folder, name), text);
  const g = { kind: 'value', severity: 'clear', a: { file: 'a.txt', quote: 'killed 40' }, b: { file: 'c.txt', quote: 'killed 300' } };
  fs.writeFileSync(path.join(folder, 'expected.json'), JSON.stringify({ findings: [g] }));
  const items = whyStory(engine, { name: 'offered', folder, expected: path.join(folder, 'expected.json') });
  assert.strictEqual(items.length, 1);
  assert.strictEqual(items[0].cause, 'time: never offered', `${items[0].cause}: ${items[0].detail}`);
});
