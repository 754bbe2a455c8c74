import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { areas } from './beds';
import { createdAt } from './common';
import { movements } from './movements';
import { stays } from './stays';
import { users } from './users';

/** One roll call of one area at one of the day's roll times; frozen once saved. */
export const rolls = sqliteTable(
  'rolls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    areaId: integer('area_id')
      .notNull()
      .references(() => areas.id),
    rollDate: text('roll_date').notNull(),
    /** The roll time's key from settings ('morning', 'evening', …). */
    slot: text('slot').notNull(),
    takenBy: integer('taken_by').references(() => users.id),
    savedAt: text('saved_at').notNull(),
    expectedCount: integer('expected_count').notNull(),
    presentCount: integer('present_count').notNull(),
  },
  (t) => [uniqueIndex('rolls_area_day_slot').on(t.areaId, t.rollDate, t.slot), index('rolls_day').on(t.rollDate)],
);

/**
 * Every resident the roll expected, as frozen when it was saved (about 10 million rows over ten years, so the row
 * is kept small: the pair is the key and only absences carry a reason).
 */
export const rollEntries = sqliteTable(
  'roll_entries',
  {
    rollId: integer('roll_id')
      .notNull()
      .references(() => rolls.id),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    /** present, or why not: away (a known movement), escaped (a new escape record), absent (a reason). */
    status: text('status', { enum: ['present', 'away', 'escaped', 'absent'] }).notNull(),
    reason: text('reason'),
    movementId: integer('movement_id').references(() => movements.id),
  },
  (t) => [primaryKey({ columns: [t.rollId, t.stayId] }), index('roll_entries_stay').on(t.stayId)],
);

/** A later change to a frozen roll: shown beside the original, never replacing it. */
export const rollAmendments = sqliteTable(
  'roll_amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rollId: integer('roll_id')
      .notNull()
      .references(() => rolls.id),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull(),
    amendedBy: integer('amended_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('roll_amendments_roll').on(t.rollId)],
);
