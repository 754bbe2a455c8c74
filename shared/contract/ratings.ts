import { z } from 'zod';
import { exemptionGrounds } from '../domain/vocabulary';
import { method, type MethodDef } from './define';
import { id, isoDate, optionalText, text } from './fields';

/** Teams (tổ/đội), monthly ratings entered per team and confirmed by the head, merit acts and exemption grounds. */

export const month = (label: string) =>
  z
    .string({ error: `${label}: bắt buộc` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${label}: tháng không hợp lệ (yyyy-mm)`);

const gradeCode = z.string({ error: 'Xếp loại: bắt buộc' }).trim().min(1, 'Xếp loại: chọn một mức').max(20, 'Xếp loại: không hợp lệ');

export const ratingScaleView = z.array(z.object({ code: z.string(), label: z.string(), good: z.boolean() }));

export const teamView = z.object({
  id: z.number(),
  name: z.string(),
  officerId: z.number().nullable(),
  officerName: z.string().nullable(),
  /** Members today. */
  memberCount: z.number(),
});

export const teamMemberView = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  joinedOn: z.string(),
  state: z.string(),
});

const ratingCell = z.object({ month: z.string(), grade: z.string().nullable() });

export const ratingSheetRow = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  grade: z.string().nullable(),
  note: z.string().nullable(),
  /** The two months before, so the officer sees the trend. */
  previous: z.array(ratingCell),
});

export const exemptionGroundView = z.object({
  id: z.number(),
  /** Null when masked: illness and pregnancy are health data (health.read only). */
  ground: z.enum(exemptionGrounds).nullable(),
  recordedOn: z.string(),
  documentNumber: z.string().nullable(),
  note: z.string().nullable(),
});

export const eligibilityView = z.object({
  asOf: z.string(),
  halfTermDate: z.string().nullable(),
  halfTermReached: z.boolean(),
  /** The months that count (the last N before the review month), each with its confirmed grade or null. */
  months: z.array(z.object({ month: z.string(), grade: z.string().nullable(), good: z.boolean() })),
  goodMonths: z.number(),
  merit: z.boolean(),
  eligible: z.boolean(),
  /** Proposed range of months when eligible. */
  monthsMin: z.number().nullable(),
  monthsMax: z.number().nullable(),
  /** Why not, in Vietnamese, one line each. */
  reasons: z.array(z.string()),
});

export const ratingsMethods = {
  'teams.list': method({
    summary: 'The teams with the officer in charge and how many residents are in each today.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({ teams: z.array(teamView) }),
  }),
  'teams.create': method({
    summary: 'Creates a team (tổ/đội) with the officer in charge.',
    access: 'teams.manage',
    kind: 'command',
    input: z.object({ name: text('Tên tổ/đội', 100), officerId: id('Cán bộ phụ trách').optional() }),
    output: z.object({ id: z.number() }),
  }),
  'teams.members': method({
    summary: "A team's members on a day (today by default), with where each one is.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ teamId: id('Tổ/đội'), on: isoDate('Ngày').optional() }),
    output: z.object({ members: z.array(teamMemberView) }),
  }),
  'teams.addMembers': method({
    summary: 'Puts residents in a team from a day; a resident in another team leaves it that day. Only stays not yet ended.',
    access: 'teams.manage',
    kind: 'command',
    input: z.object({
      teamId: id('Tổ/đội'),
      stayIds: z.array(id('Học viên')).min(1, 'Chọn ít nhất một học viên').max(500, 'Tối đa 500 học viên một lần'),
      on: isoDate('Ngày vào tổ'),
    }),
    output: z.object({ added: z.number() }),
  }),
  'teams.removeMember': method({
    summary: 'Takes a resident out of a team from a day (the membership history stays).',
    access: 'teams.manage',
    kind: 'command',
    input: z.object({ teamId: id('Tổ/đội'), stayId: id('Học viên'), on: isoDate('Ngày rời tổ') }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'ratings.sheet': method({
    summary: "A team's rating sheet for a month: its members in that month, their grade and note, the two months before, and whether the head confirmed the month.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ teamId: id('Tổ/đội'), month: month('Tháng') }),
    output: z.object({
      month: z.string(),
      scale: ratingScaleView,
      confirmed: z.object({ by: z.string().nullable(), at: z.string() }).nullable(),
      rows: z.array(ratingSheetRow),
    }),
  }),
  'ratings.save': method({
    summary: "Saves a team's ratings for a month in one go (before the head confirms it); every change audited before/after.",
    access: 'ratings.write',
    kind: 'command',
    input: z.object({
      teamId: id('Tổ/đội'),
      month: month('Tháng'),
      entries: z
        .array(z.object({ stayId: id('Học viên'), grade: gradeCode, note: optionalText('Ghi chú', 300) }))
        .min(1, 'Chưa xếp loại học viên nào')
        .max(500, 'Tối đa 500 học viên một lần'),
    }),
    output: z.object({ saved: z.number() }),
  }),
  'ratings.confirmMonth': method({
    summary: "The head confirms a month's ratings: they become final and count for reductions; says how many residents present that month have no rating.",
    access: 'ratings.confirm',
    kind: 'command',
    input: z.object({ month: month('Tháng') }),
    output: z.object({ rated: z.number(), unrated: z.number() }),
  }),
  'release.planning': method({
    summary: "A stay's release planning: monthly ratings, merit acts, exemption grounds, court decisions on its term, and its reduction eligibility today.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên') }),
    output: z.object({
      ratings: z.array(z.object({ month: z.string(), grade: z.string(), note: z.string().nullable(), confirmed: z.boolean() })),
      scale: ratingScaleView,
      merits: z.array(z.object({ id: z.number(), actOn: z.string(), description: z.string(), documentNumber: z.string().nullable() })),
      grounds: z.array(exemptionGroundView),
      adjustments: z.array(
        z.object({ kind: z.enum(['reduction', 'exemption']), months: z.number(), decisionNumber: z.string(), decidedOn: z.string(), cause: z.string() }),
      ),
      /** Null for a stay without a court-ordered term (voluntary contracts are not reduced) and for an ended stay. */
      eligibility: eligibilityView.nullable(),
    }),
  }),
  'release.recordMerit': method({
    summary: 'Records a meritorious act (lập công) of a resident, which widens a reduction to 3–6 months.',
    access: 'release.grounds',
    kind: 'command',
    input: z.object({
      stayId: id('Học viên'),
      actOn: isoDate('Ngày lập công'),
      description: text('Nội dung lập công', 500),
      documentNumber: optionalText('Số văn bản ghi nhận', 100),
    }),
    output: z.object({ id: z.number() }),
  }),
  'release.recordGround': method({
    summary: 'Records a ground for exemption from the rest of the term (serious illness needing ≥ 6 months of treatment, pregnancy, prison sentence) with its paper.',
    access: 'release.grounds',
    kind: 'command',
    input: z.object({
      stayId: id('Học viên'),
      ground: z.enum(exemptionGrounds, { error: 'Căn cứ miễn chấp hành: chọn một căn cứ' }),
      recordedOn: isoDate('Ngày ghi nhận'),
      documentNumber: text('Số văn bản (kết luận y tế, bản án…)', 100),
      note: optionalText('Ghi chú', 500),
    }),
    output: z.object({ id: z.number() }),
  }),
} satisfies Record<string, MethodDef>;
