import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextOptionError } from '../core/errors.js';
import { type Encoding, type MojibakeOptions, mojibake, repair } from './index.js';

const FOUNDING_PAGE =
  'Sáng 23/10/2023, Liên minh Hợp tác xã tỉnh tổ chức hội nghị gặp mặt các hợp tác xã treân địa bàn huyện, với 2.270 thành viên.';

describe('repair', () => {
  it('fixes the founding page: exactly `treân`, nothing else', () => {
    const r = repair(FOUNDING_PAGE);
    expect(r.text).toBe(FOUNDING_PAGE.replace('treân', 'trên'));
    expect(r.changes).toEqual([
      { start: FOUNDING_PAGE.indexOf('treân'), end: FOUNDING_PAGE.indexOf('treân') + 5, original: 'treân', text: 'trên', encoding: 'vni' },
    ]);
  });

  it.each([
    ['vni', 'Nguyeân taéc cuûa coâng ty laø tuyeät ñoái giöõ bí maät cho khaùch haøng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['tcvn3', 'Nguyªn t¾c cña c«ng ty lµ tuyÖt ®èi gi÷ bÝ mËt cho kh¸ch hµng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['viqr', "Nguye^n ta('c cu?a co^ng ty la` tuye^.t ddo^'i giu+~ bi' ma^.t cho kha'ch ha`ng\\.", 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['viscii', 'Nguyên t¡c cüa công ty là tuy®t ð¯i giæ bí m§t cho khách hàng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['vps', 'Nguyên t¡c cûa công ty là tuy\x8ct ÇÓi gi» bí mÆt cho khách hàng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['windows-1258', 'Nguyên tãìc cuÒa công ty là tuyêòt ðôìi giýÞ bí mâòt cho khách hàng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['utf-8', 'NguyÃªn táº¯c cá»§a cÃ´ng ty lÃ\xa0 tuyá»‡t Ä‘á»‘i giá»¯ bÃ\xad máº\xadt cho khÃ¡ch hÃ\xa0ng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['nfd', 'Nguyên tắc của công ty'.normalize('NFD'), 'Nguyên tắc của công ty'],
  ])('repairs a whole sentence in %s', (_encoding, input, expected) => {
    expect(repair(input).text).toBe(expected);
  });

  it.each([
    ['vni', 'Nguyên tắc của coâng ty là tuyệt đối giữ bí mật.', 'coâng', 'công'],
    ['tcvn3', 'Nguyên tắc của c«ng ty là tuyệt đối giữ bí mật.', 'c«ng', 'công'],
    ['viqr', 'Nguyên tắc của co^ng ty là tuyệt đối giữ bí mật.', 'co^ng', 'công'],
    ['utf-8', 'Nguyên tắc của cÃ´ng ty là tuyệt đối giữ bí mật.', 'cÃ´ng', 'công'],
    ['windows-1258', 'Nguyên tắc của công ty là tuyệt ðôìi giữ bí mật.', 'ðôìi', 'đối'],
  ])('repairs one %s word in clean text and reports it in input offsets', (encoding, input, original, fixed) => {
    const r = repair(input);
    const start = input.indexOf(original);
    expect(r.changes).toEqual([{ start, end: start + original.length, original, text: fixed, encoding }]);
    expect(r.text).toBe(input.replace(original, fixed));
  });

  it('maps offsets of the repaired text back to the input', () => {
    const input = 'Xin chaøo, Vieät Nam!';
    const r = repair(input);
    expect(r.text).toBe('Xin chào, Việt Nam!');
    const nam = r.text.indexOf('Nam');
    expect(r.alignment.toInput(nam, nam + 3)).toEqual({ start: input.indexOf('Nam'), end: input.indexOf('Nam') + 3 });
    const viet = r.text.indexOf('Việt');
    expect(r.alignment.toInput(viet, viet + 4)).toEqual({ start: input.indexOf('Vieät'), end: input.indexOf('Vieät') + 5 });
  });

  it('restores TCVN3 upper case in all-caps headings and at sentence starts', () => {
    expect(repair('NGUY£N T¾C CñA C¤NG TY Lµ TUYÖT §èI GI÷ BÝ MËT.').text).toBe('NGUYÊN TẮC CỦA CÔNG TY LÀ TUYỆT ĐỐI GIỮ BÍ MẬT.');
    expect(repair('ë HuÕ, anh Êy nãi: "¸i chµ".').text).toBe('Ở Huế, anh ấy nói: "Ái chà".');
  });

  it('reads TCVN3 words that are valid syllables by their context (còng = cũng)', () => {
    expect(repair('Chóng t«i còng ®· ®i häc tõ lóc s¸ng sím.').text).toBe('Chúng tôi cũng đã đi học từ lúc sáng sớm.');
  });

  it('honours VIQR escapes: an escaped full stop is punctuation, an unescaped one a tone', () => {
    expect(repair('Nha` chi. Ho`a o+? Ha` No^.i\\.').text).toBe('Nhà chị Hòa ở Hà Nội.');
  });

  it('leaves clean text as the very same string, with no changes', () => {
    const clean = 'Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ Hoàn Kiếm.';
    const r = repair(clean);
    expect(r.text).toBe(clean);
    expect(r.changes).toEqual([]);
  });

  it('narrows the encodings it looks for with `encodings`', () => {
    expect(repair('Xin chaøo, Vieät Nam!', { encodings: ['tcvn3'] }).text).toBe('Xin chaøo, Vieät Nam!');
    expect(repair('Xin chaøo, Vieät Nam!', { encodings: ['vni'] }).text).toBe('Xin chào, Việt Nam!');
  });

  it('rejects unknown options and bad values with VntextOptionError', () => {
    expect(() => repair('x', { encoding: ['vni'] } as never)).toThrow(VntextOptionError);
    expect(() => repair('x', { encodings: ['latin9'] } as never)).toThrow(VntextOptionError);
    expect(() => repair('x', { inferCase: 'yes' } as never)).toThrow(VntextOptionError);
    expect(() => repair(42 as never)).toThrow(TypeError);
  });
});

// Issue 8: real clean news changed by repair. A valid word is read in another encoding only
// where its line shows that encoding's damage, a typo is no damage, VIQR marks after a word
// only in VIQR text, and text in other languages stays.
describe('repair: evidence first', () => {
  it.each([
    ['VNI look-alikes', 'Cô sở hữu căn nhà ở quận 1, điều đó làm toát lên vẻ đẹp và "choáng" lắm.'],
    ['TCVN3 look-alikes', 'Anh tiến thêm 20 mét, còng số 8, Chi hội phó, Tù tại gia, cô thể hiện tốt.'],
    ['a closing quote after a word', "Quần đảo 'Trường Sa' của Việt Nam."],
    ['an ellipsis after a word', 'Em đi thi... để đỗ đại học.'],
    ['typos with a missing mark', 'Đây là môt ngày đẹp, một ngày tôt lành.'],
    ['initials with dots', 'A.I. sẽ thay đổi mọi thứ từ 8 a.m. sáng nay, ở U.S. cũng thế.'],
    ['code in backquotes', 'Gõ lệnh `ls -la` để xem.'],
    ['Italian and French', 'In Italia si può fare. Il a dû partir.'],
  ])('keeps %s', (_name, text) => {
    expect(repair(text).changes).toEqual([]);
  });

  it('reads a look-alike where its line shows the same damage (`Cô` beside VNI)', () => {
    expect(repair('Tù tại gia, nhöng khoâng ai bieát.').text).toBe('Tù tại gia, nhưng không ai biết.');
    expect(repair('Trong nhaø coøn coù moâ hình xe.').text).toBe('Trong nhà còn có mô hình xe.');
  });

  it('is idempotent on decomposed words that compose to no syllable', () => {
    const once = repair('e\u0300t').text;
    expect(once).toBe('\u00e8t');
    expect(repair(once).text).toBe(once);
  });
});

// Issue 8: what real pages show and repair missed.
describe('repair: damage real pages show', () => {
  it.each([
    ['UTF-8 quotes, dashes and ellipses in clean text', 'Tin â€œhotâ€\u009d trong ngày â€“ thật sao â€¦', 'Tin “hot” trong ngày – thật sao …'],
    ['UTF-8 quotes around an English word in a damaged page', 'Anh áº¥y nÃ³i â€œhotâ€\u009d láº¯m.', 'Anh ấy nói “hot” lắm.'],
    ['a UTF-8 closing quote whose third byte was dropped', 'Ông nói â€œTôi điâ€ rồi về.', 'Ông nói “Tôi đi” rồi về.'],
    ['a VNI initial in a name', 'Ông Nguyeãn Ñ. Thaéng nhaän giaûi.', 'Ông Nguyễn Đ. Thắng nhận giải.'],
    ['a TCVN3 initial in a name', 'Ông NguyÔn §. Th¾ng nãi', 'Ông Nguyễn Đ. Thắng nói'],
    ['a VNI caption in a VNI page', 'Ngöôøi daân ñaõ ñeán ñoâng ñuû.\nAÛnh: Reuters\nHoï seõ trôû laïi.', 'Người dân đã đến đông đủ.\nẢnh: Reuters\nHọ sẽ trở lại.'],
    ['a TCVN3 caption in a TCVN3 page', 'Ng­êi d©n ®· ®Õn ®«ng ®ñ.\n¶nh: Reuters', 'Người dân đã đến đông đủ.\nẢnh: Reuters'],
  ])('repairs %s', (_name, input, expected) => {
    const r = repair(input);
    expect(r.text).toBe(expected);
    for (const c of r.changes) expect(input.slice(c.start, c.end)).toBe(c.original);
    expect(repair(r.text).text).toBe(r.text);
  });

  // Issue 13: String#normalize is quadratic on a run of marks; repair never hands it one (a
  // word that long has no reading). A quadratic path would take minutes here, not a second.
  it('stays linear on a megabyte of combining marks', () => {
    const marks = 'a' + '\u0301\u0323'.repeat(500000);
    expect(repair(marks).text).toBe(marks);
    const words = ('Vie\u0302\u0323t ' + '\u0301'.repeat(1000) + ' ').repeat(1000);
    const r = repair(words);
    expect(r.changes.length).toBe(1000);
    expect(r.text.startsWith('Việt ')).toBe(true);
  });

  it('counts a Vietnamese word with a look-alike eth as Vietnamese, not foreign (`treân Ðồng`)', () => {
    // Repair reads `treân`; the eth in a word no legacy encoding wrote is normalize's to fix.
    expect(repair('treân Ðồng').text).toBe('trên Ðồng');
    expect(repair('Ðồng treân ðược').text).toBe('Ðồng trên ðược');
    // A foreign word with an eth stays foreign: French `où` beside it is still kept.
    expect(repair('Guðrún où').text).toBe('Guðrún où');
  });

  it('keeps a capital letter alone with a full stop where it is no initial', () => {
    expect(repair('Chữ Ñ. Hết').changes).toEqual([]);
  });
});

describe('repair weighs what a word is in context', () => {
  it.each([
    ['a TCVN3 look-alike beside TCVN3 damage', 'Lóc nµy con nước lại lớn dần lên và chảy mạnh.', 'Lúc này con nước lại lớn dần lên và chảy mạnh.'],
    ['two TCVN3 look-alikes beside TCVN3 damage', 'Hiện nay dư luận cã hai luång ý kiến khác nhau.', 'Hiện nay dư luận có hai luồng ý kiến khác nhau.'],
    ['a VNI look-alike next to VNI damage', 'Thế nhưng chỉ được một tieáng đồng hồ thì anh em đã bò đánh dạt ra.', 'Thế nhưng chỉ được một tiếng đồng hồ thì anh em đã bị đánh dạt ra.'],
    ['a VIQR full stop before a lower-case word in a VIQR line', "Anh a^'y bi. thương nặng sau vụ tai nạn giao thông.", 'Anh ấy bị thương nặng sau vụ tai nạn giao thông.'],
    ['a VIQR apostrophe after a word', "Anh ta cẩn thận lau các đồ vật ddo' rồi đặt lên như cũ.", 'Anh ta cẩn thận lau các đồ vật đó rồi đặt lên như cũ.'],
    ['VISCII `·` (ở) among VISCII damage', 'Em ðang · VN, ðang · Hà Nµi và ðang ðÑng dß¾i c¥u thang nhà anh ðây.', 'Em đang ở VN, đang ở Hà Nội và đang đứng dưới cầu thang nhà anh đây.'],
    ['UTF-8 punctuation in a UTF-8 damaged page', 'Há»£p Ä‘á»“ng Ä‘Æ°á»£c thá»±c hiá»‡n tá»« thÃ¡ng 8 â€“ 2003.', 'Hợp đồng được thực hiện từ tháng 8 – 2003.'],
    ['a UTF-8 `à` whose no-break space looks like a gap', 'Hôm nay BÃ\u00a0 con nông dân đang thu hoạch lúa.', 'Hôm nay Bà con nông dân đang thu hoạch lúa.'],
    ['the currency sign `đ` alone in a TCVN3 page', 'Gi¸ b¸n chån h\u00ad\u00acng sèng lµ 160.000 ® mét kg, gi¸ b¸n thá lµ 50.000 ® mét con.', 'Giá bán chồn hương sống là 160.000 đ một kg, giá bán thỏ là 50.000 đ một con.'],
    ['RFC 1456 escapes after a name in a VIQR page', "Ho. ke^? ra^'t nhie^`u chuye^.n ve^` Phraya\\. Ho. ddi ta^`u ve^` Vie^.t Nam\\.", 'Họ kể rất nhiều chuyện về Phraya. Họ đi tầu về Việt Nam.'],
  ])('repairs %s', (_name, input, expected) => {
    expect(repair(input).text).toBe(expected);
  });

  it.each([
    ['dropped', ''],
    ['replaced by U+FFFD', '\ufffd'],
  ])('rebuilds UTF-8 letters whose undefined Windows-1252 byte was %s', (_name, replacement) => {
    const text = 'Ý kiến của ông Đỗ Văn Ánh về việc đó là đúng, vì vậy công an huyện đã vào cuộc điều tra.';
    const input = mojibake(text, 'utf-8').replace(/[\x81\x8d\x8f\x90\x9d]/g, replacement);
    expect(input).not.toBe(mojibake(text, 'utf-8'));
    expect(repair(input).text).toBe(text);
  });

  it.each([
    ['a name that VNI would read as another (Hoàng is not Hồng)', 'Theo bác sĩ Lê Hoàng Sơn, giám đốc bệnh viện, bệnh nhân đã ổn định.'],
    ['a look-alike that fits its context as it stands', 'Con chó nhà tôi rất khôn.'],
    ['look-alikes among foreign words', 'Le café où il va: là-bas, près du lac.'],
    ['German and Portuguese capitals that begin UTF-8 letters', 'Ärger über die Ämter in ÖSTERREICH; SÃO PAULO É A MAIOR CIDADE.'],
  ])('keeps %s', (_name, text) => {
    expect(repair(text).text).toBe(text);
  });

  it.each([
    ['UTF-8', 'quáº­n'],
    ['Windows-1258', 'quâòn'],
    ['TCVN3', 'quËn'],
    ['VIQR', 'qua^.n'],
  ])('repairs %s damage no language writes, though its neighbours are foreign', (_name, damaged) => {
    const text = 'Văn phòng ở 274 Sihanouk Boulevard, quận Chamkarmon, Phnom Penh.';
    expect(repair(text.replace('quận', damaged)).text).toBe(text);
  });

  it.each([
    ['UTF-8', mojibake('Gà 90.000 đ; thỏ 50.000 đ; cá 40.000 đ...', 'utf-8'), 'Gà 90.000 đ; thỏ 50.000 đ; cá 40.000 đ...'],
    ['VNI, next to one VNI word', 'Meï toâi mua maät ong 100.000 ñ, rẻ hơn hôm qua.', 'Mẹ tôi mua mật ong 100.000 đ, rẻ hơn hôm qua.'],
    ['TCVN3, next to one TCVN3 word', 'Giá cà phê hôm nay là 45.000 ® một ký, t¨ng so với hôm qua.', 'Giá cà phê hôm nay là 45.000 đ một ký, tăng so với hôm qua.'],
  ])('reads `đ` after an amount as the currency sign (%s)', (_name, input, expected) => {
    expect(repair(input).text).toBe(expected);
  });

  it('keeps a symbol that would read as a capital inside a sentence (VISCII ¼ is Ử)', () => {
    const text = 'Mỗi sáng tôi chỉ uống ¼ viên thuốc bổ.';
    const input = text
      .split(' ')
      .map((w) => (w === '¼' ? w : mojibake(w, 'viscii', { view: 'latin1' })))
      .join(' ');
    expect(input).not.toBe(text);
    expect(repair(input).text).toBe(text);
  });

  it('reads a run of VIQR `dd` at a word start as a run of đ (`ddddv` is đđv)', () => {
    const text = 'Sau nhiều đêm, các đđv của quận 1 đi phát quà.';
    expect(repair(mojibake(text, 'viqr')).text).toBe(text);
  });

  it('keeps foreign words with symbols and capitals inside them', () => {
    const text = 'Café·Bar in Zürich–Bern, nº5, 1ª planta, 20°C at 3×4; iPhone, MacÉire, O’Brien, d’Artagnan, l’été à Orléans.';
    expect(repair(text).text).toBe(text);
  });

  it('writes many repairs into one string exactly, keeping a byte order mark and lone surrogates', () => {
    const input = '\ufeff' + 'Nguyeân taéc cuûa coâng ty \ud800 '.repeat(50);
    const r = repair(input);
    expect(r.text).toBe('\ufeff' + 'Nguyên tắc của công ty \ud800 '.repeat(50));
    expect(r.changes).toHaveLength(200);
  });
});

// Property: text written in any legacy encoding comes back. The text is realistic: paragraphs
// drawn by a seeded generator from short everyday sentences written for this test (random
// syllable strings are no test of a repair that reads words in context: half their syllables
// are valid in two readings and their neighbours say nothing).
const SENTENCES = [
  'Hôm nay trời nắng đẹp, chúng tôi đi chợ sớm.',
  'Bà con nông dân đang thu hoạch lúa trên cánh đồng.',
  'Giá xăng dầu tăng mạnh trong tuần qua.',
  'Cơ quan công an đã bắt giữ hai đối tượng trộm cắp tài sản.',
  'Học sinh được nghỉ học vì mưa bão kéo dài.',
  'Ủy ban nhân dân tỉnh vừa ban hành kế hoạch phòng chống dịch bệnh.',
  'Người dân phấn khởi khi con đường mới được khánh thành.',
  'Anh ấy làm việc ở một công ty xây dựng tại Hà Nội.',
  'Mẹ tôi nấu cơm rất ngon, nhất là món canh chua.',
  'Đội tuyển bóng đá đã giành chiến thắng thuyết phục.',
  'Chị ấy mua một chiếc xe máy mới để đi làm.',
  'Nhiều doanh nghiệp gặp khó khăn về vốn và thị trường.',
  'Chính quyền địa phương hỗ trợ các hộ nghèo sửa nhà.',
  'Bệnh viện tiếp nhận nhiều bệnh nhân bị sốt xuất huyết.',
  'Thầy giáo khen cả lớp vì đã chăm chỉ học tập.',
  'Mưa lớn làm ngập nhiều tuyến phố trong thành phố.',
  'Ông ấy kể lại câu chuyện của gia đình mình năm xưa.',
  'Chúng tôi sẽ tổ chức hội nghị vào cuối tháng này.',
  'Đường lên núi quanh co nhưng phong cảnh rất đẹp.',
  'Cô bé vui mừng khi nhận được quà của bố mẹ.',
  'Sản lượng cà phê năm nay giảm so với năm trước.',
  'Các em nhỏ chơi đùa vui vẻ trong sân trường.',
  'Họ đã sống ở làng này hơn ba mươi năm.',
  'Cuộc họp kéo dài đến tận chiều tối mới kết thúc.',
  'Người lao động mong muốn có việc làm ổn định.',
  'Tôi không biết anh ấy đã đi đâu từ sáng.',
  'Nhà nước khuyến khích người dân trồng rừng.',
  'Bộ trưởng đã trả lời chất vấn của các đại biểu.',
  'Trận lũ quét cuốn trôi nhiều nhà cửa và hoa màu.',
  'Gia đình bà sống bằng nghề đánh cá ven biển.',
  'Mỗi năm, hàng nghìn du khách đến thăm ngôi chùa cổ.',
  'Ở quê tôi, ai cũng biết nấu bánh chưng ngày Tết.',
  'Vụ án đang được cơ quan điều tra làm rõ.',
  'Con đường này thường xuyên bị kẹt xe vào giờ cao điểm.',
  'Chúng ta cần bảo vệ môi trường sống của mình.',
];
const ROUND_TRIPS: [Encoding, MojibakeOptions][] = [
  ['vni', {}],
  ['tcvn3', {}],
  ['viqr', {}],
  ['viscii', { view: 'latin1' }],
  ['vps', { view: 'latin1' }],
  ['windows-1258', {}],
  ['windows-1258-decomposed', {}],
  ['utf-8', {}],
  ['utf-8', { view: 'latin1' }],
  ['nfd', {}],
  ['unicomp', {}],
];
const roundTripCases = ROUND_TRIPS.map(([e, o]) => [`${e}${o.view ? ` (${o.view})` : ''}`, e, o] as const);
const paragraph = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 });

describe('repair(mojibake(x, encoding)) === x', () => {
  it.each(roundTripCases)('holds for whole paragraphs in %s', (_name, encoding, options) => {
    fc.assert(
      fc.property(paragraph, (sentences) => {
        const x = sentences.join(' ');
        expect(repair(mojibake(x, encoding, options)).text).toBe(x);
      }),
      { numRuns: 150, seed: 1975 },
    );
  });

  // One damaged sentence among clean ones: the damage rate is read among the damaged
  // sentence's neighbours, not over the page, so its look-alikes (TCVN3 `mãn` is món) are
  // read too. TCVN3 is left out: some of its look-alikes stay ambiguous between clean
  // neighbours (`nói` is TCVN3 núi, and both fit `lên … cao`), which the bigram model cannot
  // always settle; the dev-set test measures it instead.
  it.each(roundTripCases.filter(([, e]) => e !== 'tcvn3'))('holds for one damaged sentence among clean ones in %s', (_name, encoding, options) => {
    fc.assert(
      fc.property(paragraph, fc.nat(), (sentences, pick) => {
        const x = sentences.join(' ');
        const damaged = pick % sentences.length;
        const input = sentences.map((s, i) => (i === damaged ? mojibake(s, encoding, options) : s)).join(' ');
        expect(repair(input).text).toBe(x);
      }),
      { numRuns: 150, seed: 1975 },
    );
  });
});
