import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../shared/contract/discharge';
import { DueDate } from './DueDate';
import { useNoticeKindText } from './labels';
import { NoticeBadge } from './NoticeBadge';

/** A stay's notices: what, to whom, by when, and whether it went out on time. */
export function NoticesTable({ notices }: { notices: NoticeView[] }) {
  const { t } = useTranslation();
  const kindText = useNoticeKindText();
  return (
    <Table aria-label={t('discharge.card.notices')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('discharge.kind')}</Table.Th>
          <Table.Th>{t('discharge.recipient')}</Table.Th>
          <Table.Th>{t('discharge.dueOn')}</Table.Th>
          <Table.Th>{t('discharge.state')}</Table.Th>
          <Table.Th>{t('discharge.reference')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {notices.map((n) => (
          <Table.Tr key={`${n.id ?? 'new'}-${n.kind}-${n.recipient}`}>
            <Table.Td>{kindText(n.kind)}</Table.Td>
            <Table.Td>{t(`discharge.recipients.${n.recipient}`)}</Table.Td>
            <Table.Td>
              <DueDate due={n.dueOn} late={n.late && !n.sentOn} />
            </Table.Td>
            <Table.Td>
              <NoticeBadge notice={n} />
            </Table.Td>
            <Table.Td>{n.reference ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
