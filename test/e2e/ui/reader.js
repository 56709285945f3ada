// What a reader does in the workbench, step by step: open the reports, see the 42-vs-44 warning in Problems, hover
// the 42 and read the other report's 44, open the Crosscheck view and follow a claim into the other report, annotate
// a word with a note, type lines above it, save, reload the window, and read the note in the hover again.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { seedFile, sleep } = require('../lib/util');
const {
  STEP_TIMEOUT_MS, SHORT_TIMEOUT_MS, shot, openFromExplorer, activeTab, activeEditorInput, goToLine,
  runCommand, waitQuickInputTitle, boxOfText, hoverOn, growHover, widenSideBar, selectionStatus, positionsIn, lineOf,
} = require('../lib/workbench');

const ANNOTATED = { context: 'village of Berdin', word: 'Berdin' };
const NOTE = 'Check Berdin on the map: which side holds it?';
const TYPED_ABOVE = ['Editor note: figures below are unconfirmed.', 'Second line typed above the annotated word.'];

const escapeRe = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the status bar shows the first check's contradiction count, and returns its text. */
async function statusCount(page) {
  const h = await page.waitForFunction(() => {
    const el = [...document.querySelectorAll('.statusbar-item')].find(e => /Crosscheck/.test(e.textContent));
    return el && /Crosscheck:?\s*\d+\s+contradiction/i.test(el.textContent) ? el.textContent.trim() : null;
  }, null, { timeout: STEP_TIMEOUT_MS }).catch(() => null);
  if (!h) {
    const now = await page.locator('.statusbar-item', { hasText: /Crosscheck/ }).first().textContent().catch(() => '(no item)');
    throw new Error(`status bar never showed a contradiction count; it shows: ${String(now).trim()}`);
  }
  return h.jsonValue();
}

/** A file's text once `accept` likes it: the editor saves and the server writes through the remote file system. */
async function fileText(file, accept, what) {
  const deadline = Date.now() + SHORT_TIMEOUT_MS;
  for (;;) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (accept(text)) return text;
    if (Date.now() > deadline) throw new Error(`${path.basename(file)} never ${what}`);
    await sleep(100);
  }
}

async function run(steps, page, { base, workspace }) {
  const seed003 = seedFile('003_');
  const seed004 = seedFile('004_');
  const file003 = path.join(workspace, seed003);
  const file004 = path.join(workspace, seed004);

  const opened = await steps.step('workbench opens the reports folder and a report', async () => {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.explorer-folders-view').waitFor({ timeout: STEP_TIMEOUT_MS });
    await openFromExplorer(page, seed004);
    await openFromExplorer(page, seed003);
    return `opened ${seed004} and ${seed003}`;
  });
  if (!opened) return;

  await steps.step('status bar shows the contradiction count', async () => {
    const done = await statusCount(page);
    if (Number(/(\d+)\s+contradiction/i.exec(done)[1]) < 1) throw new Error(`status bar shows no contradiction on the seeds: ${done}`);
    await shot(page, 'ui-1-report-open');
    return done;
  });

  await steps.step('Problems lists the 42-vs-44 contradiction as a warning from crosscheck', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
    const rows = page.locator('.markers-panel .monaco-list-row').filter({ hasText: /crosscheck/i }).filter({ hasText: /\b42\b[\s\S]*\b44\b/ });
    await rows.first().waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
    const row = rows.first();
    const warning = await row.locator('.codicon-warning, .codicon-problems-warning-icon, [class*="warning"]').count();
    const text = (await row.textContent()).replace(/\s+/g, ' ');
    await shot(page, 'ui-2-problems');
    if (!warning) throw new Error(`the 42/44 problem is not a warning: ${await row.innerHTML()}`.slice(0, 400));
    return text.slice(0, 200);
  });

  // Close the panel, as a reader would once they have seen the list: the hover and the view get the room.
  await activeEditorInput(page).focus();
  await page.keyboard.press('Control+J');
  await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: SHORT_TIMEOUT_MS }).catch(() => {});

  await steps.step('hovering "42" in report 003 shows the other report\'s 44', async () => {
    await goToLine(page, lineOf(file003, '42 armed clashes'));
    const text = await hoverOn(page, '42 armed', /\b44\b[\s\S]*004_|004_[\s\S]*\b44\b/);
    // The hover opens at a fixed height and scrolls; a reader would pull it taller to read it whole.
    await growHover(page, 80);
    await shot(page, 'ui-3-hover');
    return text.slice(0, 200);
  });

  const followed = await steps.step('Crosscheck view: the clash topic lists both claims; clicking the 44 opens 004 with it selected', async () => {
    const icon = page.locator('.part.activitybar .action-item .action-label[aria-label^="Crosscheck"], .part.activitybar .action-item[aria-label^="Crosscheck"]').first();
    await icon.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
    await icon.click();
    await widenSideBar(page, 440);
    const groups = page.locator('.part.sidebar .monaco-list-row[aria-level="1"]');
    // Clashes recorded (the 42 and the 44), not the ongoing ones, which also contradict each other.
    const clash = groups.filter({ hasText: /clash · recorded/i }).filter({ hasText: /contradicted/ }).first();
    await clash.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
    const group = (await clash.textContent()).replace(/\s+/g, ' ').trim();
    await clash.click();
    // The group's claims are the rows one level down; the 44 of report 004 is the one to follow.
    const claim = page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').filter({ hasText: /^\s*44\b/ }).filter({ hasText: seed004 }).first();
    await claim.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
    const others = await page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').allTextContents();
    if (!others.some(t => /^\s*42\b/.test(t) && t.includes(seed003))) throw new Error(`the clash group does not list 003's 42: ${others.join(' | ')}`);
    const label = (await claim.locator('.label-name').first().textContent()).trim();
    await claim.click();
    await activeTab(page, seed004).waitFor({ timeout: SHORT_TIMEOUT_MS });
    // The status bar shows the cursor (either end of the selection) and the selection's length: it must be the
    // claim's text in 004.
    const places = positionsIn(file004, label).flatMap(p => [p.column, p.column + label.length]
      .map(col => `Ln ${p.line}, Col ${col} (${label.length} selected)`));
    const h = await page.waitForFunction(want => {
      const el = document.getElementById('status.editor.selection');
      const t = el ? el.textContent.trim() : '';
      return want.includes(t) ? t : null;
    }, places, { timeout: SHORT_TIMEOUT_MS }).catch(async () => {
      throw new Error(`selection is "${await selectionStatus(page)}", expected one of ${places.join(' / ')}`);
    });
    const where = await h.jsonValue();
    await shot(page, 'ui-4-claims-view');
    return `group "${group.slice(0, 80)}"; clicked "${label}" → ${seed004} ${where}`;
  });

  const annotatedLine = lineOf(file004, ANNOTATED.context);
  const annotated = followed && await steps.step('annotate a word with a note from the command palette (F1 → Annotate Selection… → Note)', async () => {
    await goToLine(page, annotatedLine);
    const box = await boxOfText(page, ANNOTATED.word);
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    const sel = await page.waitForFunction(n => {
      const el = document.getElementById('status.editor.selection');
      return el && el.textContent.includes(`(${n} selected)`) ? el.textContent.trim() : null;
    }, ANNOTATED.word.length, { timeout: SHORT_TIMEOUT_MS }).then(x => x.jsonValue());
    await runCommand(page, 'Crosscheck: Annotate Selection');
    await waitQuickInputTitle(page, `"${ANNOTATED.word}"`);
    await page.keyboard.type('Note');
    await page.waitForFunction(() => {
      const row = document.querySelector('.quick-input-widget .quick-input-list .monaco-list-row');
      return row && /^\s*Note/.test(row.textContent);
    }, null, { timeout: SHORT_TIMEOUT_MS });
    await page.keyboard.press('Enter');
    await waitQuickInputTitle(page, 'Note');
    await page.keyboard.type(NOTE);
    await shot(page, 'ui-5-annotate-note');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: SHORT_TIMEOUT_MS });
    await fileText(path.join(workspace, '.crosscheck', 'annotations.jsonld'),
      t => t.includes(NOTE) && t.includes(`"exact": "${ANNOTATED.word}"`), 'held the note');
    return `selected ${sel}; the note is in .crosscheck/annotations.jsonld`;
  });

  const edited = annotated && await steps.step('type lines above the annotated word and save', async () => {
    await goToLine(page, annotatedLine);
    await activeEditorInput(page).focus();
    for (const line of TYPED_ABOVE) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Control+S');
    const want = annotatedLine + TYPED_ABOVE.length;
    await fileText(file004, t => t.split('\n')[want - 1]?.includes(ANNOTATED.context), `had "${ANNOTATED.word}" on line ${want} after the save`);
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: SHORT_TIMEOUT_MS });
    const moved = lineOf(file004, ANNOTATED.context);
    return `"${ANNOTATED.word}" moved from line ${annotatedLine} to ${moved}`;
  });

  const reloaded = edited && await steps.step('Developer: Reload Window brings the workbench and the check back', async () => {
    await Promise.all([
      page.waitForEvent('load', { timeout: STEP_TIMEOUT_MS }),
      runCommand(page, 'Developer: Reload Window'),
    ]);
    await activeTab(page, seed004).waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    return statusCount(page);
  });

  if (reloaded) {
    await steps.step('after the reload, hovering the annotated word at its new line shows the note', async () => {
      await goToLine(page, lineOf(file004, ANNOTATED.context));
      const text = await hoverOn(page, ANNOTATED.word, new RegExp(`Your annotation[\\s\\S]*${escapeRe(NOTE)}`));
      await shot(page, 'ui-6-note-after-reload');
      return text.slice(text.indexOf('Your annotation')).slice(0, 200);
    });
  }
}

module.exports = { run };
