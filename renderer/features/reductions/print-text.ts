import { vnDate } from '../../../shared/domain/dates';
import type { Review } from './proposal-model';

/** The date a review's documents carry: the day the head approved it, else the review day (a draft). */
export function documentDate(review: Review): string {
  return review.approvedAt ? vnDate(new Date(review.approvedAt)) : review.reviewOn;
}
