import { Button, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { PageTitle } from '../../components/PageTitle';
import { formatNumber } from '../../format/format';
import { navigate } from '../../router/history';
import { residentsPage, type Scope } from './hooks';
import { ResidentTable } from './ResidentTable';

export function ResidentsScreen() {
  const { t } = useTranslation();
  const canAdmit = useCan('admissions.write');
  const [search, setSearch] = useState('');
  const [scope, setScope] = useState<Scope>('present');
  const [query] = useDebouncedValue(search.trim(), 250);
  const first = useQuery(residentsPage(scope, query, 0));
  const total = first.data?.total;

  return (
    <>
      <PageTitle
        actions={
          canAdmit ? (
            <Button variant="light" onClick={() => navigate('/tiep-nhan')}>
              {t('residents.newAdmission')}
            </Button>
          ) : undefined
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
          onChange={(v) => setScope(v as Scope)}
          data={[
            { value: 'present', label: t('residents.scopePresent') },
            { value: 'all', label: t('residents.scopeAll') },
          ]}
        />
        {total !== undefined && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t(scope === 'present' ? 'residents.count' : 'residents.countAll', { n: formatNumber(total) })}
          </Text>
        )}
      </Group>
      <ResidentTable scope={scope} query={query} first={first} />
    </>
  );
}
