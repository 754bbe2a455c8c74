import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresentResidents } from './hooks';

/**
 * Whom to discharge: a search over the residents still in the facility (name without accents, citizen ID, file
 * number), answered by the back end so 1.500 residents never load at once.
 */
export function ResidentPicker({ value, label, onChange }: { value: number | null; label: string | null; onChange: (stayId: number) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const list = usePresentResidents(query);
  const rows = list.data?.rows ?? [];
  const data = rows.map((r) => ({ value: String(r.stayId), label: `${r.fullName} · ${r.fileNumber}` }));
  // The chosen resident stays listed while another search runs.
  const selected = value !== null && !data.some((d) => d.value === String(value)) ? [{ value: String(value), label: label ?? String(value) }] : [];
  return (
    <Select
      label={t('discharge.resident')}
      placeholder={t('discharge.residentPlaceholder')}
      searchable
      clearable={false}
      w={420}
      data={[...selected, ...data]}
      value={value === null ? null : String(value)}
      onChange={(v) => v && onChange(Number(v))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={list.isFetching ? t('common.loading') : t('discharge.residentNothing')}
    />
  );
}
