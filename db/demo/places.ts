import { weighted, type Random } from './random';

/**
 * The 34 provinces since 07/2025, each with the 3-digit code its CCCD numbers start with and the 2-digit
 * prefix of its old 9-digit CMND. The demo facility is in Đồng Nai, so most residents come from there and
 * from the neighbouring provinces, as in a real provincial facility.
 */
interface Province {
  name: string;
  cccd: string;
  cmnd: string;
  weight: number;
}

const provinces: Province[] = [
  { name: 'Đồng Nai', cccd: '075', cmnd: '27', weight: 55 },
  { name: 'Thành phố Hồ Chí Minh', cccd: '079', cmnd: '02', weight: 15 },
  { name: 'Tây Ninh', cccd: '072', cmnd: '29', weight: 4 },
  { name: 'Lâm Đồng', cccd: '068', cmnd: '25', weight: 4 },
  { name: 'Đắk Lắk', cccd: '066', cmnd: '24', weight: 2 },
  { name: 'Khánh Hòa', cccd: '056', cmnd: '22', weight: 1.5 },
  { name: 'Đồng Tháp', cccd: '087', cmnd: '34', weight: 1.5 },
  { name: 'Vĩnh Long', cccd: '086', cmnd: '33', weight: 1.5 },
  { name: 'An Giang', cccd: '089', cmnd: '35', weight: 1.5 },
  { name: 'Thành phố Cần Thơ', cccd: '092', cmnd: '36', weight: 1 },
  { name: 'Cà Mau', cccd: '096', cmnd: '38', weight: 1 },
  { name: 'Gia Lai', cccd: '064', cmnd: '23', weight: 1 },
  { name: 'Quảng Ngãi', cccd: '051', cmnd: '21', weight: 1 },
  { name: 'Thành phố Đà Nẵng', cccd: '048', cmnd: '20', weight: 0.8 },
  { name: 'Thành phố Huế', cccd: '046', cmnd: '19', weight: 0.6 },
  { name: 'Quảng Trị', cccd: '045', cmnd: '19', weight: 0.6 },
  { name: 'Hà Tĩnh', cccd: '042', cmnd: '18', weight: 0.8 },
  { name: 'Nghệ An', cccd: '040', cmnd: '18', weight: 1.2 },
  { name: 'Thanh Hóa', cccd: '038', cmnd: '17', weight: 1.2 },
  { name: 'Ninh Bình', cccd: '037', cmnd: '16', weight: 0.6 },
  { name: 'Hưng Yên', cccd: '033', cmnd: '14', weight: 0.4 },
  { name: 'Thành phố Hải Phòng', cccd: '031', cmnd: '03', weight: 0.4 },
  { name: 'Bắc Ninh', cccd: '027', cmnd: '12', weight: 0.4 },
  { name: 'Phú Thọ', cccd: '025', cmnd: '13', weight: 0.3 },
  { name: 'Quảng Ninh', cccd: '022', cmnd: '10', weight: 0.3 },
  { name: 'Lạng Sơn', cccd: '020', cmnd: '08', weight: 0.2 },
  { name: 'Thái Nguyên', cccd: '019', cmnd: '09', weight: 0.3 },
  { name: 'Sơn La', cccd: '014', cmnd: '05', weight: 0.2 },
  { name: 'Lai Châu', cccd: '012', cmnd: '04', weight: 0.1 },
  { name: 'Điện Biên', cccd: '011', cmnd: '04', weight: 0.1 },
  { name: 'Lào Cai', cccd: '010', cmnd: '06', weight: 0.2 },
  { name: 'Tuyên Quang', cccd: '008', cmnd: '07', weight: 0.2 },
  { name: 'Cao Bằng', cccd: '004', cmnd: '08', weight: 0.1 },
  { name: 'Thủ đô Hà Nội', cccd: '001', cmnd: '01', weight: 0.8 },
];

const pickProvince = weighted(provinces.map((p) => [p, p.weight] as const));

const communesByProvince: Record<string, readonly string[]> = {
  'Đồng Nai': [
    'Phường Trấn Biên',
    'Phường Biên Hòa',
    'Phường Tam Hiệp',
    'Phường Long Bình',
    'Phường Hố Nai',
    'Phường Long Khánh',
    'Phường Bình Lộc',
    'Phường Đồng Xoài',
    'Phường Bình Long',
    'Xã Trảng Bom',
    'Xã Bàu Hàm',
    'Xã Long Thành',
    'Xã Nhơn Trạch',
    'Xã Đại Phước',
    'Xã Xuân Lộc',
    'Xã Định Quán',
    'Xã Tân Phú',
    'Xã Vĩnh Cửu',
    'Xã Cẩm Mỹ',
  ],
  'Thành phố Hồ Chí Minh': [
    'Phường Sài Gòn',
    'Phường Bến Thành',
    'Phường Chợ Lớn',
    'Phường Thủ Đức',
    'Phường Gò Vấp',
    'Phường Bình Tân',
    'Phường Thủ Dầu Một',
    'Phường Dĩ An',
    'Phường Vũng Tàu',
    'Xã Củ Chi',
    'Xã Bình Chánh',
  ],
};

const commonCommunes = [
  'Xã Tân Phú',
  'Xã An Bình',
  'Xã Phú Hòa',
  'Xã Tân Thành',
  'Xã Bình Minh',
  'Phường Hòa Bình',
  'Xã Hòa Thuận',
  'Phường An Phú',
  'Xã Long Hưng',
  'Xã Thạnh Phú',
  'Phường Tân An',
  'Xã Phước Hòa',
];

const hamlets = ['ấp 1', 'ấp 2', 'ấp 3', 'ấp 4', 'ấp 5', 'ấp Bình Lộc', 'ấp Tân Hòa', 'ấp Suối Cát', 'ấp Phú Lâm'];

export interface Residence {
  province: string;
  commune: string;
  address: string;
  cccdCode: string;
  cmndPrefix: string;
}

export function residence(rng: Random): Residence {
  const p = pickProvince(rng);
  const commune = rng.pick(communesByProvince[p.name] ?? commonCommunes);
  const address = commune.startsWith('Phường')
    ? `Số ${rng.int(1, 250)}, khu phố ${rng.int(1, 12)}`
    : `Tổ ${rng.int(1, 15)}, ${rng.pick(hamlets)}`;
  return { province: p.name, commune, address, cccdCode: p.cccd, cmndPrefix: p.cmnd };
}

/**
 * Courts that decide compulsory rehabilitation for this facility: the district courts of Đồng Nai before
 * 01/07/2025, the regional courts (Tòa án nhân dân khu vực …) after.
 */
const districtCourts = [
  'Tòa án nhân dân thành phố Biên Hòa, tỉnh Đồng Nai',
  'Tòa án nhân dân thành phố Long Khánh, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Trảng Bom, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Long Thành, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Nhơn Trạch, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Thống Nhất, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Vĩnh Cửu, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Định Quán, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Xuân Lộc, tỉnh Đồng Nai',
  'Tòa án nhân dân huyện Cẩm Mỹ, tỉnh Đồng Nai',
];

export const REGIONAL_COURTS_FROM = '2025-07-01';

export function courtFor(rng: Random, decisionDate: string): string {
  if (decisionDate < REGIONAL_COURTS_FROM) return rng.pick(districtCourts);
  return `Tòa án nhân dân khu vực ${rng.int(1, 10)} - Đồng Nai`;
}

const ethnicity = weighted<string>([
  ['Kinh', 90],
  ['Hoa', 3],
  ['Khmer', 2],
  ['Tày', 1],
  ['Nùng', 1.5],
  ['Chơ Ro', 1],
  ['Xtiêng', 1],
  ['Mường', 0.5],
]);

const occupation = weighted<string>([
  ['Lao động tự do', 45],
  ['Công nhân', 15],
  ['Phụ hồ', 10],
  ['Tài xế', 5],
  ['Buôn bán', 5],
  ['Làm nông', 8],
  ['Không nghề nghiệp', 12],
]);

const drugs = weighted<string>([
  ['Ma túy tổng hợp (methamphetamine)', 68],
  ['Heroin', 12],
  ['Heroin, ma túy tổng hợp', 10],
  ['Cần sa', 4],
  ['Ketamine, thuốc lắc (MDMA)', 6],
]);

const marital = weighted<string>([
  ['Độc thân', 55],
  ['Đã kết hôn', 30],
  ['Ly hôn', 12],
  ['Góa', 3],
]);

const education = weighted<string>([
  ['Không biết chữ', 3],
  ['5/12', 15],
  ['9/12', 40],
  ['12/12', 35],
  ['Trung cấp', 5],
  ['Cao đẳng, đại học', 2],
]);

export interface PersonDetails {
  ethnicity: string;
  occupation: string;
  drugsUsed: string;
  maritalStatus: string;
  education: string;
}

export function personDetails(rng: Random, minor: boolean): PersonDetails {
  return {
    ethnicity: ethnicity(rng),
    occupation: minor ? 'Học sinh, không nghề nghiệp' : occupation(rng),
    drugsUsed: drugs(rng),
    maritalStatus: minor ? 'Độc thân' : marital(rng),
    education: minor ? rng.pick(['6/12', '7/12', '8/12', '9/12']) : education(rng),
  };
}
