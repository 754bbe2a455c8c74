import { Alert, Badge, Button, Card, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReturningCandidate } from '../../../shared/contract/admissions';
import { formatBirth, formatDateVN } from '../../format/format';
import type { AdmissionForm } from './form';
import { useReturningCandidates } from './hooks';

function useProbe(form: AdmissionForm) {
  const p = form.values.person;
  const year = typeof p.birthYear === 'number' && p.birthYear >= 1900 && p.birthYear <= 2100 ? p.birthYear : undefined;
  return {
    ...(p.citizenId.trim() ? { citizenId: p.citizenId.trim() } : {}),
    ...(p.fullName.trim() ? { fullName: p.fullName.trim() } : {}),
    ...(p.birthUnknown ? (year ? { birthYear: year } : {}) : p.birthDate ? { birthDate: p.birthDate } : {}),
  };
}

/** Takes the returning person: the new stay joins their history; empty identity fields take what the register holds. */
function confirm(form: AdmissionForm, c: ReturningCandidate) {
  const p = form.values.person;
  form.setFieldValue('personId', c.personId);
  form.setFieldValue('confirmNewPerson', false);
  form.clearFieldError('personId');
  if (!p.fullName.trim()) form.setFieldValue('person.fullName', c.fullName);
  if (!p.citizenId.trim() && c.citizenId) form.setFieldValue('person.citizenId', c.citizenId);
  if (!p.sex) form.setFieldValue('person.sex', c.sex);
  if (!p.birthDate && !p.birthUnknown) {
    if (c.birthDate) form.setFieldValue('person.birthDate', c.birthDate);
    else {
      form.setFieldValue('person.birthUnknown', true);
      form.setFieldValue('person.birthYear', c.birthYear);
    }
  }
  if (!p.residence.province && c.residence.province) form.setFieldValue('person.residence.province', c.residence.province);
  if (!p.residence.commune && c.residence.commune) form.setFieldValue('person.residence.commune', c.residence.commune);
  if (!p.residence.address && c.residence.address) form.setFieldValue('person.residence.address', c.residence.address);
}

function Candidate({ c, form }: { c: ReturningCandidate; form: AdmissionForm }) {
  const { t } = useTranslation();
  const residence = [c.residence.address, c.residence.commune, c.residence.province].filter(Boolean).join(', ');
  return (
    <Card withBorder padding="sm" role="group" aria-label={c.fullName}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{c.fullName}</Text>
            {c.reasons.map((r) => (
              <Badge key={r} variant="light" color="yellow">
                {t(`admission.returning.reasons.${r}`)}
              </Badge>
            ))}
          </Group>
          <Text size="sm">
            {t('admission.returning.born')} {formatBirth(c.birthDate, c.birthYear)} · {t(`sex.${c.sex}`)}
            {c.citizenId ? ` · ${t('admission.returning.citizenId')} ${c.citizenId}` : ''}
            {residence ? ` · ${residence}` : ''}
          </Text>
          <Text size="sm" fw={500}>
            {t('admission.returning.stays')}:
          </Text>
          <List size="sm" spacing={2}>
            {c.stays.map((s) => (
              <List.Item key={s.stayId}>
                {t('admission.returning.stay', {
                  fileNumber: s.fileNumber,
                  kind: t(`stayKind.${s.kind}`),
                  admittedOn: formatDateVN(s.admittedOn),
                  state: t(`stayState.${s.state}`),
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Button size="xs" onClick={() => confirm(form, c)}>
          {t('admission.returning.confirm')}
        </Button>
      </Group>
    </Card>
  );
}

/** People already in the register who may be this person, shown as soon as the identity says enough. */
export function ReturningPanel({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const candidates = useReturningCandidates(useProbe(form));
  const error = form.errors.personId;
  const chosen = candidates.data?.find((c) => c.personId === form.values.personId);

  if (form.values.personId !== null) {
    return (
      <Alert mt="md" color="teal" title={t('admission.returning.title')}>
        <Group justify="space-between">
          <Text size="sm">{t('admission.returning.chosen', { name: chosen?.fullName ?? form.values.person.fullName })}</Text>
          <Button size="xs" variant="subtle" onClick={() => form.setFieldValue('personId', null)}>
            {t('admission.returning.unchoose')}
          </Button>
        </Group>
        {error && (
          <Text size="sm" c="red" mt="xs" role="alert">
            {error}
          </Text>
        )}
      </Alert>
    );
  }
  const list = candidates.data ?? [];
  if (list.length === 0) {
    return error ? (
      <Alert mt="md" color="red" role="alert">
        {error}
      </Alert>
    ) : null;
  }
  const sameId = list.some((c) => c.reasons.includes('citizen_id'));
  return (
    <Alert mt="md" color="yellow" title={t('admission.returning.title')} role="region" aria-label={t('admission.returning.title')}>
      <Text size="sm" mb="sm">
        {t('admission.returning.intro')}
      </Text>
      <Stack gap="xs">
        {list.map((c) => (
          <Candidate key={c.personId} c={c} form={form} />
        ))}
      </Stack>
      {!sameId && (
        <Checkbox mt="sm" label={t('admission.returning.newPerson')} {...form.getInputProps('confirmNewPerson', { type: 'checkbox' })} />
      )}
      {error && (
        <Text size="sm" c="red" mt="xs" role="alert">
          {error}
        </Text>
      )}
    </Alert>
  );
}
