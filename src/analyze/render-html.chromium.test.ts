// Opens the page renderHtml writes in headless Chromium and checks what a reader sees. Skipped
// with a printed reason when Debian's chromium is not installed (apt-get install -y chromium).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, renderHtml } from './index.js';

// Runs inside the page (the project's types have no DOM).
declare const getComputedStyle: (e: unknown, pseudo?: string) => Record<'backgroundColor' | 'content' | 'fontWeight' | 'outlineStyle', string>;

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`[skipped] ${CHROMIUM} not found (apt-get install -y chromium)`);

const RAW = 'Sáng 23/10/2023, hội nghị diễn ra treân địa bàn tỉnh Lạng Sơn. Thanh Hoá có 478 HTX.\nÔng Nguyễn Văn An phát biểu.';
const at = (text: string) => ({ start: RAW.indexOf(text), end: RAW.indexOf(text) + text.length, text });

describe.skipIf(!available)('renderHtml in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights entities by type, marks fixes with their originals, emphasizes the summary, shows words on demand', async () => {
    const doc = analyze(RAW, { summary: { sentences: 1 } });
    // Entities come from extractEntities; fixed ones here, so the page is what is tested.
    const entities = [
      { type: 'date' as const, ...at('23/10/2023') },
      { type: 'location' as const, ...at('Lạng Sơn') },
      { type: 'person' as const, ...at('Nguyễn Văn An') },
    ];
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(renderHtml({ ...doc, entities }));

    const marks = await page.$$eval('mark.ent[data-type]', (els) =>
      els
        .filter((e) => e.closest('article') !== null)
        .map((e) => ({ type: e.getAttribute('data-type'), text: e.textContent, bg: getComputedStyle(e).backgroundColor, label: getComputedStyle(e, '::after').content })),
    );
    expect(marks).toEqual([
      { type: 'date', text: '23/10/2023', bg: 'rgb(142, 202, 230)', label: '"date"' },
      { type: 'location', text: 'Lạng Sơn', bg: 'rgb(144, 190, 109)', label: '"location"' },
      { type: 'person', text: 'Nguyễn Văn An', bg: 'rgb(248, 165, 194)', label: '"person"' },
    ]);

    const fixes = await page.$$eval('.fix', (els) => els.map((e) => ({ text: e.textContent, title: e.getAttribute('title') })));
    expect(fixes).toEqual([
      { text: 'trên', title: 'repaired (vni): treân' },
      { text: 'Hóa', title: 'normalized (tone-style): Hoá' },
    ]);

    const summary = await page.$$eval('mark.summary', (els) => els.map((e) => ({ text: e.textContent, weight: getComputedStyle(e).fontWeight })));
    expect(summary).toHaveLength(1);
    expect(summary[0]!.text).toBe('Sáng 23/10/2023, hội nghị diễn ra trên địa bàn tỉnh Lạng Sơn.');
    expect(Number(summary[0]!.weight)).toBeGreaterThanOrEqual(600);

    // The article reads as the clean text.
    expect(await page.$eval('article', (e) => e.textContent)).toBe(doc.clean);

    const outline = () => page.$eval('article .w', (e) => getComputedStyle(e).outlineStyle);
    expect(await outline()).toBe('none');
    await page.check('#show-words');
    expect(await outline()).toBe('solid');
    expect(await page.$$eval('article .w', (els) => els.map((e) => e.textContent))).toEqual(doc.words.map((w) => w.text));

    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
