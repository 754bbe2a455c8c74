import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { useCan } from '../../../app/current-user';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatDateVN } from '../../../format/format';
import { useReleasePlanning } from '../../ratings/hooks';
import { gradeLabel } from '../../ratings/rating-model';
import { RatingHistoryTable } from '../../ratings/RatingHistoryTable';
import { RecordGroundModal } from '../../ratings/RecordGroundModal';
import { RecordMeritModal } from '../../ratings/RecordMeritModal';
import { ReleaseRecordsList } from '../../ratings/ReleaseRecordsList';
import { EligibilityText } from '../../reductions/EligibilityText';

/**
 * Release planning of a stay: whether it may be proposed for a reduction and why not, its monthly ratings, merit
 * acts, exemption grounds and the court's decisions, with "Ghi lập công" and "Ghi căn cứ miễn chấp hành".
 */
export function ReleasePlanningCard({ p }: { p: ResidentProfile }) {
  const { t } = useTranslation();
  const q = useReleasePlanning(p.stay.id);
  const canRecord = useCan('release.grounds') && p.stay.dischargedOn === null;
  const [open, setOpen] = useState<'merit' | 'ground' | null>(null);
  const k = 'releasePlanning';
  return (
    <Card component="section" aria-label={t(`${k}.title`)}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t(`${k}.title`)}</Title>
        {canRecord && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setOpen('merit')}>
              {t(`${k}.recordMerit`)}
            </Button>
            <Button size="xs" variant="light" onClick={() => setOpen('ground')}>
              {t(`${k}.recordGround`)}
            </Button>
          </Group>
        )}
      </Group>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t(`${k}.eligibility`)}
            </Text>
            {q.data.eligibility ? (
              <>
                <Text size="xs" c="dimmed">
                  {t(`${k}.asOf`, { date: formatDateVN(q.data.eligibility.asOf) })}
                </Text>
                <EligibilityText e={q.data.eligibility} gradeLabel={(code) => gradeLabel(q.data.scale, code) ?? code} />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t(`${k}.noEligibility`)}
              </Text>
            )}
            <Text fw={600} size="sm" mt="xs">
              {t(`${k}.ratings`)}
            </Text>
            <RatingHistoryTable ratings={q.data.ratings} scale={q.data.scale} />
          </Stack>
          <ReleaseRecordsList planning={q.data} />
        </SimpleGrid>
      )}
      <RecordMeritModal stayId={p.stay.id} name={p.person.fullName} opened={open === 'merit'} onClose={() => setOpen(null)} />
      <RecordGroundModal stayId={p.stay.id} name={p.person.fullName} opened={open === 'ground'} onClose={() => setOpen(null)} />
    </Card>
  );
}
