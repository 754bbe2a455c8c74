import type { ReactNode } from 'react';
import { ReductionListPrint } from '../print/ReductionListPrint';
import { ReductionPostingPrint } from '../print/ReductionPostingPrint';
import { ReductionProposalPrint } from '../print/ReductionProposalPrint';
import { matchPath } from '../../router/match';
import { RatingsScreen } from './RatingsScreen';

const reviewPrints = [
  ['/in/giam-han/:reviewId/mau-43', ReductionProposalPrint],
  ['/in/giam-han/:reviewId/mau-44', ReductionListPrint],
  ['/in/giam-han/:reviewId/niem-yet', ReductionPostingPrint],
] as const;

/**
 * The screens of release planning below "/xep-loai" (the reviews, one review) and the prints of a review
 * (renderer/features/print/paths.ts), or null when the path is none of them.
 */
export function ratingsRouteFor(pathname: string): ReactNode {
  for (const [pattern, Print] of reviewPrints) {
    const reviewId = Number(matchPath(pattern, pathname)?.reviewId);
    if (Number.isInteger(reviewId) && reviewId > 0) return <Print key={pathname} reviewId={reviewId} />;
  }
  if (matchPath('/xep-loai/xet-giam', pathname)) return <RatingsScreen initialTab="reductions" />;
  const review = matchPath('/xep-loai/xet-giam/:reviewId', pathname);
  const reviewId = Number(review?.reviewId);
  return review && Number.isInteger(reviewId) && reviewId > 0 ? <RatingsScreen reviewId={reviewId} /> : null;
}
