import { z } from 'zod';
import { auditListInput } from './audit';
import { method } from './define';
import { depositMethods } from './deposit';
import { dischargeMethods } from './discharge';
import { movementsMethods } from './movements';
import { ratingsMethods } from './ratings';
import { reductionsMethods } from './reductions';
import { rollMethods } from './roll';
import { trainingMethods } from './training';
import { visitsMethods } from './visits';
import { workMethods } from './work';

/**
 * The Excel export of the duty, release, work and training lists: like the first six, each takes its list's input,
 * is open to the same roles and returns the .xlsx as base64.
 */

const xlsxFile = z.object({ fileName: z.string(), base64: z.string() });

export const recordExportsMethods = {
  'exports.movements': method({
    summary: "A stay's movements as its profile lists them: both times, type, papers, beds, reason, who recorded it, and each reversal beside what it cancels.",
    access: movementsMethods['movements.list'].access,
    kind: 'query',
    input: movementsMethods['movements.list'].input,
    output: xlsxFile,
  }),
  'exports.visits': method({
    summary: "A stay's visit log, newest first: visitors, duration, money and items handed in, exceptions with their reason.",
    access: visitsMethods['visits.list'].access,
    kind: 'query',
    input: visitsMethods['visits.list'].input,
    output: xlsxFile,
  }),
  'exports.depositStatement': method({
    summary: "The statement of a stay's deposit account for a period: opening balance, every line with the balance after it, totals and closing balance.",
    access: depositMethods['deposit.statement'].access,
    kind: 'query',
    input: depositMethods['deposit.statement'].input,
    output: xlsxFile,
  }),
  'exports.payRun': method({
    summary: "A month's pay run: a line per resident (hours, earnings) and the totals per team; refused when the month has no pay run.",
    access: workMethods['pay.get'].access,
    kind: 'query',
    input: workMethods['pay.get'].input,
    output: xlsxFile,
  }),
  'exports.releases': method({
    summary: 'The upcoming releases for the same number of days: release date, days left, the 15-day notice due date and each recipient’s notice.',
    access: dischargeMethods['releases.upcoming'].access,
    kind: 'query',
    input: dischargeMethods['releases.upcoming'].input,
    output: xlsxFile,
  }),
  'exports.notices': method({
    summary: 'The notices owed and not yet sent, soonest due first, overdue ones marked.',
    access: dischargeMethods['notices.pending'].access,
    kind: 'query',
    input: dischargeMethods['notices.pending'].input,
    output: xlsxFile,
  }),
  'exports.certificates': method({
    summary: 'The certificate register of a year, every number in order, voided ones with their reason.',
    access: dischargeMethods['certificates.list'].access,
    kind: 'query',
    input: dischargeMethods['certificates.list'].input,
    output: xlsxFile,
  }),
  'exports.teamMembers': method({
    summary: "A team's members on a day (today by default), with the day each joined and where each one is.",
    access: ratingsMethods['teams.members'].access,
    kind: 'query',
    input: ratingsMethods['teams.members'].input,
    output: xlsxFile,
  }),
  'exports.ratings': method({
    summary: "A team's rating sheet for a month: each member's grade and note, the two months before, and whether the head confirmed it.",
    access: ratingsMethods['ratings.sheet'].access,
    kind: 'query',
    input: ratingsMethods['ratings.sheet'].input,
    output: xlsxFile,
  }),
  'exports.reductionReview': method({
    summary:
      'A reduction review’s proposals as its page lists them: the resident, term, months proposed, grounds, included or not, and the court’s decision; an exemption’s health ground is left out for roles without health.read, as on the page.',
    access: reductionsMethods['reductions.get'].access,
    kind: 'query',
    input: reductionsMethods['reductions.get'].input,
    output: xlsxFile,
  }),
  'exports.schoolList': method({
    summary: 'The residents under 18 in the facility without primary education, who must attend school classes.',
    access: trainingMethods['training.schoolList'].access,
    kind: 'query',
    input: trainingMethods['training.schoolList'].input,
    output: xlsxFile,
  }),
  'exports.census': method({
    summary: 'The census as of a day and time (one area or every area): who was on the books, in which bed, under which status and since when, and the headcount.',
    access: rollMethods['census.asOf'].access,
    kind: 'query',
    input: rollMethods['census.asOf'].input,
    output: xlsxFile,
  }),
  'exports.headcount': method({
    summary: 'The headcount per area and for the facility at a day and time, with the rolls taken that day.',
    access: rollMethods['roll.headcount'].access,
    kind: 'query',
    input: rollMethods['roll.headcount'].input,
    output: xlsxFile,
  }),
  'exports.audit': method({
    summary:
      'The audit log as the viewer filters it, newest first, every matching row (paging ignored, up to 100.000 rows; ' +
      'more is refused, asking for a narrower filter): time, user, method, entity, before and after as JSON, reason.',
    access: 'audit.read',
    kind: 'query',
    input: auditListInput,
    output: xlsxFile,
  }),
};
