import { isoOf, vnInstant } from './days';
import type { Random } from './random';
import { dischargeReasons, type StayPlan } from './stays';

/**
 * The append-only movements of a planned stay, with the time each happened and the (later) time it was
 * written down: admitted, to/from hospital, escaped/returned, moved bed, discharged.
 */
export interface MovementRow {
  stayId: number;
  type: string;
  occurredAt: string;
  occurredOn: string;
  recordedAt: string;
  fromBedId: number | null;
  toBedId: number | null;
  reason: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  recordedBy: number;
}

export interface MovementStaff {
  officer: number;
  medical: number;
}

const hospitals = [
  'Chuyển điều trị tại Bệnh viện Đa khoa Đồng Nai',
  'Chuyển điều trị tại Bệnh viện Phổi Đồng Nai',
  'Chuyển điều trị tại Trung tâm Y tế khu vực Xuân Lộc',
];
const returns = ['Công an xã bắt giữ, bàn giao lại cơ sở', 'Gia đình đưa trở lại cơ sở', 'Tự nguyện quay lại cơ sở'];

export function minutesLater(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

export interface Admission {
  occurredAt: string;
  recordedAt: string;
  document: { number: string; date: string } | null;
  /** Number of the disciplinary decision behind a move to the discipline area. */
  moveDecision: string | null;
}

export function stayMovements(rng: Random, s: StayPlan, admission: Admission, staff: MovementStaff): MovementRow[] {
  const rows: MovementRow[] = [];
  const add = (type: string, day: number, hour: number, lateMinutes: number, extra: Partial<MovementRow>) => {
    const occurredAt = vnInstant(day, hour, rng.int(0, 59));
    rows.push({
      stayId: s.id,
      type,
      occurredAt,
      occurredOn: isoOf(day),
      recordedAt: minutesLater(occurredAt, lateMinutes),
      fromBedId: null,
      toBedId: null,
      reason: null,
      documentNumber: null,
      documentDate: null,
      recordedBy: staff.officer,
      ...extra,
    });
  };
  rows.push({
    stayId: s.id,
    type: 'admitted',
    occurredAt: admission.occurredAt,
    occurredOn: isoOf(s.admitted),
    recordedAt: admission.recordedAt,
    fromBedId: null,
    toBedId: s.bed.id,
    reason: null,
    documentNumber: admission.document?.number ?? null,
    documentDate: admission.document?.date ?? null,
    recordedBy: staff.officer,
  });
  if (s.hospital) {
    const reason = rng.pick(hospitals);
    add('to_hospital', s.hospital.from, rng.int(9, 20), rng.int(5, 60), { reason, recordedBy: staff.medical });
    if (s.hospital.to !== null) {
      const reason = 'Điều trị ổn định, trở về cơ sở';
      add('from_hospital', s.hospital.to, rng.int(9, 16), rng.int(5, 60), { reason, recordedBy: staff.medical });
    }
  }
  if (s.escape) {
    // Escapes happen at night and are found at the morning roll: a late entry, recorded hours after.
    const reason = 'Phát hiện vắng mặt khi điểm danh buổi sáng';
    add('escaped', s.escape.from, rng.int(0, 4), rng.int(150, 360), { reason });
    if (s.escape.to !== null) {
      add('returned', s.escape.to, rng.int(9, 17), rng.int(5, 60), { reason: rng.pick(returns) });
    }
  }
  if (s.move) {
    add('bed_move', s.move.day, 9, rng.int(5, 60), {
      fromBedId: s.bed.id,
      toBedId: s.move.to.id,
      reason: 'Thi hành quyết định kỷ luật: chuyển khu kỷ luật',
      documentNumber: admission.moveDecision,
      documentDate: isoOf(s.move.day),
    });
  }
  if (s.end !== null && s.reason) {
    // A stay turning compulsory leaves its temporary bed first thing, before the compulsory admission.
    add('discharged', s.end, s.reason === 'to_compulsory' ? 7 : rng.int(8, 10), rng.int(5, 60), {
      fromBedId: (s.move ? s.move.to : s.bed).id,
      reason: dischargeReasons[s.reason],
    });
  }
  return rows;
}
