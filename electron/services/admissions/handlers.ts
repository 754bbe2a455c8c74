import type { HandlerMap } from '../../router/types';
import { admit } from './admit';
import { admissionRecordOf } from './record';
import { findReturning } from './returning';

export const admissionsHandlers: HandlerMap<'admissions.admit' | 'admissions.findReturning' | 'admissions.record'> = {
  'admissions.admit': (input, ctx) => admit(ctx, input),
  'admissions.findReturning': (input, ctx) => findReturning(ctx.sqlite, input),
  'admissions.record': (input, ctx) => admissionRecordOf(ctx, input.stayId),
};
