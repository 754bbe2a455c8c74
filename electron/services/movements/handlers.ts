import type { HandlerMap } from '../../router/types';
import { listMovements } from './list';
import { recordMovement } from './record';
import { reverseMovement } from './reverse';

/** Handlers of the movements feature: record, reverse and list a stay's movements. */
export const movementsHandlers: HandlerMap<'movements.record' | 'movements.reverse' | 'movements.list'> = {
  'movements.record': (input, ctx) => recordMovement(ctx, input),
  'movements.reverse': (input, ctx) => reverseMovement(ctx, input),
  'movements.list': (input, ctx) => listMovements(ctx, input.stayId),
};
