import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { depositKinds, productUnits } from '../../shared/domain/vocabulary';
import { createdAt } from './common';
import { stays } from './stays';
import { teams } from './release';
import { users } from './users';

/** A product or task of work therapy with its unit (piece, kg, set, workday). */
export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    unit: text('unit', { enum: productUnits }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('products_name').on(t.name)],
);

/** The head's rate for a product in đồng per unit, from a date (TT 62/2022 Điều 5 k9); old output keeps its old rate. */
export const productRates = sqliteTable(
  'product_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    rateDong: integer('rate_dong').notNull(),
    validFrom: text('valid_from').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('product_rates_product_from').on(t.productId, t.validFrom)],
);

/**
 * One resident's output on a day (3 million rows over ten years): quantity, hours, and the rate and amount as
 * they were, so a later rate never changes it. Append-only: a correction is a reversal row pointing at it.
 */
export const workLines = sqliteTable(
  'work_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    workOn: text('work_on').notNull(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    quantity: real('quantity').notNull(),
    hours: real('hours').notNull(),
    rateDong: integer('rate_dong').notNull(),
    amountDong: integer('amount_dong').notNull(),
    /** On a reversal: the line it cancels (quantity, hours and amount negated). */
    reversesId: integer('reverses_id'),
    reason: text('reason'),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    index('work_lines_day').on(t.workOn),
    index('work_lines_stay_day').on(t.stayId, t.workOn),
    index('work_lines_team_day').on(t.teamId, t.workOn),
  ],
);

/** The medical team's exemption from work for a resident between two dates (inclusive). */
export const workExemptions = sqliteTable(
  'work_exemptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on').notNull(),
    reason: text('reason').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('work_exemptions_stay').on(t.stayId, t.fromOn)],
);

/** A month's pay run: drafted from the output, approved by the head, then credited to deposit accounts once. */
export const payRuns = sqliteTable(
  'pay_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** YYYY-MM; one run per month. */
    month: text('month').notNull(),
    status: text('status', { enum: ['draft', 'approved'] }).notNull(),
    totalDong: integer('total_dong').notNull(),
    draftedBy: integer('drafted_by').references(() => users.id),
    draftedAt: text('drafted_at').notNull(),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: text('approved_at'),
  },
  (t) => [uniqueIndex('pay_runs_month').on(t.month)],
);

export const payRunLines = sqliteTable(
  'pay_run_lines',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => payRuns.id),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    hours: real('hours').notNull(),
    amountDong: integer('amount_dong').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stayId] })],
);

/**
 * The resident's deposit account (lưu ký), one ledger per stay: credits positive, debits negative, never below
 * zero. Append-only: a correction is a reversal line. A payout at discharge closes the account.
 */
export const depositLines = sqliteTable(
  'deposit_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    kind: text('kind', { enum: depositKinds }).notNull(),
    lineOn: text('line_on').notNull(),
    amountDong: integer('amount_dong').notNull(),
    description: text('description').notNull(),
    /** What it comes from: a visit, a pay run, a discharge ('visit:12', 'pay:2026-11', 'discharge:3'). */
    source: text('source'),
    reversesId: integer('reverses_id'),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('deposit_lines_stay').on(t.stayId, t.id), index('deposit_lines_day').on(t.lineOn, t.kind)],
);
