// Shared by the attribution cue tests: one line per attribution, so a test can list what a sentence should give.
const engine = require('../../dist/engine.js');

/** "source|cue|content" of every attribution that names its source. */
function brief(text) {
  const a = engine.analyzeText('x.txt', text);
  return a.attributions.map(x => `${x.source.text}|${x.cue.text}|${text.slice(x.content.start, x.content.end)}`);
}

/** "cue|content" of every attribution whose source the text does not name. */
function unsourced(text) {
  const a = engine.analyzeText('x.txt', text);
  return (a.unsourced ?? []).map(x => `${x.cue.text}|${text.slice(x.content.start, x.content.end)}`);
}

module.exports = { brief, unsourced };
