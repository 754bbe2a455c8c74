import { Alert, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { ExportButton } from '../../components/ExportButton';
import { QueryStatus } from '../../components/QueryStatus';
import { useTeams } from '../ratings/hooks';
import { TeamSelect } from '../ratings/TeamSelect';
import { OutputSheet } from './OutputSheet';

/** "Sản lượng ngày": one team, one day (today by default), the grid of its members. */
export function OutputTab() {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => vnDate(new Date()));
  const [teamId, setTeamId] = useState<number | null>(null);
  const teams = useTeams();
  if (!teams.data) return <QueryStatus error={teams.error} onRetry={() => void teams.refetch()} />;
  const list = teams.data.teams;
  const team = teamId ?? list[0]?.id ?? null;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <TeamSelect teams={list} value={team} onChange={setTeamId} />
        <DateField label={t('work.date')} value={date} onChange={(v) => v && setDate(v)} w={160} />
        {team !== null && <ExportButton method="exports.work" input={{ teamId: team, date }} />}
      </Group>
      {team === null ? <Alert color="gray">{t('work.noTeams')}</Alert> : <OutputSheet key={`${team}-${date}`} teamId={team} date={date} />}
    </Stack>
  );
}
