import type { HandlerMap } from '../../router/types';
import { censusHandlers } from '../census/handlers';
import { amendRoll } from './amend';
import { rollExpected } from './expected';
import { rollHeadcount } from './headcount';
import { saveRoll } from './save';
import { rollTimes } from './times';

/** The roll (điểm danh): roll times, the expected roll, saving and amending, the headcount; and the census. */
export const rollHandlers = {
  'roll.times': (_input, ctx) => rollTimes(ctx.sqlite),
  'roll.expected': (input, ctx) => rollExpected(ctx.sqlite, input),
  'roll.save': (input, ctx) => saveRoll(input, ctx),
  'roll.amend': (input, ctx) => amendRoll(input, ctx),
  'roll.headcount': (input, ctx) => rollHeadcount(input, ctx),
  ...censusHandlers,
} satisfies HandlerMap<'roll.times' | 'roll.expected' | 'roll.save' | 'roll.amend' | 'roll.headcount' | 'census.asOf'>;
