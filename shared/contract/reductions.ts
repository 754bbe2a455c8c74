import { z } from 'zod';
import { method, type MethodDef } from './define';
import { id, isoDate, optionalText, text } from './fields';
import { eligibilityView, ratingScaleView } from './ratings';

/** Reviews proposing term reductions and exemptions (Mẫu 43, 44), the posted list, and the court's decisions. */

export const proposalView = z.object({
  id: z.number(),
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  birthYear: z.number().nullable(),
  admittedOn: z.string(),
  termMonths: z.number().nullable(),
  releaseDate: z.string().nullable(),
  kind: z.enum(['reduction', 'exemption']),
  monthsProposed: z.number(),
  grounds: z.string(),
  merit: z.boolean(),
  included: z.boolean(),
  note: z.string().nullable(),
  /** Allowed months for this proposal (from the legal settings). */
  monthsMin: z.number(),
  monthsMax: z.number(),
  eligibility: eligibilityView.nullable(),
  decision: z
    .object({ outcome: z.enum(['granted', 'refused']), decisionNumber: z.string(), decidedOn: z.string(), monthsGranted: z.number().nullable() })
    .nullable(),
});

export const reviewView = z.object({
  id: z.number(),
  title: z.string(),
  reviewOn: z.string(),
  status: z.enum(['draft', 'approved']),
  postingFrom: z.string().nullable(),
  postingTo: z.string().nullable(),
  draftedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  included: z.number(),
  decided: z.number(),
});

export const reductionsMethods = {
  'reductions.list': method({
    summary: 'Every review, newest first, with how many residents it proposes and how many the court has decided; and when the next quarterly review is due.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({ reviews: z.array(reviewView), nextReviewDue: z.string().nullable() }),
  }),
  'reductions.draft': method({
    summary:
      'Drafts a review as of a day: every compulsory stay in the facility that has served half its term with the last 3 confirmed monthly ratings good (1–3 months; 3–6 with a merit act), and every stay with an exemption ground.',
    access: 'reductions.manage',
    kind: 'command',
    input: z.object({ reviewOn: isoDate('Ngày xét'), title: optionalText('Tên đợt xét', 200) }),
    output: z.object({ reviewId: z.number(), proposed: z.number() }),
  }),
  'reductions.get': method({
    summary: 'A review with its proposals, the facts each one rests on, and the court decisions recorded so far.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ reviewId: id('Đợt xét') }),
    output: z.object({ review: reviewView, proposals: z.array(proposalView), scale: ratingScaleView }),
  }),
  'reductions.updateProposal': method({
    summary: 'The head edits a draft proposal: include or leave out, the months proposed (within the legal range), a note.',
    access: 'reductions.manage',
    kind: 'command',
    input: z.object({
      proposalId: id('Đề nghị'),
      included: z.boolean({ error: 'Đưa vào danh sách: có hoặc không' }),
      monthsProposed: z.number().int('Số tháng: số nguyên').min(0, 'Số tháng: không âm').max(24, 'Số tháng: quá lớn').optional(),
      note: optionalText('Ghi chú', 500),
    }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'reductions.approve': method({
    summary: 'The head approves a draft: it is frozen, and the list is posted for 5 working days (dates computed with the holidays).',
    access: 'reductions.approve',
    kind: 'command',
    input: z.object({ reviewId: id('Đợt xét') }),
    output: z.object({ postingFrom: z.string(), postingTo: z.string() }),
  }),
  'reductions.recordDecision': method({
    summary:
      "Records the court's decision on one proposal of an approved review: granted (a reduction of N months, or exemption) or refused; a grant is a term adjustment that moves the release date, audited.",
    access: 'reductions.manage',
    kind: 'command',
    input: z.object({
      proposalId: id('Đề nghị'),
      outcome: z.enum(['granted', 'refused'], { error: 'Kết quả: chấp nhận hoặc không chấp nhận' }),
      decisionNumber: text('Số quyết định của Tòa án', 100),
      decidedOn: isoDate('Ngày quyết định'),
      monthsGranted: z.number().int('Số tháng được giảm: số nguyên').min(1, 'Số tháng được giảm: ít nhất 1').max(24, 'Số tháng được giảm: quá lớn').optional(),
    }),
    output: z.object({ releaseDate: z.string().nullable() }),
  }),
} satisfies Record<string, MethodDef>;
