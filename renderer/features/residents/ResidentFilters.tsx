import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageGroups } from '../../../shared/domain/age-groups';
import { stayKinds, stayStates } from '../../../shared/domain/vocabulary';
import { useBedBoard } from '../beds/hooks';
import type { ListFilters } from './hooks';

export type FilterValues = Pick<ListFilters, 'areaId' | 'kind' | 'sex' | 'ageGroup' | 'state'>;

export const noFilters: FilterValues = {};

interface Props {
  scope: ListFilters['scope'];
  value: FilterValues;
  onChange: (next: FilterValues) => void;
}

/** The list's filters; every one is applied by the back end, so counts and paging stay right. */
export function ResidentFilters({ scope, value, onChange }: Props) {
  const { t } = useTranslation();
  const board = useBedBoard();
  const set = <K extends keyof FilterValues>(key: K, v: FilterValues[K] | null) => onChange({ ...value, [key]: v ?? undefined });
  const states = stayStates.filter((s) => scope === 'all' || s !== 'discharged');
  const any = Object.values(value).some((v) => v !== undefined);

  return (
    <Group align="end" mb="sm" wrap="wrap" gap="sm">
      <Select
        label={t('residents.filter.area')}
        placeholder={t('residents.filter.any')}
        clearable
        w={200}
        data={(board.data ?? []).map((a) => ({ value: String(a.id), label: `${a.code} · ${a.name}` }))}
        value={value.areaId === undefined ? null : String(value.areaId)}
        onChange={(v) => set('areaId', v === null ? null : Number(v))}
      />
      <Select
        label={t('residents.filter.kind')}
        placeholder={t('residents.filter.any')}
        clearable
        w={260}
        data={stayKinds.map((k) => ({ value: k, label: t(`stayKind.${k}`) }))}
        value={value.kind ?? null}
        onChange={(v) => set('kind', v as FilterValues['kind'] | null)}
      />
      <Select
        label={t('residents.filter.sex')}
        placeholder={t('residents.filter.any')}
        clearable
        w={120}
        data={(['male', 'female'] as const).map((s) => ({ value: s, label: t(`sex.${s}`) }))}
        value={value.sex ?? null}
        onChange={(v) => set('sex', v as FilterValues['sex'] | null)}
      />
      <Select
        label={t('residents.filter.ageGroup')}
        placeholder={t('residents.filter.any')}
        clearable
        w={150}
        data={ageGroups.map((g) => ({ value: g, label: t(`residents.ageGroup.${g}`) }))}
        value={value.ageGroup ?? null}
        onChange={(v) => set('ageGroup', v as FilterValues['ageGroup'] | null)}
      />
      <Select
        label={t('residents.filter.state')}
        placeholder={t('residents.filter.any')}
        clearable
        w={170}
        data={states.map((s) => ({ value: s, label: t(`stayState.${s}`) }))}
        value={value.state ?? null}
        onChange={(v) => set('state', v as FilterValues['state'] | null)}
      />
      {any && (
        <Button variant="subtle" onClick={() => onChange(noFilters)}>
          {t('residents.filter.clear')}
        </Button>
      )}
    </Group>
  );
}
