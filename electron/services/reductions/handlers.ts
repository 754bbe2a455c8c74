import type { HandlerMap } from '../../router/types';
import { approveReview } from './approve';
import { recordDecision } from './decision';
import { draftReview } from './draft';
import { getReview } from './get';
import { listReviews } from './list';
import { updateProposal } from './update';

/** Handlers of reduction and exemption reviews: draft, edit, approve and the court's decisions. */
export const reductionsHandlers: HandlerMap<
  'reductions.list' | 'reductions.draft' | 'reductions.get' | 'reductions.updateProposal' | 'reductions.approve' | 'reductions.recordDecision'
> = {
  'reductions.list': (_input, ctx) => listReviews(ctx),
  'reductions.draft': (input, ctx) => draftReview(ctx, input),
  'reductions.get': (input, ctx) => getReview(ctx, input.reviewId),
  'reductions.updateProposal': (input, ctx) => updateProposal(ctx, input),
  'reductions.approve': (input, ctx) => approveReview(ctx, input.reviewId),
  'reductions.recordDecision': (input, ctx) => recordDecision(ctx, input),
};
