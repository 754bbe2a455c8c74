import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { residentPath } from '../../app/routes';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { Link } from '../../router/Link';
import { releaseNoticePrintPath } from '../print/paths';
import { isReleaseNotice } from './discharge-form';
import { DueDate } from './DueDate';
import { useNoticeKindText } from './labels';
import { usePendingNotices } from './hooks';
import { MarkSentModal } from './MarkSentModal';
import { NoticeBadge } from './NoticeBadge';
import { ExportButton } from '../../components/ExportButton';

/** Short cells on one line: badges and dates never wrap or cut. */
const nowrap = { th: { whiteSpace: 'nowrap' }, td: { whiteSpace: 'nowrap' } } as const;

type Pending = MethodOutput<'notices.pending'>['notices'][number];

/** "Thông báo phải gửi": every notice owed, soonest first, overdue in red (a death's within 24 hours). */
export function PendingNoticesTab() {
  const { t } = useTranslation();
  const q = usePendingNotices();
  const canNotify = useCan('notices.write');
  const kindText = useNoticeKindText();
  const [marking, setMarking] = useState<Pending | null>(null);
  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const notices = q.data.notices;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {t('discharge.pendingIntro')}
        </Text>
        <ExportButton method="exports.notices" input={{}} disabled={notices.length === 0} />
      </Group>
      {notices.length === 0 ? (
        <Text>{t('discharge.pendingEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={t('discharge.tabNotices')} styles={nowrap}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('discharge.name')}</Table.Th>
                <Table.Th>{t('discharge.fileNumber')}</Table.Th>
                <Table.Th>{t('discharge.kind')}</Table.Th>
                <Table.Th>{t('discharge.recipient')}</Table.Th>
                <Table.Th>{t('discharge.dueOn')}</Table.Th>
                <Table.Th>{t('discharge.state')}</Table.Th>
                <Table.Th>{t('discharge.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notices.map((n) => (
                <Table.Tr key={`${n.stayId}-${n.kind}-${n.recipient}-${n.id ?? 'new'}`} bg={n.late ? 'var(--mantine-color-red-light)' : undefined}>
                  <Table.Td>
                    <Link to={residentPath(n.stayId)}>{n.fullName}</Link>
                  </Table.Td>
                  <Table.Td>{n.fileNumber}</Table.Td>
                  <Table.Td>{kindText(n.kind)}</Table.Td>
                  <Table.Td>{t(`discharge.recipients.${n.recipient}`)}</Table.Td>
                  <Table.Td>
                    <DueDate due={n.dueOn} late={n.late} />
                  </Table.Td>
                  <Table.Td>
                    <NoticeBadge notice={n} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {isReleaseNotice(n.kind) && (
                        <Link to={releaseNoticePrintPath(n.stayId, n.recipient)} size="sm">
                          {t('discharge.printNotice')}
                        </Link>
                      )}
                      {canNotify && (
                        <Button size="compact-sm" variant="light" onClick={() => setMarking(n)}>
                          {t('discharge.markSent')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {marking && (
        <MarkSentModal
          stayId={marking.stayId}
          name={marking.fullName}
          notices={[marking]}
          initial={`${marking.kind}:${marking.recipient}`}
          onClose={() => setMarking(null)}
        />
      )}
    </Stack>
  );
}
