import { eq } from 'drizzle-orm';
import { areas, beds, rooms } from '../../../db/schema';
import type { AreaView } from '../../../shared/contract/beds';
import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';
import { allBeds } from './queries';

export const bedsHandlers: HandlerMap<'beds.board' | 'beds.createArea' | 'beds.createRoom'> = {
  'beds.board': (_input, ctx) => {
    const areaRows = ctx.db.select().from(areas).orderBy(areas.code).all();
    const roomRows = ctx.db.select().from(rooms).orderBy(rooms.code).all();
    const bedRows = allBeds(ctx.sqlite);
    return areaRows.map((a): AreaView => {
      const areaRooms = roomRows
        .filter((r) => r.areaId === a.id)
        .map((r) => ({
          id: r.id,
          code: r.code,
          name: r.name,
          designCapacity: r.designCapacity,
          workingCapacity: r.workingCapacity,
          beds: bedRows
            .filter((b) => b.roomId === r.id)
            .map((b) => ({
              id: b.bedId,
              code: b.bedCode,
              inService: b.inService === 1,
              occupant: b.occupantStayId ? { stayId: b.occupantStayId, fullName: b.occupantName ?? '' } : null,
            })),
        }));
      const areaBeds = areaRooms.flatMap((r) => r.beds);
      const occupied = areaBeds.filter((b) => b.occupant).length;
      return {
        id: a.id,
        code: a.code,
        name: a.name,
        purpose: a.purpose,
        sex: a.sex,
        rooms: areaRooms,
        counts: {
          design: areaRooms.reduce((n, r) => n + r.designCapacity, 0),
          working: areaRooms.reduce((n, r) => n + r.workingCapacity, 0),
          beds: areaBeds.length,
          occupied,
          free: areaBeds.filter((b) => b.inService && !b.occupant).length,
        },
      };
    });
  },

  'beds.createArea': (input, ctx) => {
    if (ctx.db.select({ id: areas.id }).from(areas).where(eq(areas.code, input.code)).get()) {
      throw new AppError('conflict', `Mã khu "${input.code}" đã có.`, { field: 'code' });
    }
    const row = ctx.db.insert(areas).values(input).returning().get();
    ctx.audit({ entity: 'area', entityId: row.id, after: row });
    return { id: row.id };
  },

  'beds.createRoom': (input, ctx) => {
    const area = ctx.db.select().from(areas).where(eq(areas.id, input.areaId)).get();
    if (!area) throw new AppError('not_found', 'Không tìm thấy khu.', { field: 'areaId' });
    const clash = ctx.db
      .select({ id: rooms.id, areaId: rooms.areaId })
      .from(rooms)
      .where(eq(rooms.code, input.code))
      .all()
      .some((r) => r.areaId === input.areaId);
    if (clash) throw new AppError('conflict', `Khu ${area.code} đã có phòng mã "${input.code}".`, { field: 'code' });
    const { bedCount, ...roomValues } = input;
    const room = ctx.db.insert(rooms).values(roomValues).returning().get();
    const width = String(bedCount).length < 2 ? 2 : String(bedCount).length;
    const bedIds = Array.from({ length: bedCount }, (_, i) => {
      const code = `G${String(i + 1).padStart(width, '0')}`;
      return ctx.db.insert(beds).values({ roomId: room.id, code }).returning({ id: beds.id }).get().id;
    });
    ctx.audit({ entity: 'room', entityId: room.id, after: { ...room, bedCount } });
    return { id: room.id, bedIds };
  },
};
