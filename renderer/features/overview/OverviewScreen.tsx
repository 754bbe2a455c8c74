import { Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatNumber } from '../../format/format';
import { navigate } from '../../router/history';
import { useBedBoard } from '../beds/hooks';
import { usePresentCount } from '../residents/hooks';
import { AlertsPanel } from './AlertsPanel';
import { CensusChart } from './CensusChart';
import { HeadcountPanel } from './HeadcountPanel';
import { useOverview } from './hooks';

/**
 * Tổng quan: the facility at a glance when the app opens — who is on the books, the alerts, today's headcount by
 * kind of stay and area, the last 30 days against capacity, and the beds of each area.
 */
export function OverviewScreen() {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const present = usePresentCount();
  const board = useBedBoard();
  const overview = useOverview();

  const areas = board.data ?? [];
  const beds = areas.reduce((n, a) => n + a.counts.beds, 0);
  const occupied = areas.reduce((n, a) => n + a.counts.occupied, 0);
  const free = areas.reduce((n, a) => n + a.counts.free, 0);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{facility.name}</Title>
        <Text c="dimmed">
          {t('overview.governingUnit')}: {facility.governingUnit} · {facility.address}
        </Text>
      </div>
      {present.data && board.data ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Stat
              label={t('overview.present')}
              value={formatNumber(present.data.total)}
              note={t('overview.ofCapacity', { capacity: formatNumber(facility.designCapacity) })}
            />
            <Stat label={t('overview.bedsOccupied')} value={formatNumber(occupied)} note={t('overview.bedsTotal', { total: formatNumber(beds) })} />
            <Stat label={t('overview.bedsFree')} value={formatNumber(free)} note={t('overview.bedsTotal', { total: formatNumber(beds) })} />
          </SimpleGrid>
          <AlertsPanel />
          {beds === 0 ? (
            <NextStep text={t('overview.noBeds')} action={t('overview.goBeds')} path="/giuong" />
          ) : present.data.total === 0 ? (
            <NextStep text={t('overview.noResidents')} action={t('overview.goAdmission')} path="/tiep-nhan" />
          ) : null}
          {overview.data ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <HeadcountPanel overview={overview.data} />
              <CensusChart daily={overview.data.daily} />
            </SimpleGrid>
          ) : (
            <QueryStatus error={overview.error} onRetry={() => void overview.refetch()} />
          )}
          {areas.length > 0 && (
            <Card>
              <Title order={4} mb="sm">
                {t('overview.areas')}
              </Title>
              <Stack gap="sm">
                {areas.map((a) => (
                  <div key={a.id}>
                    <Group justify="space-between">
                      <Text size="sm" fw={600}>
                        {a.code} · {a.name}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('overview.areaLine', { occupied: formatNumber(a.counts.occupied), beds: formatNumber(a.counts.beds) })}
                      </Text>
                    </Group>
                    <Progress value={a.counts.beds ? (100 * a.counts.occupied) / a.counts.beds : 0} mt={4} aria-hidden />
                  </div>
                ))}
              </Stack>
            </Card>
          )}
        </>
      ) : (
        <QueryStatus
          error={present.error ?? board.error}
          onRetry={() => {
            void present.refetch();
            void board.refetch();
          }}
        />
      )}
    </Stack>
  );
}

function Stat({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <Card>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Card>
  );
}

function NextStep({ text, action, path }: { text: string; action: string; path: string }) {
  return (
    <Card bg="yellow.0">
      <Group justify="space-between">
        <Text>{text}</Text>
        <Button variant="light" onClick={() => navigate(path)}>
          {action}
        </Button>
      </Group>
    </Card>
  );
}
