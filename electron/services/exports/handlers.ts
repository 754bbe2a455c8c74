import type { HandlerMap } from '../../router/types';
import { bedsWorkbook } from './beds';
import { registerWorkbook } from './register';
import { rollWorkbook } from './roll';
import { classesWorkbook, classRosterWorkbook } from './training';
import { workWorkbook } from './work';

type ExportsMethods = 'exports.residents' | 'exports.beds' | 'exports.roll' | 'exports.classes' | 'exports.classRoster' | 'exports.work';

/** Every list to Excel, each through the list's own query so the file holds what the screen shows. */
export const exportsHandlers: HandlerMap<ExportsMethods> = {
  'exports.residents': ({ allStays, ...filters }, ctx) =>
    registerWorkbook(ctx.sqlite, allStays ? { allStays } : { allStays, filters }, ctx.today()),
  'exports.beds': (input, ctx) => bedsWorkbook(ctx.sqlite, input.privacy ?? false, input.areaIds, ctx.today()),
  'exports.roll': (input, ctx) => rollWorkbook(ctx.sqlite, input, ctx.today()),
  'exports.classes': (input, ctx) => classesWorkbook(ctx, input),
  'exports.classRoster': (input, ctx) => classRosterWorkbook(ctx.sqlite, input.classId, ctx.today()),
  'exports.work': (input, ctx) => workWorkbook(ctx, input),
};
