import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { Link } from '../../router/Link';
import { reductionListPrintPath, reductionPostingPrintPath, reductionProposalPrintPath } from '../print/paths';
import { ApproveReviewButton } from './ApproveReviewButton';
import { useReview } from './hooks';
import { reviewsPath } from './paths';
import { ProposalsTable } from './ProposalsTable';
import { ExportButton } from '../../components/ExportButton';

/** One review: who drafted and approved it, the posting dates, its prints, and the proposals. */
export function ReviewDetail({ reviewId }: { reviewId: number }) {
  const { t } = useTranslation();
  const q = useReview(reviewId);
  const canApprove = useCan('reductions.approve');
  return (
    <Stack gap="sm">
      <Link to={reviewsPath} size="sm">
        ← {t('reductions.back')}
      </Link>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Card component="section" aria-label={q.data.review.title}>
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Group gap="sm">
                  <Title order={4}>{q.data.review.title}</Title>
                  <Badge variant="light" color={q.data.review.status === 'approved' ? 'teal' : 'gray'}>
                    {t(`reductions.status.${q.data.review.status}`)}
                  </Badge>
                </Group>
                <Text size="sm">
                  {t('reductions.reviewOn')}: {formatDateVN(q.data.review.reviewOn)}
                  {q.data.review.draftedBy && ` · ${t('reductions.draftedBy', { by: q.data.review.draftedBy })}`}
                  {q.data.review.approvedAt && ` · ${t('reductions.approvedBy', { at: formatInstantVN(q.data.review.approvedAt), by: q.data.review.approvedBy ?? '' })}`}
                </Text>
              </Stack>
              {canApprove && q.data.review.status === 'draft' && <ApproveReviewButton detail={q.data} />}
            </Group>
            {q.data.review.postingFrom && q.data.review.postingTo && (
              <Alert color="teal" mt="sm" data-testid="posting-dates">
                {t('reductions.postingDates', { from: formatDateVN(q.data.review.postingFrom), to: formatDateVN(q.data.review.postingTo) })}
              </Alert>
            )}
            <Group gap="md" mt="sm">
              <Text size="sm" fw={600}>
                {t('reductions.prints')}:
              </Text>
              <Link to={reductionProposalPrintPath(reviewId)} size="sm">
                {t('reductions.printProposal')}
              </Link>
              <Link to={reductionListPrintPath(reviewId)} size="sm">
                {t('reductions.printList')}
              </Link>
              <Link to={reductionPostingPrintPath(reviewId)} size="sm">
                {t('reductions.printPosting')}
              </Link>
              <ExportButton method="exports.reductionReview" input={{ reviewId }} size="xs" />
            </Group>
          </Card>
          <ProposalsTable detail={q.data} />
        </>
      )}
    </Stack>
  );
}
