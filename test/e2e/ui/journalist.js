// What issue 13 asked a journalist to be able to see, in the workbench: one labelled code lens on the 42's line; an
// Annotate menu that fits the selection (no "Not a figure" on a place name); "Not a contradiction" taking the
// finding out of the hover and the lens too; Restore Dismissed Contradictions as a list with a confirmation; an
// export saved under .crosscheck/exports/ by default and never read as a report; annotated text marked.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { seedFile, sleep } = require('../lib/util');
const {
  STEP_TIMEOUT_MS, SHORT_TIMEOUT_MS, shot, openFromExplorer, activeEditorInput, goToLine, runCommand, waitQuickInputTitle,
  boxOfText, hoverOn, lineOf,
} = require('../lib/workbench');

const FIGURE = '42 armed clashes';
const PLACE = 'Kursk';

/** The code lens texts shown above the editor line holding `needle` (one entry per lens). */
async function lensesAbove(page, needle) {
  const h = await page.waitForFunction(n => {
    const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
    if (!editor) return null;
    // Reports are word-wrapped: the needle's first two words are on the line's first visual row.
    const head = n.split(' ').slice(0, 2).join(' ');
    const line = [...editor.querySelectorAll('.view-lines .view-line')].find(l => l.textContent.replace(/\u00a0/g, ' ').includes(head));
    if (!line) return null;
    const top = line.getBoundingClientRect().top;
    // A lens sits in the view zone right above its line.
    const zones = [...editor.querySelectorAll('.codelens-decoration')].filter(z => {
      const r = z.getBoundingClientRect();
      return r.bottom <= top + 2 && r.bottom >= top - 40;
    });
    if (!zones.length) return null;
    // A lens zone is drawn before its text arrives: wait for the text.
    const texts = zones.flatMap(z => [...z.querySelectorAll('a')].map(a => a.textContent.trim()).filter(Boolean));
    return texts.length ? texts : null;
  }, needle, { timeout: SHORT_TIMEOUT_MS });
  return h.jsonValue();
}

/** Selects `needle` in the active editor by double-clicking its first word and extending with shift+arrows. */
async function select(page, needle) {
  const box = await boxOfText(page, needle);
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await page.keyboard.press('Home');
  // Go to Line left the cursor at the line's start; move onto the needle and select it.
  const line = await page.evaluate(n => {
    const lines = document.querySelectorAll('.editor-group-container.active .editor-instance .monaco-editor .view-lines .view-line');
    for (const l of lines) { const t = l.textContent.replace(/\u00a0/g, ' '); if (t.includes(n)) return t; }
    return '';
  }, needle);
  const at = line.indexOf(needle);
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < needle.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction(n => {
    const el = document.getElementById('status.editor.selection');
    return el && el.textContent.includes(`(${n} selected)`);
  }, needle.length, { timeout: SHORT_TIMEOUT_MS });
}

/** Opens Annotate Selection… and returns the labels it offers; closes it again. */
async function annotateMenu(page, needle) {
  await select(page, needle);
  await runCommand(page, 'Crosscheck: Annotate Selection');
  await waitQuickInputTitle(page, `"${needle}"`);
  const h = await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')];
    return rows.length >= 4 ? rows.map(r => (r.querySelector('.label-name') || r).textContent.trim()) : null;
  }, null, { timeout: SHORT_TIMEOUT_MS });
  const labels = await h.jsonValue();
  return labels;
}

async function closeQuickInput(page) {
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: SHORT_TIMEOUT_MS });
}

async function statusCount(page) {
  const h = await page.waitForFunction(() => {
    const el = [...document.querySelectorAll('.statusbar-item')].find(e => /Crosscheck/.test(e.textContent));
    const m = el && /(\d+)\s+contradiction/i.exec(el.textContent);
    return m ? Number(m[1]) : null;
  }, null, { timeout: STEP_TIMEOUT_MS });
  return h.jsonValue();
}

async function waitFile(file, what) {
  const deadline = Date.now() + SHORT_TIMEOUT_MS;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${what} never appeared`);
    await sleep(100);
  }
}

async function run(steps, page, { base, workspace, open = false }) {
  const seed003 = seedFile('003_');
  const file003 = path.join(workspace, seed003);
  if (open) {
    const ok = await steps.step('workbench opens the reports folder', async () => {
      await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`, { timeout: STEP_TIMEOUT_MS });
      await page.locator('.explorer-folders-view').waitFor({ timeout: STEP_TIMEOUT_MS });
      await statusCount(page);
    });
    if (!ok) return;
  }
  const opened = await steps.step('report 003 in front, at the 42', async () => {
    await openFromExplorer(page, seed003);
    await goToLine(page, lineOf(file003, FIGURE));
    return seed003;
  });
  if (!opened) return;

  let before;
  await steps.step('one labelled code lens on the 42\'s line, naming each figure', async () => {
    const lenses = await lensesAbove(page, FIGURE);
    if (lenses.length !== 1) throw new Error(`expected one lens, got ${lenses.length}: ${lenses.join(' | ')}`);
    if (!/^42 armed clashes: \d+ contradicts?/.test(lenses[0])) throw new Error(`lens not labelled by its figure: ${lenses[0]}`);
    before = lenses[0];
    await shot(page, 'ui-7-code-lens');
    return lenses[0];
  });

  await steps.step('Annotate menu: no figure corrections on a place name, no entity corrections on a figure', async () => {
    const onPlace = await annotateMenu(page, PLACE);
    await shot(page, 'ui-8-annotate-place');
    await closeQuickInput(page);
    if (onPlace.some(l => /Not a figure|value interval/.test(l))) throw new Error(`offered on "${PLACE}": ${onPlace.join(' | ')}`);
    if (!onPlace.some(l => /Not an entity/.test(l))) throw new Error(`"Not an entity" missing on "${PLACE}": ${onPlace.join(' | ')}`);
    const onFigure = await annotateMenu(page, '42');
    await closeQuickInput(page);
    if (!onFigure.some(l => /Not a figure/.test(l))) throw new Error(`"Not a figure" missing on 42: ${onFigure.join(' | ')}`);
    if (onFigure.some(l => /Not an entity|Fix canonical name/.test(l))) throw new Error(`entity corrections on 42: ${onFigure.join(' | ')}`);
    return `on ${PLACE}: ${onPlace.length} actions; on 42: ${onFigure.length}`;
  });

  const dismissed = await steps.step('"Not a contradiction" on the 42: gone from the hover\'s ⚠ and from the lens count', async () => {
    await hoverOn(page, '42 armed', /⚠ contradicts[^⚠✓]*44 conflicts/);
    await page.mouse.move(2, 2);
    await goToLine(page, lineOf(file003, FIGURE));
    await select(page, '42');
    await page.keyboard.press('Control+.');
    // The Quick Fix menu opens with its first action, "Not a contradiction", focused: Enter applies it.
    const fix = page.locator('.action-widget .monaco-list-row.action.focused').first();
    await fix.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
    const label = (await fix.textContent()).trim();
    if (!/^Not a contradiction/.test(label)) throw new Error(`the focused quick fix is "${label}"`);
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: SHORT_TIMEOUT_MS });
    const text = await hoverOn(page, '42 armed', /not a contradiction \(you dismissed it\)[^⚠✓]*44 conflicts|44 conflicts/);
    if (/⚠ contradicts[^⚠✓]*"?44 conflicts/.test(text)) throw new Error(`the hover still says it contradicts: ${text.slice(0, 300)}`);
    await shot(page, 'ui-9-dismissed-hover');
    await page.mouse.move(2, 2);
    const after = await page.waitForFunction(([n, old]) => {
      const zones = document.querySelectorAll('.editor-group-container.active .codelens-decoration a');
      const t = [...zones].map(a => a.textContent.trim()).find(x => x.startsWith(n));
      return t && t !== old ? t : null;
    }, [FIGURE, before], { timeout: SHORT_TIMEOUT_MS }).then(h => h.jsonValue());
    const count = s => Number((/^42 armed clashes: (\d+) contradict/.exec(s) || [0, 0])[1]);
    // One finding stands for every statement of its two figures ("44 conflicts" and "44 known combat clashes" in 004 are
    // one conflict, `restated`): dismissing it takes all of them from the lens, and no other finding of the 42.
    if (!(count(after) < count(before))) throw new Error(`lens went from "${before}" to "${after}"`);
    if (/⚠ contradicts[^⚠✓]*"?44 known combat clashes/.test(text)) throw new Error(`the hover still lists the restatement: ${text.slice(0, 300)}`);
    return `lens: "${before}" → "${after}"`;
  });

  if (dismissed) {
    await steps.step('Restore Dismissed Contradictions: a list to choose from, a confirmation, and the ⚠ is back', async () => {
      await runCommand(page, 'Crosscheck: Restore Dismissed Contradictions');
      await waitQuickInputTitle(page, 'restore which');
      // One row per dismissal: the quoted claim (cut to fit) and its report.
      const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: seed003.slice(0, 12) }).first();
      await row.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
      await row.click();
      await shot(page, 'ui-10-restore-pick');
      await page.keyboard.press('Enter');
      const button = page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Restore$/ }).first();
      await button.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
      const question = (await page.locator('.monaco-dialog-box').first().textContent()).replace(/\s+/g, ' ');
      await shot(page, 'ui-11-restore-confirm');
      await button.click();
      await goToLine(page, lineOf(file003, FIGURE));
      await hoverOn(page, '42 armed', /⚠ contradicts[^⚠✓]*44 conflicts/);
      await page.mouse.move(2, 2);
      return question.slice(0, 120);
    });
  }

  await steps.step('Export… Markdown: saved under .crosscheck/exports/ by default, and not read as a report', async () => {
    // Whatever an earlier step left open (a menu, a hover) is closed first.
    await page.keyboard.press('Escape');
    await activeEditorInput(page).focus();
    const count = await statusCount(page);
    await runCommand(page, 'Crosscheck: Export');
    await waitQuickInputTitle(page, 'Export');
    await page.keyboard.type('Markdown');
    await page.keyboard.press('Enter');
    // code-server's save dialog is a quick input holding the proposed path.
    const input = page.locator('.quick-input-widget input');
    const proposed = await page.waitForFunction(() => {
      const i = document.querySelector('.quick-input-widget input');
      return i && /crosscheck-contradictions\.md$/.test(i.value) ? i.value : null;
    }, null, { timeout: SHORT_TIMEOUT_MS }).then(h => h.jsonValue());
    if (!/\.crosscheck\/exports\/crosscheck-contradictions\.md$/.test(proposed)) throw new Error(`proposed ${proposed}`);
    await shot(page, 'ui-12-export-location');
    await input.press('Enter');
    const saved = path.join(workspace, '.crosscheck', 'exports', 'crosscheck-contradictions.md');
    await waitFile(saved, 'the export');
    // Saved among the reports too (where the old default put it), it is still no report.
    fs.copyFileSync(saved, path.join(workspace, 'crosscheck-contradictions.md'));
    await runCommand(page, 'Crosscheck: Check Workspace Now');
    // The command's own status message says how many reports the check read.
    const checked = await page.waitForFunction(() => {
      const el = [...document.querySelectorAll('.statusbar-item')].find(e => /Crosscheck: \d+ contradictions? in \d+ reports?/.test(e.textContent));
      return el ? el.textContent.trim() : null;
    }, null, { timeout: STEP_TIMEOUT_MS }).then(h => h.jsonValue());
    const [, found, reports] = /(\d+) contradictions? in (\d+) reports?/.exec(checked).map(Number);
    const shown = await statusCount(page);
    if (reports !== 5 || found !== count || shown !== count) {
      throw new Error(`after saving the export: "${checked}", status bar ${shown} (before: ${count} contradictions in 5 reports)`);
    }
    await shot(page, 'ui-13-export-not-a-report');
    return `proposed ${proposed}; ${checked}`;
  });
}

module.exports = { run };
