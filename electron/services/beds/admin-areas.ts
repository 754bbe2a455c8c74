import { and, eq, ne } from 'drizzle-orm';
import { areas, beds, rooms } from '../../../db/schema';
import { areaPurposeNames } from '../../../shared/domain/placement-messages';
import { AppError } from '../../../shared/errors';
import type { Ctx, HandlerMap } from '../../router/types';
import { bedUsage } from './usage';

function areaOrFail(ctx: Ctx, areaId: number) {
  const area = ctx.db.select().from(areas).where(eq(areas.id, areaId)).get();
  if (!area) throw new AppError('not_found', 'Không tìm thấy khu.', { field: 'areaId' });
  return area;
}

function refuseTakenCode(ctx: Ctx, code: string, exceptId: number | null): void {
  const clash = ctx.db
    .select({ id: areas.id })
    .from(areas)
    .where(exceptId === null ? eq(areas.code, code) : and(eq(areas.code, code), ne(areas.id, exceptId)))
    .get();
  if (clash) throw new AppError('conflict', `Mã khu "${code}" đã có.`, { field: 'code' });
}

const sexNames = { male: 'nam', female: 'nữ' } as const;

export const areaAdminHandlers: HandlerMap<'beds.createArea' | 'beds.updateArea' | 'beds.deleteArea'> = {
  'beds.createArea': (input, ctx) => {
    refuseTakenCode(ctx, input.code, null);
    const row = ctx.db.insert(areas).values(input).returning().get();
    ctx.audit({ entity: 'area', entityId: row.id, after: row });
    return { id: row.id };
  },

  'beds.updateArea': (input, ctx) => {
    const before = areaOrFail(ctx, input.areaId);
    refuseTakenCode(ctx, input.code, input.areaId);
    // Changing who an area is for while people live in it would leave them placed against the rules.
    if (before.purpose !== input.purpose || before.sex !== input.sex) {
      const { residents } = bedUsage(ctx.sqlite, { areaId: input.areaId });
      if (residents > 0) {
        const field = before.sex !== input.sex ? 'sex' : 'purpose';
        throw new AppError(
          'rule_violation',
          `Khu ${before.code} đang có ${residents} học viên (${areaPurposeNames[before.purpose]}, ${sexNames[before.sex]}): chỉ đổi mục đích hoặc giới tính khi khu không còn ai. Chuyển học viên sang khu khác trước.`,
          { field },
        );
      }
    }
    const { areaId, ...values } = input;
    const after = ctx.db.update(areas).set(values).where(eq(areas.id, areaId)).returning().get();
    ctx.audit({ entity: 'area', entityId: areaId, before, after });
    return { ok: true as const };
  },

  'beds.deleteArea': (input, ctx) => {
    const area = areaOrFail(ctx, input.areaId);
    const usage = bedUsage(ctx.sqlite, { areaId: input.areaId });
    if (usage.residents > 0) {
      throw new AppError('rule_violation', `Khu ${area.code} đang có ${usage.residents} học viên: không xóa khu còn người ở.`, { field: 'areaId' });
    }
    if (usage.pastStays > 0) {
      throw new AppError(
        'rule_violation',
        `Giường trong khu ${area.code} đã từng có ${usage.pastStays} lượt học viên ở: giữ lại để tra cứu lịch sử giường. Hãy cho các giường ngừng sử dụng thay vì xóa.`,
        { field: 'areaId' },
      );
    }
    const roomRows = ctx.db.select().from(rooms).where(eq(rooms.areaId, input.areaId)).all();
    for (const r of roomRows) ctx.db.delete(beds).where(eq(beds.roomId, r.id)).run();
    ctx.db.delete(rooms).where(eq(rooms.areaId, input.areaId)).run();
    ctx.db.delete(areas).where(eq(areas.id, input.areaId)).run();
    ctx.audit({ entity: 'area', entityId: input.areaId, before: { ...area, rooms: roomRows.map((r) => r.code) } });
    return { ok: true as const };
  },
};
