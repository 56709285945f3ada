// What the adversarial-input speed work (issue 14, item 3) must keep: the hour of a running count, read only where a
// clock phrase or an under-way word may start, and attributions read with quotations indexed by token. Speed itself is
// measured by `npm run bench`, never asserted here.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const hours = text => engine.analyzeText('h.txt', text).claims.map(c => [c.quantity.text, c.detail?.hour]);

test('the hour of a count: in its clause, before it in its sentence, under way, or none', () => {
  assert.deepStrictEqual(hours('By 9 a.m. on Thursday, 30 people were dead, officials said. By noon 41 people were dead. '
    + 'The airline has already cancelled 600 flights.\n'),
  [['30 people', 9], ['41 people', 12], ['600 flights', -1]]);
  // A clock phrase far outside the figure's window, and none at all (a price list), give no hour.
  const far = `At 9 p.m. the city was quiet.${' The river rose again.'.repeat(12)} 12 people were hurt.\n`;
  assert.deepStrictEqual(hours(far), [['12 people', undefined]]);
  assert.ok(hours('$2bn US$ 5 EUR 3 million €4 £5 '.repeat(200)).every(([, h]) => h === undefined));
});

test('the hour is the same when equal texts come in different strings', () => {
  const text = 'As of 3 p.m., 80 people had been rescued, the agency said.\n';
  const again = [...text].join('');
  assert.deepStrictEqual(hours(text), [['80 people', 15]]);
  assert.deepStrictEqual(hours(again), [['80 people', 15]]);
});

test('quotations indexed by token: speakers after, before and inside quotations', () => {
  const a = engine.analyzeText('q.txt', '"We will rebuild," the mayor of Kyiv said. "It will take years," Oleh Syniehubov said.\n');
  assert.deepStrictEqual(a.attributions.map(x => [x.source.text, x.cue.text, x.content.start, x.content.end]),
    [['the mayor of Kyiv', 'said', 1, 16], ['Oleh Syniehubov', 'said', 44, 62]]);
  // Thousands of quotations: every one is read, none is lost to the index.
  const many = engine.analyzeText('m.txt', '"We will rebuild," Oleh Syniehubov said. '.repeat(3000));
  assert.strictEqual(many.attributions.length, 3000);
});

test('header and footer lines: a line of any blank String.trim removes is skipped, as when each line was trimmed', () => {
  // The header and footer searches tell a blank line without making its string (a report of blank lines passes every
  // line through them); the blanks they skip must be exactly those trimming removes.
  const blanks = ' \t\u000b\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const head = [...blanks].map(c => `${c}${c}\n`).join('');
  const text = `${head}Floodwaters reach the old mill in Tarnow\n\nThe river rose 3 metres overnight, officials said.\n${head}`
    + 'Reporting by Daily Courier staff\n' + head;
  const a = engine.analyzeText('b.txt', text);
  assert.strictEqual(a.title, 'Floodwaters reach the old mill in Tarnow');
});

test('score lines: a score is one to three ASCII digits, read without a regular expression per word', () => {
  // The scan for unnamed sides asks every word whether it is a score; it reads character codes now. What counts as a
  // score must stay /^\d{1,3}$/: four digits are no score, nor are digits of other scripts.
  const text = 'Results on Saturday:\nMarlowe Vale 3 Dunstead 1\nCorrin Bay 2 Ashgrove 2\nTellham 245 for six\n'
    + 'Prestwick Moor 1204 Ferrington 3\nOldcastle Rovers \u0663 Brimley \u0661\n';
  const kinds = engine.analyzeText('s.txt', text).entities.map(x => [x.text, x.kind]);
  assert.deepStrictEqual(kinds, [['Marlowe Vale', 'organization'], ['Dunstead', 'organization'], ['Corrin Bay', 'organization'],
    ['Ashgrove', 'organization'], ['Tellham', 'organization'], ['Prestwick', 'place'], ['Ferrington', 'organization']]);
});

test('figures beside months and labels are still no quantities (one record reused per figure)', () => {
  // The exclusion tests read one reused record of the figure's neighbours; a figure after another must not see the
  // neighbours of the one before.
  const q = engine.analyzeText('e.txt', 'On March 9 the council spent $40 million, Article 7 said, and 12 riders finished on May 2. '
    + 'Page 4 listed 250 homes.\n').quantities.map(x => x.text);
  assert.deepStrictEqual(q, ['$40 million', '12 riders', '250 homes']);
});
