import type { MethodName } from '../../../shared/contract';
import type { HandlerMap } from '../../router/types';
import { holidaysWorkbook, productsWorkbook, tradesWorkbook, usersWorkbook } from './admin-lists';
import { auditWorkbook } from './audit';
import { bedsWorkbook } from './beds';
import { censusWorkbook, headcountWorkbook } from './census';
import { depositStatementWorkbook, payRunWorkbook } from './money';
import { reductionReviewWorkbook } from './reductions';
import { registerWorkbook } from './register';
import { certificatesWorkbook, noticesWorkbook, releasesWorkbook } from './releases';
import { rollWorkbook } from './roll';
import { schoolListWorkbook } from './school';
import { movementsWorkbook, visitsWorkbook } from './stay-records';
import { ratingsWorkbook, teamMembersWorkbook } from './teams';
import { classesWorkbook, classRosterWorkbook } from './training';
import { workWorkbook } from './work';

type ExportsMethods = Extract<MethodName, `exports.${string}`>;

/** Every list to Excel, each through the list's own query so the file holds what the screen shows. */
export const exportsHandlers: HandlerMap<ExportsMethods> = {
  'exports.residents': ({ allStays, ...filters }, ctx) =>
    registerWorkbook(ctx.sqlite, allStays ? { allStays } : { allStays, filters }, ctx.today()),
  'exports.beds': (input, ctx) => bedsWorkbook(ctx.sqlite, input.privacy ?? false, input.areaIds, ctx.today()),
  'exports.roll': (input, ctx) => rollWorkbook(ctx.sqlite, input, ctx.today()),
  'exports.classes': (input, ctx) => classesWorkbook(ctx, input),
  'exports.classRoster': (input, ctx) => classRosterWorkbook(ctx.sqlite, input.classId, ctx.today()),
  'exports.work': (input, ctx) => workWorkbook(ctx, input),
  'exports.movements': (input, ctx) => movementsWorkbook(ctx, input.stayId),
  'exports.visits': (input, ctx) => visitsWorkbook(ctx, input.stayId),
  'exports.depositStatement': (input, ctx) => depositStatementWorkbook(ctx, input),
  'exports.payRun': (input, ctx) => payRunWorkbook(ctx, input),
  'exports.releases': (input, ctx) => releasesWorkbook(ctx, input.days),
  'exports.notices': (_input, ctx) => noticesWorkbook(ctx),
  'exports.certificates': (input, ctx) => certificatesWorkbook(ctx.sqlite, input.year, ctx.today()),
  'exports.teamMembers': (input, ctx) => teamMembersWorkbook(ctx, input),
  'exports.ratings': (input, ctx) => ratingsWorkbook(ctx, input),
  'exports.reductionReview': (input, ctx) => reductionReviewWorkbook(ctx, input.reviewId),
  'exports.schoolList': (_input, ctx) => schoolListWorkbook(ctx.sqlite, ctx.today()),
  'exports.census': (input, ctx) => censusWorkbook(ctx, input),
  'exports.headcount': (input, ctx) => headcountWorkbook(ctx, input),
  'exports.audit': (input, ctx) => auditWorkbook(ctx.sqlite, input, ctx.today()),
  'exports.users': (_input, ctx) => usersWorkbook(ctx),
  'exports.trades': (_input, ctx) => tradesWorkbook(ctx),
  'exports.products': (input, ctx) => productsWorkbook(ctx, input),
  'exports.holidays': (_input, ctx) => holidaysWorkbook(ctx),
};
