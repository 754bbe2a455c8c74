import { eq } from 'drizzle-orm';
import { beds, rooms } from '../../../db/schema';
import { formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx, HandlerMap } from '../../router/types';
import { bedById, bedLabel } from './queries';
import { bedUsage } from './usage';

/** Adds beds after the room's highest "Gnn" number, two digits at least (G01…G12, G100 when needed). */
export function addNumberedBeds(ctx: Ctx, roomId: number, count: number): number[] {
  const existing = ctx.db.select({ code: beds.code }).from(beds).where(eq(beds.roomId, roomId)).all();
  const last = Math.max(0, ...existing.map((b) => Number(/^G(\d+)$/.exec(b.code)?.[1] ?? 0)));
  const width = Math.max(2, String(last + count).length);
  return Array.from({ length: count }, (_, i) => {
    const code = `G${String(last + i + 1).padStart(width, '0')}`;
    return ctx.db.insert(beds).values({ roomId, code }).returning({ id: beds.id }).get().id;
  });
}

function bedOrFail(ctx: Ctx, bedId: number) {
  const bed = bedById(ctx.sqlite, bedId);
  if (!bed) throw new AppError('not_found', 'Không tìm thấy giường.', { field: 'bedId' });
  return bed;
}

export const bedAdminHandlers: HandlerMap<'beds.addBeds' | 'beds.deleteBed' | 'beds.setOutOfService' | 'beds.setInService'> = {
  'beds.addBeds': (input, ctx) => {
    const room = ctx.db.select().from(rooms).where(eq(rooms.id, input.roomId)).get();
    if (!room) throw new AppError('not_found', 'Không tìm thấy phòng.', { field: 'roomId' });
    const bedIds = addNumberedBeds(ctx, input.roomId, input.count);
    ctx.audit({ entity: 'room', entityId: input.roomId, after: { addedBeds: bedIds.length, bedIds } });
    return { bedIds };
  },

  'beds.deleteBed': (input, ctx) => {
    const bed = bedOrFail(ctx, input.bedId);
    const label = bedLabel(bed);
    if (bed.occupantStayId !== null) {
      throw new AppError('rule_violation', `Giường ${label} đang có ${bed.occupantName ?? 'học viên'}: không xóa giường còn người ở.`, { field: 'bedId' });
    }
    const { pastStays } = bedUsage(ctx.sqlite, { bedId: input.bedId });
    if (pastStays > 0) {
      throw new AppError(
        'rule_violation',
        `Giường ${label} đã từng có ${pastStays} lượt học viên ở: giữ lại để tra cứu lịch sử. Hãy cho giường ngừng sử dụng thay vì xóa.`,
        { field: 'bedId' },
      );
    }
    ctx.db.delete(beds).where(eq(beds.id, input.bedId)).run();
    ctx.audit({ entity: 'bed', entityId: input.bedId, before: { label, roomId: bed.roomId } });
    return { ok: true as const };
  },

  'beds.setOutOfService': (input, ctx) => {
    const bed = bedOrFail(ctx, input.bedId);
    const label = bedLabel(bed);
    if (bed.occupantStayId !== null) {
      throw new AppError(
        'rule_violation',
        `Giường ${label} đang có ${bed.occupantName ?? 'học viên'}: chuyển học viên sang giường khác trước khi ngừng sử dụng.`,
        { field: 'bedId' },
      );
    }
    if (bed.inService === 0) {
      throw new AppError('conflict', `Giường ${label} đã ngừng sử dụng từ ${formatDateVN(bed.outOfServiceSince)}.`, { field: 'bedId' });
    }
    if (input.since > ctx.today()) {
      throw new AppError('rule_violation', 'Từ ngày: không được sau hôm nay.', { field: 'since' });
    }
    ctx.db
      .update(beds)
      .set({ inService: false, outOfServiceReason: input.reason, outOfServiceSince: input.since })
      .where(eq(beds.id, input.bedId))
      .run();
    ctx.audit({
      entity: 'bed',
      entityId: input.bedId,
      before: { inService: true },
      after: { inService: false, since: input.since },
      reason: input.reason,
    });
    return { ok: true as const };
  },

  'beds.setInService': (input, ctx) => {
    const bed = bedOrFail(ctx, input.bedId);
    if (bed.inService === 1) throw new AppError('conflict', `Giường ${bedLabel(bed)} đang được sử dụng.`, { field: 'bedId' });
    if (input.on > ctx.today()) throw new AppError('rule_violation', 'Từ ngày: không được sau hôm nay.', { field: 'on' });
    if (bed.outOfServiceSince && input.on < bed.outOfServiceSince) {
      throw new AppError('rule_violation', `Từ ngày: phải từ ngày ngừng sử dụng ${formatDateVN(bed.outOfServiceSince)} trở đi.`, { field: 'on' });
    }
    ctx.db.update(beds).set({ inService: true, outOfServiceReason: null, outOfServiceSince: null }).where(eq(beds.id, input.bedId)).run();
    ctx.audit({
      entity: 'bed',
      entityId: input.bedId,
      before: { inService: false, reason: bed.outOfServiceReason, since: bed.outOfServiceSince },
      after: { inService: true, on: input.on },
    });
    return { ok: true as const };
  },
};
