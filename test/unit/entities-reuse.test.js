// The recognizer keeps per-word caches and reuses its working arrays from report to report: a report's entities must
// not depend on which reports were read before it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});

const RECURRING = `Kestrelwood said on Monday it would cut output. Analysts expect Kestrelwood to report a loss.
Kestrelwood shares fell 4% in Oslo trading.`;
const LOWER = `The kestrelwood trees were cut. Nobody said why the kestrelwood grove was cleared; kestrelwood is rare.`;

test('a word written in lower case in one report does not change the next report', () => {
  const alone = ents(RECURRING);
  assert.ok(alone.some(e => e.text === 'Kestrelwood'), 'the recurring name is found');
  ents(LOWER);
  assert.deepStrictEqual(ents(RECURRING), alone);
});

test('a longer report between two reads of a short one leaves the short one unchanged', () => {
  const short = 'Reuters reported that the Ministry of Defence of Estonia said Colonel Ants Kiviselg would speak.';
  const first = ents(short);
  const long = Array.from({ length: 400 }, (_, k) => `Officials in Kharkiv said ${k} drones were shot down, dpa reported.`).join('\n');
  const longEnts = ents(long);
  assert.ok(longEnts.some(e => e.text === 'dpa' && e.kind === 'outlet'), 'a lower-case outlet name is still looked up');
  assert.deepStrictEqual(ents(short), first);
});
