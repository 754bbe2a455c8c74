import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { addDays, formatDateVN } from '../../../shared/domain/dates';
import { stayStateNames } from '../../../shared/domain/placement-messages';
import { fundingRefusal } from '../../../shared/domain/training-funding';
import type { StayKind, StayState } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { classStatusNames, loadClass, type ClassRow } from './class-rows';
import { fundingFlags } from './funding';
import type { Input } from './input';

/** How far before the first day residents may be put on a class (gathering the group). */
const ENROL_BEFORE_START_DAYS = 30;

interface StayRow {
  id: number;
  fullName: string;
  fileNumber: string;
  kind: StayKind;
  state: StayState;
  admittedOn: string;
  enrolmentId: number | null;
  enrolmentStatus: 'enrolled' | 'waiting' | 'withdrawn' | null;
}

function loadStays(sqlite: Database.Database, classId: number, stayIds: number[]): Map<number, StayRow> {
  const rows = sqlite
    .prepare(
      `SELECT s.id, p.full_name AS fullName, s.file_number AS fileNumber, s.kind, s.state, s.admitted_on AS admittedOn,
              e.id AS enrolmentId, e.status AS enrolmentStatus
       FROM stays s JOIN persons p ON p.id = s.person_id
       LEFT JOIN enrolments e ON e.stay_id = s.id AND e.class_id = ?
       WHERE s.id IN (SELECT value FROM json_each(?))`,
    )
    .all(classId, JSON.stringify(stayIds)) as StayRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

function checkDay(c: ClassRow, on: string, today: string): void {
  const earliest = addDays(c.startsOn, -ENROL_BEFORE_START_DAYS);
  const refuse = (message: string) => new AppError('rule_violation', message, { field: 'enrolledOn' });
  if (on > today) throw refuse(`Ngày vào lớp ${formatDateVN(on)} chưa đến: chỉ ghi từ hôm nay trở về trước.`);
  if (on < earliest) throw refuse(`Ngày vào lớp ${formatDateVN(on)} quá sớm: lớp khai giảng ${formatDateVN(c.startsOn)}, chỉ ghi danh từ ${formatDateVN(earliest)}.`);
  if (on > c.endsOn) throw refuse(`Ngày vào lớp ${formatDateVN(on)} sau ngày kết thúc lớp (${formatDateVN(c.endsOn)}).`);
}

/**
 * Enrols residents from a day, every check before the first write: the class open, each resident in the
 * facility since that day and not on the class, a reason for each one already trained on an earlier stay. Free
 * places go in the order given; past capacity the rest go on the waiting list. One who left the class comes back
 * on his old row (a resident is on a class once), at the end of the waiting list if it is full.
 */
export function enrol(ctx: Ctx, input: Input<'classes.enrol'>): MethodOutput<'classes.enrol'> {
  const c = loadClass(ctx.sqlite, input.classId);
  if (c.status !== 'planned' && c.status !== 'running') {
    throw new AppError('rule_violation', `Lớp ${c.name} ${classStatusNames[c.status]}: không ghi danh thêm.`, { field: 'classId' });
  }
  checkDay(c, input.enrolledOn, ctx.today());
  const stays = loadStays(ctx.sqlite, c.id, input.stays.map((s) => s.stayId));
  const seen = new Set<number>();
  const checked = input.stays.map((item, i) => {
    const field = `stays.${i}.stayId`;
    const stay = stays.get(item.stayId);
    if (!stay) throw new AppError('not_found', `Dòng ${i + 1}: không tìm thấy học viên này.`, { field });
    const who = `${stay.fullName} (${stay.fileNumber})`;
    if (seen.has(stay.id)) throw new AppError('invalid_input', `${who} được chọn hai lần.`, { field });
    seen.add(stay.id);
    if (stay.state === 'discharged') throw new AppError('rule_violation', `${who} ${stayStateNames.discharged}: không thể vào lớp.`, { field });
    if (stay.enrolmentStatus === 'enrolled' || stay.enrolmentStatus === 'waiting') {
      throw new AppError('conflict', `${who} đã ${stay.enrolmentStatus === 'enrolled' ? 'có trong lớp' : 'trong danh sách chờ của lớp'} ${c.name}.`, { field });
    }
    if (stay.admittedOn > input.enrolledOn) {
      throw new AppError('rule_violation', `${who} được tiếp nhận ngày ${formatDateVN(stay.admittedOn)}, sau ngày vào lớp ${formatDateVN(input.enrolledOn)}.`, { field });
    }
    return { item, stay };
  });
  const { flags, citation } = fundingFlags(ctx.sqlite, checked.map(({ stay }) => stay), ctx.today());
  checked.forEach(({ item, stay }, i) => {
    const flag = flags.get(stay.id);
    if (flag && !item.fundingReason) throw new AppError('invalid_input', fundingRefusal(stay.fullName, flag, citation), { field: `stays.${i}.fundingReason` });
  });

  let enrolled = c.enrolled;
  const counts = { enrolled: 0, waiting: 0 };
  const insert = ctx.sqlite.prepare(
    `INSERT INTO enrolments (class_id, stay_id, status, enrolled_on, funding_flag, funding_reason, created_by)
     VALUES (@classId, @stayId, @status, @enrolledOn, @fundingFlag, @fundingReason, @createdBy)`,
  );
  // created_at is the waiting list's order, so a returning resident queues from now.
  const rejoin = ctx.sqlite.prepare(
    `UPDATE enrolments SET status = @status, enrolled_on = @enrolledOn, funding_flag = @fundingFlag, funding_reason = @fundingReason,
            withdrawn_on = NULL, withdraw_reason = NULL, created_by = @createdBy, created_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
     WHERE id = @id`,
  );
  for (const { item, stay } of checked) {
    const status = enrolled < c.capacity ? 'enrolled' : 'waiting';
    if (status === 'enrolled') enrolled++;
    counts[status]++;
    const flag = flags.get(stay.id) ?? null;
    const row = {
      classId: c.id,
      stayId: stay.id,
      status,
      enrolledOn: input.enrolledOn,
      fundingFlag: flag ? 1 : 0,
      fundingReason: flag ? (item.fundingReason ?? null) : null,
      createdBy: ctx.user?.id ?? null,
    };
    const id = stay.enrolmentId ?? Number(insert.run(row).lastInsertRowid);
    if (stay.enrolmentId !== null) rejoin.run({ ...row, id });
    const before = stay.enrolmentId === null ? undefined : { status: 'withdrawn' };
    ctx.audit({ entity: 'enrolment', entityId: id, before, after: { ...row, fundingFlag: flag !== null } });
  }
  return counts;
}
