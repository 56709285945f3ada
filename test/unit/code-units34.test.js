// Strings made from code units (text/codeUnits.ts) keep every unit: a leading byte-order mark and lone surrogates.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

test('blanked Markdown keeps a leading U+FEFF and lone surrogates as they are', () => {
  assert.strictEqual(engine.blankMarkup('\ufeff**Aster** said'), '\ufeff  Aster   said');
  assert.strictEqual(engine.blankMarkup('**x**\ud800 and \udc00'), '  x  \ud800 and \udc00');
  assert.strictEqual(engine.blankMarkup('*a* \ud83d\ude00'), ' a  \ud83d\ude00');
  const long = `${'\u00e9t\u00e9 \u4e2d '.repeat(5000)}**end**`;
  assert.strictEqual(engine.blankMarkup(long), `${'\u00e9t\u00e9 \u4e2d '.repeat(5000)}  end  `);
});
