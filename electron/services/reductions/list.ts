import type { MethodOutput } from '../../../shared/contract';
import { addMonths } from '../../../shared/domain/dates';
import type { Ctx } from '../../router/types';
import { legal } from '../settings/legal';
import { allReviews } from './review';

/** Every review, newest first; the next is due the review interval after the latest one. */
export function listReviews(ctx: Ctx): MethodOutput<'reductions.list'> {
  const reviews = allReviews(ctx.sqlite);
  const latest = reviews[0];
  const every = latest ? legal(ctx.sqlite, 'reduction.rules', latest.reviewOn).value.reviewEveryMonths : 0;
  return { reviews, nextReviewDue: latest ? addMonths(latest.reviewOn, every) : null };
}
