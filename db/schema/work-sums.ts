import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Running sums of work_lines, kept by triggers in the same transaction as every line (migration 0008), so the
 * report's work figures over any range read one row per day rather than every line of it. A reversal line
 * negates its line on the same stay and day, so the sums are the effective ones; `lines` is lines minus
 * reversals.
 */
export const workStayDays = sqliteTable(
  'work_stay_days',
  {
    workOn: text('work_on').notNull(),
    stayId: integer('stay_id').notNull(),
    hours: real('hours').notNull(),
    lines: integer('lines').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workOn, t.stayId] })],
);

/** Per day: the stays with effective output and hours that day (workdays), and the hours. */
export const workDayTotals = sqliteTable('work_day_totals', {
  workOn: text('work_on').primaryKey(),
  workdays: integer('workdays').notNull(),
  hours: real('hours').notNull(),
});

export const workProductDays = sqliteTable(
  'work_product_days',
  {
    workOn: text('work_on').notNull(),
    productId: integer('product_id').notNull(),
    quantity: real('quantity').notNull(),
    amountDong: integer('amount_dong').notNull(),
    lines: integer('lines').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workOn, t.productId] })],
);
