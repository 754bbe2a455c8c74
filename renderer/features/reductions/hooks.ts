import type { MethodName } from '../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../api/query';

const reviewViews: MethodName[] = ['reductions.list', 'reductions.get'];
/** A court's decision moves a release date: every screen that shows one refetches. */
const decisionViews: MethodName[] = [
  ...reviewViews,
  'release.planning',
  'residents.get',
  'residents.list',
  'releases.upcoming',
  'notices.pending',
  'alerts.overview',
];

export const useReviews = () => useMethodQuery('reductions.list', {});
export const useReview = (reviewId: number) => useMethodQuery('reductions.get', { reviewId });
export const useDraftReview = () => useMethodMutation('reductions.draft', reviewViews);
export const useUpdateProposal = () => useMethodMutation('reductions.updateProposal', reviewViews);
export const useApproveReview = () => useMethodMutation('reductions.approve', reviewViews);
export const useRecordDecision = () => useMethodMutation('reductions.recordDecision', decisionViews);
