import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { users } from './users';

/**
 * A report the head signed: its figures kept as they were (the period's own column), so a later change to the
 * register shows as a difference against it and never rewrites what was sent up the chain. One per period.
 */
export const reportFinals = sqliteTable(
  'report_finals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    /** The period as chosen (month, quarter… or a range), JSON. */
    periodJson: text('period_json').notNull(),
    number: text('number').notNull(),
    signedOn: text('signed_on').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    /** [{key, dims, itemName, itemUnit, value}] as finalised. */
    figuresJson: text('figures_json').notNull(),
    finalisedAt: text('finalised_at').notNull(),
    finalisedBy: integer('finalised_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('report_finals_period').on(t.fromDate, t.toDate)],
);

/** Staff and the year's funding, entered by hand for the December and year reports; null = not entered. */
export const reportYearEnd = sqliteTable(
  'report_year_end',
  {
    year: integer('year').notNull(),
    key: text('key').notNull(),
    value: integer('value'),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.year, t.key] })],
);
