import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { exemptionGrounds } from '../../shared/domain/vocabulary';
import { createdAt } from './common';
import { stays, termAdjustments } from './stays';
import { users } from './users';

/** A living or work team (tổ/đội) with the officer in charge; the ratings are entered per team. */
export const teams = sqliteTable(
  'teams',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    officerId: integer('officer_id').references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_name').on(t.name)],
);

/** Who belonged to a team and when; a resident is in at most one team on a day (left_on is the first day out). */
export const teamMembers = sqliteTable(
  'team_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    joinedOn: text('joined_on').notNull(),
    leftOn: text('left_on'),
    createdAt: createdAt(),
  },
  (t) => [index('team_members_team').on(t.teamId, t.leftOn), index('team_members_stay').on(t.stayId, t.leftOn)],
);

/** The monthly rating of a stay (xếp loại hằng tháng); editable until the head confirms the month. */
export const ratings = sqliteTable(
  'ratings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    /** YYYY-MM. */
    month: text('month').notNull(),
    grade: text('grade').notNull(),
    note: text('note'),
    teamId: integer('team_id').references(() => teams.id),
    ratedBy: integer('rated_by').references(() => users.id),
    ratedAt: text('rated_at').notNull(),
  },
  (t) => [uniqueIndex('ratings_stay_month').on(t.stayId, t.month), index('ratings_month').on(t.month)],
);

/** A month the head has confirmed: its ratings are final and count towards reductions. */
export const ratingMonths = sqliteTable('rating_months', {
  month: text('month').primaryKey(),
  confirmedBy: integer('confirmed_by').references(() => users.id),
  confirmedAt: text('confirmed_at').notNull(),
});

/** A meritorious act (lập công), which widens the reduction to 3–6 months (NĐ 116 Điều 58 k1). */
export const meritActs = sqliteTable(
  'merit_acts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    actOn: text('act_on').notNull(),
    description: text('description').notNull(),
    documentNumber: text('document_number'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('merit_acts_stay').on(t.stayId)],
);

/** A ground for exemption from the rest of the term (serious illness, pregnancy, prison sentence), with its paper. */
export const exemptionGroundRecords = sqliteTable(
  'exemption_grounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    ground: text('ground', { enum: exemptionGrounds }).notNull(),
    recordedOn: text('recorded_on').notNull(),
    documentNumber: text('document_number'),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('exemption_grounds_stay').on(t.stayId)],
);

/** A quarterly (or on-demand) review drafting the residents proposed for a reduction or exemption (Mẫu 43, 44). */
export const reductionReviews = sqliteTable('reduction_reviews', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  /** The day eligibility is judged on. */
  reviewOn: text('review_on').notNull(),
  status: text('status', { enum: ['draft', 'approved'] }).notNull(),
  /** The list is posted for 5 working days after approval. */
  postingFrom: text('posting_from'),
  postingTo: text('posting_to'),
  draftedBy: integer('drafted_by').references(() => users.id),
  approvedBy: integer('approved_by').references(() => users.id),
  approvedAt: text('approved_at'),
  createdAt: createdAt(),
});

/** One resident on a review, and later the court's decision on him. */
export const reductionProposals = sqliteTable(
  'reduction_proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reductionReviews.id),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    kind: text('kind', { enum: ['reduction', 'exemption'] }).notNull(),
    monthsProposed: integer('months_proposed').notNull().default(0),
    /** What the draft found: the good months, the merit act, or the exemption ground. */
    grounds: text('grounds').notNull(),
    merit: integer('merit', { mode: 'boolean' }).notNull().default(false),
    included: integer('included', { mode: 'boolean' }).notNull().default(true),
    note: text('note'),
    outcome: text('outcome', { enum: ['granted', 'refused'] }),
    decisionNumber: text('decision_number'),
    decidedOn: text('decided_on'),
    monthsGranted: integer('months_granted'),
    termAdjustmentId: integer('term_adjustment_id').references(() => termAdjustments.id),
  },
  (t) => [uniqueIndex('reduction_proposals_review_stay').on(t.reviewId, t.stayId), index('reduction_proposals_stay').on(t.stayId)],
);
