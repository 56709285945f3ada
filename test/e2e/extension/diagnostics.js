// Contradictions across reports show up as crosscheck diagnostics that point at the other report.
'use strict';
const assert = require('node:assert');
const { openSeed, waitForDiagnostics } = require('./helpers');

// Seed 003 says "42 armed clashes", seed 004 "44 conflicts": the same count from the same source, disagreeing.
const hasRelated = diags => diags.some(d => (d.relatedInformation || []).length > 0);

module.exports = [
  ['contradiction diagnostics on reports 003 and 004, with related information', async ({ state }) => {
    const doc003 = state.doc003 || await openSeed('003_');
    const doc004 = await openSeed('004_');
    state.doc003 = doc003;
    state.doc004 = doc004;
    const [d003, d004] = await Promise.all([
      waitForDiagnostics(doc003.uri, hasRelated),
      waitForDiagnostics(doc004.uri, hasRelated),
    ]);
    // The 003 side must cover the "42" figure and point into 004.
    const on42 = d003.find(d => doc003.getText(d.range).includes('42'));
    assert.ok(on42, `no diagnostic on "42" in 003; ranges: ${d003.map(d => JSON.stringify(doc003.getText(d.range))).join(', ')}`);
    const related = on42.relatedInformation || [];
    assert.ok(related.some(r => r.location.uri.path.includes('/004_')),
      `the "42" diagnostic does not point at 004: ${related.map(r => r.location.uri.path).join(', ')}`);
    const on44 = d004.find(d => doc004.getText(d.range).includes('44'));
    assert.ok(on44, `no diagnostic on "44" in 004; ranges: ${d004.map(d => JSON.stringify(doc004.getText(d.range))).join(', ')}`);
    return `003: ${d003.length}, 004: ${d004.length}; "${on42.message.slice(0, 120)}"`;
  }],
];
