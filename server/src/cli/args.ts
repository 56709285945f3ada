// Command-line parsing: node's parseArgs in strict mode, so an unknown option is a usage error, never ignored.
import { parseArgs } from 'node:util';

export const COMMANDS = ['analyze', 'check', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

export const FORMATS: Record<Command, readonly string[]> = {
  analyze: ['text', 'json'],
  check: ['text', 'json', 'sarif'],
  export: ['w3c', 'csv', 'sarif', 'markdown', 'json'],
};

export interface CliOptions {
  command: Command;
  paths: string[];
  format: string;
  failOn: 'clear' | 'possible' | 'none';
  include: string[];
  exclude: string[];
  annotations: string | null;
  /** Folder of the analysis cache (--cache), or null for none. */
  cache: string | null;
  quiet: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: crosscheck <command> [options] <files|folders...>

A path '-' reads a report from standard input; 'check - reports/' checks that draft against the folder and
prints only the draft's findings.

Commands:
  analyze   recognize entities, quantities, dates, attributions and claims in each report
  check     cross-check claims across reports and print contradictions like a linter
  export    export annotations and findings (W3C Web Annotation, CSV, SARIF, Markdown)

Options:
  -f, --format <fmt>      analyze: text | json (default text)
                          check:   text | json | sarif (default text)
                          export:  w3c | csv | sarif | markdown | json (default w3c)
      --fail-on <level>   check: exit 1 when a finding at or above this level exists:
                          clear | possible | none (default clear)
      --include <glob>    which files in folders are reports (repeatable; default **/*.txt, **/*.md, **/*.markdown)
      --exclude <glob>    files to leave out (repeatable; adds to the defaults: README, CHANGELOG, LICENSE, ...)
      --annotations <file> user annotations to honour (default: each folder's .crosscheck/annotations.jsonld,
                          and the current folder's)
      --cache <dir>       keep each report's analysis in <dir>; unchanged reports are not analyzed again
  -q, --quiet             print findings only, no summary
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage error (bad option, missing path).`;

export type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

export function parseCli(argv: string[]): Parsed {
  const { values, positionals } = readArgs(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  const cmd = commandOf(command);
  if (paths.length === 0) throw new UsageError(`'${cmd}' needs at least one file or folder`);
  return {
    kind: 'run',
    options: {
      command: cmd,
      paths,
      format: formatOf(cmd, values.format),
      failOn: failOnOf(values['fail-on']),
      include: values.include ?? [],
      exclude: values.exclude ?? [],
      annotations: values.annotations ?? null,
      cache: values.cache ?? null,
      quiet: values.quiet ?? false,
    },
  };
}

/** The options and positionals as node's strict parser reads them; its first message line as a usage error. */
function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        annotations: { type: 'string' },
        cache: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0].split('. To specify')[0]);
  }
}

/** The first positional as a known command. */
function commandOf(command: string | undefined): Command {
  if (!command) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command '${command}' (expected ${COMMANDS.join(', ')})`);
  }
  return command as Command;
}

/** --format, checked against the command's formats; the command's first format when not given. */
function formatOf(cmd: Command, given: string | undefined): string {
  const format = given ?? FORMATS[cmd][0];
  if (!FORMATS[cmd].includes(format)) {
    throw new UsageError(`'${cmd}' does not support --format ${format} (expected ${FORMATS[cmd].join(', ')})`);
  }
  return format;
}

/** --fail-on, clear when not given. */
function failOnOf(given: string | undefined): CliOptions['failOn'] {
  const failOn = given ?? 'clear';
  if (failOn !== 'clear' && failOn !== 'possible' && failOn !== 'none') {
    throw new UsageError(`--fail-on must be clear, possible or none, not '${failOn}'`);
  }
  return failOn;
}
