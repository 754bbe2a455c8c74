import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { stays } from './stays';
import { users } from './users';

/** A family visit (thăm gặp); a visit outside the rules carries the reason it was allowed. */
export const visits = sqliteTable(
  'visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    visitOn: text('visit_on').notNull(),
    startTime: text('start_time'),
    durationMinutes: integer('duration_minutes').notNull(),
    /** The head's approval for a longer visit or more visitors (special cases). */
    approvedExtension: integer('approved_extension', { mode: 'boolean' }).notNull().default(false),
    ruleOverrideReason: text('rule_override_reason'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('visits_stay_day').on(t.stayId, t.visitOn)],
);

export const visitors = sqliteTable(
  'visitors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    visitId: integer('visit_id')
      .notNull()
      .references(() => visits.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    idNumber: text('id_number'),
  },
  (t) => [index('visitors_visit').on(t.visitId)],
);

/** Money and items handed in for a resident (at a visit or by post); money goes to the deposit account later. */
export const handedInItems = sqliteTable(
  'handed_in_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    visitId: integer('visit_id').references(() => visits.id),
    receivedOn: text('received_on').notNull(),
    kind: text('kind', { enum: ['money', 'item'] }).notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull().default(1),
    amountDong: integer('amount_dong'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('handed_in_items_stay').on(t.stayId)],
);

/** Discipline measures in force (no visits meanwhile); the discipline screens come with the ratings issue. */
export const disciplineRecords = sqliteTable(
  'discipline_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    measure: text('measure').notNull(),
    decisionNumber: text('decision_number'),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on'),
    reason: text('reason').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('discipline_records_stay').on(t.stayId, t.fromOn)],
);
