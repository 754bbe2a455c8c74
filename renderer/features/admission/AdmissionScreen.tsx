import { Alert, Button, Card, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stayKinds, type StayKind } from '../../../shared/domain/vocabulary';
import { ApiError } from '../../api/client';
import { useCan } from '../../app/current-user';
import { residentPath } from '../../app/routes';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { navigate } from '../../router/history';
import { BedSection } from './BedSection';
import { formFields, formPathOf, initialValues, toInput, type AdmissionValues } from './form-model';
import { HandoverSection } from './HandoverSection';
import { HealthSection } from './HealthSection';
import { useAdmit } from './hooks';
import { LegalBasisSection } from './LegalBasisSection';
import { PersonSection } from './PersonSection';
import { showAdmitted } from './success';

export function AdmissionScreen() {
  const { t } = useTranslation();
  const canAdmit = useCan('admissions.write');
  if (!canAdmit) {
    return (
      <>
        <Title order={2} mb="md">
          {t('admission.title')}
        </Title>
        <Alert color="gray">{t('admission.forbidden')}</Alert>
      </>
    );
  }
  return <AdmissionForm />;
}

/** A refusal spread over the form: each issue under the input that shows it, the rest above the form. */
function splitErrors(error: unknown, values: AdmissionValues) {
  const mapped =
    error instanceof ApiError
      ? new ApiError({ code: error.code, message: error.message, issues: error.issues.map((i) => ({ ...i, field: formPathOf(i.field, values) })) })
      : error;
  return splitApiError(mapped, formFields(values));
}

function KindChooser({ value, onChange }: { value: StayKind | null; onChange: (kind: StayKind) => void }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Radio.Group label={<Title order={4}>{t('admission.kind')}</Title>} withAsterisk value={value ?? ''} onChange={(v) => onChange(v as StayKind)}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mt="xs">
          {stayKinds.map((k) => (
            <Radio.Card key={k} value={k} p="sm" radius="md">
              <Group wrap="nowrap" align="flex-start" gap="xs">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {t(`stayKind.${k}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`admission.kindHint.${k}`)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Card>
  );
}

function AdmissionForm() {
  const { t } = useTranslation();
  const admit = useAdmit();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: initialValues() });
  const kind = form.values.kind;

  const chooseKind = (next: StayKind) => {
    form.setFieldValue('kind', next);
    // Another kind lives in other areas; the bed chosen for the last one may not fit.
    form.setFieldValue('bedId', null);
    if (next === 'voluntary' && !form.values.contract.startsOn) form.setFieldValue('contract.startsOn', form.values.broughtInOn);
    form.clearErrors();
    setGeneral([]);
  };

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    admit.mutate(toInput(values), {
      onSuccess: (result) => {
        showAdmitted(t, values.person.fullName, result);
        navigate(residentPath(result.stayId));
      },
      onError: (error) => {
        const split = splitErrors(error, values);
        form.setErrors(split.fieldErrors);
        setGeneral(split.general);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Title order={2}>{t('admission.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('admission.intro')}
      </Text>
      <FormAlert messages={general} />
      <Stack gap="md" maw={1180}>
        <KindChooser value={kind} onChange={chooseKind} />
        {kind && (
          <>
            <PersonSection form={form} />
            <LegalBasisSection form={form} />
            <HealthSection form={form} />
            <HandoverSection form={form} />
            <BedSection form={form} />
            <Group>
              <Button type="submit" size="md" loading={admit.isPending}>
                {t('admission.submit')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
