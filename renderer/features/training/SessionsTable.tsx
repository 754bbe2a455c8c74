import { Badge, Card, Group, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import type { ClassStatus } from '../../../shared/domain/vocabulary';
import { formatDateVN, formatNumber } from '../../format/format';
import { Link } from '../../router/Link';
import { isoWeekday, type ClassDetailData } from './class-model';
import { useScheduleWords } from './labels';
import { sessionPath } from './paths';

type Session = ClassDetailData['sessions'][number];

/** The class's sessions from its schedule, each a link to its attendance sheet, with whether attendance was taken. */
export function SessionsTable({ sessions, classStatus }: { sessions: Session[]; classStatus: ClassStatus }) {
  const { t } = useTranslation();
  const words = useScheduleWords();
  const today = vnDate(new Date());
  return (
    <Card component="section" aria-label={t('training.sessions.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('training.sessions.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('training.sessions.count', { n: sessions.length })}
        </Text>
      </Group>
      {sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('training.sessions.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={480} type="auto">
          <Table striped highlightOnHover data-testid="sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.sessions.date')}</Table.Th>
                <Table.Th>{t('training.sessions.time')}</Table.Th>
                <Table.Th ta="right">{t('training.sessions.hours')}</Table.Th>
                <Table.Th>{t('training.sessions.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <Table.Tr key={s.id} bg={s.sessionOn === today ? 'var(--mantine-color-blue-0)' : undefined}>
                  <Table.Td>
                    <Link to={sessionPath(s.id)} fw={500}>
                      {`${words.weekday(isoWeekday(s.sessionOn))} ${formatDateVN(s.sessionOn)}`}
                    </Link>
                  </Table.Td>
                  <Table.Td>{s.startTime}</Table.Td>
                  <Table.Td ta="right">{formatNumber(s.hours)}</Table.Td>
                  <Table.Td>
                    <SessionState session={s} today={today} closed={classStatus === 'finished' || classStatus === 'cancelled'} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Card>
  );
}

/** Taken (with the count), still to come, or owed; a session of a closed class that was never taken is owed no more. */
function SessionState({ session: s, today, closed }: { session: Session; today: string; closed: boolean }) {
  const { t } = useTranslation();
  if (s.takenAt) {
    return (
      <Badge variant="light" color="teal">
        {t('training.sessions.taken', { present: s.present ?? 0, expected: s.expected ?? 0 })}
      </Badge>
    );
  }
  if (s.sessionOn > today || closed) {
    return (
      <Text size="sm" c="dimmed">
        {closed ? t('common.none') : t('training.sessions.upcoming')}
      </Text>
    );
  }
  return (
    <Badge variant="light" color="orange">
      {t('training.sessions.notTaken')}
    </Badge>
  );
}
