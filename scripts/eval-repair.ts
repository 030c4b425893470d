// Scores `repair` on the legacy-encoding dev set (../shared/data/legacy/dev.jsonl) and prints
// exact match per encoding and mode as a markdown table.
//
//   npx tsx scripts/eval-repair.ts                 (the dev table)
//   npx tsx scripts/eval-repair.ts --val           (also a validation table, see below)
//   npx tsx scripts/eval-repair.ts --failures 20   (also up to 20 failures per row, to stderr)
//
// Modes: `whole` (every word damaged), `mixed` (one to three damaged words in clean text),
// `all-caps` (whole-text damage of an upper-case heading). Records marked `case_lossy` (TCVN3
// cannot store the case of most toned capitals) are compared case-insensitively. Controls must
// come back unchanged.
//
// The validation set is built here the way dev.jsonl was built, from sentences neither the dev
// set nor the syllable model has seen: the VTB dev-split sentences `dev-N` with N divisible by
// 3 (train-syllable-ngrams.ts leaves exactly those out), detokenized, 8 to 36 words, damaged
// with the library's own encoders (characters an encoding cannot hold are left as they are, as
// the reference simulator does), plus controls written for it. Tuning is judged on both tables,
// so a change that only helps dev shows up as such.
import { readFileSync } from 'node:fs';
import { type Encoding, type MojibakeOptions, mojibake, repair } from '../src/encoding/index.js';
import { type DevRecord, isRepaired, modeOf, readDevRecords } from './legacy-dev-set.js';
import { prng } from './prng.mjs';
import { sharedPath } from './shared-data.js';

const ENCODING_ORDER = ['vni', 'tcvn3', 'viqr', 'viscii-as-latin1', 'vps-as-latin1', 'cp1258-as-cp1252', 'utf8-as-cp1252', 'nfd'];
/**
 * Validation only: UTF-8 shown as Windows-1252 by pipelines that dropped the five undefined
 * bytes (0x81 0x8D 0x8F 0x90 0x9D) or turned them into U+FFFD.
 */
const VALIDATION_EXTRA = ['utf8-dropped', 'utf8-fffd'];
const MODES = ['whole', 'mixed', 'all-caps'] as const;

/** How each dev-set encoding name was produced, as `mojibake` arguments. */
const SIMULATED: Record<string, [Encoding, MojibakeOptions]> = {
  vni: ['vni', {}],
  tcvn3: ['tcvn3', {}],
  viqr: ['viqr', {}],
  'viscii-as-latin1': ['viscii', { view: 'latin1' }],
  'vps-as-latin1': ['vps', { view: 'latin1' }],
  'cp1258-as-cp1252': ['windows-1258', {}],
  'utf8-as-cp1252': ['utf-8', {}],
  nfd: ['nfd', {}],
};

function main(): void {
  const maxFailures = Number(process.argv[process.argv.indexOf('--failures') + 1] ?? 0) || 0;
  const records = readDevRecords(sharedPath('legacy/dev.jsonl'));
  score('dev set (legacy/dev.jsonl)', records, maxFailures);
  if (process.argv.includes('--val')) score('validation set (built by this script)', validationRecords(), maxFailures);
}

function score(title: string, records: DevRecord[], maxFailures: number): void {
  const cells = new Map<string, { ok: number; n: number }>();
  const failures = new Map<string, string[]>();
  const bump = (key: string, ok: boolean, detail: string): void => {
    const cell = cells.get(key) ?? { ok: 0, n: 0 };
    cell.n++;
    if (ok) cell.ok++;
    cells.set(key, cell);
    if (!ok) {
      const list = failures.get(key) ?? [];
      list.push(detail);
      failures.set(key, list);
    }
  };

  const started = performance.now();
  let bytes = 0;
  for (const r of records) {
    const got = repair(r.input).text;
    bytes += Buffer.byteLength(r.input);
    const ok = isRepaired(r, got);
    const mode = modeOf(r);
    const detail = `  in:  ${JSON.stringify(r.input)}\n  got: ${JSON.stringify(got)}\n  exp: ${JSON.stringify(r.expected)}`;
    bump(r.mode === 'control' ? `control/${r.category}` : `${r.encoding}/${mode}`, ok, detail);
  }
  const seconds = (performance.now() - started) / 1000;

  const pct = (c: { ok: number; n: number } | undefined): string =>
    c === undefined ? '–' : `${((100 * c.ok) / c.n).toFixed(1)} (${c.ok}/${c.n})`;
  const total = (keys: string[]): { ok: number; n: number } => {
    const t = { ok: 0, n: 0 };
    for (const k of keys) {
      const c = cells.get(k);
      if (c) {
        t.ok += c.ok;
        t.n += c.n;
      }
    }
    return t;
  };

  const lines: string[] = [`### ${title}`, ''];
  lines.push('| encoding | whole | mixed (1–3 words) | all-caps |');
  lines.push('|---|---|---|---|');
  const extra = VALIDATION_EXTRA.filter((e) => cells.has(`${e}/whole`));
  for (const enc of [...ENCODING_ORDER, ...extra]) {
    lines.push(`| ${enc} | ${MODES.map((m) => pct(cells.get(`${enc}/${m}`))).join(' | ')} |`);
  }
  lines.push(
    `| **all** | ${MODES.map((m) => `**${pct(total(ENCODING_ORDER.map((e) => `${e}/${m}`)))}**`).join(' | ')} |`,
  );
  lines.push('');
  lines.push('| controls | unchanged |');
  lines.push('|---|---|');
  const controlKeys = [...cells.keys()].filter((k) => k.startsWith('control/')).sort();
  for (const k of controlKeys) lines.push(`| ${k.slice('control/'.length)} | ${pct(cells.get(k))} |`);
  lines.push(`| **all** | **${pct(total(controlKeys))}** |`);
  lines.push('');
  lines.push(`${records.length} records, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s (one record per call, model loading included).`);
  lines.push('');
  console.log(lines.join('\n'));

  if (maxFailures > 0) {
    for (const [key, list] of failures) {
      console.error(`\n## ${title}: ${key}: ${list.length} failures`);
      for (const f of list.slice(0, maxFailures)) console.error(f);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The validation set.

/** The VTB dev-split sentences held out for validation (train-syllable-ngrams.ts skips them). */
const isValidationSentence = (devNumber: number): boolean => devNumber % 3 === 0;

/** Joins the treebank's space-separated tokens the way the dev set's sentences read. */
function detokenize(tokenized: string): string {
  const tokens = tokenized.trim().split(/\s+/);
  let out = '';
  let attachNext = true;
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let attachLeft = /^([,.:;?!)\]}%]|\.\.\.|…)$/.test(tok);
    let attachRight = /^[([{]$/.test(tok);
    if (tok === '"') {
      const closes: boolean = quoteOpen || !tokens.slice(i + 1).includes('"');
      attachLeft = closes;
      attachRight = !closes;
      quoteOpen = !closes;
    }
    out += attachNext || attachLeft || out === '' ? tok : ' ' + tok;
    attachNext = attachRight;
  }
  return out;
}

/** Upper-case toned letters TCVN3 (VN3) writes with the lower-case code. */
const TCVN3_CASELESS = /[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/u;

/**
 * `mojibake`, except that a character the encoding cannot hold stays as it is (the reference
 * simulator's behaviour) instead of becoming `?`.
 */
function simulate(text: string, name: string): string {
  if (name === 'utf8-dropped' || name === 'utf8-fffd') {
    return mojibake(text, 'utf-8').replace(/[\x81\x8d\x8f\x90\x9d]/g, name === 'utf8-dropped' ? '' : '\ufffd');
  }
  const [encoding, options] = SIMULATED[name]!;
  if (encoding === 'viqr' || encoding === 'nfd' || encoding === 'utf-8') return mojibake(text, encoding, options);
  let out = '';
  for (const ch of text) {
    const m = mojibake(ch, encoding, options);
    out += m === '?' && ch !== '?' ? ch : m;
  }
  return out;
}

function validationRecords(): DevRecord[] {
  const sentences: string[] = [];
  let id = 0;
  for (const line of readFileSync(sharedPath('vtb/vi_vtb-ud-dev.conllu'), 'utf8').split('\n')) {
    const sent = /^# sent_id = dev-(\d+)$/.exec(line);
    if (sent) id = Number(sent[1]);
    const text = /^# text = ?(.*)$/.exec(line);
    if (text && isValidationSentence(id)) {
      const s = detokenize(text[1]!).normalize('NFC');
      const words = s.split(' ').length;
      if (words >= 8 && words <= 36) sentences.push(s);
    }
  }
  const shuffleRand = prng(20240229);
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(shuffleRand() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  const chosen = sentences.slice(0, 300);
  const records: DevRecord[] = [];
  // The extra encodings draw from their own generator, so adding them leaves the others' records as they were.
  const extraRand = prng(7);
  for (const [k, s] of chosen.entries()) {
    for (const enc of [...ENCODING_ORDER, ...VALIDATION_EXTRA]) {
      const rand = VALIDATION_EXTRA.includes(enc) ? extraRand : shuffleRand;
      const lossy = enc === 'tcvn3' && TCVN3_CASELESS.test(s);
      records.push({ id: `val-${k}:${enc}:whole`, encoding: enc, mode: 'whole', input: simulate(s, enc), expected: s, ...(lossy ? { case_lossy: true } : {}) });
      // One to three of the words with diacritics, damaged in place.
      const tokens = s.split(' ');
      const marked = tokens.map((w, i) => (/[^\x00-\x7f]/.test(w) && simulate(w, enc) !== w ? i : -1)).filter((i) => i >= 0);
      if (marked.length > 0) {
        const count = Math.min(marked.length, 1 + Math.floor(rand() * 3));
        const picked = new Set<number>();
        while (picked.size < count) picked.add(marked[Math.floor(rand() * marked.length)]!);
        const input = tokens.map((w, i) => (picked.has(i) ? simulate(w, enc) : w)).join(' ');
        const mixedLossy = enc === 'tcvn3' && [...picked].some((i) => TCVN3_CASELESS.test(tokens[i]!));
        records.push({ id: `val-${k}:${enc}:mixed`, encoding: enc, mode: 'mixed', input, expected: s, ...(mixedLossy ? { case_lossy: true } : {}) });
      }
      if (k < 20) {
        const upper = s.toUpperCase();
        const upperLossy = enc === 'tcvn3' && TCVN3_CASELESS.test(upper);
        records.push({ id: `val-${k}:${enc}:upper`, encoding: enc, mode: 'whole', variant: 'all-caps', input: simulate(upper, enc), expected: upper, ...(upperLossy ? { case_lossy: true } : {}) });
      }
    }
  }
  for (const [category, texts] of Object.entries(CONTROLS)) {
    for (const [k, text] of texts.entries()) records.push({ id: `val-control-${category}-${k}`, encoding: 'none', mode: 'control', category, input: text, expected: text });
  }
  return records;
}

/** Text that must come back unchanged, written for the validation set. */
const CONTROLS: Record<string, string[]> = {
  'vi-correct': [
    'Sáng nay, Ủy ban nhân dân tỉnh đã họp bàn về kế hoạch phát triển kinh tế xã hội năm tới.',
    'Bà con nông dân phấn khởi vì vụ lúa đông xuân được mùa, được giá.',
    'Cơ quan công an đang điều tra làm rõ nguyên nhân vụ cháy.',
    'Ông ấy bảo: "Tôi sẽ trở lại vào tháng sau", rồi lặng lẽ bước ra cửa.',
    'Học sinh các trường trên địa bàn huyện được nghỉ học để tránh bão.',
    'Thủy và Thuỷ, hòa và hoà, khỏe và khoẻ đều là cách viết quen thuộc.',
    'Chị ấy cười: "Ừ, thì thôi vậy!"',
    'Đồng chí Bí thư Tỉnh ủy đã đến thăm, tặng quà các gia đình chính sách.',
    'Những ngày cuối năm, chợ hoa Tết ở phố cổ đông nghịt người.',
    'Giá xăng tăng 500 đồng/lít từ 15 giờ chiều nay.',
  ],
  'vi-with-loanwords': [
    'Anh ấy mua một chiếc ôtô cũ và lái xe đi Lênin Grát.',
    'Công trình dùng bêtông cốt thép và xi măng Pooclăng.',
    'Đội tuyển bóng đá nữ thắng 3-0 tại SEA Games, HLV Mai Đức Chung vui mừng.',
    'Ứng dụng Zalo và Facebook được dùng nhiều nhất ở Việt Nam.',
    'Chúng tôi uống cà phê espresso ở quán Café de Paris.',
  ],
  'vi-no-diacritics': [
    'Sang nay uy ban nhan dan tinh da hop ban ve ke hoach phat trien kinh te.',
    'Ba con nong dan phan khoi vi vu lua dong xuan duoc mua, duoc gia.',
    'Toi khong biet anh ay o dau, chac la di lam roi.',
    'Xin chao cac ban, hom nay chung ta hoc bai moi.',
  ],
  'vi-all-caps': [
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
    'THÔNG BÁO TUYỂN DỤNG CÔNG CHỨC NĂM 2024',
    'ĐỘC LẬP - TỰ DO - HẠNH PHÚC',
    'NGHỊ QUYẾT VỀ VIỆC SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ',
  ],
  european: [
    'Der Bürgermeister eröffnete die Ausstellung über Kärnten und Österreich.',
    'À la fête, nous avons mangé des crêpes et bu du cidre de Normandie.',
    'La niña vio un pingüino en el zoológico de Córdoba.',
    'Ο καιρός είναι καλός σήμερα.',
    'Málaga, Cádiz y Almería están en Andalucía.',
    'Hôtel Ritz, Champs-Élysées, Rue de Rivoli: voilà Paris.',
    'Ålesund og Tromsø ligger i Norge; Göteborg i Sverige.',
    'Łódź i Kraków to miasta w Polsce.',
    'Açaí, maçã e pão de queijo são comidas brasileiras.',
    'Il caffè è più buono a Napoli che a Milano, però.',
  ],
  english: [
    'The meeting was postponed until next Monday because of the storm.',
    "It's a long way to the top if you wanna rock 'n' roll.",
    'See the attached file (v2.3) and reply by 5 p.m. today.',
    'Q: What is 2+2? A: 4, of course.',
  ],
  code: [
    'if (a[i] != b[i]) { return -1; } else { i++; }',
    'SELECT * FROM users WHERE name LIKE "%Nguyễn%" ORDER BY id DESC;',
    'git commit -m "fix: sửa lỗi đăng nhập" && git push origin main',
    'const re = /^[a-z]+(\\.[a-z]+)*$/i; // kiểm tra tên miền',
    'printf("%d\\n", x^y); /* XOR */',
    'C:\\Users\\Admin\\Documents\\Báo cáo.docx',
  ],
  links: [
    'Xem chi tiết tại https://vnexpress.net/thoi-su/giao-thong-tp-hcm-4567890.html nhé.',
    'Liên hệ: nguyen.van.a@gmail.com hoặc www.baochinhphu.vn/tin-tuc.',
    'Tải về tại ftp://files.example.vn/pub/đề-thi.pdf',
    'Tham khảo https://vi.wikipedia.org/wiki/Hà_Nội để biết thêm.',
  ],
};

main();
