// Round 40 (time40): a day named in a clause of another event after the figure (a relative clause of another noun,
// "who entered the town on Tuesday", "protests that began on Monday") tells of that event, not of the figure: the
// figure keeps the day of its statement. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, findings } = require('./claimReports');

const timeOf = (body, value, published = '2025-03-08') => {
  const t = claimOf(body, value, published)?.time;
  return t && `${t.from}..${t.to}`;
};

test('a relative clause of another noun after the figure does not date it', () => {
  const body = 'The mission said on Saturday that some 210 people died in Varnel, most of them at the hands of '
    + 'militiamen loyal to the governor, who entered the town on Tuesday.';
  assert.strictEqual(timeOf(body, 210), '2025-03-08..2025-03-08');
});

test('the figure\'s own relative clause, or its own verb\'s day, still dates it', () => {
  assert.strictEqual(timeOf('Rescuers recovered the bodies of 19 miners who died on Tuesday, the company said on Friday.', 19),
    '2025-03-04..2025-03-04');
  assert.strictEqual(timeOf('The fire that broke out on Tuesday killed 23 people, the police said on Friday.', 23),
    '2025-03-04..2025-03-04');
});

test('two tolls told the same day, one with another clause\'s day after it, are a finding', () => {
  const a = doc('a.txt', 'The mission said on Saturday that some 210 people died in Varnel, most of them at the hands of '
    + 'militiamen loyal to the governor, who entered the town on Tuesday.', '2025-03-08');
  const b = doc('b.txt', 'On Saturday, the mission said in first estimates that 120 people were killed in Varnel.', '2025-03-09');
  assert.strictEqual(findings(a, b).length, 1);
});
