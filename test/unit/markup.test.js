// Markdown syntax is blanked before tokenizing: offsets stay exact and link text reads as prose.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

test('blankMarkup keeps the length and blanks links, emphasis, headings and quote markers only', () => {
  const md = '# Floods in **Valencia**\n> "We are facing it," he said.\nAccording to [regional authorities](https://example.org/a?b=c), 217 died. [not a link] (x)';
  const out = engine.blankMarkup(md);
  assert.strictEqual(out.length, md.length);
  assert.ok(out.startsWith('  Floods in   Valencia  \n  "We are facing it,"'));
  assert.ok(out.includes('According to  regional authorities                            , 217 died.'));
  assert.ok(out.endsWith('[not a link] (x)'), 'brackets not followed by "(" stay');
  assert.strictEqual(engine.blankMarkup('plain text, nothing to do'), 'plain text, nothing to do');
});

test('a source behind a Markdown link is still the source, with offsets into the original text', () => {
  const text = 'Published 2024-11-03\n\n- At least **217 people** have died, according to [regional authorities](https://example.org/x).\n';
  const a = engine.analyzeText('r.md', text).attributions[0];
  assert.strictEqual(a?.source.text, 'regional authorities');
  assert.strictEqual(text.slice(a.source.start, a.source.end), 'regional authorities');
});

test('a Markdown heading makes a clean title', () => {
  assert.strictEqual(engine.analyzeText('r.md', '# Flooding in **Valencia**: what we know\n\nText.\n').title, 'Flooding in Valencia: what we know');
});
