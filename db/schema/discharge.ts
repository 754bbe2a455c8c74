import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { certificateKinds, dischargeReasons } from '../../shared/domain/vocabulary';
import { createdAt } from './common';
import { movements } from './movements';
import { stays } from './stays';
import { users } from './users';

/** Yearly counters behind certificate numbers, one per certificate kind: a number is never reused or skipped. */
export const certificateCounters = sqliteTable(
  'certificate_counters',
  {
    kind: text('kind', { enum: certificateKinds }).notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);

/** The certificate register (Mẫu 46 compulsory, Mẫu 26b voluntary); a voided certificate keeps its number. */
export const certificates = sqliteTable(
  'certificates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: certificateKinds }).notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    issuedOn: text('issued_on').notNull(),
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    issuedBy: integer('issued_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('certificates_number').on(t.kind, t.number), uniqueIndex('certificates_seq').on(t.kind, t.year, t.seq), index('certificates_stay').on(t.stayId)],
);

/** How a stay ended: the reason, the papers, the minor's handover (Mẫu 47), the settlement; an undo is kept beside it. */
export const discharges = sqliteTable(
  'discharges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    movementId: integer('movement_id')
      .notNull()
      .references(() => movements.id),
    reason: text('reason', { enum: dischargeReasons }).notNull(),
    occurredAt: text('occurred_at').notNull(),
    dischargedOn: text('discharged_on').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: text('decision_date'),
    issuer: text('issuer'),
    destination: text('destination'),
    deathCause: text('death_cause'),
    note: text('note'),
    /** Mẫu 47 for a minor: {to: 'family' | 'commune', name, relation}. */
    handedToJson: text('handed_to_json'),
    /** The settlement checklist as signed: items returned, road meals, fare, clothes, certificate handed over. */
    settlementJson: text('settlement_json').notNull(),
    certificateId: integer('certificate_id').references(() => certificates.id),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
    undoneAt: text('undone_at'),
    undoneBy: integer('undone_by').references(() => users.id),
    undoReason: text('undo_reason'),
    undoMovementId: integer('undo_movement_id').references(() => movements.id),
  },
  (t) => [index('discharges_stay').on(t.stayId), index('discharges_day').on(t.dischargedOn)],
);
