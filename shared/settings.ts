// The extension's settings (`crosscheck.*`). The manifest's contributes.configuration mirrors these defaults.
import { z } from 'zod';

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.markdown'];
export const DEFAULT_EXCLUDE = [
  '**/README*', '**/CHANGELOG*', '**/LICENSE*', '**/LICENCE*', '**/COPYING*', '**/NOTICE*', '**/CONTRIBUTING*',
  '**/CODE_OF_CONDUCT*', '**/SECURITY*', '**/AUTHORS*', '**/node_modules/**', '**/.git/**', '**/.crosscheck/**',
  '**/.vscode/**', '**/dist/**', '**/out/**',
];

const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

export const SettingsSchema = z.object({
  reports: z.object({
    include: z.array(z.string().min(1)).default(DEFAULT_INCLUDE),
    exclude: z.array(z.string().min(1)).default(DEFAULT_EXCLUDE),
  }).default({ include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE }),
  run: z.enum(['onSave', 'onType', 'manual']).default('onSave'),
  severity: z.object({
    clear: severity.default('warning'),
    possible: severity.default('information'),
  }).default({ clear: 'warning', possible: 'information' }),
  semanticHighlighting: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  codeLens: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Validates user settings section by section: a bad value falls back to its default and yields one message
 * naming the setting, so one typo never disables the rest.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const input = raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
  const result = SettingsSchema.safeParse(input);
  if (result.success) return { settings: result.data, problems };
  for (const issue of result.error.issues) {
    problems.push(`crosscheck.${issue.path.join('.')}: ${issue.message}; using the default`);
    dropPath(input, issue.path as (string | number)[]);
  }
  const retry = SettingsSchema.safeParse(input);
  return { settings: retry.success ? retry.data : DEFAULT_SETTINGS, problems };
}

function dropPath(obj: Record<string, unknown>, path: (string | number)[]): void {
  if (path.length === 0) return;
  const [head, ...rest] = path;
  const key = String(head);
  if (rest.length === 0 || typeof obj[key] !== 'object' || obj[key] === null || Array.isArray(obj[key])) {
    delete obj[key];
    return;
  }
  obj[key] = { ...(obj[key] as Record<string, unknown>) };
  dropPath(obj[key] as Record<string, unknown>, rest);
}
