// Terminal colours: on for a terminal, off for pipes and files; NO_COLOR turns them off and FORCE_COLOR on
// (https://no-color.org, and the FORCE_COLOR convention of Node and most CLIs).
export interface Paint {
  severity(s: string): string;
  path(s: string): string;
  dim(s: string): string;
}

export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

const sgr = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const SEVERITY: Record<string, (s: string) => string> = { clear: sgr('1;31'), possible: sgr('33') };

export function paint(color: boolean): Paint {
  if (!color) return { severity: s => s, path: s => s, dim: s => s };
  return { severity: s => (SEVERITY[s] ?? sgr('1'))(s), path: sgr('1'), dim: sgr('2') };
}
