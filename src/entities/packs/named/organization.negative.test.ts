import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

describe('organization: not a named body', () => {
  it.each([
    ['the Party and the State used generically', 'Chủ trương của Đảng, chính sách pháp luật của Nhà nước đã đi vào cuộc sống'],
    ['the alliance at every level', 'Liên minh HTX các tỉnh, thành phố cần chủ động tham mưu'],
    ['the alliance of all levels', 'Liên minh HTX các cấp đã hỗ trợ'],
    ['departments in the plural', 'yêu cầu các sở, ngành đẩy nhanh giải ngân'],
    ['a conference', 'Hội nghị Trung ương 5 khóa XIII'],
    ['a head word in lower case', 'hội viên được tập huấn; phòng họp; ban hành quyết định'],
    ['a body word with no name', 'Sở đã đề nghị, Bộ đã trả lời'],
    ['a person named Đoàn', 'Ông Đoàn Văn Hậu cho biết'],
    ['a person named Trường', 'anh Nguyễn Xuân Trường cho biết'],
    ['a law', 'Luật Hợp tác xã năm 2023'],
    ['a street named after a man, not a school', 'trên đường Trường Chinh, quận Tân Bình'],
    ['a headline in capitals runs no name on', 'ỦY BAN NHÂN DÂN TỈNH GẶP MẶT CÁC DOANH NGHIỆP\nSáng nay, hội nghị diễn ra.'],
  ])('%s', (_name, input) => {
    expect(found(input, 'organization')).toEqual([]);
  });
});
