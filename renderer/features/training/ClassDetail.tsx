import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/QueryStatus';
import { Link } from '../../router/Link';
import { ClassHeader } from './ClassHeader';
import { EnrolmentsSection } from './EnrolmentsSection';
import { useClass } from './hooks';
import { classesPath } from './paths';
import { SessionsTable } from './SessionsTable';

/** One class: its facts and status moves, the residents on it (with the waiting list and results), its sessions. */
export function ClassDetail({ classId }: { classId: number }) {
  const { t } = useTranslation();
  const q = useClass(classId);
  return (
    <Stack gap="sm">
      <Link to={classesPath} size="sm">
        ← {t('training.detail.back')}
      </Link>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <ClassHeader summary={q.data.class} />
          <EnrolmentsSection detail={q.data} />
          <SessionsTable sessions={q.data.sessions} classStatus={q.data.class.status} />
        </>
      )}
    </Stack>
  );
}
