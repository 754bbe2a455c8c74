import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vi } from '../../../i18n/vi';
import { DateField } from '../../../components/DateField';
import type { AuditFilters as Filters } from './hooks';
import { useResidentOptions } from './hooks';

interface Props {
  value: Filters;
  onChange: (next: Filters) => void;
}

// Every command and entity the viewer can name; the keys are the same in every language.
const methodKeys = Object.keys(vi.admin.auditMethods);
const entityKeys = Object.keys(vi.admin.entities);

/** The viewer's filters; each is applied by the back end, so the total and the pages stay right. */
export function AuditFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof Filters>(key: K, v: Filters[K] | null | '') => onChange({ ...value, [key]: v === null || v === '' ? undefined : v });
  // Typed text filters reach the back end once the typing pauses.
  const [username, setUsername] = useState(value.username ?? '');
  const [entityId, setEntityId] = useState(value.entityId ?? '');
  const [typed] = useDebouncedValue({ username: username.trim(), entityId: entityId.trim() }, 300);
  useEffect(() => {
    if (typed.username !== (value.username ?? '') || typed.entityId !== (value.entityId ?? '')) {
      onChange({ ...value, username: typed.username || undefined, entityId: typed.entityId || undefined });
    }
    // Only the settled text triggers this; the other filters are passed through as they are.
  }, [typed.username, typed.entityId]);

  const [residentSearch, setResidentSearch] = useState('');
  const [residentLabel, setResidentLabel] = useState<{ value: string; label: string } | null>(null);
  const [residentQuery] = useDebouncedValue(residentSearch.trim(), 250);
  const residents = useResidentOptions(residentQuery);
  const residentData = (residents.data?.rows ?? []).map((r) => ({ value: String(r.stayId), label: `${r.fullName} · ${r.fileNumber}` }));
  if (residentLabel && !residentData.some((o) => o.value === residentLabel.value)) residentData.unshift(residentLabel);

  const clear = () => {
    setUsername('');
    setEntityId('');
    setResidentLabel(null);
    onChange({});
  };
  const any = Object.values(value).some((v) => v !== undefined);

  return (
    <Group align="end" mb="sm" wrap="wrap" gap="sm">
      <TextInput
        label={t('admin.auditViewer.user')}
        placeholder={t('admin.auditViewer.userPlaceholder')}
        value={username}
        onChange={(e) => setUsername(e.currentTarget.value)}
        w={160}
      />
      <DateField label={t('admin.auditViewer.from')} value={value.from ?? null} onChange={(v) => set('from', v)} clearable w={140} />
      <DateField label={t('admin.auditViewer.to')} value={value.to ?? null} onChange={(v) => set('to', v)} clearable w={140} />
      <Select
        label={t('admin.auditViewer.method')}
        placeholder={t('admin.auditViewer.any')}
        searchable
        clearable
        w={260}
        data={methodKeys.map((m) => ({ value: m, label: t(`admin.auditMethods.${m as keyof typeof vi.admin.auditMethods}`) }))}
        value={value.method ?? null}
        onChange={(v) => set('method', v)}
      />
      <Select
        label={t('admin.auditViewer.entity')}
        placeholder={t('admin.auditViewer.any')}
        searchable
        clearable
        w={220}
        data={entityKeys.map((e) => ({ value: e, label: t(`admin.entities.${e as keyof typeof vi.admin.entities}`) }))}
        value={value.entity ?? null}
        onChange={(v) => set('entity', v)}
      />
      <TextInput label={t('admin.auditViewer.entityId')} value={entityId} onChange={(e) => setEntityId(e.currentTarget.value)} w={110} />
      <Select
        label={t('admin.auditViewer.resident')}
        placeholder={t('admin.auditViewer.residentPlaceholder')}
        searchable
        clearable
        w={300}
        data={residentData}
        // The back end already matched the search (without accents); Mantine must not filter again.
        filter={({ options }) => options}
        searchValue={residentSearch}
        onSearchChange={setResidentSearch}
        value={value.stayId === undefined ? null : String(value.stayId)}
        onChange={(v, option) => {
          setResidentLabel(v === null || !option ? null : { value: v, label: option.label });
          set('stayId', v === null ? null : Number(v));
        }}
      />
      {any && (
        <Button variant="subtle" onClick={clear}>
          {t('admin.auditViewer.clear')}
        </Button>
      )}
    </Group>
  );
}
