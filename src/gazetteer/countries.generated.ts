// placeholder: replaced by h-tok's generated file at merge (that file names its npx tsx scripts/ command)
/** Country names (placeholder list). */
export const COUNTRY_NAMES: readonly string[] = [
  'Việt Nam', 'Trung Quốc', 'Mỹ', 'Hoa Kỳ', 'Nhật Bản', 'Hàn Quốc', 'Lào', 'Campuchia', 'Thái Lan',
  'Nga', 'Pháp', 'Đức', 'Anh', 'Triều Tiên', 'Ấn Độ', 'Úc', 'Hà Lan',
];
/** Capital cities (placeholder list). */
export const CAPITAL_NAMES: readonly string[] = [
  'Hà Nội', 'Bắc Kinh', 'Washington', 'Tokyo', 'Seoul', 'Viêng Chăn', 'Phnôm Pênh', 'Bangkok',
  'Moskva', 'Paris', 'Berlin', 'London', 'Bình Nhưỡng',
];
