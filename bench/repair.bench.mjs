// Throughput of `repair` on clean and damaged Vietnamese prose, against baselines measured in
// the same run (ratios hold on a noisy machine, absolute times do not).
//
//   npm run build && node bench/repair.bench.mjs
//
// Inputs are fixed and seeded: a paragraph written for this benchmark, its sentences shuffled
// with a seeded PRNG to about 4 MB, then damaged with `mojibake` (the library's own legacy
// encoders). Nothing is downloaded. MB are UTF-8 bytes of the input.
import { mojibake, repair } from '../dist/encoding.js';

const PARAGRAPH = [
  'Sáng ngày 23 tháng 10 năm 2023, Liên minh Hợp tác xã tỉnh đã tổ chức hội nghị gặp mặt các hợp tác xã trên địa bàn huyện.',
  'Tham dự hội nghị có đại diện lãnh đạo Ủy ban nhân dân huyện, các phòng ban chuyên môn và gần một trăm thành viên.',
  'Theo báo cáo, chín tháng đầu năm các hợp tác xã nông nghiệp đã cung ứng vật tư, phân bón và giống cây trồng cho bà con.',
  'Thu nhập bình quân của người lao động đạt từ 3,8 đến 5,5 triệu đồng mỗi tháng, tăng so với cùng kỳ năm trước.',
  'Nhiều hợp tác xã đã mạnh dạn ứng dụng khoa học kỹ thuật, liên kết với doanh nghiệp để tiêu thụ sản phẩm ổn định.',
  'Tuy vậy, một số đơn vị vẫn còn khó khăn về vốn, thiếu cán bộ quản lý có trình độ và chưa xây dựng được thương hiệu.',
  'Phát biểu tại hội nghị, đồng chí Phó Chủ tịch đề nghị các ngành tiếp tục hỗ trợ hợp tác xã tiếp cận nguồn vốn ưu đãi.',
  'Dịp này, Liên minh đã trao giấy khen cho mười hai tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua.',
  'Người dân trong xã cho biết mô hình trồng lúa hữu cơ giúp giảm chi phí, nâng cao chất lượng gạo và bảo vệ môi trường.',
  'Kết thúc buổi gặp mặt, các đại biểu đã tham quan cơ sở sản xuất nấm và khu chế biến nông sản của hợp tác xã Tân Phú.',
];

/** mulberry32: a small seeded PRNG, so every run sees the same text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function build(targetBytes, seed, damage) {
  const rand = prng(seed);
  const parts = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const sentence = PARAGRAPH[Math.floor(rand() * PARAGRAPH.length)];
    const s = damage(sentence, rand);
    parts.push(s);
    bytes += Buffer.byteLength(s) + 1;
  }
  return parts.join(rand() < 2 ? ' ' : '\n');
}

const ENCODINGS = ['vni', 'tcvn3', 'utf-8', 'viqr', 'windows-1258'];
const corpora = {
  'clean prose': build(4e6, 1, (s) => s),
  'whole text damaged (VNI)': build(4e6, 2, (s) => mojibake(s, 'vni')),
  'whole text damaged (5 encodings)': build(4e6, 3, (s, r) => mojibake(s, ENCODINGS[Math.floor(r() * ENCODINGS.length)])),
  'one damaged word per sentence': build(4e6, 4, (s, r) => {
    const words = s.split(' ');
    const i = Math.floor(r() * words.length);
    words[i] = mojibake(words[i], ENCODINGS[Math.floor(r() * ENCODINGS.length)]);
    return words.join(' ');
  }),
};

function time(fn, text, minMs = 1500) {
  fn(text); // warm up (and load tables)
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || runs < 3) {
    fn(text);
    runs++;
    elapsed = performance.now() - start;
  }
  return elapsed / runs;
}

const baselines = {
  "text.normalize('NFC')": (t) => t.normalize('NFC'),
  'for loop over char codes': (t) => {
    let h = 0;
    for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0;
    return h;
  },
};

const rows = [];
for (const [name, text] of Object.entries(corpora)) {
  const mb = Buffer.byteLength(text) / 1e6;
  const ms = time((t) => repair(t), text);
  const base = time(baselines["text.normalize('NFC')"], text);
  const loop = time(baselines['for loop over char codes'], text);
  const changes = repair(text).changes.length;
  rows.push([name, mb.toFixed(1), (mb / (ms / 1000)).toFixed(1), (mb / (base / 1000)).toFixed(0), (mb / (loop / 1000)).toFixed(0), (base / ms).toFixed(2), changes]);
}

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('| input | MB | repair MB/s | NFC MB/s | char loop MB/s | repair ÷ NFC | words repaired |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
