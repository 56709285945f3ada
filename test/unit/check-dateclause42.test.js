// Round 42 (dateclause42): a date lends its time to a figure, and to later sentences' undated figures, only as a time
// of its sentence's main clause. A past date that modifies a noun ("the 1987 charter") or a day inside a relative
// clause ("the blast that hit the depot on Monday") frames no later sentence; a relative clause's day before a toll
// that runs on ("... has killed N") is the event's, and the toll holds as of its report. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const timeOf = (body, value, published = '2025-03-08') => {
  const t = claimOf(body, value, published)?.time;
  return t && `${t.from}..${t.to}`;
};

test('a past year that modifies a noun frames no later sentence', () => {
  assert.strictEqual(timeOf('Marchers denounced the 1987 charter in the capital.\n\nOrganisers said 23,000 people took part.', 23000),
    '2025-03-08..2025-03-08');
});

test('a day inside a relative clause frames no later sentence', () => {
  assert.strictEqual(timeOf('Crews searched the depot that burned on Monday.\n\nThe company said 310 workers were evacuated.', 310),
    '2025-03-08..2025-03-08');
});

test('a relative clause day before a toll that runs on does not date the toll', () => {
  assert.strictEqual(timeOf('The blast that hit the depot on Monday has killed 27 people, officials said.', 27),
    '2025-03-08..2025-03-08');
});

test('a main clause day still dates its figure and later sentences', () => {
  assert.strictEqual(timeOf('The fire that broke out at the depot on Monday killed 27 people.', 27), '2025-03-03..2025-03-03');
  assert.strictEqual(timeOf('Crews searched the depot on Monday.\n\nThe company said 310 workers were evacuated.', 310),
    '2025-03-03..2025-03-03');
  assert.strictEqual(timeOf('The 2025 budget sets aside 40 million dollars for roads.', 40000000), '2025-01-01..2025-12-31');
});
