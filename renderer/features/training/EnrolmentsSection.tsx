import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { ExportButton } from '../../components/ExportButton';
import { canEnrol, canRecordResults, type ClassDetailData, type Enrolment } from './class-model';
import { EnrolModal } from './EnrolModal';
import { EnrolmentsTable } from './EnrolmentsTable';
import { ResultsForm } from './ResultsForm';
import { WithdrawModal } from './WithdrawModal';

/** The residents of a class: the table, "Ghi danh học viên", "Rời lớp" per row, and the "Ghi kết quả" mode. */
export function EnrolmentsSection({ detail }: { detail: ClassDetailData }) {
  const { t } = useTranslation();
  const canWrite = useCan('training.write');
  const c = detail.class;
  const [enrolling, setEnrolling] = useState(false);
  const [recording, setRecording] = useState(false);
  const [leaving, setLeaving] = useState<Enrolment | null>(null);
  const open = canEnrol(c.status);
  const hasEnrolled = detail.enrolments.some((e) => e.status === 'enrolled');
  return (
    <Card component="section" aria-label={t('training.enrolments.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('training.enrolments.title')}</Title>
        <Group gap="xs">
          {detail.enrolments.length > 0 && <ExportButton method="exports.classRoster" input={{ classId: c.id }} />}
          {canWrite && (
            <>
              {open && !recording && <Button onClick={() => setEnrolling(true)}>{t('training.enrolments.enrol')}</Button>}
              {canRecordResults(c.status) && hasEnrolled && !recording && (
                <Button variant="light" onClick={() => setRecording(true)}>
                  {t('training.enrolments.recordResults')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Group>
      {recording ? (
        <ResultsForm detail={detail} onDone={() => setRecording(false)} />
      ) : detail.enrolments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('training.enrolments.empty')}
        </Text>
      ) : (
        <EnrolmentsTable enrolments={detail.enrolments} classStatus={c.status} onWithdraw={canWrite && open ? setLeaving : null} />
      )}
      {enrolling && <EnrolModal summary={c} onClose={() => setEnrolling(false)} />}
      {leaving && <WithdrawModal enrolment={leaving} enrolments={detail.enrolments} onClose={() => setLeaving(null)} />}
    </Card>
  );
}
