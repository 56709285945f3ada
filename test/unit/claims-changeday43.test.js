// Round 43 (partwhole43, issue 10): the day of a stated change. "raised the toll to 40 from 25 on Monday" and "rose to 40
// on Monday, up from 25": the day is the new value's, the old value is the replaced one (held before that day), and the
// day is not the named event's. A period after the old value ("from 5.1 percent in May") still dates the old value.
// INVENTED sentences; the first two tests failed on the build before the rule (the last two are guards).
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const claims = body => claimsOf(report('2025-03-06', body));
const byText = (body, text) => claims(body).find(c => c.quantity.text === text);

test('"raised the toll to X from Y on Monday": Monday dates X, Y is replaced', () => {
  for (const body of ['Rescuers raised the death toll of the mudslide in Orvel to 40 from 25 on Monday.',
    'Rescuers raised the mudslide\'s death toll to 40 from 25 on Monday.',
    'Rescuers raised the death toll of the mudslide to 40 people from about 25 on Monday.']) {
    const x = byText(body, '40') ?? byText(body, '40 people');
    assert.deepStrictEqual([x.time.from, x.detail.timeBasis], ['2025-03-03', 'explicit'], body);
    const y = claims(body).find(c => c.value === 25);
    assert.strictEqual(y.detail.superseded, true, body);
    assert.strictEqual(y.modality, 'asserted', body);
  }
});

test('the day of a stated change is no day of the event named in the clause', () => {
  for (const body of ['Rescuers raised the death toll of the mudslide to 40 on Monday.',
    'Rescuers raised the death toll of the mudslide to 40 from 25 on Monday.']) {
    assert.deepStrictEqual(claims(body).filter(c => c.measure.unit === 'event-day').map(c => c.quantity.text), [], body);
  }
});

test('"rose to X on Monday, up from Y": Y is replaced, X holds on Monday', () => {
  const body = 'The death toll of the mudslide rose to 40 on Monday, up from 25.';
  assert.strictEqual(byText(body, '40').time.from, '2025-03-03');
  assert.strictEqual(byText(body, '25').detail.superseded, true);
});

test('a period after the old value still dates the old value; a date of the event stays the event\'s', () => {
  const rate = 'The jobless rate in Orvel rose to 5.3 percent from 5.1 percent in May.';
  const old = claims(rate).find(c => c.value === 5.1);
  assert.deepStrictEqual([old.time.from, old.time.to], ['2024-05-01', '2024-05-31']);
  assert.ok(!old.detail.superseded);
  const day = claims('The death toll from the mudslide on Monday rose to 40.').filter(c => c.measure.unit === 'event-day');
  assert.strictEqual(day.length, 1);
});
