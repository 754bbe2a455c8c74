import { Button, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { formatNumber } from '../../format/format';
import { navigate } from '../../router/history';
import { residentsPage, type ListFilters, type Scope } from './hooks';
import { noFilters, ResidentFilters, type FilterValues } from './ResidentFilters';
import { ResidentTable } from './ResidentTable';

/** The search, scope and filters last used, so coming back from a profile finds the list as it was left. */
let remembered = { search: '', scope: 'present' as Scope, filters: noFilters };

export function ResidentsScreen() {
  const { t } = useTranslation();
  const canAdmit = useCan('admissions.write');
  const [search, setSearch] = useState(remembered.search);
  const [scope, setScope] = useState<Scope>(remembered.scope);
  const [filterValues, setFilterValues] = useState<FilterValues>(remembered.filters);
  const [query] = useDebouncedValue(search.trim(), 250);
  useEffect(() => {
    remembered = { search, scope, filters: filterValues };
  }, [search, scope, filterValues]);
  const filters: ListFilters = { ...filterValues, scope, query };
  const filtered = Object.values(filterValues).some((v) => v !== undefined);
  const first = useQuery(residentsPage(filters, 0));
  const shown = { ...filters, query: query || undefined };
  const total = first.data?.total;

  const changeScope = (next: Scope) => {
    setScope(next);
    // A closed stay is never among the present residents.
    if (next === 'present' && filterValues.state === 'discharged') setFilterValues({ ...filterValues, state: undefined });
  };

  return (
    <>
      <PageTitle
        actions={
          <Group gap="sm">
            <ExportButton
              method="exports.residents"
              input={shown}
              choices={[
                { label: t('exports.residentsShown'), input: shown },
                { label: t('exports.residentsAll'), input: { allStays: true } },
              ]}
            />
            {canAdmit && (
              <Button variant="light" onClick={() => navigate('/tiep-nhan')}>
                {t('residents.newAdmission')}
              </Button>
            )}
          </Group>
        }
      >
        {t('residents.title')}
      </PageTitle>
      <Group align="end" mb="sm" wrap="wrap">
        <TextInput
          label={t('residents.search')}
          placeholder={t('residents.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          autoFocus
          w={420}
          maw="100%"
        />
        <SegmentedControl
          aria-label={t('residents.scope')}
          value={scope}
          onChange={(v) => changeScope(v as Scope)}
          data={[
            { value: 'present', label: t('residents.scopePresent') },
            { value: 'all', label: t('residents.scopeAll') },
          ]}
        />
        {total !== undefined && (
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="residents-count">
            {t(scope === 'present' ? 'residents.count' : 'residents.countAll', { n: formatNumber(total) })}
          </Text>
        )}
      </Group>
      <ResidentFilters scope={scope} value={filterValues} onChange={setFilterValues} />
      <ResidentTable filters={filters} filtered={filtered} first={first} />
    </>
  );
}
