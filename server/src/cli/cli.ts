// The `crosscheck` command line: the same engine as the language server, for batches and CI.
import { AnalysisOutputSchema } from '../../../shared/analysisOutput';
import { analyzeCorpus } from '../engine/corpus';
import { analysisOutput } from '../engine/output';
import type { Severity } from '../engine/types';
import { parseCli, UsageError, USAGE } from './args';
import { formatAnalysis, formatFindings } from './format';
import { collectInputs } from './inputs';

declare const CROSSCHECK_VERSION: string;

export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
}

const processIo: Io = {
  out: s => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: s => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  cwd: process.cwd(),
};

const RANK: Record<Severity | 'none', number> = { possible: 1, clear: 2, none: 3 };

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
    const inputs = collectInputs(o.paths, io.cwd, o.include, o.exclude);
    for (const s of inputs.skipped) io.err(`crosscheck: ${s.path}: ${s.reason}`);
    if (inputs.texts.size === 0) io.err('crosscheck: no reports found in the given paths');
    const corpus = analyzeCorpus([...inputs.texts].map(([path, text]) => ({ path, text })));
    for (const d of corpus.documents) for (const w of d.warnings) io.err(`crosscheck: ${d.path}: ${w}`);

    if (o.format === 'json') {
      const doc = analysisOutput(
        o.command === 'analyze' ? { ...corpus, contradictions: [] } : corpus,
        inputs.texts,
      );
      io.out(JSON.stringify(AnalysisOutputSchema.parse(doc), null, 2));
    } else if (o.command === 'analyze') {
      io.out(formatAnalysis(corpus.documents, inputs.texts));
    } else if (o.command === 'check' && o.format === 'text') {
      io.out(formatFindings(corpus, inputs.texts, o.quiet));
    } else {
      io.err(`crosscheck: --format ${o.format} is not available yet`);
      return 2;
    }
    if (o.command !== 'check') return 0;
    const worst = Math.max(0, ...corpus.contradictions.map(c => RANK[c.severity]));
    return worst >= RANK[o.failOn] ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`crosscheck: ${e.message}\nRun 'crosscheck --help' for usage.`);
      return 2;
    }
    throw e;
  }
}
