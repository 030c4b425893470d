// The main entry bundled for browsers (esbuild, `--platform=browser --bundle --format=esm`)
// pulls in no `node:` module, and runs in real headless Chromium (Debian's `chromium`, which
// `.ci/run` installs) with exactly the results it gives in Node. Skips, saying why, where
// Chromium is not installed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';
import { probe } from './runtimes/probe.mjs';

const CHROMIUM = process.env.VNTEXT_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.log(`skipping the Chromium run: ${CHROMIUM} is missing (apt-get install chromium; .ci/run does)`);

const dist = resolve(repoRoot, 'dist/index.js');

async function bundle(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: resolve(repoRoot, 'test/runtimes'), loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

describe('the browser bundle of the main entry', () => {
  it('contains no node: import, no require and no dynamic code', async () => {
    const code = await bundle(`export * from ${JSON.stringify(dist)};`);
    expect(code.length).toBeGreaterThan(100_000);
    expect(code).not.toMatch(/\bnode:/);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/);
  });

  it.skipIf(!haveChromium)('runs in headless Chromium with the results Node gives', async () => {
    const { chromium } = await import('playwright-core');
    const code = await bundle(`
      import * as v from ${JSON.stringify(dist)};
      import { probe } from './probe.mjs';
      try { window.__result = JSON.stringify(probe(v)); } catch (e) { window.__result = 'error: ' + (e && e.stack || e); }
    `);
    const profile = mkdtempSync(join(tmpdir(), 'vntext-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent('<!doctype html><meta charset="utf-8"><title>vntext</title>');
      await page.addScriptTag({ content: code, type: 'module' });
      await page.waitForFunction(() => (globalThis as { __result?: string }).__result !== undefined, undefined, { timeout: 30_000 });
      const result = await page.evaluate(() => (globalThis as { __result?: string }).__result!);
      expect(errors).toEqual([]);
      const expected = JSON.parse(JSON.stringify(probe(await import(dist))));
      expect(result.startsWith('error:') ? result : JSON.parse(result)).toEqual(expected);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 90_000);
});
