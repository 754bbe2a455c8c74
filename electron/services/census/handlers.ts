import { headcountOf } from '../../../shared/domain/roll-rules';
import type { HandlerMap } from '../../router/types';
import { censusInstant, censusRows, workingCapacities } from './census';

/** The census as of any day and time: the same rows the roll and the headcount are built from. */
export const censusHandlers: HandlerMap<'census.asOf'> = {
  'census.asOf': (input, ctx) => {
    const instant = censusInstant(input.date, input.time);
    const rows = censusRows(ctx.sqlite, instant, input.areaId ?? null);
    // The output schema leaves out the room and area code the headcount needed.
    return { instant, rows, headcount: headcountOf(rows, workingCapacities(ctx.sqlite)) };
  },
};
