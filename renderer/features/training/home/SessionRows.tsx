import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/contract';
import { daysBetween } from '../../../../shared/domain/dates';
import { formatDateVN, formatNumber } from '../../../format/format';
import { navigate } from '../../../router/history';
import { Link } from '../../../router/Link';
import { timeRange } from '../attendance/attendance-model';
import { classPath, sessionPath } from '../paths';

export type HomeSession = MethodOutput<'training.home'>['today'][number];

/** A button that is a real link to the attendance screen of a session. */
function TakeButton({ session, overdue }: { session: HomeSession; overdue?: boolean }) {
  const { t } = useTranslation();
  const to = sessionPath(session.id);
  return (
    <Button
      component="a"
      href={to}
      size="compact-sm"
      color={overdue ? 'red' : undefined}
      variant={overdue || session.takenAt ? 'light' : 'filled'}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {t('attendance.home.take')}
    </Button>
  );
}

function TakenBadge({ session }: { session: HomeSession }) {
  const { t } = useTranslation();
  if (!session.takenAt) return <Badge color="gray" variant="light">{t('attendance.home.notTaken')}</Badge>;
  return (
    <Badge color="teal" variant="light">
      {session.present !== null && session.expected !== null
        ? t('attendance.home.taken', { present: formatNumber(session.present), expected: formatNumber(session.expected) })
        : t('attendance.home.takenPlain')}
    </Badge>
  );
}

/** Today's sessions: class, hours, whether attendance is taken, the way to take it. */
export function TodayTable({ sessions }: { sessions: HomeSession[] }) {
  const { t } = useTranslation();
  const h = 'attendance.home';
  return (
    <Table verticalSpacing={6} data-testid="home-today">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(`${h}.class`)}</Table.Th>
          <Table.Th w={130}>{t(`${h}.time`)}</Table.Th>
          <Table.Th w={90}>{t(`${h}.hours`)}</Table.Th>
          <Table.Th w={190}>{t(`${h}.status`)}</Table.Th>
          <Table.Th w={170} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sessions.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td><Link to={classPath(s.classId)} fw={500}>{s.className}</Link></Table.Td>
            <Table.Td>{timeRange(s.startTime, s.hours)}</Table.Td>
            <Table.Td>{t(`${h}.hoursValue`, { count: s.hours })}</Table.Td>
            <Table.Td><TakenBadge session={s} /></Table.Td>
            <Table.Td ta="right"><TakeButton session={s} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Past sessions still without attendance, oldest first, each with how long it is overdue. */
export function UntakenTable({ sessions, today }: { sessions: HomeSession[]; today: string }) {
  const { t } = useTranslation();
  const h = 'attendance.home';
  return (
    <Table verticalSpacing={6} data-testid="home-untaken">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t(`${h}.date`)}</Table.Th>
          <Table.Th>{t(`${h}.class`)}</Table.Th>
          <Table.Th w={130}>{t(`${h}.time`)}</Table.Th>
          <Table.Th w={190} />
          <Table.Th w={170} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sessions.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td fw={500}>{formatDateVN(s.sessionOn)}</Table.Td>
            <Table.Td><Link to={classPath(s.classId)}>{s.className}</Link></Table.Td>
            <Table.Td>{timeRange(s.startTime, s.hours)}</Table.Td>
            <Table.Td>
              <Badge color="red" variant="light">
                {t(`${h}.overdue`, { days: t('common.days', { count: Math.max(1, daysBetween(s.sessionOn, today)) }) })}
              </Badge>
            </Table.Td>
            <Table.Td ta="right"><TakeButton session={s} overdue /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
