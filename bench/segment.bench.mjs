// Word segmentation throughput of the built package, beside natural's Vietnamese tokenizer
// (a regex split with no offsets and no word segmentation) in the same run. Ratios between the
// rows hold on a noisy machine; absolute numbers do not.
//
//   npm run build && node bench/segment.bench.mjs [--mb 4] [--rounds 7]
//
// The input is fixed: sentences written for this benchmark (not taken from any corpus),
// arranged into paragraphs by a seeded PRNG, so every run measures the same text.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { countWords, segment, segmentJoined } from '../dist/segment.js';
import { countTokens } from '../dist/tokenize.js';

const require = createRequire(import.meta.url);
// The tokenizer's own module: natural's index loads every other corpus and model it has.
const AggressiveTokenizerVi = require('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');

const { values: args } = parseArgs({
  options: { mb: { type: 'string', default: '4' }, rounds: { type: 'string', default: '7' } },
});

const SENTENCES = [
  'Sáng nay, Ủy ban nhân dân tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2023.',
  'Theo báo cáo, mưa lớn kéo dài đã làm sạt lở hơn 120 điểm trên các tuyến đường giao thông nông thôn.',
  'Ông Nguyễn Văn Hùng, chủ tịch hợp tác xã nông nghiệp Tân Phú, cho biết giá cà phê năm nay tăng gần 40%.',
  'Nhiều hộ gia đình đã chuyển sang trồng sầu riêng và bơ, thu nhập bình quân đạt 250 triệu đồng mỗi héc-ta.',
  'Tuy nhiên, các chuyên gia khuyến cáo người dân không nên chặt bỏ cà phê một cách ồ ạt.',
  'Bà Lê Thị Mai, giáo viên trường tiểu học Hòa Bình, kể rằng học sinh thường phải lội suối để đến lớp.',
  'Từ tháng 9/2023, huyện đã xây dựng thêm ba cây cầu treo nhờ nguồn vốn xã hội hóa.',
  'Các em nhỏ vui mừng vì không còn phải nghỉ học mỗi khi nước lũ dâng cao.',
  'Tại Thành phố Hồ Chí Minh, giá nhà đất ở nhiều quận ven đô tiếp tục tăng mạnh trong quý ba.',
  'Một căn hộ 70 mét vuông ở Thủ Đức hiện được rao bán khoảng 3,5 tỷ đồng, cao hơn cùng kỳ năm ngoái.',
  'Các ngân hàng thương mại đồng loạt giảm lãi suất cho vay nhằm hỗ trợ doanh nghiệp nhỏ và vừa.',
  'Đội tuyển bóng đá quốc gia sẽ có trận giao hữu với Thái Lan vào tối thứ bảy tại sân vận động Mỹ Đình.',
  'Huấn luyện viên trưởng cho biết toàn đội đang trong trạng thái sung sức và quyết tâm giành chiến thắng.',
  'Khán giả có thể mua vé trực tuyến qua trang web của liên đoàn từ 8 giờ sáng ngày mai.',
  'Mùa thu Hà Nội đẹp nhất khi những cơn gió heo may tràn về trên phố cổ.',
  'Người ta thường dạo quanh hồ Hoàn Kiếm, thưởng thức cốm làng Vòng và ngắm hoa sữa nở.',
  'Nhà nghiên cứu văn hóa Trần Quốc Vượng từng viết rằng Hà Nội là nơi hội tụ tinh hoa của cả nước.',
  'Bộ Y tế vừa ban hành hướng dẫn mới về tiêm chủng mở rộng cho trẻ em dưới 5 tuổi.',
  'Theo đó, các trạm y tế xã phải bảo đảm đủ vắc-xin và cán bộ được tập huấn chuyên môn.',
  'Bác sĩ Phạm Minh Tuấn khuyên phụ huynh đưa con đi tiêm đúng lịch để phòng ngừa bệnh sởi.',
  'Công ty cổ phần sữa Việt Nam công bố lợi nhuận sau thuế đạt 2.270 tỷ đồng trong sáu tháng đầu năm.',
  'Xuất khẩu thủy sản sang thị trường châu Âu tăng trưởng ổn định nhờ hiệp định thương mại tự do.',
  'Nhiều doanh nghiệp chế biến gỗ ở Bình Dương đang thiếu lao động có tay nghề cao.',
  'Chính quyền địa phương phối hợp với các trường cao đẳng để đào tạo nghề miễn phí cho thanh niên.',
  'Anh Bùi Văn Luyến, một nông dân ở Thái Bình, đã thử nghiệm thành công giống lúa chịu mặn.',
  'Năng suất đạt hơn bảy tấn mỗi héc-ta, cao hơn hẳn so với giống lúa cũ.',
  'Sở Khoa học và Công nghệ đánh giá cao mô hình và đề nghị nhân rộng ra các huyện ven biển.',
  'Cơn bão số 3 đổ bộ vào đất liền lúc 16:20 chiều qua, gây mưa to ở các tỉnh miền Trung.',
  'Lực lượng cứu hộ đã sơ tán hơn 5.000 hộ dân ra khỏi vùng nguy hiểm trước khi bão đến.',
  'Mọi thông tin chi tiết xin liên hệ số điện thoại 0912 345 678 hoặc thư điện tử lienhe@example.vn.',
];

// Mulberry32: a tiny seeded PRNG, so the paragraphs are the same on every run.
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

const random = prng(42);
const paragraphs = [];
let bytes = 0;
const encoder = new TextEncoder();
const targetBytes = Number(args.mb) * 1e6;
while (bytes < targetBytes) {
  const n = 3 + Math.floor(random() * 6);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(SENTENCES[Math.floor(random() * SENTENCES.length)]);
  const p = parts.join(' ');
  paragraphs.push(p);
  bytes += encoder.encode(p).length + 1;
}
let syllables = 0;
for (const p of paragraphs) syllables += countTokens(p);
const natural = new AggressiveTokenizerVi();

const cases = {
  'natural AggressiveTokenizerVi.tokenize': (p) => natural.tokenize(p).length,
  'vntext/tokenize countTokens': (p) => countTokens(p),
  'vntext/segment segment': (p) => segment(p).length,
  'vntext/segment segmentJoined': (p) => segmentJoined(p).length,
  'vntext/segment countWords': (p) => countWords(p),
};

function run(fn) {
  let sink = 0;
  const t0 = performance.now();
  for (const p of paragraphs) sink += fn(p);
  return { ms: performance.now() - t0, sink };
}

const rounds = Number(args.rounds);
const results = {};
for (const name of Object.keys(cases)) run(cases[name]); // warm up every case first
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(cases)) (results[name] ??= []).push(run(fn).ms);
}

console.log(`input: ${paragraphs.length} paragraphs, ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${syllables} tokens; median of ${rounds} rounds`);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = median(results['natural AggressiveTokenizerVi.tokenize']);
const rows = Object.entries(results).map(([name, times]) => {
  const ms = median(times);
  return {
    case: name,
    'MB/s': (bytes / 1e6 / (ms / 1000)).toFixed(1),
    'tokens/s (M)': (syllables / 1e6 / (ms / 1000)).toFixed(2),
    'vs natural': (base / ms).toFixed(3),
  };
});
console.table(rows);
