// Issue 11, round 24: attribution classes from the PolNeAR training split (measured on train, confirmed on dev).
// Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
// CROSSCHECK_DIST points the file at another build (to see it fail on the build before round 24).
const engine = require(path.resolve(process.env.CROSSCHECK_DIST ?? path.join(__dirname, '../../dist'), 'engine.js'));

/** "source text|source name|cue" of every attribution, the unsourced ones included (their source is empty). */
function who(text) {
  const a = engine.analyzeText('x.txt', `The day began.\n\n${text}`);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => `${x.source.text}|${x.source.name}|${x.cue.text}`);
}

test('a last-resort cue no frame read keeps the short subject written before it', () => {
  // "declared X to be ...", "appeared ... imply": the frames fail on what follows the cue, not on its subject.
  assert.deepStrictEqual(who('Councillor Dana Whitby spoke for an hour. She has declared Mr. Orr to be “the best choice.”'),
    ['She|Dana Whitby|declared']);
  assert.deepStrictEqual(who('Mayor Tom Reyes toured the site. Over lunch, he recalled what it was like to lose.'),
    ['he|Tom Reyes|recalled']);
  // A relative pronoun subject is written as the pronoun, named by its antecedent.
  assert.deepStrictEqual(who('The union backed Ellen Park, who previously denounced the merger as reckless.'),
    ['The union|union|backed', 'who|Ellen Park|denounced']);
});

test('a bare present cue after a plural subject or "they" reports ("insist", "concede", "predict")', () => {
  assert.deepStrictEqual(who('Harbor pilots insist the channel is too shallow.'), ['Harbor pilots|Harbor pilots|insist']);
  assert.deepStrictEqual(who('Most forecasters predict three more cold weeks.'), ['Most forecasters|Most forecasters|predict']);
  assert.deepStrictEqual(who('Tenants complain the heating fails every winter.'), ['Tenants|Tenants|complain']);
  // A noun or an imperative is no cue: "the insist" does not occur, but "a note" and "Note the date" do.
  assert.deepStrictEqual(who('She left a note the clerk found later.'), []);
  assert.deepStrictEqual(who('Note the date on the form.'), []);
});

test('a label in capitals before a colon ("UPDATE:", "BYLINE:", "BUSTED:") is no speaker, a name in capitals is', () => {
  const all = text => { const a = engine.analyzeText('x.txt', text); return [...a.attributions, ...(a.unsourced ?? [])].map(x => x.cue.text); };
  assert.deepStrictEqual(all('UPDATE: The council voted to delay the plan until next year.\n\nBody text follows here.'), []);
  assert.deepStrictEqual(all('BYLINE: Ruth Okafor.\n\nBody text follows here.'), []);
  assert.deepStrictEqual(all('BUSTED: Mayor Knew About The Flooding All Along.\n\nBody text follows here.'), []);
  // A transcript turn keeps its speaker.
  assert.deepStrictEqual(all('OKAFOR: Well, we are going to win this district.'), [':']);
});

test('a topic after a last-resort cue ("warned of", "argued for") keeps it unnamed, as the golden set reads it', () => {
  assert.deepStrictEqual(who('The weather office has warned of more snow through Sunday.'), ['|an unnamed source|warned']);
  // A plain saying "of" someone names its subject: "said of the senator" reports.
  assert.deepStrictEqual(who('Mayor Rosa Diaz met the team. “He is one of us,” she said of the coach.'), ['she|Rosa Diaz|said']);
});

test('"he’s said", "who’s argued": a contracted "’s" after a person pronoun before a past form is "has"', () => {
  assert.deepStrictEqual(who('Senator Anna Lund is running again. While she’s said she will serve one term, her aides disagree.'),
    ['she|Anna Lund|said']);
  assert.deepStrictEqual(who('The clerk, who’s argued for years that the rule is unfair, resigned.'), ['who|clerk|argued']);
  // A passive stays a passive: "he’s said to be angry" names no one who said it.
  assert.deepStrictEqual(who('Mr. Lund is away. He’s said to be angry about the vote.').filter(x => x.startsWith('He|')), []);
});

test('"was said to", "is reported to": a hearsay passive before an infinitive reports, its holder unnamed', () => {
  assert.deepStrictEqual(who('The harbor master was said to be furious with the board.'), ['|an unnamed source|was said']);
  assert.deepStrictEqual(who('The bakery is reported to have lost its lease.'), ['|an unnamed source|is reported']);
  // "believed to", "thought to" stay out (the writer's own hedge as often as hearsay).
  assert.deepStrictEqual(who('The bakery is thought to have closed.'), []);
});

test('"would not say whether ...": an indirect yes-no question after a saying is its content', () => {
  assert.deepStrictEqual(who('Commissioner Ada Pike would not say whether the depot will close.'), ['Ada Pike|Ada Pike|say']);
});
