import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { attendanceReasons, classStatuses, enrolmentResults, tradeLevels } from '../../shared/domain/vocabulary';
import { createdAt } from './common';
import { stays } from './stays';
import { users } from './users';

/** A trade taught at the facility (nghề): welding, civil electrics, sewing… managed by the administrator. */
export const trades = sqliteTable(
  'trades',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    level: text('level', { enum: tradeLevels }).notNull(),
    /** Course length in hours (a sơ cấp course is at least 300 hours). */
    durationHours: integer('duration_hours').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('trades_name').on(t.name)],
);

/** A vocational class: a trade taught by a trainer, in a place, between two dates, on a weekly schedule. */
export const trainingClasses = sqliteTable(
  'training_classes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tradeId: integer('trade_id')
      .notNull()
      .references(() => trades.id),
    name: text('name').notNull(),
    trainerId: integer('trainer_id')
      .notNull()
      .references(() => users.id),
    place: text('place').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** [{ weekday: 1–7 (Monday = 1), start: 'hh:mm', hours }]: the sessions are generated from it. */
    scheduleJson: text('schedule_json').notNull(),
    capacity: integer('capacity').notNull(),
    status: text('status', { enum: classStatuses }).notNull(),
    /** The vocational school the training is contracted out to, if any. */
    partnerSchool: text('partner_school'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('training_classes_trainer').on(t.trainerId, t.status), index('training_classes_dates').on(t.endsOn)],
);

/** A resident on a class (or on its waiting list), with the funding check, the result and the certificate. */
export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    classId: integer('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    stayId: integer('stay_id')
      .notNull()
      .references(() => stays.id),
    status: text('status', { enum: ['enrolled', 'waiting', 'withdrawn'] }).notNull(),
    enrolledOn: text('enrolled_on').notNull(),
    /** Already trained on an earlier stay: state funding is once per person (TT 62/2022 Điều 5 k6). */
    fundingFlag: integer('funding_flag', { mode: 'boolean' }).notNull().default(false),
    fundingReason: text('funding_reason'),
    withdrawnOn: text('withdrawn_on'),
    withdrawReason: text('withdraw_reason'),
    result: text('result', { enum: enrolmentResults }),
    resultReason: text('result_reason'),
    certificateNumber: text('certificate_number'),
    certificateDate: text('certificate_date'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('enrolments_class_stay').on(t.classId, t.stayId), index('enrolments_stay').on(t.stayId)],
);

/** One session of a class, generated from its schedule; attendance is taken once and then amended. */
export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    classId: integer('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    sessionOn: text('session_on').notNull(),
    startTime: text('start_time').notNull(),
    hours: integer('hours').notNull(),
    takenAt: text('taken_at'),
    takenBy: integer('taken_by').references(() => users.id),
  },
  (t) => [uniqueIndex('training_sessions_class_day').on(t.classId, t.sessionOn, t.startTime), index('training_sessions_day').on(t.sessionOn)],
);

/** Who attended a session; an absence carries its reason code (a movement's reason when he was away). */
export const sessionAttendance = sqliteTable(
  'session_attendance',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    enrolmentId: integer('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
    reason: text('reason', { enum: attendanceReasons }),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.enrolmentId] })],
);
