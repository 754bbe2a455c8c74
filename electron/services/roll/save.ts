import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { rollProblems } from '../../../shared/domain/roll-rules';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { recordMovement } from '../movements/record';
import { expectedRows } from './expected';
import { savedRoll } from './frozen';
import { rollMoment } from './times';

type SaveInput = MethodInput<'roll.save'>;

function checkArea(ctx: Ctx, areaId: number): string {
  const area = ctx.sqlite.prepare('SELECT name FROM areas WHERE id = ?').get(areaId) as { name: string } | undefined;
  if (!area) throw new AppError('not_found', 'Không tìm thấy khu.', { field: 'areaId' });
  return area.name;
}

/**
 * Saves a roll once: checks that everyone expected at the roll instant is marked and every absence explained,
 * records each new escape as a movement (with the head's search decision) through the movements service, then
 * freezes the roll and its entries.
 */
export function saveRoll(input: SaveInput, ctx: Ctx): MethodOutput<'roll.save'> {
  const areaName = checkArea(ctx, input.areaId);
  if (input.date > ctx.today()) {
    throw new AppError('rule_violation', `Ngày ${formatDateVN(input.date)} chưa đến: không điểm danh trước.`, { field: 'date' });
  }
  const { time, instant } = rollMoment(ctx.sqlite, input.date, input.slot);
  if (savedRoll(ctx.sqlite, input.areaId, input.date, input.slot)) {
    throw new AppError(
      'conflict',
      `Buổi điểm danh ${time} ngày ${formatDateVN(input.date)} của ${areaName} đã lưu; sửa bằng đính chính.`,
      { field: 'slot' },
    );
  }
  const { rows, expected } = expectedRows(ctx.sqlite, input.areaId, instant);
  const names = new Map(rows.map((r) => [r.stayId, r.fullName]));
  const problems = rollProblems(expected, input.entries, input.date);
  if (problems.length > 0) {
    const issues = problems.map((p) => ({
      field: p.stayId === null ? 'entries' : `entries.${p.stayId}.${p.field}`,
      message: p.stayId !== null && names.has(p.stayId) ? `${names.get(p.stayId)}: ${p.message}` : p.message,
    }));
    throw new AppError('invalid_input', issues[0]?.message ?? 'Điểm danh chưa hợp lệ.', { issues });
  }

  const byStay = new Map(expected.map((e) => [e.stayId, e]));
  let escapes = 0;
  const entries = input.entries.map((m) => {
    let movementId = byStay.get(m.stayId)?.movementId ?? null;
    if (m.status === 'escaped') {
      escapes++;
      movementId = recordMovement(ctx, {
        stayId: m.stayId,
        type: 'escaped',
        occurredAt: instant,
        documentNumber: m.searchDecisionNumber ?? null,
        documentDate: m.searchDecisionDate ?? null,
        reason: m.reason ?? `Vắng mặt khi điểm danh ${time} ngày ${formatDateVN(input.date)}`,
      }).movementId;
    }
    return { ...m, movementId: m.status === 'present' ? null : movementId };
  });
  const presentCount = entries.filter((e) => e.status === 'present').length;
  const roll = ctx.sqlite
    .prepare(
      `INSERT INTO rolls (area_id, roll_date, slot, taken_by, saved_at, expected_count, present_count)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(input.areaId, input.date, input.slot, ctx.user?.id ?? null, ctx.now().toISOString(), expected.length, presentCount) as { id: number };
  const insert = ctx.sqlite.prepare('INSERT INTO roll_entries (roll_id, stay_id, status, reason, movement_id) VALUES (?, ?, ?, ?, ?)');
  for (const e of entries) insert.run(roll.id, e.stayId, e.status, e.status === 'present' ? null : (e.reason ?? null), e.movementId);
  ctx.audit({
    entity: 'roll',
    entityId: roll.id,
    after: { areaId: input.areaId, date: input.date, slot: input.slot, expected: expected.length, present: presentCount, escapes },
  });
  return { rollId: roll.id, expectedCount: expected.length, presentCount, escapes };
}
