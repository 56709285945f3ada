// A report's length alone must not make the entity scan allocate: its classes array is sized by the words it finds
// (growing as they come), not by the report's characters. Sized by characters, every report over 256K characters
// needed a fresh array of four bytes a character on every analysis (a run of blank lines holds no word at all), a step
// in the cost per megabyte that the bench read as a doubling over 2.3. Counts of bytes, never times.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { loadSource } = require('./tsModule');

const { scanWords } = loadSource('server/src/engine/entities/words.ts');

const scan = text => scanWords(engine.prepare(text).prepared);

test('a long run of blank lines gets a classes array of its words, not of its characters, and keeps it', () => {
  const blank = '\u00a0\n'.repeat(200_000);
  const first = scan(blank);
  assert.strictEqual(first.words.length, 0);
  assert.ok(first.classes.buffer.byteLength <= 4 * 8192, `${first.classes.buffer.byteLength} bytes for no word`);
  const again = scan(blank);
  assert.strictEqual(again.classes.buffer, first.classes.buffer, 'the second scan reuses the array');
});

test('a report with more words than the first room keeps every word\'s classes as they grow', () => {
  const line = 'Police in Lagos said 40 people died and Amina Bello wept.\n';
  const text = line.repeat(1500);
  const long = scan(text);
  // Sized by words: a fraction of the four bytes a character the old array took.
  assert.ok(long.classes.buffer.byteLength < 4 * text.length / 2, `${long.classes.buffer.byteLength} bytes for ${text.length} characters`);
  assert.strictEqual(long.classes.length, long.words.length);
  // The array is the scan's until the next scan: copied before scanning the one line.
  const classes = Array.from(long.classes);
  const short = Array.from(scan(line).classes);
  assert.strictEqual(classes.length, short.length * 1500);
  assert.ok(short.some(c => c !== 0));
  for (let k = 0; k < classes.length; k++) assert.strictEqual(classes[k], short[k % short.length], `word ${k}`);
});
