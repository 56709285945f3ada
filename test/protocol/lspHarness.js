// Starts the real bundled language server over stdio and speaks LSP to it, as any editor would.
// Tests wait on the server's own notifications (diagnostics, status), never on sleeps.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node');

const SERVER = path.join(__dirname, '../../dist/server.js');
/** How long startup may take before a test gives up: only a ceiling for a server that never answers, no timing. */
const STARTUP_MS = 180000;

class LspHarness {
  /** @param {{ root: string, settings?: object, capabilities?: object, initializationOptions?: object, cacheHome?: string }} opts */
  static async start(opts) {
    const h = new LspHarness(opts);
    try {
      await h.initialize();
    } catch (e) {
      // A server that never answered would otherwise outlive the test and keep the whole run from ending.
      h.proc.kill();
      throw e;
    }
    return h;
  }

  constructor({ root, settings = {}, capabilities = {}, initializationOptions, cacheHome }) {
    this.root = root;
    this.initializationOptions = initializationOptions;
    this.settings = settings;
    this.capabilities = capabilities;
    // The server's analysis cache goes to a folder of the test's own, never the user's cache.
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-home-')) };
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.stderr = '';
    this.proc.stderr.on('data', d => (this.stderr += d));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.diagnostics = new Map();
    this.waiters = [];
    this.statuses = [];
    this.messages = [];
    /** Every $/progress and publishDiagnostics in arrival order, for tests of what comes before what. */
    this.events = [];
    this.conn.onNotification('textDocument/publishDiagnostics', p => {
      this.events.push({ type: 'diagnostics', uri: p.uri, count: p.diagnostics.length, messages: p.diagnostics.map(d => d.message) });
      this.diagnostics.set(p.uri, p.diagnostics);
      this.poke();
    });
    this.conn.onNotification('crosscheck/status', s => {
      this.statuses.push(s);
      this.poke();
    });
    this.conn.onNotification('window/showMessage', m => {
      this.messages.push(m);
      this.poke();
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.onRequest('workspace/configuration', p => p.items.map(() => this.settings));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.onRequest('workspace/semanticTokens/refresh', () => null);
    this.diagnosticRefreshes = 0;
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.diagnosticRefreshes++;
      this.poke();
      return null;
    });
    this.conn.onRequest('window/showMessageRequest', m => {
      this.messages.push(m);
      this.poke();
      return null;
    });
    this.conn.onNotification('$/progress', p => {
      this.events.push({ type: 'progress', token: p.token, value: p.value });
      this.poke();
    });
    this.conn.listen();
  }

  async initialize() {
    const rootUri = pathToFileURL(this.root).toString();
    // Startup loads the bundle and the language model: on a loaded machine that alone can take tens of seconds.
    this.initResult = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(this.root) }],
      initializationOptions: this.initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        window: { workDoneProgress: true, showDocument: { support: true } },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
        ...this.capabilities,
      },
    }, STARTUP_MS);
    await this.conn.sendNotification('initialized', {});
  }

  poke() {
    for (const w of [...this.waiters]) {
      const v = w.test();
      if (v) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(v);
      }
    }
  }

  /** Resolves with the first truthy value of `test`, re-evaluated after every notification. */
  waitFor(test, what = 'condition', timeoutMs = 20000) {
    const v = test();
    if (v) return Promise.resolve(v);
    return new Promise((resolve, reject) => {
      const w = { test, resolve };
      this.waiters.push(w);
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`timed out waiting for ${what}\n${this.stderr}`));
      }, timeoutMs);
      t.unref();
    });
  }

  /** Waits until the server reports it is idle after indexing (the first check is done). */
  idle() {
    return this.waitFor(() => this.statuses.find(s => s.state === 'idle'), 'idle status', STARTUP_MS);
  }

  uri(file) {
    return pathToFileURL(path.join(this.root, file)).toString();
  }

  open(file, text) {
    return this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri(file), languageId: 'plaintext', version: 1, text },
    });
  }

  /** A request that fails (with the server's stderr) instead of hanging when the server does not answer. */
  request(method, params, timeoutMs = 30000) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ${method} in ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
    });
    return Promise.race([this.conn.sendRequest(method, params), timeout]).finally(() => clearTimeout(timer));
  }

  async stop() {
    try {
      await this.request('shutdown', undefined, 5000);
      await this.conn.sendNotification('exit');
    } catch {}
    this.conn.dispose();
    if (this.proc.exitCode === null) {
      await new Promise(r => {
        this.proc.once('exit', r);
        setTimeout(() => { this.proc.kill(); r(); }, 3000).unref();
      });
    }
  }
}

const SEEDS = path.join(__dirname, '../../seeds');

/** A temporary workspace holding a copy of the seeds, plus `extra` files (name → content). */
function seedsCopy(extra = {}, prefix = 'crosscheck-lsp-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  for (const [name, content] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The LSP position of the first occurrence of `needle` in a workspace file (plus `delta` characters). */
function positionOf(dir, file, needle, delta = 0) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

module.exports = { LspHarness, seedsCopy, positionOf };
