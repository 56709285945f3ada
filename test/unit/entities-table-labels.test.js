// Issue 11, round 16: an unrecognized capitalized word that recurs only beside figures labels a table's row or names a
// unit ("45 Yellow 12,700", "4.0 Celsius"); it is not an organization. Invented tables of the same shapes.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const names = text => engine.analyzeText('x.txt', text).entities.map(e => `${e.text}|${e.kind}`);

test('a word that recurs only beside figures is a row label or a unit, not an organization', () => {
  const table = 'Arrivals were light on Monday. In the north 45 tonnes of Ambrel 12,700 were sold, in the south 10 Ambrel 12,600.';
  assert.deepStrictEqual(names(table).filter(n => n.startsWith('Ambrel')), []);
  const weather = 'The low was 4.0 Kelvar at dawn. Frost forms at 0 Kelvar on open ground.';
  assert.deepStrictEqual(names(weather).filter(n => n.startsWith('Kelvar')), []);
});

test('a recurring unknown name with a mention away from figures is still a name', () => {
  const text = 'Dravex posted a profit of 12 million. Shares in Dravex rose 4 percent on Friday.';
  assert.ok(names(text).some(n => n.startsWith('Dravex|')));
});

test('a press digest\'s upper-case name line before a "- story" line is an outlet; a known country stays a country', () => {
  const digest = 'The agency has not checked these stories.\n\nVELMORA DAILY\n\n- The cabinet approves a new budget.\n\n'
    + 'AL-KARIMA\n\n- Talks on the border resume.\n\nIRAQ\n\n- Oil exports rise.\n';
  const found = names(digest);
  assert.ok(found.includes('VELMORA DAILY|outlet'), found.join(', '));
  assert.ok(found.includes('AL-KARIMA|outlet'), found.join(', '));
  assert.ok(found.includes('IRAQ|country'), found.join(', '));
});

test('a news agency desk in a sign-off is an organization ("-- New York Energy Desk", "-- Tokyo Commodities Desk")', () => {
  assert.ok(names('Futures closed higher. -- Velmora Metals Desk +1 212 555 0100').includes('Velmora Metals Desk|organization'));
  assert.ok(names('Bond prices eased. -- Ostrava Newsdesk 420 2 555 0199').includes('Ostrava Newsdesk|organization'));
});
