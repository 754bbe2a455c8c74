import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';

type Team = MethodOutput<'teams.list'>['teams'][number];

/** "Tổ/đội": one team, searchable by name. */
export function TeamSelect({ teams, value, onChange }: { teams: Team[]; value: number | null; onChange: (teamId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('ratings.team')}
      data={teams.map((team) => ({ value: String(team.id), label: team.name }))}
      value={value === null ? null : String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      searchable
      w={260}
    />
  );
}
