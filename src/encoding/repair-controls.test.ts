import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repair } from './index.js';

// Text that must come back unchanged: valid Vietnamese with or without marks, all-caps
// headings, loanwords, other European languages, English, code, URLs and e-mail addresses.
// Many of these are also valid legacy bytes (VNI `ô` is ơ, TCVN3 `é` is ộ, `ñ` is VNI đ).
const CONTROLS = [
  'Người này cho biết bà Sinh bị ốm cách đây một năm.',
  'Chính sách đã có, các cơ quan chỉ việc vận dụng hợp lý, không nhất thiết việc gì cũng phải báo cáo.',
  'Gia đình công chức, kinh tế khá, sống hòa thuận và hoà thuận.',
  'Khoẻ không? Thuý và Thúy đều khỏe.',
  'Gan 2 gio sang 9 - 8, kieng ong duoc dua den.',
  'Chinh sach da co, cac co quan chi viec van dung hop ly, khong nhat thiet viec gi cung phai bao cao.',
  'THÀNH PHỐ HỒ CHÍ MINH CÔNG BỐ QUY HOẠCH MỚI',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Công trình dùng bêtông cốt thép, giá 100 đ một viên.',
  'Tôi uống cà phê ở quán café Pháp trên phố Hàng Bài.',
  'Cô ấy thích món crème brûlée và bánh croissant ở Đà Lạt.',
  'Đội bóng của Muñoz thắng 2-1 trên sân Bernabéu tối qua.',
  'Anh ấy đã sống ở München hai năm trước khi về Hà Nội.',
  "Le café était fermé, alors nous avons pris un thé à l'hôtel.",
  'Elle est naïve, mais son français est très élégant.',
  'Die Größe des Gebäudes überrascht alle Besucher.',
  'Señor Muñoz compró una piña en el mercado de Cádiz.',
  'São Paulo é a maior cidade do Brasil; a população é enorme.',
  'Ærøskøbing ligger på en ø i Danmark.',
  'Ça coûte 15 € ou 12 £ — voilà tout.',
  'Þórður og Guðrún búa í Reykjavík.',
  'Il était une fois, dans une forêt lointaine, un château où vivait un roi âgé.',
  'Smörgåsbord och kräftskiva är typiskt svenska traditioner.',
  "Don't you think it's too late to call them?",
  "She said she'd add the address to the list, e.g. after lunch.",
  "Why didn't Eddie reply? He was at the office until 6 p.m.",
  'Use C++ or C# for the API; the old one was written in Go.',
  'x^2 + y^2 = r^2, see eq. (3) in the appendix.',
  'Email me at a.b@example.com or visit www.example.org/faq?id=5.',
  'Run ls -la ~/docs && cat README.md | less.',
  "Variables a', b' and c' are primes of a, b and c.",
  'SELECT ten, tuoi FROM nguoi WHERE tinh = "Hà Nội" AND tuoi > 18;',
  'const chao = (ten) => `Xin chào ${ten}!`; // chào hỏi',
  'https://vi.wikipedia.org/wiki/Vi%E1%BB%87t_Nam?lang=vi#L%E1%BB%8Bch_s%E1%BB%AD',
  '“Hà Nội” – thủ đô… ‘ngàn năm văn hiến’ • © 2024',
  // Valid words that are also look-alikes of legacy damage (`bò` is VNI bị, `bé` TCVN3 bộ,
  // `phó` TCVN3 phú, `Hoàng` VNI Hồng), in contexts that fit them as they stand.
  'Con bò nhà tôi ăn cỏ ngoài đồng, còn thằng bé thì chăn trâu.',
  'Phó chủ tịch tỉnh đã đến thăm gia đình ông Hoàng Văn Thụ.',
  'Ông Hoàng nói rằng cô ấy sẽ về quê ăn Tết.',
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
  'ĐỘC LẬP - TỰ DO - HẠNH PHÚC',
  'Anh ấy mua một chiếc ôtô cũ và lái xe đi Lênin Grát.',
  'Sang nay uy ban nhan dan tinh da hop ban ve ke hoach phat trien kinh te.',
  'Der Bürgermeister eröffnete die Ausstellung über Kärnten und Österreich.',
  'La niña vio un pingüino en el zoológico de Córdoba.',
  'Ålesund og Tromsø ligger i Norge; Göteborg i Sverige.',
  'Açaí, maçã e pão de queijo são comidas brasileiras.',
  "It's a long way to the top if you wanna rock 'n' roll.",
  'SELECT * FROM users WHERE name LIKE "%Nguyễn%" ORDER BY id DESC;',
  'git commit -m "fix: sửa lỗi đăng nhập" && git push origin main',
  'C:\\Users\\Admin\\Documents\\Báo cáo.docx',
  'Xem chi tiết tại https://vnexpress.net/thoi-su/giao-thong-4567890.html nhé.',
  'Tham khảo https://vi.wikipedia.org/wiki/Hà_Nội để biết thêm.',
];

describe('repair leaves valid text alone', () => {
  it.each(CONTROLS.map((c) => [c]))('keeps %j unchanged', (text) => {
    const r = repair(text);
    expect(r.text).toBe(text);
    expect(r.changes).toEqual([]);
  });
});

describe('repair accepts any string', () => {
  it.each([
    ['an empty string', ''],
    ['lone surrogates', '\ud800abc\udfff treân \ud83d'],
    ['control characters', '\u0000\u0001\u0002\u001b[31mtreân\u007f\u0085'],
    ['only punctuation', '…—“”‘’•€£©®°±'],
    ['a very long word', 'a'.repeat(100000) + 'â'],
    ['many backslashes', '\\'.repeat(1000) + 'a\\.'.repeat(1000)],
    ['symbols that read as letters inside an address', 'cDÆát@« x@·'],
  ])('does not throw on %s', (_name, text) => {
    const r = repair(text);
    expect(typeof r.text).toBe('string');
    for (const c of r.changes) expect(text.slice(c.start, c.end)).toBe(c.original);
  });

  it('never throws, and its changes always slice the input (property)', () => {
    const alphabet = fc.constantFrom(...'aeouyêôâăơưđáàảãạ«µ¸©®ñöøõïùÃáº»‡Æ\u00a0\u0093^(+\'`?~.\\ ,\n'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 80 })), (text) => {
        const r = repair(text);
        let prevEnd = 0;
        for (const c of r.changes) {
          expect(c.start).toBeGreaterThanOrEqual(prevEnd);
          expect(text.slice(c.start, c.end)).toBe(c.original);
          prevEnd = c.end;
        }
        expect(r.alignment.inputLength).toBe(text.length);
        expect(r.alignment.outputLength).toBe(r.text.length);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
