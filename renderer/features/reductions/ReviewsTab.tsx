import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatNumber } from '../../format/format';
import { navigate } from '../../router/history';
import { Link } from '../../router/Link';
import { DraftReviewForm } from './DraftReviewForm';
import { useReviews } from './hooks';
import { reviewPath } from './paths';
import { ReviewDetail } from './ReviewDetail';

/** "Xét giảm, miễn": the reviews, newest first, with the next one due; or one review when the path names it. */
export function ReviewsTab({ reviewId }: { reviewId: number | null }) {
  return reviewId === null ? <ReviewList /> : <ReviewDetail reviewId={reviewId} />;
}

function ReviewList() {
  const { t } = useTranslation();
  const reviews = useReviews();
  const canDraft = useCan('reductions.manage');
  const [drafting, setDrafting] = useState(false);
  return (
    <Card component="section" aria-label={t('reductions.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('reductions.title')}</Title>
        {canDraft && <Button onClick={() => setDrafting(true)}>{t('reductions.draft')}</Button>}
      </Group>
      {!reviews.data ? (
        <QueryStatus error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : (
        <Stack gap="sm">
          <Alert color={reviews.data.nextReviewDue ? 'blue' : 'gray'} data-testid="next-review">
            {reviews.data.nextReviewDue ? t('reductions.nextDue', { date: formatDateVN(reviews.data.nextReviewDue) }) : t('reductions.noNextDue')}
          </Alert>
          {reviews.data.reviews.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reductions.none')}
            </Text>
          ) : (
            <Table striped highlightOnHover data-testid="reviews">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reductions.columns.title')}</Table.Th>
                  <Table.Th>{t('reductions.columns.reviewOn')}</Table.Th>
                  <Table.Th>{t('reductions.columns.status')}</Table.Th>
                  <Table.Th ta="right">{t('reductions.columns.included')}</Table.Th>
                  <Table.Th ta="right">{t('reductions.columns.decided')}</Table.Th>
                  <Table.Th>{t('reductions.columns.posting')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reviews.data.reviews.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Link to={reviewPath(r.id)} size="sm" fw={500}>
                        {r.title}
                      </Link>
                    </Table.Td>
                    <Table.Td>{formatDateVN(r.reviewOn)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={r.status === 'approved' ? 'teal' : 'gray'}>
                        {t(`reductions.status.${r.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(r.included)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.decided)}</Table.Td>
                    <Table.Td>{r.postingFrom && r.postingTo ? `${formatDateVN(r.postingFrom)} – ${formatDateVN(r.postingTo)}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      <Modal opened={drafting} onClose={() => setDrafting(false)} size="lg" title={t('reductions.draftTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {drafting && <DraftReviewForm onDone={(id) => navigate(reviewPath(id))} />}
      </Modal>
    </Card>
  );
}
