// Driving the VS Code workbench in a browser page as a person would: explorer clicks, Go to Line, the command
// palette, quick inputs, mouse hovers. Every wait is on a condition in the page, never a fixed sleep.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { REPO, SCREENSHOTS_DIR } = require('./util');

const STEP_TIMEOUT_MS = 60000;
// Once the first check is done, Problems, hovers and views should follow quickly.
const SHORT_TIMEOUT_MS = 20000;

const EDITOR = '.editor-instance .monaco-editor';
const QUICK_INPUT = '.quick-input-widget';
const VISIBLE_HOVER = '.monaco-hover:not(.hidden)';

async function shot(page, name) {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return path.relative(REPO, file);
}

async function openFromExplorer(page, fileName) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${fileName}"]`).first();
  // Another view (the Crosscheck view, after earlier steps) may hold the side bar: bring the Explorer back first.
  if (!(await row.isVisible())) await runCommand(page, 'View: Show Explorer');
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await row.click();
  // The editor tab for the file is the sign it opened.
  await activeTab(page, fileName).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.locator(`${EDITOR} .view-lines`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

function activeTab(page, fileName) {
  return page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).first();
}

/** The active editor's text area (the one that takes typing). */
function activeEditorInput(page) {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor textarea').first();
}

async function goToLine(page, line) {
  await activeEditorInput(page).focus();
  await page.keyboard.press('Control+G');
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/** F1, the command's title, Enter: the way a reader runs a command. `waitNavigation` for commands that reload. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
  await input.fill(`>${title}`);
  // The first row is the one Enter runs; wait until the palette's filter has put our command there.
  await page.waitForFunction(t => {
    const row = document.querySelector('.quick-input-widget .quick-input-list .monaco-list-row');
    return row && row.textContent.includes(t);
  }, title, { timeout: SHORT_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

/** Waits until the quick input shows `title` (a pick or an input box), and returns its text. */
async function waitQuickInputTitle(page, title) {
  const handle = await page.waitForFunction(t => {
    const w = document.querySelector('.quick-input-widget');
    if (!w || w.style.display === 'none') return null;
    const text = (w.querySelector('.quick-input-title') || {}).textContent || '';
    return text.includes(t) ? text : null;
  }, title, { timeout: SHORT_TIMEOUT_MS });
  return handle.jsonValue();
}

/** Screen box of `needle` inside the rendered editor lines (the rendered spans may split it, so we walk text nodes). */
async function boxOfText(page, needle) {
  const handle = await page.waitForFunction(n => {
    const lines = document.querySelectorAll('.editor-group-container.active .editor-instance .monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = full.indexOf(n);
      if (at < 0) continue;
      // Find the text nodes where the needle starts and ends, and measure the needle.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        if (!started && at < seen + len) {
          range.setStart(node, at - seen);
          started = true;
        }
        if (started && at + n.length <= seen + len) {
          range.setEnd(node, at + n.length - seen);
          const r = range.getBoundingClientRect();
          return r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
        }
        seen += len;
      }
    }
    return null;
  }, needle, { timeout: STEP_TIMEOUT_MS });
  return handle.jsonValue();
}

/** Moves the mouse onto `needle` (its first characters) and returns the hover's text once it matches `expect` and
 * has faded in. Like a reader who moves the mouse again when nothing shows, it re-measures and retries: right after
 * a reload the layout may still shift under the pointer. */
async function hoverOn(page, needle, expect = /\S/) {
  const deadline = Date.now() + SHORT_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    // Off the editor first, so an earlier hover closes and a new one opens.
    await page.mouse.move(2, 2);
    await page.locator(VISIBLE_HOVER).first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
    const box = await boxOfText(page, needle);
    if (!box) throw new Error(`could not measure "${needle}" on screen`);
    await page.mouse.move(box.x + Math.min(box.width / 2, 8), box.y + box.height / 2, { steps: 2 });
    const h = await page.waitForFunction(([source, flags]) => {
      const el = document.querySelector('.monaco-hover:not(.hidden)');
      const t = el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
      return t && new RegExp(source, flags).test(t) ? t : null;
    }, [expect.source, expect.flags], { timeout: 3000 }).catch(() => null);
    if (h) {
      const text = await h.jsonValue();
      const moving = await settled(page, VISIBLE_HOVER);
      if (moving) console.log(`[e2e] the hover on "${needle}" did not settle: ${moving}`);
      return text;
    }
    last = await page.locator(VISIBLE_HOVER).first().textContent({ timeout: 500 }).catch(() => '(no hover)');
  }
  throw new Error(`the hover on "${needle}" never showed ${expect}; last: ${String(last).replace(/\s+/g, ' ').slice(0, 300)}`);
}

/** Waits until the element and its nearest ancestors are fully opaque and no animation runs in them (a hover fades
 * in). Resolves with what still moved if that never happens: the picture is then slightly faded, not wrong. */
async function settled(page, selector) {
  const check = sel => {
    const el = document.querySelector(sel);
    if (!el) return 'gone';
    let e = el;
    for (let depth = 0; e && depth < 4; depth++, e = e.parentElement) {
      if (Number(getComputedStyle(e).opacity) < 1) return `${e.className} opacity ${getComputedStyle(e).opacity}`;
      const moving = e.getAnimations().find(a => a.playState === 'running');
      if (moving) return `${e.className} animation ${moving.animationName || moving.id}`;
    }
    const inner = el.getAnimations({ subtree: true }).find(a => a.playState === 'running');
    return inner ? `inner animation ${inner.animationName || inner.id} on ${inner.effect && inner.effect.target && inner.effect.target.className}` : '';
  };
  const deadline = Date.now() + 5000;
  for (;;) {
    const moving = await page.evaluate(check, selector);
    if (!moving || Date.now() > deadline) return moving;
    await new Promise(r => setTimeout(r, 50));
  }
}

/** Makes the shown hover taller by dragging its free edge (the one away from the text) by `dy` pixels, as a reader
 * does when the hover scrolls; only for nicer screenshots, so a hover that cannot be resized is left as it is. */
async function growHover(page, dy) {
  const edge = await page.evaluate(() => {
    const hover = document.querySelector('.monaco-hover:not(.hidden)');
    const box = hover && hover.closest('.monaco-resizable-hover');
    if (!box) return null;
    const r = box.getBoundingClientRect();
    const sashes = [...box.querySelectorAll('.monaco-sash.horizontal:not(.disabled)')].map(e => e.getBoundingClientRect())
      .filter(s => s.width > 20);
    // The top edge when the hover sits above the text, the bottom edge when below.
    const top = sashes.find(s => Math.abs(s.y - r.y) < 6);
    const bottom = sashes.find(s => Math.abs(s.y + s.height - (r.y + r.height)) < 6);
    const s = top || bottom;
    return s ? { x: s.x + s.width / 2, y: s.y + s.height / 2, up: !!top, inside: { x: r.x + r.width / 2, y: r.y + r.height / 2 } } : null;
  });
  if (!edge) return false;
  // Through the hover to its edge, so it stays open on the way.
  await page.mouse.move(edge.inside.x, edge.inside.y, { steps: 4 });
  await page.mouse.move(edge.x, edge.y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(edge.x, edge.y + (edge.up ? -dy : dy), { steps: 6 });
  await page.mouse.up();
  await page.mouse.move(edge.inside.x, edge.inside.y + (edge.up ? -dy / 2 : dy / 2), { steps: 2 });
  return page.locator(VISIBLE_HOVER).first().isVisible();
}

/** Drags the sash on the side bar's right edge so the side bar is `width` pixels wide (views show their labels). */
async function widenSideBar(page, width) {
  const bar = await page.locator('.part.sidebar').first().boundingBox();
  if (!bar || bar.width >= width) return;
  const edge = bar.x + bar.width;
  const sash = await page.evaluate(x => {
    const hit = [...document.querySelectorAll('.monaco-sash.vertical')]
      .map(e => e.getBoundingClientRect())
      .find(r => r.height > 100 && Math.abs(r.x + r.width / 2 - x) <= 4);
    return hit ? { x: hit.x + hit.width / 2, y: hit.y + hit.height / 2 } : null;
  }, edge);
  if (!sash) return;
  await page.mouse.move(sash.x, sash.y);
  await page.mouse.down();
  await page.mouse.move(sash.x + (width - bar.width), sash.y, { steps: 5 });
  await page.mouse.up();
}

/** The status bar's selection item ("Ln 9, Col 58 (12 selected)"). */
async function selectionStatus(page) {
  const item = page.locator('[id="status.editor.selection"]').first();
  await item.waitFor({ state: 'visible', timeout: SHORT_TIMEOUT_MS });
  return (await item.textContent()).trim();
}

/** 1-based line and column of each occurrence of `needle` in a file. */
function positionsIn(file, needle) {
  const text = fs.readFileSync(file, 'utf8');
  const out = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text.slice(0, at);
    out.push({ line: before.split('\n').length, column: at - before.lastIndexOf('\n') });
  }
  return out;
}

function lineOf(file, needle) {
  const found = positionsIn(file, needle);
  if (!found.length) throw new Error(`"${needle}" not in ${path.basename(file)}`);
  return found[0].line;
}

module.exports = {
  STEP_TIMEOUT_MS, SHORT_TIMEOUT_MS, VISIBLE_HOVER, shot, openFromExplorer, activeTab, activeEditorInput, goToLine,
  runCommand, waitQuickInputTitle, boxOfText, hoverOn, settled, growHover, widenSideBar, selectionStatus, positionsIn, lineOf,
};
