// Issue 11, round 5: attribution cue classes from the PolNeAR training split, one test per class, with invented
// sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief, unsourced } = require('./attributionBrief');

const cues = text => brief(text).map(s => s.split('|')[1]);

test('an agentless "is expected to" is a cue with an unnamed source, kept apart from the named attributions', () => {
  const text = 'The city council is expected to approve the new budget on Friday.';
  assert.deepStrictEqual(unsourced(text), ['is expected|to approve the new budget on Friday']);
  assert.deepStrictEqual(brief(text), []);
  const a = engine.analyzeText('x.txt', text).unsourced[0];
  assert.strictEqual(a.source.id, 'source:unnamed');
  assert.strictEqual(a.source.start, a.source.end);
  // "by X" names the agent: no unnamed source.
  assert.deepStrictEqual(unsourced('The council is expected by most analysts to approve the budget.'), []);
  // Plain expectation with a subject stays a named cue.
  assert.deepStrictEqual(cues('Most analysts expect the council to approve the budget.'), ['expect']);
});

test('"was asked about ..." and a sentence opened by "Asked whether ...," report the question with no named asker', () => {
  assert.deepStrictEqual(unsourced('The mayor was asked about the bridge closure during the hearing.'),
    ['was asked|about the bridge closure during the hearing']);
  const text = 'Asked whether she would run again, Ms. Dale said she had not decided.';
  assert.deepStrictEqual(unsourced(text), ['Asked|whether she would run again']);
  assert.deepStrictEqual(cues(text), ['said']);
  assert.deepStrictEqual(unsourced('When asked about the tax plan, the governor smiled.'), ['asked|about the tax plan']);
  // "Asked" inside a sentence or as a name in a title is not an opening question.
  assert.deepStrictEqual(unsourced('Those Asked To Leave Were Angry.'), []);
});

test('a verb of appearance before "to" + a verb is an unsourced impression; "seems to be" is a description', () => {
  assert.deepStrictEqual(unsourced('The governor seemed to soften his stance on the pipeline.'),
    ['seemed|soften his stance on the pipeline']);
  assert.deepStrictEqual(unsourced('The river appears to be rising.'), []);
  assert.deepStrictEqual(unsourced('The senator appeared on three talk shows.'), []);
});

test('unnamed sources stay out of claims: a figure under "is expected to" has no holder', () => {
  const a = engine.analyzeText('x.txt', 'The ministry said 40 schools were closed. The board is expected to reopen 12 schools next week.');
  assert.deepStrictEqual((a.unsourced ?? []).map(x => x.cue.text), ['is expected']);
  assert.ok(a.claims.length >= 2);
  for (const c of a.claims) assert.ok(!c.source || c.source.id !== 'source:unnamed');
  assert.ok(a.attributions.every(x => x.source.id !== 'source:unnamed'));
});

test('stance and speech verbs of round 5: voiced, hinted', () => {
  assert.deepStrictEqual(brief('The union voiced strong support for the strike.'), ['The union|voiced|strong support for the strike']);
  assert.deepStrictEqual(cues('The coach hinted that he might retire after the season.'), ['hinted']);
});

test('phrasal cues of round 5: calling for / on, shot back, made clear, lashed out, pushed back, spoke out', () => {
  assert.deepStrictEqual(cues('The activists marched downtown, calling for a ban on plastic bags.'), ['calling for']);
  assert.deepStrictEqual(cues('“That is simply false,” the senator shot back.'), ['shot back']);
  assert.deepStrictEqual(cues('The chairman made clear that no vote would be held before June.'), ['made clear']);
  assert.deepStrictEqual(brief('The author lashed out at critics of her novel.'), ['The author|lashed out at|critics of her novel']);
  assert.deepStrictEqual(cues('Two ministers spoke out against the merger.'), ['spoke out against']);
  assert.deepStrictEqual(cues('The mayor pushed back on claims that the bridge was unsafe.'), ['pushed back on']);
  // "made" and "shot" alone are deeds.
  assert.deepStrictEqual(cues('The chef made clear soup for the guests.').length <= 1, true);
  assert.deepStrictEqual(cues('The hunter shot a deer.'), []);
});

test('", citing <reason>" after a plain deed: the subject of the deed cites', () => {
  assert.deepStrictEqual(brief('The airline cancelled forty flights, citing a shortage of pilots.'),
    ['The airline|citing|a shortage of pilots']);
});

test('a stance inside a clause relayed by "according to X" keeps X\'s own attribution; a saying is only relayed', () => {
  const text = 'Three council members pledged to back the mayor, according to a city hall aide.';
  assert.deepStrictEqual(cues(text), ['pledged', 'according to']);
  const pledge = engine.analyzeText('x.txt', text).attributions.find(a => a.cue.text === 'pledged');
  assert.deepStrictEqual(pledge.via, ['source:city-hall-aide']);
  assert.deepStrictEqual(cues('The mayor said the bridge would reopen, according to a city hall aide.'), ['said']);
});

test('a denied or described state of mind reports nothing held: "do not want", "what they want"', () => {
  assert.deepStrictEqual(brief('Most residents do not want a new stadium.'), []);
  assert.deepStrictEqual(brief('The shop gives customers what they really want.'), []);
  assert.deepStrictEqual(brief('Most residents want a new stadium.'), ['Most residents|want|a new stadium']);
});

test('a restrictive or contact relative around the cue: the rest of the relative clause is the content', () => {
  assert.deepStrictEqual(brief('Voters remember the flood, an event that the mayor says changed the town.'),
    ['the mayor|says|changed the town']);
  assert.deepStrictEqual(brief('The tenants said the lease was unfair. It is a plan they say doubled the rent.').slice(-1),
    ['they|say|doubled the rent']);
});

test('a subject pronoun with no antecedent still reports, with an unnamed source over the pronoun', () => {
  const text = 'The bridge closed in May. By now, they say, the repairs will take a year.';
  const a = engine.analyzeText('x.txt', text);
  assert.deepStrictEqual(a.attributions, []);
  assert.deepStrictEqual((a.unsourced ?? []).map(x => [x.source.id, x.source.text, x.cue.text]), [['source:unnamed', 'they', 'say']]);
});

test('", telling the crowd, “...”": a quotation after the addressee and a comma is what was told', () => {
  assert.deepStrictEqual(brief('Mayor Reyes thanked the volunteers, telling the crowd, “This city never gives up.”').slice(-1),
    ['Reyes|telling|This city never gives up.']);
});
