// Named UI steps run in order, each timed; a failing step records why, with a screenshot of the page as it was.
'use strict';
const { shot } = require('./workbench');

class Steps {
  constructor(suite) {
    this.suite = suite;
    this.results = [];
    this.page = null;
  }

  /** Runs `fn`; returns true when it passed, so later steps that need its page state can be left out. */
  async step(name, fn) {
    const started = Date.now();
    try {
      const detail = await fn();
      this.results.push({ suite: this.suite, name, status: 'passed', ms: Date.now() - started, detail: detail || '' });
      return true;
    } catch (e) {
      const ms = Date.now() - started;
      let detail = ((e && e.message) || String(e)).replace(/\u001b\[[0-9;]*m/g, '');
      if (this.page) {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 40);
        const file = await shot(this.page, `${this.suite}-failed-${slug}`).catch(() => null);
        if (file) detail += ` (screenshot ${file})`;
      }
      this.results.push({ suite: this.suite, name, status: 'failed', ms, detail });
      return false;
    }
  }

  /** Records a step that could not run, as a failure: a missing step must not look like a pass. */
  skip(name, why) {
    this.results.push({ suite: this.suite, name, status: 'failed', ms: 0, detail: `not run: ${why}` });
  }
}

module.exports = { Steps };
