// Locates ../shared/data (training, dev and gazetteer material that stays outside the repo).
// Tests that need it call `sharedData()` and skip, with a printed reason, when it is absent:
// `npm test` must pass on a fresh clone without ../shared; CI has it and runs them.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of the shared data folder, or null when this checkout has none. */
export function sharedDataDir(): string | null {
  const dir = process.env.VNTEXT_SHARED_DATA ?? resolve(repoRoot, '../shared/data');
  return existsSync(dir) ? dir : null;
}

/** Path of a file under the shared data folder, or null (after printing why) when absent. */
export function sharedFile(relative: string): string | null {
  const dir = sharedDataDir();
  const file = dir === null ? null : resolve(dir, relative);
  if (file === null || !existsSync(file)) {
    console.warn(`[skipped] ${relative} not found (set VNTEXT_SHARED_DATA or place ../shared/data beside the repo)`);
    return null;
  }
  return file;
}
