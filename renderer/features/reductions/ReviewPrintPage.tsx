import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/QueryStatus';
import { PrintPage } from '../print/PrintPage';
import { useReview } from './hooks';
import { reviewPath } from './paths';
import type { ReviewDetail } from './proposal-model';

/** Loads a review and prints one of its documents; the toolbar leads back to the review. */
export function ReviewPrintPage({ reviewId, children }: { reviewId: number; children: (detail: ReviewDetail) => ReactNode }) {
  const { t } = useTranslation();
  const q = useReview(reviewId);
  return (
    <PrintPage backTo={reviewPath(reviewId)} backLabel={t('reductionPrint.back')}>
      {q.data ? children(q.data) : <QueryStatus error={q.error} onRetry={() => void q.refetch()} />}
    </PrintPage>
  );
}
