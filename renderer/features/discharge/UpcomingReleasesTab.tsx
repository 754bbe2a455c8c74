import { Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { residentPath } from '../../app/routes';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import { releaseNoticePrintPath } from '../print/paths';
import { releaseRecipients } from './discharge-form';
import { useUpcomingReleases } from './hooks';
import { MarkSentModal } from './MarkSentModal';
import { NoticeBadge } from './NoticeBadge';
import { ExportButton } from '../../components/ExportButton';

/** Short cells on one line: badges and dates never wrap or cut; headings and actions may wrap. */
const nowrap = { td: { whiteSpace: 'nowrap' } } as const;

type Row = MethodOutput<'releases.upcoming'>['rows'][number];

/** How far ahead the list looks: the 30 days the notices are about, or further to plan. */
const ranges = ['30', '60', '90'];

/** "Sắp ra cơ sở": releases of the next 30 days with the 15-day notices to the court, the commune and the family. */
export function UpcomingReleasesTab({ onDischarge }: { onDischarge: (stayId: number) => void }) {
  const { t } = useTranslation();
  const [range, setRange] = useState('30');
  const days = Number(range);
  const q = useUpcomingReleases(days);
  const [marking, setMarking] = useState<Row | null>(null);
  const rows = q.data?.rows ?? [];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {t('discharge.upcomingIntro', { days })}
        </Text>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('discharge.daysAhead')}
            value={range}
            onChange={setRange}
            data={ranges.map((r) => ({ value: r, label: t('common.days', { count: Number(r) }) }))}
          />
          <ExportButton method="exports.releases" input={{ days }} disabled={rows.length === 0} />
        </Group>
      </Group>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : rows.length === 0 ? (
        <Text>{t('discharge.upcomingEmpty', { days })}</Text>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover aria-label={t('discharge.tabUpcoming')} styles={nowrap}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('discharge.name')}</Table.Th>
                <Table.Th>{t('discharge.fileNumber')}</Table.Th>
                <Table.Th>{t('discharge.releaseDate')}</Table.Th>
                <Table.Th>{t('discharge.daysLeft')}</Table.Th>
                <Table.Th>{t('discharge.noticeDue')}</Table.Th>
                {releaseRecipients.map((r) => (
                  <Table.Th key={r}>{t(`discharge.recipients.${r}`)}</Table.Th>
                ))}
                <Table.Th>{t('discharge.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <UpcomingRow key={row.stayId} row={row} onMark={() => setMarking(row)} onDischarge={() => onDischarge(row.stayId)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {marking && <MarkSentModal stayId={marking.stayId} name={marking.fullName} notices={marking.notices} onClose={() => setMarking(null)} />}
    </Stack>
  );
}

function UpcomingRow({ row, onMark, onDischarge }: { row: Row; onMark: () => void; onDischarge: () => void }) {
  const { t } = useTranslation();
  const canNotify = useCan('notices.write');
  const canDischarge = useCan('discharge.write');
  const noticeLate = row.notices.some((n) => !n.sentOn && n.late);
  const allSent = row.notices.length > 0 && row.notices.every((n) => n.sentOn);
  return (
    <Table.Tr>
      <Table.Td>
        <Link to={residentPath(row.stayId)}>{row.fullName}</Link>
      </Table.Td>
      <Table.Td>{row.fileNumber}</Table.Td>
      <Table.Td>{formatDateVN(row.releaseDate)}</Table.Td>
      <Table.Td>{row.daysLeft === 0 ? t('discharge.today') : t('common.days', { count: row.daysLeft })}</Table.Td>
      <Table.Td>
        <Text size="sm" c={noticeLate ? 'red' : undefined} fw={noticeLate ? 600 : undefined}>
          {formatDateVN(row.noticeDueOn)}
        </Text>
      </Table.Td>
      {releaseRecipients.map((r) => {
        const n = row.notices.find((x) => x.recipient === r);
        return <Table.Td key={r}>{n ? <NoticeBadge notice={n} /> : <NoticeBadge notice={{ recipient: r, sentOn: null, late: false }} />}</Table.Td>;
      })}
      <Table.Td>
        <Group gap={6} maw={240}>
          <Link to={releaseNoticePrintPath(row.stayId)} size="sm">
            {t('discharge.printNotice')}
          </Link>
          {canNotify && !allSent && (
            <Button size="compact-sm" variant="light" onClick={onMark}>
              {t('discharge.markSent')}
            </Button>
          )}
          {canDischarge && (
            <Button size="compact-sm" variant="default" onClick={onDischarge}>
              {t('discharge.dischargeAction')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
