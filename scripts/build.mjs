// Bundles the extension client, the language server, the CLI and the engine library with esbuild.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  legalComments: 'none',
  define: { CROSSCHECK_VERSION: JSON.stringify(version) },
};
const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/lsp/main.ts' } },
  { entryPoints: { cli: 'server/src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { engine: 'server/src/engine/index.ts' } },
  { entryPoints: { annotations: 'server/src/annotations/index.ts' } },
  { entryPoints: { reports: 'server/src/reports/index.ts' } },
];
const contexts = await Promise.all(builds.map(b => esbuild.context({ ...common, ...b, outdir: 'dist' })));
if (watch) {
  await Promise.all(contexts.map(c => c.watch()));
} else {
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
}
// The CLI is the package's bin: esbuild writes files without the execute bit, and `npx crosscheck` runs the file itself.
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
