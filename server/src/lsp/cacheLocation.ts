// Where the analysis cache of a workspace lives.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import { AnalysisCache, engineBuildId, isInside, userCacheDir } from '../cache/analysisCache';

/**
 * The analysis cache: in the storage folder the client gives (VS Code's workspace storage), else in the user's cache
 * folder, one subfolder per workspace. Never inside a workspace folder: then there is no cache.
 */
export function openCache(options: unknown, folders: WorkspaceFolder[]): AnalysisCache | null {
  const given = (options as { storagePath?: unknown } | null | undefined)?.storagePath;
  const key = createHash('sha256').update(folders.map(f => f.uri).join('\n')).digest('hex').slice(0, 16);
  const root = typeof given === 'string' && path.isAbsolute(given)
    ? path.join(given, 'analysis-cache')
    : path.join(userCacheDir(), 'workspaces', key);
  const local = folders.filter(f => f.uri.startsWith('file:')).map(f => fileURLToPath(f.uri));
  if (local.some(f => isInside(root, f))) return null;
  return new AnalysisCache(root, engineBuildId(typeof __filename === 'string' ? __filename : undefined, serverVersion()));
}

/** The version the bundle was built as ('dev' from sources). */
export function serverVersion(): string {
  return typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
}

declare const CROSSCHECK_VERSION: string;
