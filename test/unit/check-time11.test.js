// When a figure holds (claims/time.ts, claims/election.ts, check/compare.ts timeFit): invented sentences of the shapes the
// diagnosis (`eval-check.mjs --why`, "time: different") found. Each finding test fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('a date after publication is no vote day: the results stay dated by their report, and meet another report\'s', () => {
  const text = report('2031-05-12', 'Preliminary figures show Tomas Reval received 71.4% of the votes in the presidential election. '
    + 'The commission plans to declare the official results of the election on May 16.');
  const [share] = claimsOf(text).filter(c => c.measure.event === 'vote_share');
  assert.ok(share, 'a vote share');
  assert.strictEqual(share.time.from, '2031-05-12');
  assert.strictEqual(share.detail.vote, 'undated');
  const other = ['b.txt', report('2031-05-11', 'An exit poll gave Tomas Reval 64.2 percent of the vote in the presidential election.')];
  const found = messages(['a.txt', text], other);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: 71\.4% here vs 64\.2/);
});

test('a vote day before publication still dates the results', () => {
  const text = report('2031-05-12', 'Tomas Reval received 71.4% of the votes in the election on May 10, the commission said.');
  const [share] = claimsOf(text).filter(c => c.measure.event === 'vote_share');
  assert.strictEqual(share.time.from, '2031-05-10');
  assert.strictEqual(share.detail.vote, 'day');
});

test('a crowd count stated the day after its march, dated by that day, may be of the march: a possible finding', () => {
  const march = ['a.txt', report('2031-03-10', 'Police said 45,000 people marched through Velmora on Sunday against the new port.')];
  const dispute = ['b.txt', report('2031-03-12', 'The row over the size of the march went on Monday. '
    + 'Organizers insisted that the rally drew more than 200,000 people to the square.')];
  const found = messages(march, dispute);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: /);
  assert.match(found[0], /when one of them holds is unclear/);
});

test('crowds of two days named in their own words, or a count at an hour, stay apart', () => {
  const sat = ['a.txt', report('2031-03-10', 'Police said 45,000 people marched through Velmora on Saturday against the new port.')];
  const sun = ['b.txt', report('2031-03-11', 'On Sunday, 200,000 people marched through Velmora against the new port, organizers said.')];
  assert.deepStrictEqual(messages(sat, sun), []);
  const noon = ['c.txt', report('2031-03-09', 'The march went on Sunday. The interior ministry said at midday that about 12,000 '
    + 'demonstrators had been counted in Velmora.')];
  const evening = ['d.txt', report('2031-03-10', 'Police said 45,000 demonstrators marched through Velmora against the new port.')];
  assert.deepStrictEqual(messages(noon, evening), []);
});

test('a crowd figure stated days after its gathering is dated by the gathering the report names', () => {
  const police = ['a.txt', report('2031-05-04', 'Police estimated Saturday\'s crowd in Velmora at 30,000.')];
  const text = report('2031-05-13', 'Researchers who re-examined aerial photos of the May 3 rally in Velmora revised their count on '
    + 'Friday. The team said that about 95,000 people attended the rally in Velmora.');
  const [crowd] = claimsOf(text, 'b.txt').filter(c => c.measure.event === 'crowd');
  assert.strictEqual(crowd.time.from, '2031-05-03');
  assert.strictEqual(crowd.detail.timeBasis, 'context');
  const found = messages(police, ['b.txt', text]);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: 30,000 people here vs about 95,000/);
});

test('a crowd with a date of its own, or a gathering named after publication, keeps its own time', () => {
  const own = report('2031-05-13', 'Researchers re-examined aerial photos of the May 3 rally in Velmora. '
    + 'On May 10, about 95,000 people marched again in Velmora.');
  const [again] = claimsOf(own).filter(c => c.measure.event === 'crowd');
  assert.strictEqual(again.time.from, '2031-05-10');
  const planned = report('2031-05-13', 'Organizers expect a bigger turnout at the May 20 rally. '
    + 'About 95,000 people marched in Velmora, the organizers said.');
  const [marched] = claimsOf(planned).filter(c => c.measure.event === 'crowd');
  assert.notStrictEqual(marched.time.from, '2031-05-20');
});

test('a present state in a relative clause holds as of the report, not of the main clause\'s dated event', () => {
  const text = report('2031-02-12', 'Dravik Foods, which employs 9,000 people in Velmora, said talks over the weekend had failed.');
  const [staff] = claimsOf(text).filter(c => c.low === 9000);
  assert.ok(staff, 'the workforce figure');
  assert.strictEqual(staff.time.from, '2031-02-12');
  assert.strictEqual(staff.detail.timeBasis, 'published');
  const other = ['b.txt', report('2031-03-01', 'Dravik Foods, which employed around 6,000 people in Velmora, collapsed on February 12.')];
  const found = messages(['a.txt', text], other);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /9,000 people here vs around 6,000/);
});

test('a past or dated relative clause keeps its time', () => {
  const past = report('2031-02-12', 'Dravik Foods, which employed 9,000 people in Velmora, collapsed on February 9.');
  assert.strictEqual(claimsOf(past).find(c => c.low === 9000).time.from, '2031-02-09');
  const dated = report('2031-02-12', 'Dravik Foods, which has 9,000 staff in Velmora as of January, said talks over the weekend had failed.');
  assert.strictEqual(claimsOf(dated).find(c => c.low === 9000).time.from, '2031-01-01');
});

test('a modal of the main clause does not govern a figure in a later clause of its own with a past verb', () => {
  const text = report('2031-03-10', 'Officials knew the number would be disputed even before police estimated the crowd in Velmora at 45,000.');
  const [crowd] = claimsOf(text).filter(c => c.low === 45000);
  assert.strictEqual(crowd.modality, 'asserted');
  const ahead = report('2031-03-10', 'Police said the crowd in Velmora would reach 45,000 before the speeches began.');
  assert.strictEqual(claimsOf(ahead).find(c => c.low === 45000).modality, 'forecast');
});

test('a known stated figure named as the object of a plan is asserted; a figure to come stays a forecast', () => {
  const named = report('2031-03-10', 'The chief organizer plans to challenge the police\'s official crowd estimate of 45,000 for the Velmora march.');
  assert.strictEqual(claimsOf(named).find(c => c.low === 45000).modality, 'asserted');
  const coming = report('2031-03-10', 'The organizers expect the Velmora march to draw 45,000 people.');
  assert.strictEqual(claimsOf(coming).find(c => c.low === 45000).modality, 'forecast');
});
