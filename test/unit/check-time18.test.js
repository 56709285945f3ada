// Reference time, round 18 (issue 10): classes of gold pairs kept apart, or false alarms made, by the time a claim
// speaks of. Invented sentences of the shapes found by `eval-check.mjs --why-items` and `--fa-why-items`; each test
// fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('a toll stated as of its report, above a count its own words date to an earlier day, is a toll that grew', () => {
  // Tuesday's count, then Thursday's running toll: the as-of figure may reach back over the days before it, but a toll
  // does not fall, so the higher one is the later count.
  const day = ['a.txt', report('2031-05-07', 'A landslide in the Norvanian town of Kelby killed 12 people on Tuesday, police said.')];
  const later = ['b.txt', report('2031-05-08', 'The death toll from the landslide in Kelby has risen to 40, officials said.')];
  assert.deepStrictEqual(messages(day, later), []);
  // A statement's day dates the running toll too ("said on Thursday that 40 people have died").
  const said = ['c.txt', report('2031-05-09', 'Officials said on Thursday that 40 people have died in the landslide in Kelby.')];
  assert.deepStrictEqual(messages(day, said), []);
  // A later toll below the day's count is still a rival.
  const lower = ['d.txt', report('2031-05-08', 'The death toll from the landslide in Kelby has risen to 9, officials said.')];
  assert.strictEqual(messages(day, lower).length, 1, messages(day, lower).join('\n'));
});

test('a day only the paragraph lends is no count\'s own day: the later toll above it may still be a rival', () => {
  // "On Tuesday" dates the landslide; "12 people were injured" is whoever's count of it, as of when is not said.
  const lent = ['a.txt', report('2031-05-07', 'A landslide hit the Norvanian town of Kelby on Tuesday. '
    + 'Rescuers said 12 people were injured in the landslide in Kelby.')];
  const later = ['b.txt', report('2031-05-08', 'So far 40 people have been injured in the landslide in Kelby, officials said.')];
  assert.strictEqual(messages(lent, later).length, 1, messages(lent, later).join('\n'));
});

test('a toll dated by its event\'s day and said days later, above an as-of toll of a day in between, is the toll grown since', () => {
  // The earlier report's toll as of Wednesday reaches back over Monday's storm, but it was the count then.
  const early = ['a.txt', report('2031-10-08', 'The official toll in Norvania now stands at 310 dead, state radio said.')];
  const late = ['b.txt', report('2031-10-20', 'The government said 4,200 people were killed in Norvania when the storm struck on Monday, October 6.')];
  assert.deepStrictEqual(messages(early, late), []);
  // A part of the dead (a group the other does not name) above the whole's toll stays a rival.
  const part = ['d.txt', report('2031-10-20', 'The government said 4,200 children were killed in Norvania when the storm struck on Monday, October 6.')];
  assert.strictEqual(messages(early, part).length, 1, messages(early, part).join('\n'));
});

test('a figure a statement gives that the report sets before its present ("had earlier told") is an earlier stage, no rival', () => {
  const now = ['a.txt', report('2031-06-03', 'Rescue officials in Norvania said 410 people were killed in the blast at the Kelby depot.')];
  // The adverb stands far from the figure, past the statement's audience: the statement, not the figure's own words,
  // is set in the past.
  const earlier = ['b.txt', report('2031-06-03', 'A spokesman for the rescue service had earlier told reporters at a briefing in the '
    + 'capital that 260 people had been killed in the blast at the Kelby depot.')];
  assert.deepStrictEqual(messages(now, earlier), []);
  // "had previously stated", far from the figure too.
  const stated = ['c.txt', report('2031-06-03', 'The regional rescue service had previously stated at a briefing in the capital that 260 '
    + 'people were killed in the blast at the Kelby depot.')];
  assert.deepStrictEqual(messages(now, stated), []);
  // The same voice telling it now still pairs.
  const told = ['d.txt', report('2031-06-03', 'A spokesman for the rescue service told reporters at a briefing in the capital that 260 '
    + 'people had been killed in the blast at the Kelby depot.')];
  assert.strictEqual(messages(now, told).length, 1, messages(now, told).join('\n'));
});
