// The same calls in every runtime (Node, Chromium, Deno, Bun): `probe(v)` takes the package's
// namespace and returns plain JSON, which the tests compare with what Node returns.
export const ARTICLE =
  'Sáng 23/10/2023, tại hội trường UBND tỉnh Lạng Sơn, Liên minh HTX tỉnh tổ chức hội nghị treân địa bàn. ' +
  'Toàn tỉnh có 478 HTX với 2.270 thành viên, doanh thu đạt 3,8 tỷ đồng, tăng 12,5%. ' +
  'Ông Hoàng Văn Bình, Giám đốc HTX Nông nghiệp Tân Lập, cho biết lúc 16:20 lô hàng đã xuất đi TP.HCM. ' +
  'Liên hệ lienminhhtx@langson.gov.vn hoặc 0912 345 678, xem https://baolangson.vn/kinh-te.';

export function probe(v) {
  const clean = v.prepare(ARTICLE);
  return {
    repair: v.repair('Nguyeân taéc cuûa coâng ty, Vie^.t Nam, Viá»‡t Nam').text,
    repairChanges: v.repair(ARTICLE).changes,
    normalize: v.normalize('Ngừơi dân Thanh Hoá, \u00d0ồng Nai, thu\u0301y'),
    tokens: v.tokenize(clean).map((t) => [t.start, t.end, t.kind]),
    sentences: v.sentences(ARTICLE).map((s) => [s.start, s.end]),
    segment: v.segment(clean).map((w) => [w.start, w.end, w.text]),
    joined: v.segmentJoined(ARTICLE),
    entities: v.extractEntities(ARTICLE, { referenceDate: '2023-10-23' }),
    summary: v.summarize(ARTICLE, { sentences: 2 }),
    syllable: v.parseSyllable('người'),
    encoded: Array.from(v.encode('Việt Nam', 'tcvn3')),
    decoded: v.decode(v.encode('Hợp tác xã', 'vni'), 'vni'),
  };
}
