import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { movementTypes } from '../../shared/domain/vocabulary';
import { beds } from './beds';
import { createdAt } from './common';
import { stays } from './stays';
import { users } from './users';

/** Append-only: every event of a stay. A correction is a 'reversal' row pointing at the row it cancels. */
export const movements = sqliteTable(
  'movements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    type: text('type', { enum: movementTypes }).notNull(),
    /** When it happened (ISO instant) and its Vietnamese calendar date, which the clock and census use. */
    occurredAt: text('occurred_at').notNull(),
    occurredOn: text('occurred_on').notNull(),
    /** When it was written down; later than occurredAt for late entries. */
    recordedAt: text('recorded_at').notNull(),
    fromBedId: integer('from_bed_id').references(() => beds.id),
    toBedId: integer('to_bed_id').references(() => beds.id),
    reason: text('reason'),
    /** Where to: the hospital, the court, the funeral's place. */
    destination: text('destination'),
    /** When the resident should be back (hospital, funeral leave, court); overdue alerts read it. */
    expectedReturnOn: text('expected_return_on'),
    documentNumber: text('document_number'),
    documentDate: text('document_date'),
    reversesId: integer('reverses_id').references((): AnySQLiteColumn => movements.id),
    /** Set on a placement the rules refused and the head allowed, with the reason in `reason`. */
    override: integer('override', { mode: 'boolean' }).notNull().default(false),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('movements_stay').on(t.stayId, t.occurredAt),
    index('movements_day').on(t.occurredOn, t.type),
    index('movements_to_bed').on(t.toBedId, t.occurredOn),
  ],
);
