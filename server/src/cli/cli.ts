export async function runCli(_args: string[]): Promise<number> {
  return 0;
}
