/**
 * The hand-written word lists of the named packs: unit words, titles, heads of organizations,
 * words that end a name. Keys are lower-case tokens joined by one space (see `matchPhrase`).
 * Lists, not regexes: every rule looks words up here.
 */
import type { LocationLevel } from '../../types.js';
import { Phrases } from './words.js';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Unit words before a place name and the level they give (`thành phố` is decided by the name). */
export const UNIT_WORDS = new Phrases<LocationLevel | 'city'>([
  ['tỉnh', 'province'],
  ['thành phố', 'city'],
  ['tp.', 'city'],
  ['tp', 'city'],
  ['t.p', 'city'],
  ['t.p.', 'city'],
  ['huyện', 'district'],
  ['quận', 'district'],
  ['thị xã', 'district'],
  ['xã', 'commune'],
  ['phường', 'commune'],
  ['thị trấn', 'commune'],
  ['đặc khu', 'commune'],
  ['thôn', 'village'],
  ['bản', 'village'],
  ['ấp', 'village'],
  ['buôn', 'village'],
  ['xóm', 'village'],
  ['làng', 'village'],
]);

/** Lower-case words that form a common word with a following `bản` (`văn bản`, `phiên bản`). */
export const BAN_COMPOUNDS = set(['văn', 'cơ', 'phiên', 'nguyên', 'kịch', 'dự', 'tái', 'xuất', 'ấn', 'bản', 'hồ', 'kinh', 'tư', 'nhật', 'lý', 'căn', 'ký', 'họa']);

/** The six cities under the central government (ENTITIES.md: `thành phố` → province). */
export const CENTRAL_CITIES = set(['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);

/** Named regions, as written. */
export const REGIONS: readonly string[] = [
  'Tây Nguyên', 'Tây Bắc', 'Đông Bắc', 'Việt Bắc', 'Tây Nam Bộ', 'Đông Nam Bộ', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ',
  'Nam Trung Bộ', 'Bắc Trung Bộ', 'Duyên hải Nam Trung Bộ', 'Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng',
  'ĐBSCL', 'miền Trung', 'miền Bắc', 'miền Nam', 'miền Tây', 'Miền Trung', 'Miền Bắc', 'Miền Nam', 'Miền Tây',
  'Nam Trung bộ', 'Bắc Trung bộ', 'Tây Nam bộ', 'Đông Nam bộ', 'Nam bộ', 'Bắc bộ', 'Trung bộ',
];

/** Other names of places written bare (value name first). */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['TP.HCM', 'Hồ Chí Minh'],
  ['TPHCM', 'Hồ Chí Minh'],
  ['TP.HồChíMinh', 'Hồ Chí Minh'],
  ['Sài Gòn', 'Hồ Chí Minh'],
  ['Thủ đô Hà Nội', 'Hà Nội'],
  ['Thừa Thiên Huế', 'Huế'],
  ['Thừa Thiên - Huế', 'Huế'],
  ['Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
  ['Đắc Lắc', 'Đắk Lắk'],
  ['Đắk Lăk', 'Đắk Lắk'],
  ['Đăk Lăk', 'Đắk Lắk'],
  ['Đăk Nông', 'Đắk Nông'],
  ['Đắc Nông', 'Đắk Nông'],
]);

/**
 * Titles and kinship words before a person's name; they stay outside its span. Matched
 * lower-case, so `Ông` at a sentence start counts.
 */
export const TITLES = Phrases.of([
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'thím', 'dì', 'mợ', 'cậu', 'bé',
  'đồng chí', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'chủ nhiệm', 'phó chủ nhiệm',
  'bí thư', 'phó bí thư', 'tổng bí thư', 'trưởng ban', 'phó trưởng ban', 'trưởng phòng', 'phó trưởng phòng',
  'thủ tướng', 'phó thủ tướng', 'bộ trưởng', 'thứ trưởng', 'cục trưởng', 'phó cục trưởng', 'chi cục trưởng',
  'viện trưởng', 'hiệu trưởng', 'chánh văn phòng', 'trưởng thôn', 'trưởng bản', 'trưởng ấp', 'già làng', 'chủ hộ',
  'nghệ nhân', 'kỹ sư', 'bác sĩ', 'tiến sĩ', 'thạc sĩ', 'giáo sư', 'phó giáo sư', 'luật sư', 'nhà báo', 'lão nông',
  'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy',
  'đại biểu', 'chủ tịch nước', 'phó chủ tịch nước', 'chủ tịch quốc hội', 'trưởng đoàn', 'chủ trang trại', 'chủ cơ sở',
  'ts.', 'ths.', 'pgs.ts', 'gs.ts', 'pgs.', 'gs.', 'ts', 'ths', 'bs.', 'ks.', 'ls.', 'nsưt', 'nsnd', 'nghệ sĩ',
  'tác giả', 'phóng viên', 'ca sĩ',
]);

/**
 * Capitalized words that begin no person's name even after a title (`Thủ tướng Chính phủ`,
 * `Bí thư Tỉnh ủy`, `Giám đốc Sở …`).
 */
export const NOT_NAME_START = set([
  'chính', 'quốc', 'nhà', 'đảng', 'các', 'những', 'tại', 'theo', 'trong', 'ngày', 'tháng', 'năm', 'thứ', 'trung',
  'chủ', 'phó', 'tổng', 'thủ', 'ủy', 'uỷ', 'hợp',
]);

/**
 * Lower-case words that never stand inside a name: prepositions, conjunctions, verbs of
 * speech and doing that follow a name in news prose. A lower-case stretch that meets one ends
 * the name before it.
 */
export const STOP_WORDS = set([
  'ở', 'tại', 'thuộc', 'của', 'cho', 'với', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vừa', 'mới', 'là', 'có', 'các', 'những',
  'này', 'đó', 'kia', 'trong', 'ngoài', 'từ', 'đến', 'tới', 'về', 'theo', 'để', 'khi', 'nên', 'thì', 'mà', 'cũng',
  'đều', 'không', 'chưa', 'rất', 'năm', 'tháng', 'ngày', 'quý', 'như', 'gồm', 'còn', 'lại', 'hay', 'hoặc', 'nhưng',
  'vì', 'do', 'nếu', 'trên', 'dưới', 'sau', 'trước', 'qua', 'cùng', 'biết', 'nói', 'làm', 'ký',
  'trao', 'đạt', 'bán', 'mua', 'nhận', 'khai',
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'nhằm', 'bằng', 'lần', 'thứ', 'nhiệm', 'kỳ',
  'giai', 'đoạn', 'và', 'hơn', 'gần', 'khoảng', 'mỗi', 'một', 'hai', 'ba', 'bốn', 'năm', 'đây', 'nay', 'tiếp',
]);

/** Lower-case words after which a head word is generic, not a name (`các HTX`, `Luật HTX`). */
export const GENERIC_BEFORE = set([
  'các', 'những', 'mỗi', 'nhiều', 'mọi', 'vài', 'số', 'loại', 'luật', 'cả', 'toàn', 'hình', 'thức', 'kiểu', 'mô', 'hình',
  'ít', 'từng', 'đa', 'hàng', 'chục', 'trăm', 'nghìn', 'ngàn', 'tổng',
]);

/** Words after which a head word is generic (`Liên minh HTX các cấp`, `UBND các xã`). */
export const GENERIC_AFTER = Phrases.of(['các', 'những', 'cấp', 'mỗi', 'nào', 'đó', 'này', 'trên', 'thành viên', 'hội viên']);

/**
 * Lower-case words and phrases common inside names of bodies and cooperatives (`Phát triển
 * nông thôn`, `Hỗ trợ phụ nữ phát triển`): a lower-case tail made only of these stays in the
 * name. A phrase may start on the capitalized word before the tail (`Phát` + `triển`). Verbs
 * that often follow a name (`xây dựng`, `hỗ trợ`, `tổ chức`) are left out: lower-case words
 * before a capitalized part of the name are read anyway (see `readBody`).
 */
export const NAME_VOCAB = Phrases.of([
  'nông nghiệp', 'nông thôn', 'phát triển', 'xã hội', 'chính sách', 'dịch vụ', 'thủy sản', 'hải sản', 'nông sản',
  'lâm sản', 'thực phẩm', 'lương thực', 'thương mại', 'tổng hợp',
  'xuất nhập khẩu', 'xuất khẩu', 'nhập khẩu', 'vận tải', 'du lịch', 'cộng đồng', 'môi trường',
  'công nghệ', 'khoa học', 'kỹ thuật', 'phụ nữ', 'nông dân', 'thanh niên', 'cựu chiến binh', 'chữ thập đỏ', 'hỗ trợ',
  'hợp tác', 'kinh tế', 'tập thể', 'khí tượng', 'thủy văn', 'khuyến nông', 'cây trồng', 'vật nuôi', 'thú y',
  'bảo vệ thực vật', 'an toàn', 'hữu cơ', 'trái cây', 'cà phê', 'lúa gạo',
  'dược liệu', 'nước mắm', 'mây tre đan', 'thủ công', 'mỹ nghệ', 'làng nghề', 'công nghiệp', 'nước sạch', 'vệ sinh',
  'đô thị', 'một thành viên', 'trách nhiệm hữu hạn', 'cổ phần', 'nhân dân', 'khu vực', 'tín dụng', 'tài chính',
  'ngân hàng', 'y tế', 'giáo dục', 'lao động', 'việc làm', 'thương binh',
  'nhân đạo', 'thông tin', 'truyền thông', 'phát thanh', 'truyền hình', 'dự án',
  'đất đai', 'tài nguyên', 'khoáng sản', 'lâm nghiệp', 'ngư nghiệp', 'nghề cá',
  'vật tư', 'phân bón', 'cơ khí', 'điện lực', 'cấp nước', 'thoát nước', 'giống', 'sạch', 'trẻ', 'trung ương',
  'tỉnh ủy', 'huyện ủy', 'thành ủy', 'đảng ủy', 'nhà nước', 'dân vận', 'tuyên giáo', 'nội chính',
  'quốc phòng', 'an ninh', 'biên phòng', 'quân sự', 'công an', 'kiểm sát', 'tòa án', 'thi hành án', 'thống kê',
  'rau', 'rau an toàn', 'hoa', 'cây cảnh', 'nấm', 'mật ong', 'gạo', 'chè', 'cao su', 'muối', 'thanh long',
  'bưởi', 'cam', 'vải', 'nhãn', 'xoài', 'sầu riêng', 'tôm', 'cá', 'bò', 'lợn', 'gà', 'dê', 'ong', 'dừa', 'khóm', 'mía',
  'đặc sản', 'công nghệ cao', 'thủ công mỹ nghệ', 'điện năng', 'năng lượng', 'vận tải hành khách',
  'thuế', 'hải quan', 'kho bạc', 'đường bộ', 'đường thủy', 'cảng', 'hàng không', 'bưu điện', 'viễn thông',
]);

/**
 * Field names of departments and ministries, read whole even across a comma or a dash
 * (`Văn hóa, Thể thao và Du lịch`).
 */
export const FIELD_PHRASES: readonly string[] = [
  'Văn hóa, Thể thao và Du lịch', 'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội',
  'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Kế hoạch và Đầu tư', 'Tài nguyên và Môi trường',
  'Khoa học và Công nghệ', 'Giáo dục và Đào tạo', 'Thông tin và Truyền thông', 'Dân tộc và Tôn giáo',
  'Kinh tế hợp tác và Phát triển nông thôn', 'Giao thông vận tải', 'Giao thông - Vận tải', 'Tài chính - Kế hoạch',
  'Nông nghiệp và PTNT', 'NN&PTNT', 'Phát thanh - Truyền hình', 'Phát thanh và Truyền hình', 'Văn hóa - Thông tin', 'Văn hóa và Thông tin', 'Tài chính - Kế toán',
];

/**
 * Heads of bodies. `body`: the head needs a capitalized name after it (`Sở Y tế`, not
 * `Sở`); `level`: the head names a body by itself and takes a place or a bare level word
 * (`UBND huyện`); `prefix`: an office of the body that follows (`Chi nhánh Ngân hàng …`).
 */
export type HeadKind = 'body' | 'level' | 'prefix';

export const ORG_HEADS = new Phrases<HeadKind>([
  ['ubnd', 'level'], ['ủy ban nhân dân', 'level'], ['uỷ ban nhân dân', 'level'], ['hđnd', 'level'],
  ['hội đồng nhân dân', 'level'], ['ubmttq', 'level'], ['ubmttqvn', 'level'], ['mttq', 'level'],
  ['ủy ban mặt trận tổ quốc', 'level'], ['ủy ban mttq', 'level'], ['ủy ban mttq việt nam', 'level'],
  ['ủy ban mặt trận tổ quốc việt nam', 'level'], ['mặt trận tổ quốc', 'level'], ['mặt trận tổ quốc việt nam', 'level'],
  ['liên minh htx', 'level'], ['liên minh hợp tác xã', 'level'], ['lmhtx', 'level'],
  ['hội lhpn', 'level'], ['hội liên hiệp phụ nữ', 'level'], ['hội nông dân', 'level'], ['hội nd', 'level'],
  ['hội cựu chiến binh', 'level'], ['hội ccb', 'level'], ['hội chữ thập đỏ', 'level'], ['hội làm vườn', 'level'],
  ['đoàn thanh niên', 'level'], ['tỉnh đoàn', 'level'], ['huyện đoàn', 'level'], ['thành đoàn', 'level'],
  ['liên đoàn lao động', 'level'], ['ldld', 'level'], ['lđlđ', 'level'],
  ['ngân hàng chính sách xã hội', 'level'], ['nhcsxh', 'level'], ['ngân hàng csxh', 'level'],
  ['ngân hàng nhà nước', 'level'], ['kho bạc nhà nước', 'level'], ['công an', 'level'], ['tòa án nhân dân', 'level'],
  ['viện kiểm sát nhân dân', 'level'], ['bộ chỉ huy quân sự', 'level'], ['bộ chỉ huy bộ đội biên phòng', 'level'],
  ['tỉnh ủy', 'level'], ['tỉnh uỷ', 'level'], ['huyện ủy', 'level'], ['huyện uỷ', 'level'], ['thành ủy', 'level'],
  ['thành uỷ', 'level'], ['đảng ủy', 'level'], ['đảng uỷ', 'level'], ['quận ủy', 'level'], ['thị ủy', 'level'],
  ['văn phòng ubnd', 'level'], ['văn phòng tỉnh ủy', 'level'], ['trung tâm khuyến nông', 'level'],
  ['trung tâm y tế', 'level'], ['bệnh viện đa khoa', 'level'], ['đài phát thanh và truyền hình', 'level'],
  ['ủy ban', 'body'], ['uỷ ban', 'body'], ['sở', 'body'], ['bộ', 'body'], ['cục', 'body'], ['chi cục', 'body'], ['tổng cục', 'body'],
  ['phòng', 'body'], ['ban', 'body'], ['hội', 'body'], ['hiệp hội', 'body'], ['liên hiệp', 'body'],
  ['liên đoàn', 'body'], ['công ty', 'body'], ['cty', 'body'], ['tổng công ty', 'body'], ['tập đoàn', 'body'], ['ngân hàng', 'body'],
  ['quỹ', 'body'], ['trung tâm', 'body'], ['viện', 'body'], ['học viện', 'body'], ['trường', 'body'],
  ['đại học', 'body'], ['bệnh viện', 'body'], ['trạm', 'body'], ['đài', 'body'], ['báo', 'body'], ['tạp chí', 'body'],
  ['câu lạc bộ', 'body'], ['clb', 'body'], ['hạt', 'body'], ['ban quản lý', 'body'], ['bql', 'body'],
  ['nhà máy', 'body'], ['xí nghiệp', 'body'], ['doanh nghiệp tư nhân', 'body'], ['dntn', 'body'],
  ['chi nhánh', 'prefix'], ['văn phòng', 'prefix'], ['phòng giao dịch', 'prefix'], ['ban thường vụ', 'prefix'],
  ['ban chấp hành', 'prefix'], ['thường trực', 'prefix'],
]);

/** Bodies that are their own name. */
export const FIXED_ORGS: readonly string[] = [
  'Quốc hội', 'Chính phủ', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương Đảng', 'Ủy ban Thường vụ Quốc hội', 'Văn phòng Chính phủ', 'Văn phòng Quốc hội', 'Ban Chấp hành Trung ương',
  'Agribank', 'Vietcombank', 'VietinBank', 'Vietinbank', 'BIDV', 'Sacombank', 'Techcombank', 'VPBank', 'TPBank', 'HDBank',
  'SHB', 'ACB', 'MB', 'MBBank', 'LienVietPostBank', 'LPBank', 'SeABank', 'OCB', 'Eximbank', 'Co.opmart', 'Saigon Co.op',
  'Viettel', 'VNPT', 'EVN', 'Petrolimex', 'PVN', 'Vinamilk', 'Vingroup', 'Masan', 'TTXVN', 'VTV', 'VOV', 'VCCI', 'FAO',
  'UNDP', 'USAID', 'JICA', 'KOICA', 'WB', 'ADB', 'IFAD', 'WHO', 'ASEAN', 'Vietnam Airlines', 'Bách Hóa Xanh',
  'Liên minh Hợp tác xã Việt Nam', 'Liên minh HTX Việt Nam', 'VCA',
];

/** Heads of a cooperative (lower-case keys). `Liên minh HTX` is an organization, not one of these. */
export const COOP_HEADS: readonly string[] = [
  'htx', 'hợp tác xã', 'liên hiệp htx', 'liên hiệp hợp tác xã', 'lhhtx', 'tổ hợp tác', 'tht',
];
