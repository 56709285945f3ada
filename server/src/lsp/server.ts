// The Crosscheck language server: adapts the engine's analyses to standard LSP features, plus a few typed
// custom requests for the VS Code views. Works with any LSP client over stdio.
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnnotateRequest,
  CheckNowRequest,
  ClaimsParamsSchema,
  ClaimsRequest,
  EntitiesRequest,
  ExportParamsSchema,
  ExportRequest,
  IndexChangedNotification,
  MatchingClaimsParamsSchema,
  MatchingClaimsRequest,
  RemoveAnnotationParamsSchema,
  RemoveAnnotationRequest,
  StatusNotification,
  UserAnnotationsRequest,
  type ClaimInfo,
  type Status,
} from '../../../shared/protocol';
import { AnnotateParamsSchema } from '../../../shared/annotateParams';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../shared/settings';
import { findReports, isReport } from '../reports/files';
import { annotationLabel, storeDiagnostics } from './features/annotationDiagnostics';
import { UserAnnotations } from './userAnnotations';
import { exportWorkspace } from './exporting';
import { codeActions, DISMISS_COMMAND, OPEN_BESIDE_COMMAND } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { pairDismissal } from './dismissals';
import { isCrosscheckExport } from '../annotations/exports/marker';
import { ChangedReports, computeDiagnostics } from './features/diagnostics';
import { DiagnosticsDelivery } from './diagnosticsDelivery';
import { hover, hoverStyle, toPlainText, type HoverStyle } from './features/hover';
import { relatedLocations } from './features/navigation';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { matchesFor } from './matches';
import { capProblems } from './problems';
import { ReportFiles } from './reportFiles';
import { claimInfo, listClaims, listEntities } from './views';
import { slices } from './yielding';
import { PartialChecks } from './partialChecks';
import { AnalysisCache, engineBuildId, isInside, userCacheDir } from '../cache/analysisCache';
import { DiagnosticsCache, diagnosticsKey } from '../cache/diagnosticsCache';
import { StatIndex, stampOf, textHash, type FileStamp } from '../cache/statIndex';
import { AnalysisPool } from '../workers/analysisPool';
import { WorkspaceIndex, type CheckResult } from './workspaceIndex';
import { ChunkedDocument, textLength } from './chunkedDocument';
import { OncePerVersion } from './oncePerVersion';

/** Per-document re-analysis waits for a pause in typing this long. */
const ANALYZE_DELAY_MS = 250;
/** Reports longer than this are re-analyzed on save only (analysis runs at roughly 1 MB/s). */
const LARGE_REPORT_CHARS = 300_000;
/** With run = onType, the cross-source check waits this long after the last edit. */
const CHECK_DELAY_MS = 600;
/** A cold start checks the reports indexed so far at every tenth of the way, but never more often than this many reports. */
const PARTIAL_CHECK_MIN_REPORTS = 20;

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  // Open documents are kept in blocks: a keystroke in a huge buffer edits one block, not a copy of the whole text.
  const documents = new TextDocuments<TextDocument>({ create: ChunkedDocument.create, update: (d, changes, version) => ChunkedDocument.update(d as ChunkedDocument, changes, version) });
  const index = new WorkspaceIndex();
  // Workers run this very bundle; from sources (tests that import the module) analysis stays on this thread. They
  // start once the client is answered: each loads the bundle and the model, which would otherwise compete with the
  // server's own startup for the cores and delay its answer to `initialize`.
  // A warm start whose reports all come from the cache needs none: they start at the first report to analyze.
  let pool = new AnalysisPool(null);
  let workersStarted = false;
  const startWorkers = () => {
    if (workersStarted) return;
    workersStarted = true;
    pool = new AnalysisPool(typeof __filename === 'string' && __filename.endsWith('server.js') ? __filename : null, undefined, cache);
  };
  let checkSeq = 0;
  let cache: AnalysisCache | null = null;
  /** What was last published, for the next start; the key it was saved (or restored) under. */
  let published: DiagnosticsCache | null = null;
  let publishedKey: string | null = null;
  /** Findings counted by the restored diagnostics, until the first check of this session ends. */
  let restoredCount: number | null = null;
  /** How many reports the restored diagnostics are of (the index fills behind them). */
  let restoredReports = 0;
  /** Each report file's size, time and text hash when last read, so a warm start need not read unchanged ones. */
  let stats: StatIndex | null = null;
  /** The hash of each indexed text (see textHash), by its document. */
  const textHashes = new WeakMap<TextDocument, string>();
  let folders: WorkspaceFolder[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let settingsProblems: string[] = [];
  let canConfigure = false;
  let hoverStyleOf: HoverStyle = 'links';
  let canShowDocument = false;
  let canRefreshLenses = false;
  let canRefreshTokens = false;
  let canWatchFiles = false;
  let hasWorkspaceFolders = false;
  let state: Status['state'] = 'starting';
  let percent: number | null = null;
  let user = new UserAnnotations(null, () => {});
  const files = new ReportFiles();
  /** A report's text from disk; a Crosscheck export (wherever it was saved) is never a report. */
  const readText = (uri: string, folder: string | undefined, stamp?: (s: FileStamp) => void): string | undefined => {
    const text = files.read(uri, folder, stamp);
    return text !== undefined && !isCrosscheckExport(text) ? text : undefined;
  };
  /** Pulled by clients that can (LSP 3.17), pushed to the others; only reports whose list changed are re-sent. */
  let delivery = new DiagnosticsDelivery(connection, false, false);
  /** An edit's check recomputes and compares only the lists it may have changed. */
  const changes = new ChangedReports();
  const analyzeTimers = new Map<string, NodeJS.Timeout>();
  let checkTimer: NodeJS.Timeout | undefined;
  let ready = false;

  /** Resolves once the status is written (messages go out in order: everything sent before it is written too). */
  const sendStatus = (): Promise<void> =>
    connection.sendNotification(StatusNotification, {
      state,
      percent,
      reports: restoredCount !== null ? Math.max(restoredReports, index.size) : index.size,
      contradictions: restoredCount ?? index.lastCheck.contradictions.filter(c => !user.isDismissed(c)).length,
      lastCheckMs: index.lastCheck.generation ? Math.round(index.lastCheck.ms * 10) / 10 : null,
      problems: capProblems([...settingsProblems, ...user.problems().map(p => p.message), ...files.problems()]),
    }).catch(() => {});

  const folderOf = (uri: string) =>
    folders.find(f => uri === f.uri || uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/'));

  /** Reports are files under a workspace folder that match the settings' globs; outside any folder, open text files count. */
  const isReportUri = (uri: string): boolean => {
    const folder = folderOf(uri);
    if (!folder) return true;
    if (!uri.startsWith('file:') || !folder.uri.startsWith('file:')) return true;
    return isReport(path.relative(fileURLToPath(folder.uri), fileURLToPath(uri)), settings.reports);
  };

  /**
   * Runs the check over the index and publishes the diagnostics that changed, for every report (open or not). Open
   * reports edited since their analysis are analyzed first (big ones on a worker), so no diagnostic is computed on
   * an old text; a check started meanwhile supersedes this one, which then stops. Undefined when superseded.
   */
  const runCheck = async (): Promise<CheckResult | undefined> => {
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = undefined;
    const seq = ++checkSeq;
    state = 'checking';
    await bringOpenReportsCurrent();
    if (seq !== checkSeq) return undefined;
    // The check gives way every slice of work: hovers and edits are answered while it runs over many reports.
    // A newer check (a newer edit saved) stops this one at its next pause.
    const checked = await index.checkGivingWay(user.refresh(index).corrections, slices(), () => seq !== checkSeq);
    if (!checked || seq !== checkSeq) return undefined;
    const result = deliverCheck(checked);
    restoredCount = null;
    state = 'idle';
    sendStatus();
    // The diagnostics are out: the workers now write the analyses made for the cache (a cold start's many files).
    void pool.flush();
    void connection.sendNotification(IndexChangedNotification, { version: result.generation });
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => {});
    return result;
  };

  /**
   * Checks the reports indexed so far, giving way to requests and to the indexing itself (whose workers are fed
   * meanwhile), and sends the diagnostics that changed; nothing when `stop` turns true at a pause. Returns the time
   * it kept this thread busy.
   */
  const checkPartially = async (stop: () => boolean): Promise<number> => {
    const checked = await index.checkGivingWay(user.refresh(index).corrections, slices(), stop);
    if (!checked) return 0;
    const t = performance.now();
    deliverCheck(checked);
    return checked.ms + performance.now() - t;
  };

  /** Sends the diagnostics of the check just made that changed. */
  const deliverCheck = (result: CheckResult): CheckResult => {
    const only = changes.touched(result.contradictions, index.all(), JSON.stringify([settings.severity, user.items]));
    const diagnostics = computeDiagnostics(index, result.contradictions, settings, c => user.isDismissed(c), only ?? undefined);
    const storeUri = user.fileUri;
    if (storeUri) diagnostics.set(storeUri, storeDiagnostics(user));
    // A report edited while this check ran keeps what it has: these offsets are of its older text.
    delivery.deliver(diagnostics, uri => {
      const open = documents.get(uri);
      const keep = !!open && !!index.get(uri) && index.get(uri)!.version !== open.version;
      if (keep) changes.later(uri);
      return keep;
    }, !only);
    return result;
  };

  const hashOf = (r: { doc: TextDocument }): string => {
    let h = textHashes.get(r.doc);
    if (h === undefined) textHashes.set(r.doc, (h = textHash(r.doc.getText())));
    return h;
  };
  /** Each indexed report's uri and text hash: what the diagnostics are made from now, with diagnosticsExtra(). */
  const indexedHashes = () => [...index.all()].map(r => ({ uri: r.uri, hash: hashOf(r) }));
  const diagnosticsExtra = () => JSON.stringify([settings, user.items]);
  const currentKey = (folder: string) => diagnosticsKey(folder, indexedHashes(), diagnosticsExtra());

  /**
   * Every report's uri and text hash without reading any file: from the stat index for files whose size and time
   * are as when last read, from the editor for open ones. Undefined as soon as one file is new or changed.
   */
  const statHashes = (found: { file: string }[]): { uri: string; hash: string }[] | undefined => {
    if (!stats?.size) return undefined;
    const out: { uri: string; hash: string }[] = [];
    for (const { file } of found) {
      const uri = pathToFileURL(file).toString();
      const open = documents.get(uri);
      const hash = open ? (isCrosscheckExport(open.getText()) ? '' : textHash(open.getText())) : stats.hashOf(uri, stampOf(file));
      if (hash === undefined) return undefined;
      // '' marks a file that is no report (an export, an unreadable file): as absent from the index.
      if (hash) out.push({ uri, hash });
    }
    return out;
  };

  /**
   * A warm start whose inputs (`reports`, settings, annotations) are all as when the last session saved its
   * diagnostics publishes those at once; the real check then runs in the background and re-sends only lists that
   * differ. False when there is nothing to use.
   */
  const publishRestored = (reports: { uri: string; hash: string }[]): Promise<void> | undefined => {
    if (!published || !cache || reports.length === 0) return undefined;
    const key = diagnosticsKey(cache.folder, reports, diagnosticsExtra());
    const stored = published.load(key);
    if (!stored) return undefined;
    const lists = new Map<string, Diagnostic[]>(stored.lists);
    for (const r of reports) if (!lists.has(r.uri)) lists.set(r.uri, []);
    delivery.deliver(lists, () => false);
    changes.reset();
    publishedKey = key;
    restoredCount = stored.contradictions;
    restoredReports = reports.length;
    state = 'idle';
    return sendStatus();
  };

  /** Saves what the client has now for the next start, when it is of the current texts (no edit left unchecked). */
  const savePublished = () => {
    if (!published || !cache || index.stale || restoredCount !== null || index.lastCheck.generation === 0) return;
    const key = currentKey(cache.folder);
    if (key === publishedKey) return;
    publishedKey = key;
    published.save(key, index.lastCheck.contradictions.filter(c => !user.isDismissed(c)).length, delivery.published());
  };

  /** Whether the user dismissed the contradiction between two claims, for hovers and lenses. */
  // Kept per check and annotation state: a hover must not walk every contradiction of a big folder.
  let dismissedMemo: { check: unknown; state: unknown; pair: ReturnType<typeof pairDismissal> } | undefined;
  const dismissedPair = () => {
    if (dismissedMemo?.check !== index.lastCheck || dismissedMemo.state !== user.state) {
      dismissedMemo = { check: index.lastCheck, state: user.state, pair: pairDismissal(index.lastCheck.contradictions, c => user.isDismissed(c)) };
    }
    return dismissedMemo.pair;
  };

  const scheduleCheck = (delay: number) => {
    if (!ready) return;
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = setTimeout(runCheck, delay);
  };

  /** Re-analyzes an open document now (cancelling a pending delayed run). */
  const analyzeNow = (doc: TextDocument) => {
    const t = analyzeTimers.get(doc.uri);
    if (t) clearTimeout(t);
    analyzeTimers.delete(doc.uri);
    // A newer version may have arrived while we waited: always analyze the latest text.
    const latest = documents.get(doc.uri) ?? doc;
    index.update(latest.uri, latest.getText(), latest.version);
  };

  /**
   * Analyzes a big open report on a worker, once per version (see oncePerVersion.ts); the result is dropped when a
   * newer version arrived meanwhile.
   */
  const workerAnalyses = new OncePerVersion(async (uri, version) => {
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return;
    const text = doc.getText();
    startWorkers();
    const analysis = await pool.analyze(uri, text).catch(() => undefined);
    if (documents.get(uri)?.version === version && analysis) index.update(uri, text, version, analysis);
  });
  const analyzeOnWorker = (doc: TextDocument): Promise<void> => workerAnalyses.start(doc.uri, doc.version);

  /** Small reports now, on this thread (a few ms each); big ones on workers, while requests are answered. */
  const analyzeOpen = (doc: TextDocument): Promise<void> =>
    textLength(doc) > LARGE_REPORT_CHARS ? analyzeOnWorker(doc) : Promise.resolve(analyzeNow(doc));

  /** Analyzes a report read from disk on a worker, which keeps the result in the cache for the next start. */
  const analyzeAndKeep = (uri: string, text: string) => {
    startWorkers();
    return pool.analyze(uri, text, !!cache).catch(() => undefined);
  };

  const bringOpenReportsCurrent = () =>
    Promise.all([...documents.all()].filter(d => isReportUri(d.uri) && index.get(d.uri)?.version !== d.version).map(analyzeOpen));

  const loadSettings = async () => {
    if (!canConfigure) return;
    const raw = await connection.workspace.getConfiguration({ section: 'crosscheck' }).catch(() => ({}));
    const parsed = parseSettings(raw);
    settings = parsed.settings;
    if (parsed.problems.length && parsed.problems.join() !== settingsProblems.join()) {
      void connection.window.showWarningMessage(`Crosscheck settings: ${parsed.problems.join('; ')}`);
    }
    settingsProblems = parsed.problems;
  };

  /** Every report file of every workspace folder. */
  const listReports = () =>
    folders.filter(f => f.uri.startsWith('file:')).flatMap(f => findReports(fileURLToPath(f.uri), settings.reports).map(file => ({ file, folder: f.uri })));

  /**
   * Indexes every report of every workspace folder, yielding between files so requests stay answered. Behind
   * restored diagnostics (`quiet`) it shows no progress: the status stays idle with what was restored.
   */
  const indexWorkspace = async (found = listReports(), quiet = false) => {
    const progress = quiet ? undefined : await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Crosscheck', 0, `Indexing ${found.length.toLocaleString('en-US')} reports`, false);
    if (!quiet) {
      state = 'indexing';
      percent = 0;
      sendStatus();
    }
    let lastReport = Date.now();
    const pause = slices();
    let next = 0;
    let done = 0;
    // The Problems panel fills as reports finish: the reports indexed so far are checked at every tenth of the way.
    // They are not wasted work: the claim index keeps the verdicts of the pairs they judged, and what they leave
    // undone falls to the final check, which nothing overlaps (fewer of them made it longer at 10,000 reports).
    // Only analyses count towards a tenth: reports taken from the cache come in fast, and a warm start whose reports
    // all come from there checks once, at the end, instead of eleven times over a growing index.
    const step = Math.max(PARTIAL_CHECK_MIN_REPORTS, Math.ceil(found.length / 10));
    let analyzed = 0;
    let nextPartial = step;
    const partials = new PartialChecks();
    // A cache without this engine build's folder holds none of these reports (the workers store theirs after the check).
    const mayBeCached = !!cache?.mayHoldEntries();
    // A few reports in flight per worker keep every core busy; this thread reads files and answers requests.
    const lane = async () => {
      while (next < found.length) {
        const { file, folder } = found[next++];
        const uri = pathToFileURL(file).toString();
        // Stamped before reading (on the open file, by the read itself): a change after this point shows as a
        // different stamp next time. A file refused before its bytes were read is stamped apart.
        let stamp: FileStamp | undefined;
        const open = !!documents.get(uri);
        const text = open ? undefined : readText(uri, folder, s => (stamp = s));
        if (stats && !open) stamp ??= stampOf(file);
        const hash = text === undefined ? '' : textHash(text);
        if (stamp && stats) stats.record(uri, stamp, hash);
        const note = files.note(uri);
        if (note) connection.console.warn(note);
        if (text !== undefined && index.get(uri)?.doc.getText() !== text) {
          let analysis = mayBeCached ? cache?.get(uri, text) : undefined;
          if (!analysis) {
            analysis = await analyzeAndKeep(uri, text);
            analyzed++;
          }
          if (!documents.get(uri)) textHashes.set(index.update(uri, text, null, analysis).doc, hash);
        }
        done++;
        if (analyzed >= nextPartial && done < found.length && partials.mayStart()) {
          nextPartial = analyzed + step;
          partials.start(checkPartially);
          progress?.report(Math.round((done / found.length) * 100), `Indexing ${done}/${found.length} reports`);
        }
        if (!quiet && Date.now() - lastReport > 100) {
          lastReport = Date.now();
          percent = Math.round((done / found.length) * 100);
          progress?.report(percent, `Indexing ${done}/${found.length} reports`);
          void sendStatus();
        }
        // Requests (and messages queued to go out) are served between slices of reading.
        await pause();
      }
    };
    await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism() * 2) }, lane));
    // The check that follows covers everything: a partial one still running stops at its next pause.
    await partials.end();
    await Promise.all([...documents.all()].filter(d => isReportUri(d.uri)).map(analyzeOpen));
    percent = null;
    progress?.done();
    if (stats) {
      stats.retain(new Set(found.map(f => pathToFileURL(f.file).toString())));
      stats.save(uri => readText(uri, folderOf(uri)?.uri), uri => fileURLToPath(uri));
    }
  };

  /** The annotation store lives in the first workspace folder; changes on disk (a teammate's pull, another window) re-check. */
  const initStore = () => {
    const root = folders.find(f => f.uri.startsWith('file:'));
    user.dispose();
    user = new UserAnnotations(root ? fileURLToPath(root.uri) : null, () => {
      if (ready) void runCheck();
    });
  };

  connection.onInitialize((params: InitializeParams) => {
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    canConfigure = !!params.capabilities.workspace?.configuration;
    hoverStyleOf = hoverStyle(params.capabilities);
    canShowDocument = !!params.capabilities.window?.showDocument?.support;
    canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    canRefreshTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    hasWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
    cache = openCache(params.initializationOptions, folders);
    published = cache && new DiagnosticsCache(cache.folder);
    stats = cache && new StatIndex(cache.folder);
    const pull = !!params.capabilities.textDocument?.diagnostic;
    delivery = new DiagnosticsDelivery(connection, pull, !!params.capabilities.workspace?.diagnostics?.refreshSupport);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: 'Crosscheck' },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: [DISMISS_COMMAND, OPEN_BESIDE_COMMAND, 'crosscheck.restoreDismissed'] },
        semanticTokensProvider: { legend: LEGEND, full: true, range: false },
        ...(pull ? { diagnosticProvider: { identifier: 'crosscheck', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          // Renamed or moved reports (and folders of them) keep their annotations.
          fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
        },
      },
      serverInfo: { name: 'crosscheck', version: typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev' },
    };
  });

  connection.onInitialized(async () => {
    if (!cache?.mayHoldEntries()) startWorkers();
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' });
    // Editors other than VS Code (whose client watches files itself) are asked to report report-file changes.
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: ['**/*.{txt,md,markdown,text}', '**/.crosscheck/annotations.jsonld'].map(globPattern => ({ globPattern })),
      });
    }
    // Only clients that support workspace folders may be asked for their changes (the library throws otherwise).
    if (hasWorkspaceFolders) connection.workspace.onDidChangeWorkspaceFolders(async e => {
      folders = [...folders.filter(f => !e.removed.some(r => r.uri === f.uri)), ...e.added];
      for (const r of [...index.all()]) if (e.removed.some(f => r.uri.startsWith(f.uri))) index.remove(r.uri);
      await indexWorkspace();
      await runCheck();
    });
    await loadSettings();
    initStore();
    // Unchanged since the last session (by the files' sizes and times): its diagnostics before anything is read.
    const found = listReports();
    const early = publishRestored(statHashes(found) ?? []);
    // The connection writes one message per turn of the event loop: they go out before the reports are read.
    if (early) await early;
    await indexWorkspace(found, !!early);
    ready = true;
    // Unchanged since the last session (by the texts): its diagnostics now, the check behind them (it gives way to
    // requests and starts no worker: every analysis comes from the cache).
    if (early || publishRestored(indexedHashes())) void runCheck();
    else if (await runCheck()) savePublished();
  });

  connection.onDidChangeConfiguration(async () => {
    await loadSettings();
    if (!ready) return;
    // The report globs may have changed: drop what no longer counts and index what now does.
    for (const r of [...index.all()]) if (!isReportUri(r.uri)) index.remove(r.uri);
    await indexWorkspace();
    await runCheck();
  });

  documents.onDidOpen(async e => {
    if (!isReportUri(e.document.uri) || isCrosscheckExport(e.document.getText())) return;
    await analyzeOpen(e.document);
    if (ready && index.stale) scheduleCheck(0);
    // A report opened is likely to be edited: ready now what its first edit would otherwise wait for. The language
    // model and name tables (a warm start answers from its cache and never built them), once; and the pairs its claims
    // take part in, judged again in the background and remembered. A check asked for meanwhile stops the latter.
    setImmediate(() => void index.readyForEdits(e.document.uri, ready && !index.stale, slices(), () => checkTimer !== undefined).catch(() => {}));
  });
  documents.onDidChangeContent(e => {
    if (!isReportUri(e.document.uri)) return;
    // Very large reports take a while to analyze: re-analyze them on save only, so typing stays fluid.
    if (textLength(e.document) > LARGE_REPORT_CHARS) return;
    const old = analyzeTimers.get(e.document.uri);
    if (old) clearTimeout(old);
    analyzeTimers.set(e.document.uri, setTimeout(() => {
      analyzeNow(e.document);
      if (settings.run === 'onType') scheduleCheck(CHECK_DELAY_MS);
    }, ANALYZE_DELAY_MS));
  });
  documents.onDidSave(async e => {
    if (!isReportUri(e.document.uri)) return;
    // Saving asks for the findings now, whatever the typing delay: the check brings the open reports current first.
    if (settings.run !== 'manual') void runCheck();
    else {
      await analyzeOpen(e.document);
      user.refresh(index);
    }
    void user.savePositions(e.document.uri).catch(err => connection.console.warn(`annotation positions not saved: ${String(err)}`));
  });
  documents.onDidClose(e => {
    // Closed without saving: the file on disk is what the report says now.
    if (!e.document.uri.startsWith('file:') || !folderOf(e.document.uri)) {
      if (index.remove(e.document.uri)) scheduleCheck(0);
      return;
    }
    const text = readText(e.document.uri, folderOf(e.document.uri)?.uri);
    if (text !== undefined) index.update(e.document.uri, text, null);
    else index.remove(e.document.uri);
    if (index.stale && settings.run !== 'manual') scheduleCheck(0);
  });

  connection.workspace.onDidRenameFiles(async e => {
    for (const { oldUri, newUri } of e.files) {
      const inside = (uri: string) => uri === oldUri || uri.startsWith(oldUri.endsWith('/') ? oldUri : `${oldUri}/`);
      for (const r of [...index.all()]) {
        if (!inside(r.uri)) continue;
        index.remove(r.uri);
        const moved = newUri + r.uri.slice(oldUri.length);
        if (!isReportUri(moved) || documents.get(moved)) continue;
        const text = readText(moved, folderOf(moved)?.uri);
        if (text !== undefined) index.update(moved, text, null);
      }
      await user.rename(oldUri, newUri).catch(err => connection.console.warn(`annotations not moved: ${String(err)}`));
    }
    if (ready) await runCheck();
  });

  connection.onDidChangeWatchedFiles(e => {
    for (const change of e.changes) {
      if (!change.uri.startsWith('file:') || documents.get(change.uri)) continue;
      if (change.uri === user.fileUri) {
        user.reload();
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        index.remove(change.uri);
        files.forget(change.uri);
        continue;
      }
      if (!isReportUri(change.uri)) continue;
      const text = readText(change.uri, folderOf(change.uri)?.uri);
      if (text !== undefined) index.update(change.uri, text, null);
      else index.remove(change.uri);
    }
    if (index.stale && settings.run !== 'manual') scheduleCheck(CHECK_DELAY_MS);
  });

  /**
   * Per-document requests answer for the text the editor shows: an open report edited since its last analysis is
   * analyzed now (one report, a few ms), so highlighting and hovers never land on shifted offsets while typing.
   */
  const current = (uri: string) => {
    const open = documents.get(uri);
    const indexed = index.get(uri);
    if (open && indexed && indexed.version !== open.version && isReportUri(uri) && textLength(open) <= LARGE_REPORT_CHARS) {
      analyzeNow(open);
    }
    return index.get(uri);
  };
  const offsetAt = (uri: string, position: { line: number; character: number }) => current(uri)?.doc.offsetAt(position);

  const plainIfNeeded = (h: Hover | null): Hover | null => {
    if (!h || hoverStyleOf !== 'plaintext' || typeof h.contents !== 'object' || !('kind' in h.contents)) return h;
    return { ...h, contents: { kind: 'plaintext', value: toPlainText(h.contents.value) } };
  };
  connection.onHover(p => {
    const uri = p.textDocument.uri;
    const o = offsetAt(uri, p.position);
    if (o === undefined) return null;
    const h = hover(index, uri, o, index.nameOf, dismissedPair(), hoverStyleOf);
    // The user's own annotations here come after what the engine says.
    const mine = user.state.placed.filter(x => x.path === uri && x.start <= o && o <= x.end);
    if (!mine.length) return plainIfNeeded(h);
    const notes = mine.map(x => `✎ _Your annotation_: ${annotationLabel(x.annotation)}`).join('\n\n');
    if (!h) {
      const r = index.get(uri)!;
      const range = { start: r.doc.positionAt(mine[0].start), end: r.doc.positionAt(mine[0].end) };
      return plainIfNeeded({ contents: { kind: 'markdown', value: notes }, range });
    }
    const value = typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    return plainIfNeeded({ ...h, contents: { kind: 'markdown', value: `${value}\n\n---\n\n${notes}` } });
  });
  connection.onDefinition(p => {
    const o = offsetAt(p.textDocument.uri, p.position);
    return o === undefined ? [] : relatedLocations(index, p.textDocument.uri, o, false);
  });
  connection.onReferences(p => {
    const o = offsetAt(p.textDocument.uri, p.position);
    return o === undefined ? [] : relatedLocations(index, p.textDocument.uri, o, p.context.includeDeclaration);
  });
  connection.onDocumentSymbol(p => (current(p.textDocument.uri), documentSymbols(index, p.textDocument.uri)));
  connection.onWorkspaceSymbol(p => workspaceSymbols(index, p.query));
  connection.onCodeLens(p => (settings.codeLens.enabled && current(p.textDocument.uri) ? codeLenses(index, p.textDocument.uri, dismissedPair()) : []));
  connection.onCodeAction(p => codeActions(p.textDocument.uri, p.context.diagnostics));
  connection.languages.semanticTokens.on(p => {
    const r = current(p.textDocument.uri);
    // A large report edited since its analysis would get colors on shifted offsets: none is better than wrong.
    const stale = r && documents.get(r.uri) && documents.get(r.uri)!.version !== r.version;
    return r && !stale && settings.semanticHighlighting.enabled ? semanticTokens(r) : { data: [] };
  });

  connection.onExecuteCommand(async p => {
    const args = p.arguments ?? [];
    if (p.command === DISMISS_COMMAND) {
      const c = index.lastCheck.contradictions.find(x => x.id === args[0]);
      if (!c) return;
      let saved;
      try {
        saved = await user.dismiss(c, index);
      } catch (e) {
        void connection.window.showErrorMessage(`Crosscheck: could not save the dismissal: ${(e as Error).message}`);
        return;
      }
      await runCheck();
      const undo = await connection.window.showInformationMessage('Crosscheck: marked as not a contradiction.', { title: 'Undo' });
      if (undo?.title === 'Undo') {
        await user.remove(saved.id);
        await runCheck();
      }
    } else if (p.command === 'crosscheck.restoreDismissed') {
      for (const a of user.items) {
        if ((a.body as { type?: string; what?: string }).type === 'crosscheck:Rejection' && (a.body as { what?: string }).what === 'contradiction') await user.remove(a.id);
      }
      await runCheck();
    } else if (p.command === OPEN_BESIDE_COMMAND) {
      const [uri, start, end] = args as [string, number, number];
      const r = index.get(uri);
      if (!r || !canShowDocument) return;
      await connection.window.showDocument({ uri, takeFocus: true, selection: { start: r.doc.positionAt(start), end: r.doc.positionAt(end) } });
    }
  });

  connection.languages.diagnostics.on(p => delivery.document(p));
  connection.languages.diagnostics.onWorkspace(p => delivery.workspace(p));
  // Thousands of reports make this long: it gives way between reports, and a check meanwhile restarts it.
  connection.onRequest(ClaimsRequest, async p => {
    const only = ClaimsParamsSchema.parse(p ?? {}).onlyContradictions;
    let claims: ClaimInfo[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const generation = index.lastCheck.generation;
      claims = await listClaims(index, only, slices());
      if (index.lastCheck.generation === generation) break;
    }
    return { claims };
  });
  connection.onRequest(EntitiesRequest, () => ({ entities: listEntities(index) }));
  connection.onRequest(MatchingClaimsRequest, p => {
    const { uri, position } = MatchingClaimsParamsSchema.parse(p);
    const o = offsetAt(uri, position);
    const c = o === undefined ? undefined : index.claimAt(uri, o);
    if (!c) return { claim: null, matches: [] };
    return {
      claim: claimInfo(index, index.get(uri)!, c).info,
      matches: matchesFor(index, c.id).map(m => ({
        ...claimInfo(index, m.report, m.claim).info,
        relation: m.relation,
        independence: m.independence,
      })),
    };
  });
  connection.onRequest(CheckNowRequest, async () => {
    const r = (await runCheck()) ?? index.lastCheck;
    // Dismissed contradictions are not counted here either, as in the status bar and Problems.
    const contradictions = r.contradictions.filter(c => !user.isDismissed(c)).length;
    return { reports: index.size, contradictions, ms: Math.round(r.ms * 10) / 10 };
  });
  connection.onRequest(ExportRequest, p => exportWorkspace(index, ExportParamsSchema.parse(p).format, folders, user));
  connection.onRequest(AnnotateRequest, async p => {
    const { uri, range, body } = AnnotateParamsSchema.parse(p);
    const r = index.get(uri);
    if (!r) throw new Error('this file is not a report Crosscheck indexes');
    const start = r.doc.offsetAt(range.start);
    const end = r.doc.offsetAt(range.end);
    if (end <= start) throw new Error('select the text to annotate first');
    const a = await user.add(uri, r.doc.getText(), start, end, body);
    await runCheck();
    return { id: a.id };
  });
  connection.onRequest(RemoveAnnotationRequest, async p => {
    const removed = await user.remove(RemoveAnnotationParamsSchema.parse(p).id);
    await runCheck();
    return { removed };
  });
  connection.onRequest(UserAnnotationsRequest, () => {
    const st = user.state;
    const placed = st.placed.map(x => {
      const r = index.get(x.path)!;
      return { id: x.annotation.id, uri: x.path, range: { start: r.doc.positionAt(x.start), end: r.doc.positionAt(x.end) },
        source: x.annotation.target.source, quote: r.doc.getText().slice(x.start, x.end), label: annotationLabel(x.annotation), orphaned: false };
    });
    const orphaned = st.orphaned.map(a => ({ id: a.id, uri: null, range: null, source: a.target.source,
      quote: a.target.selector.find(s => s.type === 'TextQuoteSelector')?.exact ?? '', label: annotationLabel(a), orphaned: true }));
    return { items: [...placed, ...orphaned], problems: user.problems().map(x => x.message) };
  });

  // Analyses still being written to the cache land before the client is told the server may exit.
  connection.onShutdown(async () => {
    savePublished();
    await published?.flush();
    await stats?.flush();
    await pool.flush();
    pool.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * The analysis cache: in the storage folder the client gives (VS Code's workspace storage), else in the user's cache
 * folder, one subfolder per workspace. Never inside a workspace folder: then there is no cache.
 */
function openCache(options: unknown, folders: WorkspaceFolder[]): AnalysisCache | null {
  const given = (options as { storagePath?: unknown } | null | undefined)?.storagePath;
  const key = createHash('sha256').update(folders.map(f => f.uri).join('\n')).digest('hex').slice(0, 16);
  const root = typeof given === 'string' && path.isAbsolute(given)
    ? path.join(given, 'analysis-cache')
    : path.join(userCacheDir(), 'workspaces', key);
  const local = folders.filter(f => f.uri.startsWith('file:')).map(f => fileURLToPath(f.uri));
  if (local.some(f => isInside(root, f))) return null;
  const version = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
  return new AnalysisCache(root, engineBuildId(typeof __filename === 'string' ? __filename : undefined, version));
}

declare const CROSSCHECK_VERSION: string;
