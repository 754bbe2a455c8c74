import { z } from 'zod';
import { attendanceReasons, classStatuses, enrolmentResults, stayKinds, stayStates, tradeLevels } from '../domain/vocabulary';
import { method, type MethodDef } from './define';
import { id, isoDate, optionalText, text } from './fields';

/** Vocational training (DOMAIN.md §7): trades, classes, enrolment, sessions and attendance, results, the trainer's day. */

const weekday = z.number().int('Thứ: không hợp lệ').min(1, 'Thứ: từ 1 (thứ Hai) đến 7 (Chủ nhật)').max(7, 'Thứ: từ 1 (thứ Hai) đến 7 (Chủ nhật)');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu: không hợp lệ (hh:mm)');

export const scheduleSlot = z.object({
  weekday,
  start: clock,
  hours: z.number().int('Số giờ: số nguyên').min(1, 'Số giờ: ít nhất 1').max(8, 'Số giờ: tối đa 8 một buổi'),
});

export const tradeView = z.object({ id: z.number(), name: z.string(), level: z.enum(tradeLevels), durationHours: z.number(), active: z.boolean() });

const tradeInput = z.object({
  name: text('Tên nghề', 100),
  level: z.enum(tradeLevels, { error: 'Trình độ: sơ cấp hoặc dưới 3 tháng' }),
  durationHours: z.number({ error: 'Thời lượng: bắt buộc' }).int('Thời lượng: số giờ nguyên').min(1, 'Thời lượng: ít nhất 1 giờ').max(3000, 'Thời lượng: quá lớn'),
});

const classFields = {
  tradeId: id('Nghề'),
  name: text('Tên lớp', 120),
  trainerId: id('Giáo viên'),
  place: text('Phòng học / xưởng', 120),
  startsOn: isoDate('Ngày khai giảng'),
  endsOn: isoDate('Ngày kết thúc'),
  schedule: z.array(scheduleSlot).min(1, 'Lịch học: ít nhất một buổi mỗi tuần').max(14, 'Lịch học: tối đa 14 buổi mỗi tuần'),
  capacity: z.number({ error: 'Sĩ số tối đa: bắt buộc' }).int('Sĩ số tối đa: số nguyên').min(1, 'Sĩ số tối đa: ít nhất 1').max(200, 'Sĩ số tối đa: tối đa 200'),
  partnerSchool: optionalText('Cơ sở giáo dục nghề nghiệp liên kết', 200),
};

export const classSummary = z.object({
  id: z.number(),
  name: z.string(),
  tradeId: z.number(),
  tradeName: z.string(),
  trainerId: z.number(),
  trainerName: z.string(),
  place: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  schedule: z.array(scheduleSlot),
  capacity: z.number(),
  status: z.enum(classStatuses),
  partnerSchool: z.string().nullable(),
  enrolled: z.number(),
  waiting: z.number(),
});

export const enrolmentView = z.object({
  id: z.number(),
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  birthYear: z.number().nullable(),
  state: z.enum(stayStates),
  status: z.enum(['enrolled', 'waiting', 'withdrawn']),
  enrolledOn: z.string(),
  fundingFlag: z.boolean(),
  fundingReason: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  result: z.enum(enrolmentResults).nullable(),
  resultReason: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  certificateDate: z.string().nullable(),
  /** Sessions attended out of those held since he joined. */
  attended: z.number(),
  held: z.number(),
});

export const sessionView = z.object({
  id: z.number(),
  sessionOn: z.string(),
  startTime: z.string(),
  hours: z.number(),
  takenAt: z.string().nullable(),
  takenBy: z.string().nullable(),
  present: z.number().nullable(),
  expected: z.number().nullable(),
});

export const candidateView = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  kind: z.enum(stayKinds),
  state: z.enum(stayStates),
  /** Trained before on an earlier stay (state funding is once per person); enrolling needs a reason. */
  alreadyTrained: z.object({ trade: z.string(), className: z.string(), fileNumber: z.string(), result: z.enum(enrolmentResults) }).nullable(),
  /** A minor without primary education: belongs on the school-class list. */
  needsSchooling: z.boolean(),
});

export const attendanceLine = z.object({
  enrolmentId: z.number(),
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  present: z.boolean(),
  reason: z.enum(attendanceReasons).nullable(),
  note: z.string().nullable(),
  /** Away by a movement at the session's time: marked with that reason, not editable to present. */
  awayByMovement: z.boolean(),
});

const figuresRow = z.object({ tradeId: z.number(), tradeName: z.string(), classesRunning: z.number(), enrolled: z.number(), completed: z.number(), certificates: z.number() });

export const trainingMethods = {
  'trades.list': method({
    summary: 'Every trade taught, active ones first.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({ trades: z.array(tradeView) }),
  }),
  'trades.create': method({
    summary: 'The administrator adds a trade (name, level: sơ cấp or under 3 months, hours).',
    access: 'training.manage',
    kind: 'command',
    input: tradeInput,
    output: z.object({ id: z.number() }),
  }),
  'trades.update': method({
    summary: 'The administrator edits a trade or retires it (inactive trades are not offered for new classes).',
    access: 'training.manage',
    kind: 'command',
    input: tradeInput.extend({ id: id('Nghề'), active: z.boolean() }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'training.trainers': method({
    summary: 'The active trainer accounts a class may be given to (for whoever opens classes, not only the administrator).',
    access: 'training.write',
    kind: 'query',
    input: z.object({}),
    output: z.object({ trainers: z.array(z.object({ id: z.number(), fullName: z.string() })) }),
  }),
  'classes.list': method({
    summary: "Classes, the signed-in trainer's own first, filtered by status; with enrolled and waiting counts.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ status: z.enum(classStatuses).optional() }),
    output: z.object({ classes: z.array(classSummary) }),
  }),
  'classes.create': method({
    summary: 'Creates a planned class and generates its sessions from the weekly schedule between the two dates (holidays skipped).',
    access: 'training.write',
    kind: 'command',
    input: z.object(classFields),
    output: z.object({ id: z.number(), sessions: z.number() }),
  }),
  'classes.setStatus': method({
    summary:
      'Starts (planned → running), finishes (running → finished: every enrolled resident must have a result) or cancels (planned or running → cancelled, with a reason) a class.',
    access: 'training.write',
    kind: 'command',
    input: z.object({
      classId: id('Lớp'),
      status: z.enum(['running', 'finished', 'cancelled'], { error: 'Trạng thái: đang học, kết thúc hoặc hủy' }),
      reason: optionalText('Lý do', 500),
    }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'classes.get': method({
    summary: 'A class with its enrolments (waiting list in order), its sessions with attendance counts, and the trade.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ classId: id('Lớp') }),
    output: z.object({ class: classSummary, enrolments: z.array(enrolmentView), sessions: z.array(sessionView) }),
  }),
  'classes.candidates': method({
    summary:
      'Residents in the facility who may be enrolled in a class (not on it already), found by name or file number, with the one-time funding flag and the schooling flag.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ classId: id('Lớp'), query: optionalText('Tìm', 100) }),
    /** At most 100, in name order; `truncated` says there are more to narrow down by typing. */
    output: z.object({ candidates: z.array(candidateView), truncated: z.boolean() }),
  }),
  'classes.enrol': method({
    summary:
      'Enrols residents in a class from a day; past capacity they go on the waiting list in order. A resident already trained on an earlier stay is refused unless a reason is given for him (TT 62/2022 Điều 5 k6).',
    access: 'training.write',
    kind: 'command',
    input: z.object({
      classId: id('Lớp'),
      enrolledOn: isoDate('Ngày vào lớp'),
      stays: z
        .array(z.object({ stayId: id('Học viên'), fundingReason: optionalText('Lý do vẫn cho học (đã học nghề ở lượt trước)', 500) }))
        .min(1, 'Chọn ít nhất một học viên')
        .max(200, 'Tối đa 200 học viên một lần'),
    }),
    output: z.object({ enrolled: z.number(), waiting: z.number() }),
  }),
  'classes.withdraw': method({
    summary: 'Takes a resident off a class or its waiting list with a reason; the first on the waiting list takes the freed place.',
    access: 'training.write',
    kind: 'command',
    input: z.object({ enrolmentId: id('Học viên của lớp'), on: isoDate('Ngày rời lớp'), reason: text('Lý do rời lớp', 500) }),
    output: z.object({ promotedStayId: z.number().nullable() }),
  }),
  'sessions.sheet': method({
    summary:
      'The attendance sheet of a session: the residents enrolled on that day (not those who joined later or left before), present by default, those away by a movement marked with its reason; as saved once taken.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ sessionId: id('Buổi học') }),
    output: z.object({ session: sessionView, classId: z.number(), className: z.string(), lines: z.array(attendanceLine) }),
  }),
  'sessions.take': method({
    summary:
      'Saves (or corrects) a session’s attendance in one go: an absence needs a reason code; a resident away by a movement cannot be marked present. Not for a session still to come.',
    access: 'training.write',
    kind: 'command',
    input: z.object({
      sessionId: id('Buổi học'),
      lines: z
        .array(
          z.object({
            enrolmentId: id('Học viên của lớp'),
            present: z.boolean(),
            reason: z.enum(attendanceReasons, { error: 'Lý do vắng: chọn một lý do' }).optional(),
            note: optionalText('Ghi chú', 300),
          }),
        )
        .max(300, 'Tối đa 300 học viên'),
    }),
    output: z.object({ present: z.number(), absent: z.number() }),
  }),
  'classes.recordResults': method({
    summary:
      'Records results of a running or finished class: pass (with certificate number and date), fail, or dropped (with a reason); certificate numbers are unique per class.',
    access: 'training.write',
    kind: 'command',
    input: z.object({
      classId: id('Lớp'),
      results: z
        .array(
          z.object({
            enrolmentId: id('Học viên của lớp'),
            result: z.enum(enrolmentResults, { error: 'Kết quả: đạt, không đạt hoặc bỏ học' }),
            reason: optionalText('Lý do', 500),
            certificateNumber: optionalText('Số chứng chỉ', 60),
            certificateDate: isoDate('Ngày cấp chứng chỉ').optional(),
          }),
        )
        .min(1, 'Chưa có kết quả nào')
        .max(300, 'Tối đa 300 học viên'),
    }),
    output: z.object({ saved: z.number() }),
  }),
  'training.home': method({
    summary: "The trainer's day: today's sessions of their classes, past sessions whose attendance is not taken, and classes ending within 14 days.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({
      today: z.array(sessionView.extend({ classId: z.number(), className: z.string() })),
      untaken: z.array(sessionView.extend({ classId: z.number(), className: z.string() })),
      endingSoon: z.array(classSummary),
    }),
  }),
  'training.schoolList': method({
    summary: 'Residents under 18 in the facility without primary education (grade 5 not completed), who must attend school classes.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({
      residents: z.array(z.object({ stayId: z.number(), fullName: z.string(), fileNumber: z.string(), birthDate: z.string().nullable(), education: z.string().nullable() })),
    }),
  }),
  'training.figures': method({
    summary: "The training figures of a period for the report, by trade: classes running, residents enrolled, completed (a result of pass or fail) and certificates issued.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ from: isoDate('Từ ngày'), to: isoDate('Đến ngày') }),
    output: z.object({ rows: z.array(figuresRow), total: figuresRow.omit({ tradeId: true, tradeName: true }) }),
  }),
} satisfies Record<string, MethodDef>;
