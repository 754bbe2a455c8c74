import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stayKinds, stayStates } from '../../shared/domain/vocabulary';
import { beds } from './beds';
import { createdAt } from './common';
import { importBatches } from './imports';
import { persons } from './persons';
import { users } from './users';

/**
 * One admission episode (lượt). State and bed are caches of the movements, rewritten only by the movement
 * service in the same transaction that appends the movement.
 */
export const stays = sqliteTable(
  'stays',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The facility's file number (e.g. 2026/0123): unique, never reused. */
    fileNumber: text('file_number').notNull(),
    kind: text('kind', { enum: stayKinds }).notNull(),
    /** Date brought in (ngày đưa vào cơ sở). */
    admittedOn: text('admitted_on').notNull(),
    termMonths: integer('term_months'),
    /** Days held while the compulsory file was prepared, deducted from the term (NĐ 116 Điều 44 k3). */
    heldDaysDeducted: integer('held_days_deducted').notNull().default(0),
    isReadmission: integer('is_readmission', { mode: 'boolean' }).notNull().default(false),
    state: text('state', { enum: stayStates }).notNull(),
    currentBedId: integer('current_bed_id').references(() => beds.id),
    /** Cached from the term clock so lists and the release planner can sort and filter by it. */
    expectedRelease: text('expected_release'),
    dischargedOn: text('discharged_on'),
    dischargeReason: text('discharge_reason'),
    /** Where an imported stay came from (file and row), for the Excel import issue. */
    importSource: text('import_source'),
    /** The import that created the stay (undone as a whole with it). */
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('stays_file_number').on(t.fileNumber),
    index('stays_person').on(t.personId),
    index('stays_state').on(t.state),
    index('stays_bed').on(t.currentBedId),
    index('stays_release').on(t.expectedRelease),
  ],
);

/** Court decision for a compulsory stay (Tòa án nhân dân khu vực … since 07/2025). */
export const courtDecisions = sqliteTable(
  'court_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    court: text('court').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: text('decision_date').notNull(),
    termMonths: integer('term_months').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('court_decisions_stay').on(t.stayId)],
);

/** Voluntary treatment contract (Mẫu 28). */
export const voluntaryContracts = sqliteTable(
  'voluntary_contracts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    contractNumber: text('contract_number').notNull(),
    signedOn: text('signed_on').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    feeDong: integer('fee_dong').notNull(),
    payer: text('payer').notNull(),
    /** One of the six state-paid priority groups (NĐ 116 Điều 39), or null. */
    priorityGroup: text('priority_group'),
    createdAt: createdAt(),
  },
  (t) => [index('voluntary_contracts_stay').on(t.stayId)],
);

/** Decision to assign management while the compulsory file is prepared (Mẫu 36). */
export const managementDecisions = sqliteTable(
  'management_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: text('decision_date').notNull(),
    issuer: text('issuer').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('management_decisions_stay').on(t.stayId)],
);

/** Court-granted term changes (reduction, exemption); the clock reads them, never edits the stay. */
export const termAdjustments = sqliteTable(
  'term_adjustments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    kind: text('kind', { enum: ['reduction', 'exemption'] }).notNull(),
    months: integer('months').notNull().default(0),
    decisionNumber: text('decision_number').notNull(),
    decidedOn: text('decided_on').notNull(),
    cause: text('cause').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('term_adjustments_stay').on(t.stayId)],
);

/** Documents received with a stay (Mẫu 40 lists them; the file is optional). */
export const stayDocuments = sqliteTable(
  'stay_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    filePath: text('file_path'),
    receivedOn: text('received_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('stay_documents_stay').on(t.stayId)],
);

/** Yearly counter behind file numbers, so a number is never reused even if a stay is voided. */
export const fileNumberCounters = sqliteTable('file_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
