import type { PlacementRefusal, ResidentForPlacement } from './placement';
import type { AreaPurpose, StayKind, StayState } from './vocabulary';

/** The Vietnamese words the back end answers with: which rule a placement breaks, why, and where the law says so. */
const k2 = 'Luật Phòng, chống ma túy 2021, Điều 35 khoản 2';
const k3 = 'Luật Phòng, chống ma túy 2021, Điều 35 khoản 3';

export const areaPurposeNames: Record<AreaPurpose, string> = {
  temporary: 'khu lưu trú tạm thời',
  compulsory: 'khu cai nghiện bắt buộc',
  voluntary: 'khu cai nghiện tự nguyện',
  minors: 'khu người từ đủ 12 đến dưới 18 tuổi',
  infectious: 'khu bệnh truyền nhiễm nhóm A, B',
  discipline: 'khu kỷ luật',
};

export const stayKindNames: Record<StayKind, string> = {
  compulsory_adult: 'cai nghiện bắt buộc (người thành niên)',
  compulsory_minor: 'cai nghiện bắt buộc (người từ đủ 12 đến dưới 18 tuổi)',
  voluntary: 'cai nghiện tự nguyện',
  pending_decision: 'đang lập hồ sơ đưa vào cơ sở bắt buộc',
  assessment: 'xác định tình trạng nghiện',
};

const sexNames = { male: 'nam', female: 'nữ' } as const;

export interface MessageFacts {
  resident: Pick<ResidentForPlacement, 'sex' | 'kind' | 'physicalSexDiffers'>;
  areaPurpose: AreaPurpose;
  areaSex: 'male' | 'female';
  adultAge: number;
}

/** One refusal as a sentence an officer understands, with the article it rests on. */
export function placementRefusalMessage(code: PlacementRefusal, f: MessageFacts): string {
  const area = areaPurposeNames[f.areaPurpose];
  switch (code) {
    case 'out_of_service':
      return 'Giường đang ngừng sử dụng';
    case 'occupied':
      return 'Giường đã có người';
    case 'wrong_sex':
      return `Khu này dành cho giới tính khác: khu ${sexNames[f.areaSex]}, học viên là ${sexNames[f.resident.sex]} (nam và nữ ở khu riêng; ${k2})`;
    case 'wrong_physical_sex':
      return `Người có giới tính thực khác với giấy tờ phải ở khu của giới tính thực, không phải khu ${sexNames[f.areaSex]} (${k3})`;
    case 'minor_outside_minors_area':
      return `Người dưới ${f.adultAge} tuổi chỉ được bố trí ở khu dành cho người từ đủ 12 đến dưới 18 tuổi, không ở ${area} (${k2})`;
    case 'adult_in_minors_area':
      return `Khu này chỉ dành cho người từ đủ 12 đến dưới 18 tuổi, không dành cho diện cai nghiện của người thành niên (${k2})`;
    case 'infectious_outside_area':
      return `Học viên đang điều trị bệnh truyền nhiễm nhóm A, B phải ở khu riêng cho người mắc các bệnh này, không ở ${area} (${k2})`;
    case 'not_infectious_in_area':
      return `Khu bệnh truyền nhiễm nhóm A, B chỉ dành cho người đang điều trị các bệnh này (${k2})`;
    case 'wrong_area':
      return `${capitalise(area)} không dành cho diện ${stayKindNames[f.resident.kind]} (${k2})`;
    case 'needs_separate_room':
      return `Người có giới tính thực khác với giấy tờ phải ở phòng riêng; phòng này không phải phòng riêng (${k3})`;
    case 'separate_room_taken':
      return `Phòng riêng này đã có người ở; phòng riêng chỉ dành cho một người có giới tính thực khác với giấy tờ (${k3})`;
    case 'separate_room_reserved':
      return `Phòng này là phòng riêng dành cho người có giới tính thực khác với giấy tờ (${k3})`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** A stay's state as the refusal to move it says it ("… đang nằm viện"). */
export const stayStateNames: Record<StayState, string> = {
  present: 'có mặt',
  in_hospital: 'đang nằm viện',
  on_leave: 'đang về chịu tang',
  at_court: 'đang ra tòa hoặc tham gia tố tụng',
  escaped: 'đang bỏ trốn',
  suspended: 'đang tạm đình chỉ',
  discharged: 'đã ra cơ sở',
};
