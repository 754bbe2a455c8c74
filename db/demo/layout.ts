import type { AreaPurpose } from '../../shared/domain/vocabulary';
import type { Random } from './random';

/**
 * Areas, rooms and beds of the demo facility. The law separates temporary stay, compulsory, voluntary,
 * minors, infectious-disease and discipline areas (Luật 73/2021 Điều 35 k2); almost everyone is a man, so
 * women have one area of their own. Each area is sized for its share of the present population plus a few
 * free and out-of-service beds.
 */
export type { AreaPurpose };
export type Sex = 'male' | 'female';

export interface BedPlan {
  id: number;
  code: string;
  area: AreaPlan;
  outOfService: { reason: string; since: number } | null;
}

export interface RoomPlan {
  id: number;
  code: string;
  name: string;
  designCapacity: number;
  workingCapacity: number;
  floorAreaM2: number;
  beds: BedPlan[];
}

export interface AreaPlan {
  id: number;
  code: string;
  name: string;
  purpose: AreaPurpose;
  sex: Sex;
  /** Residents present today in this area. */
  present: number;
  rooms: RoomPlan[];
}

interface AreaSpec {
  code: string;
  name: string;
  purpose: AreaPurpose;
  sex: Sex;
  /** Share of the present population; the male compulsory areas take what the others leave. */
  share: number;
  roomSize: number;
}

const specialAreas: AreaSpec[] = [
  { code: 'NU', name: 'Khu nữ', purpose: 'compulsory', sex: 'female', share: 0.03, roomSize: 12 },
  { code: 'VTN', name: 'Khu người chưa thành niên', purpose: 'minors', sex: 'male', share: 0.02, roomSize: 10 },
  { code: 'TN', name: 'Khu cai nghiện tự nguyện', purpose: 'voluntary', sex: 'male', share: 0.05, roomSize: 12 },
  { code: 'TT', name: 'Khu lưu trú tạm thời', purpose: 'temporary', sex: 'male', share: 0.04, roomSize: 12 },
  { code: 'BTN', name: 'Khu bệnh truyền nhiễm', purpose: 'infectious', sex: 'male', share: 0.05, roomSize: 10 },
  { code: 'KL', name: 'Khu kỷ luật', purpose: 'discipline', sex: 'male', share: 0.01, roomSize: 8 },
];

const COMPULSORY_AREA_MAX = 320;
const COMPULSORY_ROOM_SIZE = 18;
/** Beds free on an ordinary day: about 8% of the in-service beds. */
const OCCUPANCY = 0.92;

const outOfServiceReasons = [
  'Hỏng khung giường, chờ sửa chữa',
  'Phòng thấm dột, tạm ngừng sử dụng',
  'Thiếu chiếu, chăn, chờ cấp bổ sung',
];

export const MIN_RESIDENTS = 20;

export interface AreaPlanDraft {
  spec: AreaSpec;
  present: number;
}

/** How many of today's residents each area holds. */
export function presentByArea(residents: number): AreaPlanDraft[] {
  const special = specialAreas.map((spec) => ({ spec, present: Math.max(1, Math.round(residents * spec.share)) }));
  const compulsory = residents - special.reduce((n, a) => n + a.present, 0);
  const areaCount = Math.ceil(compulsory / COMPULSORY_AREA_MAX);
  const male: AreaPlanDraft[] = Array.from({ length: areaCount }, (_, i) => {
    const letter = String.fromCharCode(0x41 + i);
    return {
      spec: {
        code: letter,
        name: `Khu ${letter} - cai nghiện bắt buộc (nam)`,
        purpose: 'compulsory',
        sex: 'male',
        share: 0,
        roomSize: COMPULSORY_ROOM_SIZE,
      },
      present: Math.floor(compulsory / areaCount) + (i < compulsory % areaCount ? 1 : 0),
    };
  });
  return [...male, ...special];
}

/** In-service beds an area needs for its present residents with the usual slack. */
export function bedsNeeded(present: number): number {
  return Math.max(present + 1, Math.ceil(present / OCCUPANCY));
}

/**
 * Builds an area's rooms: beds split evenly into rooms of about the spec's size; male compulsory rooms are
 * often over their design capacity (extra beds), as real facilities are; a few beds are out of service.
 */
export function buildArea(draft: AreaPlanDraft, inServiceBeds: number, rng: Random, today: number): AreaPlan {
  const { spec } = draft;
  const crowded = spec.purpose === 'compulsory' && spec.sex === 'male';
  const outOfService = crowded || spec.purpose === 'infectious' ? Math.round(inServiceBeds * 0.02) : 0;
  const total = inServiceBeds + outOfService;
  const roomCount = Math.max(1, Math.round(total / spec.roomSize));
  const area: AreaPlan = {
    id: 0,
    code: spec.code,
    name: spec.name,
    purpose: spec.purpose,
    sex: spec.sex,
    present: draft.present,
    rooms: [],
  };
  for (let r = 0; r < roomCount; r++) {
    const bedCount = Math.floor(total / roomCount) + (r < total % roomCount ? 1 : 0);
    const design = crowded && rng.chance(0.35) ? bedCount - rng.int(1, 3) : bedCount;
    const roomCode = `P${String(r + 1).padStart(2, '0')}`;
    area.rooms.push({
      id: 0,
      code: roomCode,
      name: `Phòng ${String(r + 1).padStart(2, '0')}`,
      designCapacity: design,
      workingCapacity: design,
      floorAreaM2: design * 6 + rng.int(0, 8),
      beds: Array.from({ length: bedCount }, (_, b) => ({
        id: 0,
        code: `G${String(b + 1).padStart(2, '0')}`,
        area,
        outOfService: null,
      })),
    });
  }
  const beds = area.rooms.flatMap((r) => r.beds);
  for (let i = 0; i < outOfService; i++) {
    const candidates = beds.filter((b) => !b.outOfService);
    rng.pick(candidates).outOfService = { reason: rng.pick(outOfServiceReasons), since: today - rng.int(10, 240) };
  }
  return area;
}

export function areaBeds(area: AreaPlan): BedPlan[] {
  return area.rooms.flatMap((r) => r.beds);
}
