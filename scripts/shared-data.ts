// Scripts read training and dev material from ../shared/data (or $VNTEXT_SHARED_DATA).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a file under the shared data folder; exits with a clear message if absent. */
export function sharedPath(relative: string): string {
  const dir = process.env.VNTEXT_SHARED_DATA ?? resolve(repoRoot, '../shared/data');
  const file = resolve(dir, relative);
  if (!existsSync(file)) {
    console.error(`missing ${file}: this script needs ../shared/data (or set VNTEXT_SHARED_DATA)`);
    process.exit(2);
  }
  return file;
}
