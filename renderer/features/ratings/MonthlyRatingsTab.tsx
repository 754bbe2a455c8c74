import { Alert, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { ConfirmMonthButton } from './ConfirmMonthButton';
import { useRatingSheet, useTeams } from './hooks';
import { MonthField } from './MonthField';
import { monthOf, previousMonth } from './rating-model';
import { RatingSheet } from './RatingSheet';
import { TeamSelect } from './TeamSelect';

/** "Xếp loại hằng tháng": one team's sheet for one month (the month before by default), and the head's confirmation. */
export function MonthlyRatingsTab() {
  const { t } = useTranslation();
  const today = vnDate(new Date());
  const [month, setMonth] = useState(() => previousMonth(today));
  const [teamId, setTeamId] = useState<number | null>(null);
  const teams = useTeams();
  const canConfirm = useCan('ratings.confirm');
  const list = teams.data?.teams ?? [];
  const team = teamId ?? list[0]?.id ?? null;
  // The same query as the sheet below (shared cache): the month's confirmation is facility-wide.
  const sheet = useRatingSheet(team === null ? null : { teamId: team, month });
  if (!teams.data) return <QueryStatus error={teams.error} onRetry={() => void teams.refetch()} />;
  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TeamSelect teams={list} value={team} onChange={setTeamId} />
          <MonthField value={month} onChange={setMonth} maxMonth={monthOf(today)} />
        </Group>
        {canConfirm && sheet.data && sheet.data.confirmed === null && <ConfirmMonthButton month={month} />}
      </Group>
      {list.length === 0 ? (
        <Alert color="gray">{t('ratings.noTeams')}</Alert>
      ) : team === null ? (
        <Alert color="gray">{t('ratings.chooseTeam')}</Alert>
      ) : (
        <RatingSheet key={`${team}-${month}`} teamId={team} month={month} />
      )}
    </Stack>
  );
}
