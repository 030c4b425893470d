// Locates ../shared/data (training, dev and gazetteer material that stays outside the repo),
// or $VNTEXT_SHARED_DATA. Scripts exit when it is missing; tests skip with a printed reason,
// because `npm test` must pass on a fresh clone without it (CI has it and runs them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a file under the shared data folder, or null when it is absent. */
export function findShared(relative: string): string | null {
  const dir = process.env.VNTEXT_SHARED_DATA ?? resolve(repoRoot, '../shared/data');
  const file = resolve(dir, relative);
  return existsSync(file) ? file : null;
}

/** For scripts: the path of a shared file; exits with a clear message if it is absent. */
export function sharedPath(relative: string): string {
  const file = findShared(relative);
  if (file === null) {
    console.error(`missing ${relative}: this script needs ../shared/data (or set VNTEXT_SHARED_DATA)`);
    process.exit(2);
  }
  return file;
}

/** For tests: the path of a shared file, or null after printing why the test is skipped. */
export function sharedFile(relative: string): string | null {
  const file = findShared(relative);
  if (file === null) console.warn(`[skipped] ${relative} not found (place ../shared/data beside the repo or set VNTEXT_SHARED_DATA)`);
  return file;
}

/**
 * Writes a generated module under the repository, or with `--check` on the command line,
 * exits 1 if the committed file differs from what this run produced (so CI can verify that
 * generated files never drift from their sources).
 */
export function writeGenerated(relative: string, source: string): void {
  const file = resolve(repoRoot, relative);
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== source) {
      console.error(`${relative} is stale: run the script without --check to regenerate it`);
      process.exit(1);
    }
    console.log(`${relative} is up to date`);
    return;
  }
  writeFileSync(file, source);
  console.log(`wrote ${relative} (${source.length.toLocaleString('en')} chars)`);
}
