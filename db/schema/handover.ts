import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { persons } from './persons';
import { stays } from './stays';
import { users } from './users';

/** The handover record on arrival (Mẫu 40): who brought the person, their health, and what came with them. */
export const handoverRecords = sqliteTable(
  'handover_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    receivedOn: text('received_on').notNull(),
    /** The escort: name and unit of whoever handed the person over. */
    handedOverBy: text('handed_over_by').notNull(),
    healthOnArrival: text('health_on_arrival').notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('handover_records_stay').on(t.stayId)],
);

/** One line of the handover list: a document, a belonging, or a valuable (valuables go to the deposit later). */
export const handoverItems = sqliteTable(
  'handover_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    handoverId: integer('handover_id')
      .notNull()
      .references(() => handoverRecords.id),
    kind: text('kind', { enum: ['document', 'belonging', 'valuable'] }).notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull().default(1),
    note: text('note'),
  },
  (t) => [index('handover_items_record').on(t.handoverId)],
);

/** The person's photo, kept inside the database so backups and encryption cover it. */
export const personPhotos = sqliteTable('person_photos', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => persons.id),
  mime: text('mime').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Notices the facility must send by a date: the commune within 5 working days of a voluntary admission, and
 * later the court, commune and family before a release. Due and sent dates make on-time reporting possible.
 */
export const notices = sqliteTable(
  'notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    dueOn: text('due_on').notNull(),
    sentOn: text('sent_on'),
    reference: text('reference'),
    sentBy: integer('sent_by').references(() => users.id),
    /** Set when the notice is no longer owed (its discharge was undone); the row stays for the record. */
    cancelledAt: text('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notices_due').on(t.sentOn, t.dueOn), index('notices_stay').on(t.stayId)],
);
