import { and, eq, ne } from 'drizzle-orm';
import { areas, beds, rooms } from '../../../db/schema';
import type { MethodInput } from '../../../shared/contract';
import { defaultWorkingCapacity } from '../../../shared/domain/capacity';
import { AppError } from '../../../shared/errors';
import type { Ctx, HandlerMap } from '../../router/types';
import { legal } from '../settings/legal';
import { addNumberedBeds } from './admin-beds';
import { bedUsage } from './usage';

type RoomInput = Omit<MethodInput<'beds.updateRoom'>, 'roomId'>;

/** Figures in messages the Vietnamese way (12,5 m²). */
const formatNumber = new Intl.NumberFormat('vi-VN').format;

/**
 * The working capacity to store: the administrator's figure, or the floor area divided by the m² norm in force
 * today ('room.m2_per_person', NĐ 116/2021 Điều 6), refused with the norm and its citation when it comes to 0.
 */
function workingCapacity(ctx: Ctx, input: RoomInput): number {
  if (input.workingCapacity !== undefined) return input.workingCapacity;
  const norm = legal(ctx.sqlite, 'room.m2_per_person', ctx.today());
  const perPerson = input.care24h ? norm.value.care24h : norm.value.standard;
  if (input.floorAreaM2 === undefined || input.floorAreaM2 === null) {
    throw new AppError(
      'invalid_input',
      `Công suất thực tế: nhập số người, hoặc nhập diện tích để tính theo định mức ${formatNumber(perPerson)} m²/người (${norm.citation}).`,
      { field: 'workingCapacity' },
    );
  }
  const computed = defaultWorkingCapacity(input.floorAreaM2, input.care24h ?? false, norm.value);
  if (computed < 1) {
    throw new AppError(
      'invalid_input',
      `Diện tích ${formatNumber(input.floorAreaM2)} m² chưa đủ cho 1 người theo định mức ${formatNumber(perPerson)} m²/người (${norm.citation}).`,
      { field: 'floorAreaM2' },
    );
  }
  return Math.min(computed, 200);
}

function roomValues(ctx: Ctx, input: RoomInput) {
  return {
    code: input.code,
    name: input.name,
    floorAreaM2: input.floorAreaM2 ?? null,
    designCapacity: input.designCapacity,
    workingCapacity: workingCapacity(ctx, input),
    separateRoom: input.separateRoom ?? false,
    care24h: input.care24h ?? false,
  };
}

function refuseTakenCode(ctx: Ctx, areaId: number, code: string, exceptId: number | null, areaCode: string): void {
  const same = and(eq(rooms.areaId, areaId), eq(rooms.code, code));
  const clash = ctx.db
    .select({ id: rooms.id })
    .from(rooms)
    .where(exceptId === null ? same : and(same, ne(rooms.id, exceptId)))
    .get();
  if (clash) throw new AppError('conflict', `Khu ${areaCode} đã có phòng mã "${code}".`, { field: 'code' });
}

function roomOrFail(ctx: Ctx, roomId: number) {
  const room = ctx.db.select().from(rooms).where(eq(rooms.id, roomId)).get();
  if (!room) throw new AppError('not_found', 'Không tìm thấy phòng.', { field: 'roomId' });
  const area = ctx.db.select().from(areas).where(eq(areas.id, room.areaId)).get();
  return { room, areaCode: area?.code ?? '' };
}

export const roomAdminHandlers: HandlerMap<'beds.createRoom' | 'beds.updateRoom' | 'beds.deleteRoom'> = {
  'beds.createRoom': (input, ctx) => {
    const area = ctx.db.select().from(areas).where(eq(areas.id, input.areaId)).get();
    if (!area) throw new AppError('not_found', 'Không tìm thấy khu.', { field: 'areaId' });
    refuseTakenCode(ctx, input.areaId, input.code, null, area.code);
    const room = ctx.db
      .insert(rooms)
      .values({ areaId: input.areaId, ...roomValues(ctx, input) })
      .returning()
      .get();
    const bedIds = addNumberedBeds(ctx, room.id, input.bedCount);
    ctx.audit({ entity: 'room', entityId: room.id, after: { ...room, bedCount: input.bedCount } });
    return { id: room.id, bedIds, workingCapacity: room.workingCapacity };
  },

  'beds.updateRoom': (input, ctx) => {
    const { room: before, areaCode } = roomOrFail(ctx, input.roomId);
    refuseTakenCode(ctx, before.areaId, input.code, input.roomId, areaCode);
    const values = roomValues(ctx, input);
    // A separate room holds one person whose body differs from their papers: its flag changes only while empty.
    if (values.separateRoom !== before.separateRoom) {
      const { residents } = bedUsage(ctx.sqlite, { roomId: input.roomId });
      if (residents > 0) {
        throw new AppError(
          'rule_violation',
          `Phòng ${areaCode}-${before.code} đang có ${residents} học viên: chỉ đổi "phòng riêng" khi phòng không còn ai.`,
          { field: 'separateRoom' },
        );
      }
    }
    const after = ctx.db.update(rooms).set(values).where(eq(rooms.id, input.roomId)).returning().get();
    ctx.audit({ entity: 'room', entityId: input.roomId, before, after });
    return { workingCapacity: after.workingCapacity };
  },

  'beds.deleteRoom': (input, ctx) => {
    const { room, areaCode } = roomOrFail(ctx, input.roomId);
    const usage = bedUsage(ctx.sqlite, { roomId: input.roomId });
    const label = `${areaCode}-${room.code}`;
    if (usage.residents > 0) {
      throw new AppError('rule_violation', `Phòng ${label} đang có ${usage.residents} học viên: không xóa phòng còn người ở.`, { field: 'roomId' });
    }
    if (usage.pastStays > 0) {
      throw new AppError(
        'rule_violation',
        `Giường trong phòng ${label} đã từng có ${usage.pastStays} lượt học viên ở: giữ lại để tra cứu lịch sử giường. Hãy cho các giường ngừng sử dụng thay vì xóa.`,
        { field: 'roomId' },
      );
    }
    const bedCodes = ctx.db.select({ code: beds.code }).from(beds).where(eq(beds.roomId, input.roomId)).all();
    ctx.db.delete(beds).where(eq(beds.roomId, input.roomId)).run();
    ctx.db.delete(rooms).where(eq(rooms.id, input.roomId)).run();
    ctx.audit({ entity: 'room', entityId: input.roomId, before: { ...room, beds: bedCodes.map((b) => b.code) } });
    return { ok: true as const };
  },
};
