// Issue 11, round 8: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(s => s.split('|')[1]);
const day = s => `The day began.\n\n${s}`;

test('a bare clause after "said" may open with an adverb', () => {
  assert.deepStrictEqual(brief(day('The treasurer said nearly all of the loans were repaid.')),
    ['The treasurer|said|nearly all of the loans were repaid']);
  assert.deepStrictEqual(brief(day('Judge Ana Ortiz said just because a rule is old does not make it wrong.')),
    ['Ana Ortiz|said|just because a rule is old does not make it wrong']);
  // An adverb with no clause after it reports nothing new.
  assert.deepStrictEqual(cues(day('The coach said so.')), []);
});

test('a look-back clause "As X reported, ..." reports the main clause', () => {
  assert.deepStrictEqual(brief(day('As the Harbor Gazette reported, even the mayor was surprised by the vote.')),
    ['Harbor Gazette|reported|even the mayor was surprised by the vote']);
  assert.deepStrictEqual(brief(day('And, as the paper revealed, the fund lost money for years.')),
    ['the paper|revealed|the fund lost money for years']);
  assert.deepStrictEqual(brief(day('The bridge will close in May, as Senator Hale noted on Monday.')),
    ['Hale|noted|The bridge will close in May']);
  // A first person and a comparison are no look-back reports.
  assert.deepStrictEqual(cues(day('As I said, we are ready to vote.')), []);
  assert.deepStrictEqual(cues(day('The repairs cost twice as many dollars as the plan allowed.')), []);
});

test('"made" with a speech-act noun is a cue: "made it clear", "made a plea for", "made no secret of"', () => {
  assert.deepStrictEqual(brief(day('The senator made it clear that she would not run again.')),
    ['The senator|made it clear|she would not run again']);
  assert.deepStrictEqual(brief(day('Ruiz made an urgent plea for calm after the vote.')),
    ['Ruiz|made an urgent plea for|calm after the vote']);
  assert.deepStrictEqual(brief(day('The mayor has made no secret of her plans for the harbor.')),
    ['The mayor|made no secret of|her plans for the harbor']);
  // A telephone call and a thing made are no speech acts.
  assert.deepStrictEqual(cues(day('Ruiz made a call to her brother.')), []);
  assert.deepStrictEqual(cues(day('Ruiz made a cake for her brother.')), []);
});

test('"went on to" and "continued to" before a cue verb: the verb is the cue', () => {
  assert.deepStrictEqual(brief(day('Lee went on to say the budget was a disaster.')),
    ['Lee|went on to say|the budget was a disaster']);
  assert.deepStrictEqual(brief(day('Ortiz continued to criticize the council for its delays.')),
    ['Ortiz|continued to criticize|the council for its delays']);
  // A deed after "went on to", and the future "going to", are no reports.
  assert.deepStrictEqual(cues(day('The team went on to win the cup.')), []);
  assert.deepStrictEqual(cues(day('Ortiz is going to say more tomorrow about the plan.')), []);
});

test('a passive of a stance with its agent: the agent is the source, the subject what it judged', () => {
  assert.deepStrictEqual(brief(day('The new levy was sharply criticized by the farmers union.')),
    ['the farmers union|criticized by|The new levy']);
  assert.deepStrictEqual(brief(day('The merger was first reported by the Harbor Gazette.')),
    ['Harbor Gazette|reported by|The merger']);
  // An attack by gunmen is a deed.
  assert.deepStrictEqual(cues(day('The convoy was attacked by gunmen near the border.')), []);
});

test('a bare "say" after a plural subject reports, "to say" and "would say" do not', () => {
  assert.deepStrictEqual(cues(day('Those surveyed say the harbor should stay open all winter.')), ['say']);
  assert.deepStrictEqual(cues(day('Highway safety experts say the new lanes will cut delays.')), ['say']);
  assert.deepStrictEqual(cues(day('It is too early to say whether the harbor will stay open.')), []);
});

test('"expressed" is a stance of its own, but beside a saying of the same speaker it is that saying\'s manner', () => {
  assert.deepStrictEqual(brief(day('The union expressed concern about the new shift rules.')),
    ['The union|expressed|concern about the new shift rules']);
  assert.deepStrictEqual(cues(day('Mayor Ruiz stated that the bridge would reopen in May and expressed her hope for an early start.')),
    ['stated']);
});

test('a participle of a saying keeps its object after a comma: ", recalling a visit"', () => {
  assert.deepStrictEqual(brief(day('“It was a hard winter,” Ortiz said, recalling a visit to the flooded mill.')), [
    'Ortiz|said|It was a hard winter',
    'Ortiz|recalling|a visit to the flooded mill',
  ]);
  // "adding" still takes no bare object.
  assert.deepStrictEqual(cues(day('The team won the final, adding three goals late.')), []);
});

test('cue words measured on train: "indicated", "hailed", "balked at", "alluded to", "called out", "pleaded for"', () => {
  assert.deepStrictEqual(cues(day('The senator indicated that she would vote against the bill.')), ['indicated']);
  assert.deepStrictEqual(cues(day('The governor hailed the deal as a victory for farmers.')), ['hailed']);
  assert.deepStrictEqual(cues(day('The board balked at the cost of the new stadium.')), ['balked at']);
  assert.deepStrictEqual(cues(day('Lee alluded to the scandal in her speech.')), ['alluded to']);
  assert.deepStrictEqual(cues(day('Ortiz called out his rival for skipping the debate.')), ['called out']);
  assert.deepStrictEqual(cues(day('The pastor pleaded for calm after the verdict.')), ['pleaded for']);
  // A plea in court is a deed.
  assert.deepStrictEqual(cues(day('The clerk pleaded guilty to fraud.')), []);
});

test('a colon after the adverbial of a speech cue opens its content: "said on the radio: “...”"', () => {
  assert.deepStrictEqual(brief(day('On Friday, Mayor Ruiz said on the radio: “The bridge will open in May.”')),
    ['Ruiz|said|The bridge will open in May.']);
});

test('after a quotation, the phrase after "said" is its speaker even when it names no kind of source', () => {
  assert.deepStrictEqual(brief(day('“We will not move,” said the 72-year-old. “This is our home.”')),
    ['the 72-year-old|said|We will not move']);
});

test('"overall" may stand between a polled group and its cue', () => {
  assert.deepStrictEqual(cues(day('Rural voters overall said they trust the mayor.')), ['said']);
});

test('"when asked" inside a sentence reports the question with no named asker', () => {
  const a = engine.analyzeText('x.txt', day('“We will see,” Ortiz said when asked whether she would run again.'));
  assert.deepStrictEqual(a.unsourced.map(x => x.cue.text), ['asked']);
  // A request ("when asked to leave") is left alone.
  const b = engine.analyzeText('x.txt', day('Ortiz smiled when asked to leave the stage.'));
  assert.deepStrictEqual((b.unsourced ?? []).map(x => x.cue.text), []);
});

test('"ordered" is a directive, but not a purchase of a number of things or a hyphenated adjective', () => {
  assert.deepStrictEqual(brief(day('A county judge ordered the city to release the video.')),
    ['A county judge|ordered|the city to release the video']);
  assert.deepStrictEqual(cues(day('The airline ordered 40 jets from the plant.')), []);
  assert.deepStrictEqual(cues(day('The court-ordered review ended in May.')), []);
});

test('bare present forms of belief and wish report after a plural subject ("most economists expect")', () => {
  assert.deepStrictEqual(cues(day('Union members and leaders believe, above all, that the plant must stay open.')), ['believe']);
});

test('a progressive is no passive: "is calling for" has its subject before "is"', () => {
  assert.deepStrictEqual(brief(day('Senator Hale is calling for a new inquiry into the contracts.')),
    ['Hale|calling for|a new inquiry into the contracts']);
});
