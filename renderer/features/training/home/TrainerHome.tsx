import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/contract';
import { daysBetween, vnDate } from '../../../../shared/domain/dates';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatDateVN, formatNumber } from '../../../format/format';
import { Link } from '../../../router/Link';
import { classPath } from '../paths';
import { useTrainingHome } from '../attendance/hooks';
import { sortUntaken } from './home-model';
import { TodayTable, UntakenTable } from './SessionRows';

type EndingClass = MethodOutput<'training.home'>['endingSoon'][number];

function Section({ title, hint, count, tone, testId, children }: { title: string; hint?: string; count: number; tone?: 'red'; testId: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" data-testid={testId} style={tone && count > 0 ? { borderLeft: '4px solid var(--mantine-color-red-6)' } : undefined}>
      <Group gap="xs" mb={hint ? 2 : 'xs'}>
        <Title order={4}>{title}</Title>
        {count > 0 && <Badge color={tone ?? 'blue'} variant={tone ? 'filled' : 'light'}>{formatNumber(count)}</Badge>}
      </Group>
      {hint && <Text size="sm" c="dimmed" mb="xs">{hint}</Text>}
      {children}
    </Card>
  );
}

function EndingTable({ classes, today }: { classes: EndingClass[]; today: string }) {
  const { t } = useTranslation();
  const h = 'attendance.home';
  return (
    <Table verticalSpacing={6} data-testid="home-ending">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(`${h}.class`)}</Table.Th>
          <Table.Th>{t(`${h}.trade`)}</Table.Th>
          <Table.Th>{t(`${h}.trainer`)}</Table.Th>
          <Table.Th w={90}>{t(`${h}.enrolled`)}</Table.Th>
          <Table.Th w={210}>{t(`${h}.endsOn`)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {classes.map((c) => {
          const left = daysBetween(today, c.endsOn);
          return (
            <Table.Tr key={c.id}>
              <Table.Td><Link to={classPath(c.id)} fw={500}>{c.name}</Link></Table.Td>
              <Table.Td>{c.tradeName}</Table.Td>
              <Table.Td>{c.trainerName}</Table.Td>
              <Table.Td>{formatNumber(c.enrolled)}/{formatNumber(c.capacity)}</Table.Td>
              <Table.Td>
                {formatDateVN(c.endsOn)}{' '}
                <Text span size="sm" c={left <= 3 ? 'orange.8' : 'dimmed'}>
                  ({left <= 0 ? t(`${h}.endsToday`) : t(`${h}.daysLeft`, { days: t('common.days', { count: left }) })})
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Hôm nay: the trainer's day — today's sessions, attendance still owed for past ones, classes about to end. */
export function TrainerHome() {
  const { t } = useTranslation();
  const q = useTrainingHome();
  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const today = vnDate(new Date());
  const { endingSoon } = q.data;
  const untaken = sortUntaken(q.data.untaken);
  const h = 'attendance.home';
  return (
    <Stack gap="md">
      <Section title={t(`${h}.today`)} count={q.data.today.length} testId="home-today-section">
        {q.data.today.length === 0 ? <Text c="dimmed">{t(`${h}.todayEmpty`)}</Text> : <TodayTable sessions={q.data.today} />}
      </Section>
      <Section title={t(`${h}.untaken`)} hint={untaken.length > 0 ? t(`${h}.untakenHint`) : undefined} count={untaken.length} tone="red" testId="home-untaken-section">
        {untaken.length === 0 ? <Text c="dimmed">{t(`${h}.untakenEmpty`)}</Text> : <UntakenTable sessions={untaken} today={today} />}
      </Section>
      <Section title={t(`${h}.endingSoon`)} hint={endingSoon.length > 0 ? t(`${h}.endingSoonHint`) : undefined} count={endingSoon.length} testId="home-ending-section">
        {endingSoon.length === 0 ? <Text c="dimmed">{t(`${h}.endingSoonEmpty`)}</Text> : <EndingTable classes={endingSoon} today={today} />}
      </Section>
    </Stack>
  );
}
