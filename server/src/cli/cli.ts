// The `crosscheck` command line: the same engine as the language server, for batches and CI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dismissedBy } from '../annotations/corrections';
import { exportClaimsCsv } from '../annotations/exports/csv';
import { exportMarkdown } from '../annotations/exports/markdown';
import { exportSarif } from '../annotations/exports/sarif';
import { exportW3c } from '../annotations/exports/w3c';
import { analyzeCorpus, type CorpusAnalysis } from '../engine/index';
import type { Severity } from '../engine/index';
import { parseCli, UsageError, USAGE, type CliOptions } from './args';
import { formatAnalysis, formatFindings, focusOn } from './format';
import { jsonChunks } from './jsonOut';
import { joinedChunks, utf8Chunks } from './chunks';
import { loadCliAnnotations } from './annotations';
import { InputAnalyzer } from './cache';
import { paint, wantsColor } from './color';
import { collectInputs, STDIN_NAME, type StdinReader } from './inputs';
import { decodeReport } from '../reports/decode';
import { MAX_FILE_BYTES } from '../reports/files';

declare const CROSSCHECK_VERSION: string;

export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  /** Colours in the text output (see color.ts for when). */
  color?: boolean;
  /** Standard input as a report, for the path `-`. */
  stdin?: StdinReader;
  /** Writes a piece of a long output as it is made (without it, the pieces are joined and given to `out`). */
  write?(chunk: string): void;
  /** Writes a piece of a long output as UTF-8 bytes (preferred over `write` when given: no string is joined). */
  writeBytes?(chunk: Uint8Array): void;
}

const processIo: Io = {
  out: s => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: s => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  cwd: process.cwd(),
  color: wantsColor(process.env, !!process.stdout.isTTY),
  stdin: readStdin,
  write: s => void process.stdout.write(s),
  writeBytes: b => void process.stdout.write(b),
};

const isFolder = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Standard input, read whole; a terminal gets a hint, since the CLI then waits for the user to type. */
function readStdin(): ReturnType<StdinReader> {
  if (process.stdin.isTTY) process.stderr.write('crosscheck: reading a report from standard input; end it with Ctrl+D\n');
  let buf: Buffer;
  try {
    buf = fs.readFileSync(0);
  } catch (e) {
    return { ok: false, reason: `cannot read standard input: ${(e as Error).message}` };
  }
  if (buf.length > MAX_FILE_BYTES) return { ok: false, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped` };
  // The same decoding as files: byte-order marks, UTF-16, legacy 8-bit encodings, binary refused.
  return decodeReport(buf);
}

const RANK: Record<Severity | 'none', number> = { possible: 1, clear: 2, none: 3 };

function render(
  command: string,
  format: string,
  corpus: CorpusAnalysis,
  texts: ReadonlyMap<string, string>,
  userItems: Parameters<typeof exportW3c>[2],
  quiet: boolean,
  color = false,
): string | Iterable<string> {
  const version = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
  switch (format) {
    case 'json':
      return jsonChunks(corpus, texts, command !== 'analyze');
    case 'sarif':
      return exportSarif(corpus.contradictions, texts, { toolVersion: version });
    case 'w3c':
      return exportW3c(corpus.documents, texts, userItems);
    case 'csv':
      return exportClaimsCsv(corpus.documents, texts);
    case 'markdown':
      return exportMarkdown(corpus.documents, corpus.contradictions, texts);
    default:
      return command === 'analyze' ? formatAnalysis(corpus.documents, texts) : formatFindings(corpus, texts, { quiet, paint: paint(color), focus: texts.has(STDIN_NAME) ? STDIN_NAME : undefined });
  }
}

/** Writes an output; one given in pieces is written chunk by chunk when the output can take them. */
function emit(io: Io, output: string | Iterable<string>): void {
  if (typeof output === 'string') return io.out(output);
  if (io.writeBytes) {
    let last = 0;
    for (const chunk of utf8Chunks(output)) {
      io.writeBytes(chunk);
      last = chunk[chunk.length - 1];
    }
    if (last !== 0x0a) io.writeBytes(Buffer.from('\n'));
    return;
  }
  if (!io.write) return io.out([...output].join(''));
  let last = '';
  for (const chunk of joinedChunks(output)) {
    if (chunk) io.write(chunk);
    last = chunk || last;
  }
  if (!last.endsWith('\n')) io.write('\n');
}

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const parsed = parseCli(argv);
    if (parsed.kind === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (parsed.kind === 'version') {
      io.out(typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev');
      return 0;
    }
    const o = parsed.options;
    const analyzer = new InputAnalyzer(o.cache, io.cwd);
    try {
      return await checkInputs(o, io, analyzer);
    } finally {
      analyzer.dispose();
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`crosscheck: ${e.message}\nRun 'crosscheck --help' for usage.`);
      return 2;
    }
    throw e;
  }
}

/** Reads, analyzes and checks the inputs, writes the output; returns the exit code. */
async function checkInputs(o: CliOptions, io: Io, analyzer: InputAnalyzer): Promise<number> {
  const inputs = collectInputs(o.paths, io.cwd, o.include, o.exclude, io.stdin, n => analyzer.expect(n));
  for (const s of inputs.skipped) io.err(`crosscheck: ${s.path}: ${s.reason}`);
  for (const n of inputs.notes) io.err(`crosscheck: ${n.path}: ${n.note}`);
  if (inputs.texts.size === 0) io.err('crosscheck: no reports found in the given paths');
  const folders = o.paths.filter(p => p !== '-' && isFolder(path.resolve(io.cwd, p)));
  const user = loadCliAnnotations(o.annotations, io.cwd, inputs.texts, folders);
  for (const p of user.problems) io.err(`crosscheck: ${p}`);
  const analyzed = analyzeCorpus(await analyzer.analyze(inputs.texts), user.state.corrections);
  const dismissed = dismissedBy(user.items, inputs.texts);
  const corpus: CorpusAnalysis = { ...analyzed, contradictions: analyzed.contradictions.filter(c => !dismissed(c)) };
  for (const d of corpus.documents) for (const w of d.warnings) io.err(`crosscheck: ${d.path}: ${w}`);
  emit(io, render(o.command, o.format, corpus, inputs.texts, user.items, o.quiet, io.color));
  if (o.command !== 'check') return 0;
  // Checking a draft from stdin against a folder fails only on the draft's own findings.
  const counted = inputs.texts.has(STDIN_NAME) ? focusOn(corpus.contradictions, STDIN_NAME).map(f => f[2]) : corpus.contradictions;
  const worst = Math.max(0, ...counted.map(c => RANK[c.severity]));
  return worst >= RANK[o.failOn] ? 1 : 0;
}
