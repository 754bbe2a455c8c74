import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../../shared/domain/dates';
import { ApiError } from '../../../api/client';
import { useCan } from '../../../app/current-user';
import { FormAlert } from '../../../components/FormAlert';
import { PageTitle } from '../../../components/PageTitle';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatDateVN, formatInstantVN, formatNumber } from '../../../format/format';
import { Link } from '../../../router/Link';
import { attendanceSheetPrintPath } from '../../print/paths';
import { allPresent, initialDrafts, isFuture, lineErrors, missingReasons, setPresent, takeLines, tally, timeRange, type LineDraft } from './attendance-model';
import { AttendanceTable, type RowErrors } from './AttendanceTable';
import { useSessionSheet, useTakeAttendance } from './hooks';
import { classPath } from '../paths';

/**
 * The attendance of one class session: everyone present by default, an absence needs a reason, those away by a
 * movement marked with it. Saved in one go; saving a taken session again is a correction.
 */
export function AttendanceScreen({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('training.write');
  const q = useSessionSheet(sessionId);
  const take = useTakeAttendance();
  const [drafts, setDrafts] = useState<Map<number, LineDraft> | null>(null);
  const [errors, setErrors] = useState<RowErrors>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [saved, setSaved] = useState<{ present: number; absent: number } | null>(null);

  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const { session, classId, className, lines } = q.data;
  const current = drafts ?? initialDrafts(lines);
  const future = isFuture(session.sessionOn, vnDate(new Date()));
  const frozen = future || !canWrite;
  const c = tally(current, lines);
  const s = 'attendance.sheet';

  const edit = (next: Map<number, LineDraft>) => {
    setDrafts(next);
    setSaved(null);
  };
  const submit = () => {
    setGeneral([]);
    setSaved(null);
    const missing = missingReasons(current, lines);
    if (missing.length > 0) {
      setErrors(new Map(missing.map((id) => [id, { reason: t(`${s}.reasonRequired`) }])));
      setGeneral([t(`${s}.missingReasons`, { count: missing.length })]);
      return;
    }
    setErrors(new Map());
    const sent = takeLines(current, lines);
    take.mutate(
      { sessionId, lines: sent },
      {
        onSuccess: (r) => {
          setDrafts(null);
          setSaved(r);
        },
        onError: (error) => {
          const split = error instanceof ApiError && error.issues.length > 0 ? lineErrors(error.issues, sent) : { rows: new Map(), general: [error.message] };
          setErrors(split.rows);
          setGeneral(split.general);
        },
      },
    );
  };

  return (
    <>
      <PageTitle
        actions={
          <Link to={attendanceSheetPrintPath(sessionId)} size="sm">
            {t(`${s}.print`)}
          </Link>
        }
      >
        {t(`${s}.title`)}
      </PageTitle>
      <Stack gap="sm">
        <Group gap="md">
          <Link to={classPath(classId)} fw={600} data-testid="attendance-class">
            ← {t(`${s}.classLink`, { name: className })}
          </Link>
          <Text c="dimmed">
            {t(`${s}.when`, { date: formatDateVN(session.sessionOn), time: timeRange(session.startTime, session.hours), hours: formatNumber(session.hours) })}
          </Text>
        </Group>
        {session.takenAt && (
          <Alert color="blue" data-testid="attendance-taken">
            {t(`${s}.taken`, { at: formatInstantVN(session.takenAt), by: session.takenBy ?? '' })}
            {!frozen && <Text size="sm" mt={4}>{t(`${s}.correctionHint`)}</Text>}
          </Alert>
        )}
        {future && <Alert color="yellow" data-testid="attendance-future">{t(`${s}.future`)}</Alert>}
        {!future && !canWrite && <Alert color="gray">{t(`${s}.readOnly`)}</Alert>}
        {saved && (
          <Alert color="teal" data-testid="attendance-saved">
            {t(`${s}.saved`, { present: formatNumber(saved.present), absent: formatNumber(saved.absent) })}
          </Alert>
        )}
        <FormAlert messages={general} />
        {lines.length === 0 ? (
          <Alert color="gray">{t(`${s}.empty`)}</Alert>
        ) : (
          <>
            <Group justify="space-between">
              <Text data-testid="attendance-counts">
                {t(`${s}.counts`, { total: formatNumber(lines.length), present: formatNumber(c.present), absent: formatNumber(c.absent) })}
              </Text>
              {!frozen && (
                <Group>
                  <Button variant="default" onClick={() => edit(allPresent(current, lines))}>
                    {t(`${s}.allPresent`)}
                  </Button>
                  <Button onClick={submit} loading={take.isPending}>
                    {t(`${s}.save`)}
                  </Button>
                </Group>
              )}
            </Group>
            {!frozen && <Text size="xs" c="dimmed">{t(`${s}.keys`)}</Text>}
            <AttendanceTable
              lines={lines}
              drafts={current}
              errors={errors}
              frozen={frozen}
              onToggle={(l, present) => edit(setPresent(current, l, present))}
              onChange={(l, d) => edit(new Map(current).set(l.enrolmentId, d))}
            />
          </>
        )}
      </Stack>
    </>
  );
}
