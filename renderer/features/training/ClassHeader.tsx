import { Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { FormAlert } from '../../components/FormAlert';
import { Facts } from '../../components/Facts';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import { CancelClassModal } from './CancelClassModal';
import { ClassStatusBadge } from './ClassStatusBadge';
import { statusMoves, type ClassSummary } from './class-model';
import { useSetClassStatus } from './hooks';
import { useScheduleWords } from './labels';
import { classRosterPrintPath } from './paths';

/** The class's facts, its status, the moves it allows ("Bắt đầu lớp", "Kết thúc lớp", "Hủy lớp") and its roster print. */
export function ClassHeader({ summary: c }: { summary: ClassSummary }) {
  const { t } = useTranslation();
  const canWrite = useCan('training.write');
  const words = useScheduleWords();
  const setStatus = useSetClassStatus();
  const [errors, setErrors] = useState<string[]>([]);
  const [cancelling, setCancelling] = useState(false);
  const moves = canWrite ? statusMoves(c.status) : [];

  const move = (status: 'running' | 'finished') => {
    setErrors([]);
    setStatus.mutate(
      { classId: c.id, status },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t(status === 'running' ? 'training.detail.startedDone' : 'training.detail.finishedDone') }),
        onError: (e) => setErrors([e.message]),
      },
    );
  };

  const facts = [
    { label: t('training.detail.trade'), value: c.tradeName },
    { label: t('training.detail.trainer'), value: c.trainerName },
    { label: t('training.detail.place'), value: c.place },
    { label: t('training.detail.dates'), value: t('training.dateRange', { from: formatDateVN(c.startsOn), to: formatDateVN(c.endsOn) }) },
    { label: t('training.detail.schedule'), value: words.schedule(c.schedule) },
    {
      label: t('training.detail.size'),
      value:
        c.waiting > 0
          ? t('training.detail.sizeWaiting', { enrolled: c.enrolled, capacity: c.capacity, waiting: c.waiting })
          : t('training.detail.sizeText', { enrolled: c.enrolled, capacity: c.capacity }),
    },
    ...(c.partnerSchool ? [{ label: t('training.detail.partnerSchool'), value: c.partnerSchool }] : []),
  ];

  return (
    <Card component="section" aria-label={c.name}>
      <FormAlert messages={errors} />
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={3}>{c.name}</Title>
            <ClassStatusBadge status={c.status} />
          </Group>
          <Text size="sm">
            <Link to={classRosterPrintPath(c.id)} size="sm">
              {t('training.detail.print')}
            </Link>
          </Text>
        </Stack>
        <Group gap="xs">
          {moves.map((m) =>
            m === 'cancelled' ? (
              <Button key={m} color="red" variant="light" onClick={() => setCancelling(true)}>
                {t('training.detail.cancelled')}
              </Button>
            ) : (
              <Button key={m} onClick={() => move(m)} loading={setStatus.isPending && setStatus.variables.status === m}>
                {t(`training.detail.${m}`)}
              </Button>
            ),
          )}
        </Group>
      </Group>
      <Box mt="sm">
        <Facts items={facts} labelWidth={240} />
      </Box>
      {cancelling && <CancelClassModal classId={c.id} name={c.name} onClose={() => setCancelling(false)} />}
    </Card>
  );
}
