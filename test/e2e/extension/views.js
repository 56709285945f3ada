// The Claims and Entities trees as the views show them: each grouping, the contradictions-only filter, spellings
// of one entity across reports, and selecting a claim revealing it in its report.
'use strict';
const assert = require('node:assert');
const vscode = require('vscode');
const { api, waitReady, treeRoots, labelOf, fileName, openSeed, positionOf, poll } = require('./helpers');

/** Switches the Claims tree's grouping through its view-title command, as the menu does, and reads the roots. */
async function groupedBy(grouping) {
  const claims = api().claims;
  await vscode.commands.executeCommand(`crosscheck.claims.groupBy.${grouping}`);
  assert.strictEqual(claims.grouping, grouping, `groupBy.${grouping} did not change the grouping`);
  await claims.refresh();
  const roots = await treeRoots(claims);
  assert.ok(roots.nodes.length > 0, `the Claims tree is empty when grouped by ${grouping}`);
  const children = await Promise.all(roots.nodes.map(async g => {
    const kids = claims.getChildren(g) || [];
    return Promise.all(kids.map(async k => ({ node: k, item: await claims.getTreeItem(k) })));
  }));
  return { ...roots, children };
}

const claimOf = child => child.node.claim;
const isContradicted = c => c.contradictions > 0;

/** The topic group that holds the 42 of report 003 and the 44 of report 004, contradicting each other. */
async function clashGroup() {
  const t = await groupedBy('topic');
  const at = t.children.findIndex(kids => {
    const cs = kids.map(claimOf);
    return cs.some(c => /^42\b/.test(c.text) && fileName(c.uri).startsWith('003_') && isContradicted(c))
      && cs.some(c => /^44\b/.test(c.text) && fileName(c.uri).startsWith('004_') && isContradicted(c));
  });
  return { t, at };
}

function requireTrees(skip) {
  const a = api();
  if (!a.claims || typeof a.claims.getChildren !== 'function') skip('skipped: activate() exports no claims tree');
  return a;
}

module.exports = [
  ['Claims by topic: one group holds the contradicting 42 (003) and 44 (004)', async ({ skip, state }) => {
    requireTrees(skip);
    await waitReady();
    const { t, at } = await clashGroup();
    assert.ok(at >= 0, `no topic group holds both the 42 and the 44; groups: ${t.labels.slice(0, 8).join(' | ')}`);
    const item = t.items[at];
    assert.match(String(item.description), /contradicted/, `the group's description does not say it is contradicted: ${item.description}`);
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    // Groups with contradictions lead the tree.
    const firstPlain = t.nodes.findIndex(g => !g.claims.some(isContradicted));
    assert.ok(firstPlain < 0 || at < firstPlain, `the contradicted group is listed after an uncontradicted one (${at} > ${firstPlain})`);
    state.clash = { label: t.labels[at], claims: t.children[at].map(claimOf) };
    return `"${t.labels[at]}" (${item.description}) of ${t.nodes.length} topics: ${t.children[at].map(k => labelOf(k.item)).join(', ')}`;
  }],

  ['Claims by report: one group per report with claims, at most 5', async ({ skip }) => {
    requireTrees(skip);
    await waitReady();
    const r = await groupedBy('report');
    assert.ok(r.nodes.length <= 5, `${r.nodes.length} report groups for 5 reports: ${r.labels.join(' | ')}`);
    assert.strictEqual(new Set(r.labels).size, r.labels.length, `duplicate report groups: ${r.labels.join(' | ')}`);
    r.labels.forEach((label, i) => {
      assert.match(label, /^00[0-4]_.*\.txt$/, `group label is not a report file name: ${label}`);
      const uris = new Set(r.children[i].map(k => claimOf(k).uri));
      assert.strictEqual(uris.size, 1, `group ${label} mixes reports`);
      assert.strictEqual(fileName([...uris][0]), label);
    });
    const withClaims = new Set(api().claims.current.map(c => fileName(c.uri)));
    assert.deepStrictEqual([...r.labels].sort(), [...withClaims].sort(), 'the report groups are not the reports with claims');
    for (const prefix of ['003_', '004_']) assert.ok(r.labels.some(l => l.startsWith(prefix)), `no group for report ${prefix}`);
    return r.labels.map((l, i) => `${l.slice(0, 4)}${r.children[i].length}`).join(', ');
  }],

  ['Claims by source: every claim sits under its stated source', async ({ skip }) => {
    requireTrees(skip);
    await waitReady();
    const s = await groupedBy('source');
    s.labels.forEach((label, i) => {
      for (const k of s.children[i]) {
        const c = claimOf(k);
        assert.strictEqual(c.source ?? '(no stated source)', label, `claim "${c.text}" with source ${c.source} under "${label}"`);
      }
    });
    const staff = s.labels.find(l => /General Staff/i.test(l));
    assert.ok(staff, `no General Staff source group (the 42 and 44 are its figures): ${s.labels.join(' | ')}`);
    return `${s.nodes.length} sources: ${s.labels.slice(0, 5).join(' | ')}`;
  }],

  ['Claims by entity: every claim sits under an entity it is about', async ({ skip }) => {
    requireTrees(skip);
    await waitReady();
    const e = await groupedBy('entity');
    e.labels.forEach((label, i) => {
      for (const k of e.children[i]) {
        const c = claimOf(k);
        const ok = label === '(no entity)' ? c.entities.length === 0 : c.entities.some(x => x.name === label);
        assert.ok(ok, `claim "${c.text}" (about ${c.entities.map(x => x.name).join(', ') || 'nothing'}) under "${label}"`);
      }
    });
    const kursk = e.labels.findIndex(l => /Kursk/.test(l));
    assert.ok(kursk >= 0, `no Kursk group (the clashes are about it): ${e.labels.slice(0, 10).join(' | ')}`);
    await groupedBy('topic');
    return `${e.nodes.length} entities; "${e.labels[kursk]}" has ${e.children[kursk].length} claims`;
  }],

  ['contradictions-only filter keeps only contradicted claims, and Show All restores them', async ({ skip }) => {
    const { claims } = requireTrees(skip);
    await waitReady();
    await claims.refresh();
    const before = claims.current.length;
    await vscode.commands.executeCommand('crosscheck.claims.showOnlyContradictions');
    assert.strictEqual(claims.onlyContradictions, true);
    await claims.refresh();
    const only = claims.current;
    const roots = await treeRoots(claims);
    await vscode.commands.executeCommand('crosscheck.claims.showAll');
    assert.strictEqual(claims.onlyContradictions, false);
    await claims.refresh();
    const after = claims.current.length;
    assert.ok(only.length > 0, 'no claims left when showing only contradictions');
    const plain = only.filter(c => !isContradicted(c));
    assert.deepStrictEqual(plain.map(c => c.text), [], 'uncontradicted claims shown by the contradictions-only filter');
    assert.ok(only.some(c => /^42\b/.test(c.text)) && only.some(c => /^44\b/.test(c.text)), `the 42/44 pair is filtered out: ${only.map(c => c.text).join(', ')}`);
    assert.ok(only.length < before, `the filter hid nothing (${only.length} of ${before})`);
    assert.strictEqual(after, before, 'Show All did not bring every claim back');
    return `${before} claims; only contradictions: ${only.length} in ${roots.nodes.length} groups (${roots.labels.slice(0, 3).join(' | ')})`;
  }],

  ['Entities: one entity links spellings across reports (Zelenskyy/Zelensky/Zelenskiy, Kyiv/Kiev)', async ({ skip }) => {
    const { entities } = api();
    if (!entities || typeof entities.getChildren !== 'function') skip('skipped: activate() exports no entities tree');
    await waitReady();
    await entities.refresh();
    const roots = await treeRoots(entities);
    const families = [/^Zelensk/i, /^(Kyiv|Kiev)$/i];
    const found = [];
    for (const family of families) {
      const at = roots.nodes.findIndex(n => n.entity.spellings.filter(s => family.test(s)).length >= 2);
      assert.ok(at >= 0, `no entity joins two spellings matching ${family}; e.g. ${roots.nodes.slice(0, 5).map(n => n.entity.spellings.join('/')).join('; ')}`);
      const node = roots.nodes[at];
      const item = roots.items[at];
      assert.match(String(item.tooltip), new RegExp(node.entity.spellings.map(s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')), 'tooltip does not list the spellings');
      const mentions = entities.getChildren(node);
      const mentionItems = await Promise.all(mentions.map(m => entities.getTreeItem(m)));
      const reports = new Set(mentionItems.map(m => String(m.description).replace(/:\d+$/, '')));
      assert.ok(reports.size >= 2, `${labelOf(item)}'s mentions are in ${reports.size} report(s)`);
      assert.ok(mentionItems.every(m => m.command && m.command.command === 'crosscheck.revealClaim'), 'a mention does not reveal itself');
      found.push(`${labelOf(item)} [${node.entity.spellings.join(', ')}] in ${reports.size} reports`);
    }
    return found.join('; ');
  }],

  ['selecting a claim (crosscheck.revealClaim) opens its report with the figure selected', async ({ skip, state }) => {
    const { claims } = requireTrees(skip);
    await waitReady();
    const { t, at } = await clashGroup();
    assert.ok(at >= 0, 'no clash group');
    const kid = t.children[at].find(k => /^44\b/.test(claimOf(k).text) && fileName(claimOf(k).uri).startsWith('004_'));
    const { command } = kid.item;
    assert.ok(command && command.command === 'crosscheck.revealClaim', `the claim item runs ${command && command.command}`);
    // Start from another report, so the check sees the editor switch.
    await openSeed('000_');
    await vscode.commands.executeCommand(command.command, ...(command.arguments || []));
    const c = claimOf(kid);
    const editor = await poll(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === vscode.Uri.parse(c.uri).toString() && e;
    }, { what: `an editor on ${fileName(c.uri)}`, describe: () => vscode.window.activeTextEditor?.document.uri.path });
    const sel = editor.selection;
    const want = new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character);
    assert.ok(sel.isEqual(want), `selection ${JSON.stringify(sel)} is not the claim's range ${JSON.stringify(want)}`);
    assert.strictEqual(editor.document.getText(sel), c.text);
    assert.ok(claims.current.length > 0);
    return `${fileName(c.uri)} ${want.start.line + 1}:${want.start.character + 1} selected "${editor.document.getText(sel)}"`;
  }],

  ['Next Matching Claim from the 42 in 003 moves to the 44 in 004; Previous comes back', async ({ skip }) => {
    requireTrees(skip);
    await waitReady();
    const doc = await openSeed('003_');
    const editor = vscode.window.activeTextEditor;
    const pos = positionOf(doc, '42 armed clashes', 1);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('crosscheck.nextMatchingClaim');
    const next = vscode.window.activeTextEditor;
    assert.ok(next && fileName(next.document.uri.toString()).startsWith('004_'), `Next went to ${next && next.document.uri.path}`);
    const picked = next.document.getText(next.selection);
    assert.match(picked, /^44\b/, `Next selected "${picked}" in 004`);
    const line = next.selection.start.line;
    await vscode.commands.executeCommand('crosscheck.previousMatchingClaim');
    const back = vscode.window.activeTextEditor;
    assert.ok(back && fileName(back.document.uri.toString()).startsWith('003_'), `Previous went to ${back && back.document.uri.path}`);
    assert.match(back.document.getText(back.selection), /^42\b/);
    return `003 "42 armed clashes" → 004 line ${line + 1} "${picked}" → back to 003 "${back.document.getText(back.selection)}"`;
  }],
];
