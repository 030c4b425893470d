// Shared benchmark harness: fixed, seeded Vietnamese prose and an interleaved timing loop that
// reports MB/s and items/s against a baseline measured in the same run (ratios hold on a noisy
// machine; absolute times do not). Benchmarks import the BUILT package (`npm run build`).
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { prng } from '../scripts/prng.mjs';

export { prng };

// Written for these benchmarks (no corpus or treebank text): the mix of prose, numbers,
// dates, times, money, URLs, phones, e-mails and abbreviations of a regional news site.
export const PARAGRAPHS = [
  'Sáng 23/10/2023, tại hội trường UBND tỉnh Lạng Sơn, Liên minh HTX tỉnh tổ chức hội nghị tổng kết hoạt động kinh tế tập thể 9 tháng đầu năm. Theo báo cáo, toàn tỉnh hiện có 478 HTX với 2.270 thành viên, doanh thu bình quân đạt 3,8-5,5 tỷ đồng mỗi HTX, tăng 12,5% so với cùng kỳ.',
  'Phát biểu tại hội nghị, PGS.TS. Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, đề nghị các sở, ngành tiếp tục tháo gỡ khó khăn về vốn, đất đai và thị trường cho HTX. "Chúng ta phải đưa sản phẩm OCOP lên sàn thương mại điện tử ngay trong quý IV/2023", ông nói.',
  'Thông tin chi tiết xem tại https://baolangson.vn/kinh-te/hop-tac-xa-2023.html hoặc trang www.langson.gov.vn/tin-tuc?id=1234. Mọi ý kiến đóng góp xin gửi về địa chỉ lienminhhtx@langson.gov.vn, điện thoại (0205) 3812 345 hoặc đường dây nóng 0912 345 678.',
  'Ông Hoàng Văn Bình, Giám đốc HTX Nông nghiệp xã Tân Lập, huyện Bắc Sơn, cho biết năm nay HTX trồng 35 ha na, sản lượng ước đạt 420 tấn, giá bán từ 45.000 đến 60.000 đồng/kg. Lúc 16:20 chiều qua, lô hàng 1.250 kg đầu tiên đã được xuất đi TP.HCM và Hà Nội.',
  'Từ ngày 1/7/2025, tỉnh thực hiện sắp xếp đơn vị hành chính cấp xã theo Nghị quyết số 1656/NQ-UBTVQH15; số xã, phường giảm từ 200 xuống còn 65. Th.S Lê Thị Hoa, Trưởng phòng Kinh tế, cho biết việc bàn giao hồ sơ hoàn thành trước 7h30 ngày 29/6... Sau đó, các xã mới đi vào hoạt động ổn định!',
  'Giá vàng SJC sáng nay niêm yết ở mức 82,5 triệu đồng/lượng mua vào, tăng 300.000 đồng so với hôm qua; tỷ giá USD tại Vietcombank là 24.350 đồng. Chuyên gia dự báo giá có thể biến động mạnh trong giai đoạn 2024-2025, nhất là khi lãi suất điều hành thay đổi.',
  'Trận đấu giữa đội tuyển Việt Nam và Indonesia diễn ra lúc 19h30 tối 26/3 trên sân Mỹ Đình, thu hút hơn 40.000 khán giả. Sau 90 phút, đội nhà thắng 3-0; HLV Kim Sang-sik nói rằng các cầu thủ "đã chơi đúng tinh thần" và cảm ơn người hâm mộ 🇻🇳❤️.',
  'Theo Tổng cục Thống kê, GDP quý III/2023 tăng 5,33%, cao hơn mức 4,05% của quý II. Xuất khẩu 9 tháng đạt 259,67 tỷ USD, giảm 8,2%; nhập khẩu đạt 244,10 tỷ USD. Bộ KH&ĐT đề xuất các giải pháp thúc đẩy đầu tư công, v.v. trong những tháng cuối năm.',
  'Bệnh viện Đa khoa tỉnh vừa tiếp nhận bệnh nhân N.V.T. (45 tuổi, trú tại TP. Lạng Sơn) bị ngộ độc nấm rừng. BS. Trần Minh Đức cho biết người dân tuyệt đối không ăn các loại nấm lạ; khi có dấu hiệu bất thường cần đến ngay cơ sở y tế gần nhất hoặc gọi 115.',
  'Sáng nay, Ủy ban nhân dân tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2023. Theo báo cáo, mưa lớn kéo dài đã làm sạt lở hơn 120 điểm trên các tuyến đường giao thông nông thôn. Ông Nguyễn Văn Hùng, chủ tịch hợp tác xã nông nghiệp Tân Phú, cho biết giá cà phê năm nay tăng gần 40%.',
  'Nhiều hộ gia đình đã chuyển sang trồng sầu riêng và bơ, thu nhập bình quân đạt 250 triệu đồng mỗi héc-ta. Tuy nhiên, các chuyên gia khuyến cáo người dân không nên chặt bỏ cà phê một cách ồ ạt. Bà Lê Thị Mai, giáo viên trường tiểu học Hòa Bình, kể rằng học sinh thường phải lội suối để đến lớp.',
  'Từ tháng 9/2023, huyện đã xây dựng thêm ba cây cầu treo nhờ nguồn vốn xã hội hóa. Các em nhỏ vui mừng vì không còn phải nghỉ học mỗi khi nước lũ dâng cao. Tại Thành phố Hồ Chí Minh, giá nhà đất ở nhiều quận ven đô tiếp tục tăng mạnh trong quý ba.',
  'Một căn hộ 70 mét vuông ở Thủ Đức hiện được rao bán khoảng 3,5 tỷ đồng, cao hơn cùng kỳ năm ngoái. Các ngân hàng thương mại đồng loạt giảm lãi suất cho vay nhằm hỗ trợ doanh nghiệp nhỏ và vừa. Đội tuyển bóng đá quốc gia sẽ có trận giao hữu với Thái Lan vào tối thứ bảy tại sân vận động Mỹ Đình.',
  'Huấn luyện viên trưởng cho biết toàn đội đang trong trạng thái sung sức và quyết tâm giành chiến thắng. Khán giả có thể mua vé trực tuyến qua trang web của liên đoàn từ 8 giờ sáng ngày mai. Mùa thu Hà Nội đẹp nhất khi những cơn gió heo may tràn về trên phố cổ.',
  'Người ta thường dạo quanh hồ Hoàn Kiếm, thưởng thức cốm làng Vòng và ngắm hoa sữa nở. Nhà nghiên cứu văn hóa Trần Quốc Vượng từng viết rằng Hà Nội là nơi hội tụ tinh hoa của cả nước. Bộ Y tế vừa ban hành hướng dẫn mới về tiêm chủng mở rộng cho trẻ em dưới 5 tuổi.',
  'Theo đó, các trạm y tế xã phải bảo đảm đủ vắc-xin và cán bộ được tập huấn chuyên môn. Bác sĩ Phạm Minh Tuấn khuyên phụ huynh đưa con đi tiêm đúng lịch để phòng ngừa bệnh sởi. Công ty cổ phần sữa Việt Nam công bố lợi nhuận sau thuế đạt 2.270 tỷ đồng trong sáu tháng đầu năm.',
  'Xuất khẩu thủy sản sang thị trường châu Âu tăng trưởng ổn định nhờ hiệp định thương mại tự do. Nhiều doanh nghiệp chế biến gỗ ở Bình Dương đang thiếu lao động có tay nghề cao. Chính quyền địa phương phối hợp với các trường cao đẳng để đào tạo nghề miễn phí cho thanh niên.',
  'Anh Bùi Văn Luyến, một nông dân ở Thái Bình, đã thử nghiệm thành công giống lúa chịu mặn. Năng suất đạt hơn bảy tấn mỗi héc-ta, cao hơn hẳn so với giống lúa cũ. Sở Khoa học và Công nghệ đánh giá cao mô hình và đề nghị nhân rộng ra các huyện ven biển.',
  'Cơn bão số 3 đổ bộ vào đất liền lúc 16:20 chiều qua, gây mưa to ở các tỉnh miền Trung. Lực lượng cứu hộ đã sơ tán hơn 5.000 hộ dân ra khỏi vùng nguy hiểm trước khi bão đến. Mọi thông tin chi tiết xin liên hệ số điện thoại 0912 345 678 hoặc thư điện tử lienhe@example.vn.',
  'Hội thảo "Chuyển đổi số trong nông nghiệp" được tổ chức ngày 15-10-2023 với sự tham gia của hơn 200 đại biểu. Các diễn giả chia sẻ kinh nghiệm ứng dụng IoT, AI và dữ liệu lớn; tài liệu được đăng tải tại #chuyendoiso và trên trang fanpage của @sokhcn.langson.',
];


/** About `targetBytes` of UTF-8 prose: paragraphs of 3–6 sentences drawn with a seeded PRNG. */
export function buildProse(targetBytes, seed = 20231023) {
  const rand = prng(seed);
  const sentencesOf = PARAGRAPHS.map((p) => p.split(/(?<=[.!?…])\s+(?=\p{Lu}|")/u));
  const parts = [];
  let bytes = 0;
  const enc = new TextEncoder();
  while (bytes < targetBytes) {
    const n = 3 + Math.floor(rand() * 4);
    const para = [];
    for (let i = 0; i < n; i++) {
      const src = sentencesOf[Math.floor(rand() * sentencesOf.length)];
      para.push(src[Math.floor(rand() * src.length)]);
    }
    const p = para.join(' ') + '\n\n';
    parts.push(p);
    bytes += enc.encode(p).length;
  }
  return parts.join('');
}

/** `--mb N` from the command line, else `fallback`. */
export function targetMegabytes(fallback = 5) {
  const i = process.argv.indexOf('--mb');
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');

/**
 * Times each case (the first is the baseline) over interleaved rounds after a warm-up and
 * prints a markdown table: items, median ms, MB/s, items/s and the ratio to the baseline.
 * `cases`: [name, fn returning an item count, input bytes][]. Returns the rows.
 */
export function runCases(title, cases, { rounds = 15, itemName = 'items' } = {}) {
  const times = cases.map(() => []);
  const counts = cases.map(() => 0);
  for (let w = 0; w < 2; w++) cases.forEach(([, fn], i) => (counts[i] = fn()));
  // Each round starts at another case, so no case always pays the garbage the one before it
  // left behind; the ratio to the baseline is taken within each round (the machine's load
  // drifts between rounds) and its median reported.
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + r) % cases.length;
      const t0 = performance.now();
      counts[i] = cases[i][1]();
      times[i][r] = performance.now() - t0;
    }
  }
  console.log(`\n### ${title}\n`);
  console.log(`${machineLine()}; median of ${rounds} rounds in rotating order, one process; × baseline is the median of per-round ratios.\n`);
  console.log(`| case | input MB | ${itemName} | ms | MB/s | ${itemName}/s (M) | × baseline |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  return cases.map(([name, , bytes], i) => {
    const ms = median(times[i]);
    const mbs = bytes / 1e6 / (ms / 1000);
    const row = { name, ms, mbs, count: counts[i], ratio: median(times[0].map((b, r) => b / times[i][r])) };
    recordResult({ bench: title, baseline: cases[0][0], bytes, ...row });
    console.log(`| ${name} | ${(bytes / 1e6).toFixed(2)} | ${counts[i].toLocaleString('en')} | ${ms.toFixed(1)} | ${mbs.toFixed(1)} | ${(counts[i] / (ms / 1000) / 1e6).toFixed(2)} | ${row.ratio.toFixed(2)} |`);
    return row;
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** CPU, cores, Node version and date: printed above every table. */
export function machineLine() {
  return `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`;
}

/**
 * Appends one result as a JSON line to the file named by `VNTEXT_BENCH_JSON`, if set
 * (`scripts/bench-report.mjs` collects them into the README's table).
 */
export function recordResult(result) {
  const file = process.env.VNTEXT_BENCH_JSON;
  if (file) appendFileSync(file, JSON.stringify({ machine: machineLine(), ...result }) + '\n');
}

/** The baselines real-text benches compare against, by name. */
export function baselines() {
  // The tokenizer's own module, not natural's index: the index loads @redis/client, whose
  // `class VerbatimString extends String` makes every `charCodeAt` call in the process (V8 in
  // Node 20) several times slower, which slows vntext and not natural's regular expressions
  // (bench/string-subclass.bench.mjs).
  const AggressiveTokenizerVi = createRequire(import.meta.url)('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');
  const natural = new AggressiveTokenizerVi();
  return {
    nfc: { name: "String#normalize('NFC')", short: 'NFC', fn: (t) => t.normalize('NFC').length },
    natural: { name: "natural's AggressiveTokenizerVi", short: 'natural', fn: (t) => natural.tokenize(t).length },
  };
}

/**
 * Real-text benchmark: every case runs two ways over the same documents, one call per article
 * (as services call) and one call on all of them joined by blank lines, beside its baseline
 * (`'nfc'` or `'natural'`, see {@link baselines}) in the same process. Tasks run in rotating
 * order each round; the ratio to the baseline is taken per round, in the same mode, and its
 * median reported (higher is faster than the baseline).
 *
 * @param {string} title
 * @param {string[]} docs article-sized documents (`scripts/real-articles.mjs`)
 * @param {{ name: string, fn: (text: string) => number, baseline: 'nfc' | 'natural' }[]} cases
 * @param {{ rounds?: number, label?: string }} [options]
 */
export function runArticles(title, docs, cases, { rounds = 9, label = '' } = {}) {
  const base = baselines();
  const big = docs.join('\n\n');
  const bytes = utf8Bytes(big);
  const used = [...new Set(cases.map((c) => c.baseline))];
  const all = [...used.map((b) => ({ name: `${base[b].name} (baseline)`, fn: base[b].fn, key: b })), ...cases];
  const tasks = [];
  for (const c of all) {
    tasks.push({ c, mode: 'article', run: () => { let n = 0; for (const d of docs) n += c.fn(d); return n; } });
    tasks.push({ c, mode: 'string', run: () => c.fn(big) });
  }
  for (const t of tasks) t.run();
  const times = tasks.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < tasks.length; k++) {
      const i = (k + r) % tasks.length;
      const t0 = performance.now();
      tasks[i].run();
      times[i][r] = performance.now() - t0;
    }
  }
  const timesOf = (c, mode) => times[tasks.findIndex((t) => t.c === c && t.mode === mode)];
  const baseOf = (c) => all.find((b) => b.key === (c.key ?? c.baseline));
  const sizes = docs.map((d) => utf8Bytes(d)).sort((a, b) => a - b);
  console.log(`\n### ${title}\n`);
  console.log(`${docs.length.toLocaleString('en')} documents${label ? ` (${label})` : ''}, ${(bytes / 1e6).toFixed(2)} MB, median ${(sizes[sizes.length >> 1] / 1000).toFixed(1)} KB each. ${machineLine()}; median of ${rounds} rounds in rotating order, one process; × baseline is the median of per-round ratios to the baseline in the same mode.\n`);
  console.log('| function | per article MB/s | × baseline | one string MB/s | × baseline |');
  console.log('|---|---:|---:|---:|---:|');
  const rows = [];
  for (const c of all) {
    const row = { bench: title, name: c.name, label, documents: docs.length, bytes };
    const cells = [];
    for (const mode of ['article', 'string']) {
      const ts = timesOf(c, mode);
      const bs = timesOf(baseOf(c), mode);
      const mbs = bytes / 1e6 / (median(ts) / 1000);
      const ratio = median(bs.map((b, r) => b / ts[r]));
      row[mode] = { ms: median(ts), mbs, ratio };
      cells.push(mbs.toFixed(1), c.key ? '' : `${ratio.toFixed(2)} × ${base[c.baseline].short}`);
    }
    if (!c.key) row.baseline = base[c.baseline].name;
    recordResult(row);
    rows.push(row);
    console.log(`| ${c.name} | ${cells.join(' | ')} |`);
  }
  return rows;
}
