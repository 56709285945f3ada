// TEMPORARY (matcher30 measurement): broad strictness variants switched by the M30 environment variable.
const env: Record<string, string | undefined> = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
export const M30 = new Set<string>((env.M30 ?? '').split(',').filter(Boolean));
export const NEAR_DAYS = Number(env.M30_DAYS ?? 3);
