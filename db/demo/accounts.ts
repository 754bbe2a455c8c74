import type { Role } from '../../shared/contract/roles';

/**
 * The only default passwords anywhere in RehabDesk: the demo database's accounts, one per role, listed in
 * README.md. A real facility's database gets its first administrator from the setup screen instead.
 */
export const DEMO_ACCOUNTS: readonly { username: string; password: string; role: Role; fullName: string }[] = [
  { username: 'admin', password: 'demo-admin-2026', role: 'admin', fullName: 'Trần Quốc Bảo' },
  { username: 'head', password: 'demo-head-2026', role: 'head', fullName: 'Nguyễn Văn Thành' },
  { username: 'officer', password: 'demo-officer-2026', role: 'officer', fullName: 'Lê Minh Tuấn' },
  { username: 'trainer', password: 'demo-trainer-2026', role: 'trainer', fullName: 'Phạm Thị Hồng' },
  { username: 'medical', password: 'demo-medical-2026', role: 'medical', fullName: 'Võ Thị Ngọc Lan' },
];

export const DEMO_FACILITY = {
  name: 'Cơ sở cai nghiện ma túy số 2 (dữ liệu mẫu)',
  governingUnit: 'Công an tỉnh Đồng Nai',
  address: 'Ấp Suối Cát, xã Xuân Lộc, tỉnh Đồng Nai',
} as const;
