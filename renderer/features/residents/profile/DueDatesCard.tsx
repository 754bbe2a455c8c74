import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { vnDate } from '../../../../shared/domain/dates';
import { Facts, type Fact } from '../../../components/Facts';
import { formatDateVN } from '../../../format/format';
import { codeLabel } from './labels';

/** Dates the admission set running (visits, the assessment result) and the notices the facility owes. */
export function DueDatesCard({ p }: { p: ResidentProfile }) {
  const { t, i18n } = useTranslation();
  const today = vnDate(new Date());
  const { visitsFrom, assessmentResult } = p.dueDates;
  const facts: Fact[] = [];
  // Visits matter only while the person is still held.
  if (visitsFrom && p.stay.state !== 'discharged') facts.push({ label: t('profile.visitsFrom'), value: <Due date={visitsFrom.date} citation={visitsFrom.citation} /> });
  if (assessmentResult) {
    facts.push({ label: t('profile.assessmentResult'), value: <Due date={assessmentResult.date} citation={assessmentResult.citation} /> });
  }

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('profile.dueDates')}
      </Title>
      {facts.length > 0 ? <Facts labelWidth={220} items={facts} /> : <Text size="sm" c="dimmed">{t('profile.noDueDates')}</Text>}
      <Title order={5} mt="md" mb="xs">
        {t('profile.notices')}
      </Title>
      {p.notices.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('profile.noNotices')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profile.noticeKind')}</Table.Th>
              <Table.Th>{t('profile.noticeRecipient')}</Table.Th>
              <Table.Th>{t('profile.noticeDue')}</Table.Th>
              <Table.Th>{t('profile.noticeSent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.notices.map((n, i) => (
              <Table.Tr key={`${n.kind}-${i}`}>
                <Table.Td>{codeLabel(t, i18n, 'profile.noticeKinds', n.kind)}</Table.Td>
                <Table.Td>{codeLabel(t, i18n, 'profile.recipients', n.recipient)}</Table.Td>
                <Table.Td>{formatDateVN(n.dueOn)}</Table.Td>
                <Table.Td>
                  {n.sentOn ? (
                    formatDateVN(n.sentOn)
                  ) : (
                    <Badge variant="light" color={n.dueOn < today ? 'red' : 'orange'}>
                      {n.dueOn < today ? t('profile.noticeOverdue') : t('profile.noticePending')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function Due({ date, citation }: { date: string; citation: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {formatDateVN(date)}
      </Text>
      <Text size="xs" c="dimmed">
        {citation}
      </Text>
    </Stack>
  );
}
