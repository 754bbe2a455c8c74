import { formatMonthVN, monthOf } from '../../../shared/domain/ratings';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { inFacilityDuring, teamName, wasMemberInMonth } from './membership';
import { monthConfirmation, ratingScale } from './scale';
import { stayFacts } from './stay';

interface SaveInput {
  teamId: number;
  month: string;
  entries: { stayId: number; grade: string; note?: string | undefined }[];
}

/** Refuses a month that cannot be rated: not begun yet, or confirmed by the head. */
export function checkMonthOpen(ctx: Ctx, month: string): void {
  if (month > monthOf(ctx.today())) {
    throw new AppError('rule_violation', `Tháng ${formatMonthVN(month)} chưa đến: chưa xếp loại được.`, { field: 'month' });
  }
  if (monthConfirmation(ctx.sqlite, month)) {
    throw new AppError('rule_violation', `Tháng ${formatMonthVN(month)} đã được Trưởng Cơ sở xác nhận: không sửa được xếp loại.`, { field: 'month' });
  }
}

/**
 * Saves a team's grades for a month. Every entry is checked first (scale, team membership, presence in the
 * facility that month), so a refused sheet writes nothing; then each changed rating is upserted and audited.
 */
export function saveRatings(ctx: Ctx, input: SaveInput): { saved: number } {
  const { sqlite } = ctx;
  const name = teamName(sqlite, input.teamId);
  checkMonthOpen(ctx, input.month);
  const scale = ratingScale(sqlite);
  const seen = new Set<number>();
  input.entries.forEach((e, i) => {
    if (seen.has(e.stayId)) throw new AppError('invalid_input', 'Một học viên được xếp loại hai lần trong cùng danh sách.', { field: `entries.${i}.stayId` });
    seen.add(e.stayId);
    if (!scale.some((g) => g.code === e.grade)) {
      throw new AppError('invalid_input', `Xếp loại "${e.grade}" không có trong thang xếp loại (${scale.map((g) => g.label).join(', ')}).`, {
        field: `entries.${i}.grade`,
      });
    }
    const stay = stayFacts(sqlite, e.stayId, `entries.${i}.stayId`);
    const when = `tháng ${formatMonthVN(input.month)}`;
    if (!wasMemberInMonth(sqlite, input.teamId, e.stayId, input.month)) {
      throw new AppError('rule_violation', `${stay.fullName} không ở trong ${name} ${when}.`, { field: `entries.${i}.stayId` });
    }
    if (!inFacilityDuring(stay, input.month)) {
      throw new AppError('rule_violation', `${stay.fullName} không ở cơ sở ${when}.`, { field: `entries.${i}.stayId` });
    }
  });

  const existing = sqlite.prepare('SELECT id, grade, note, team_id AS teamId FROM ratings WHERE stay_id = ? AND month = ?');
  const ratedAt = ctx.now().toISOString();
  const userId = ctx.user?.id ?? null;
  let saved = 0;
  for (const e of input.entries) {
    const after = { stayId: e.stayId, month: input.month, grade: e.grade, note: e.note?.trim() || null, teamId: input.teamId };
    const before = existing.get(e.stayId, input.month) as { id: number; grade: string; note: string | null; teamId: number | null } | undefined;
    if (before && before.grade === after.grade && before.note === after.note) continue;
    let id = before?.id;
    if (before) {
      sqlite
        .prepare('UPDATE ratings SET grade = ?, note = ?, team_id = ?, rated_by = ?, rated_at = ? WHERE id = ?')
        .run(after.grade, after.note, after.teamId, userId, ratedAt, before.id);
    } else {
      id = Number(
        sqlite
          .prepare('INSERT INTO ratings (stay_id, month, grade, note, team_id, rated_by, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(e.stayId, input.month, after.grade, after.note, after.teamId, userId, ratedAt).lastInsertRowid,
      );
    }
    ctx.audit({ entity: 'rating', entityId: id, before: before ? { grade: before.grade, note: before.note, teamId: before.teamId } : null, after });
    saved++;
  }
  // Saving an unchanged sheet is still an act of the officer: it leaves one row saying nothing changed.
  if (saved === 0) ctx.audit({ entity: 'rating', after: { teamId: input.teamId, month: input.month, changed: 0 } });
  return { saved };
}
