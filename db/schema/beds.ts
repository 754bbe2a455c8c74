import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { areaPurposes } from '../../shared/domain/vocabulary';
import { createdAt } from './common';

export const areas = sqliteTable(
  'areas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose', { enum: areaPurposes }).notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('areas_code').on(t.code)],
);

export const rooms = sqliteTable(
  'rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    areaId: integer('area_id')
      .notNull()
      .references(() => areas.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    floorAreaM2: real('floor_area_m2'),
    designCapacity: integer('design_capacity').notNull(),
    /** Usually floor area ÷ the m² norm from settings; the administrator may set it lower. */
    workingCapacity: integer('working_capacity').notNull(),
    /** For a person whose body differs from their papers (Luật 73/2021 Điều 35 k3). */
    separateRoom: integer('separate_room', { mode: 'boolean' }).notNull().default(false),
    /** Rooms for 24-hour care use the larger m² norm (NĐ 116 Điều 6). */
    care24h: integer('care_24h', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rooms_area_code').on(t.areaId, t.code)],
);

export const beds = sqliteTable(
  'beds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    code: text('code').notNull(),
    inService: integer('in_service', { mode: 'boolean' }).notNull().default(true),
    outOfServiceReason: text('out_of_service_reason'),
    outOfServiceSince: text('out_of_service_since'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('beds_room_code').on(t.roomId, t.code), index('beds_room').on(t.roomId)],
);
