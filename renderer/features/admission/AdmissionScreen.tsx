import { Alert, Button, Card, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sex } from '../../../shared/contract/fields';
import { vnDate } from '../../../shared/domain/dates';
import { normaliseFullName } from '../../../shared/domain/names';
import { useCan } from '../../app/current-user';
import { residentPath } from '../../app/routes';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { required, requiredNumber } from '../../components/form-values';
import { navigate } from '../../router/history';
import { Link } from '../../router/Link';
import { useBedBoard } from '../beds/hooks';
import { freeBedOptions } from './bed-options';
import { useAdmitCompulsoryAdult } from './hooks';
import { ProvinceSelect } from './ProvinceSelect';

/** Every path the back end may name in an issue; each has an input below that shows its message. */
const fields = [
  'person.fullName',
  'person.birthDate',
  'person.sex',
  'person.citizenId',
  'person.residence.province',
  'person.residence.commune',
  'person.residence.address',
  'decision.court',
  'decision.decisionNumber',
  'decision.decisionDate',
  'decision.termMonths',
  'broughtInOn',
  'bedId',
] as const;

function initialValues() {
  return {
    person: {
      fullName: '',
      birthDate: null as string | null,
      sex: '' as Sex | '',
      citizenId: '',
      residence: { province: null as string | null, commune: '', address: '' },
    },
    decision: { court: '', decisionNumber: '', decisionDate: null as string | null, termMonths: '' as number | string },
    // Residents are usually entered on the day they are brought in.
    broughtInOn: vnDate(new Date()) as string | null,
    bedId: null as number | null,
  };
}

type Values = ReturnType<typeof initialValues>;

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

function toInput(v: Values) {
  return {
    person: {
      fullName: v.person.fullName,
      birthDate: required(v.person.birthDate),
      sex: required(v.person.sex),
      citizenId: v.person.citizenId,
      residence: {
        province: required(v.person.residence.province),
        commune: v.person.residence.commune,
        address: v.person.residence.address.trim() || undefined,
      },
    },
    decision: {
      court: v.decision.court,
      decisionNumber: v.decision.decisionNumber,
      decisionDate: required(v.decision.decisionDate),
      termMonths: requiredNumber(v.decision.termMonths),
    },
    broughtInOn: required(v.broughtInOn),
    bedId: required(v.bedId),
  };
}

function AdmissionForm() {
  const { t } = useTranslation();
  const admit = useAdmitCompulsoryAdult();
  const board = useBedBoard();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: initialValues() });
  const sex = form.values.person.sex;

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    admit.mutate(toInput(values), {
      onSuccess: (result) => {
        notifications.show({
          color: 'teal',
          title: t('admission.successTitle'),
          message: t('admission.success', { name: normaliseFullName(values.person.fullName), fileNumber: result.fileNumber }),
        });
        navigate(residentPath(result.stayId));
      },
      onError: (error) => {
        const split = splitApiError(error, fields);
        form.setErrors(split.fieldErrors);
        setGeneral(split.general);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    });
  });

  const bedGroups = board.data && sex ? freeBedOptions(board.data, sex) : [];
  const noBedsAtAll = board.data !== undefined && board.data.every((a) => a.counts.beds === 0);

  return (
    <form onSubmit={submit} noValidate>
      <Title order={2}>{t('admission.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('admission.intro')}
      </Text>
      <FormAlert messages={general} />
      <Stack gap="md" maw={980}>
        <Card>
          <Title order={4} mb="sm">
            {t('admission.person')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput label={t('admission.fullName')} withAsterisk autoFocus {...form.getInputProps('person.fullName')} />
            <DateField label={t('admission.birthDate')} withAsterisk {...form.getInputProps('person.birthDate')} />
            <Radio.Group
              label={t('admission.sex')}
              withAsterisk
              {...form.getInputProps('person.sex')}
              onChange={(value) => {
                form.setFieldValue('person.sex', value as Sex);
                // A bed chosen for the other sex is no longer on the list.
                form.setFieldValue('bedId', null);
              }}
            >
              <Group mt={6}>
                <Radio value="male" label={t('sex.male')} />
                <Radio value="female" label={t('sex.female')} />
              </Group>
            </Radio.Group>
            <TextInput
              label={t('admission.citizenId')}
              description={t('admission.citizenIdHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              withAsterisk
              inputMode="numeric"
              {...form.getInputProps('person.citizenId')}
            />
          </SimpleGrid>
          <Title order={5} mt="md" mb="xs">
            {t('admission.residence')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ProvinceSelect
              label={t('admission.province')}
              placeholder={t('admission.provincePlaceholder')}
              withAsterisk
              {...form.getInputProps('person.residence.province')}
            />
            <TextInput label={t('admission.commune')} withAsterisk {...form.getInputProps('person.residence.commune')} />
            <TextInput label={t('admission.address')} {...form.getInputProps('person.residence.address')} />
          </SimpleGrid>
        </Card>

        <Card>
          <Title order={4} mb="sm">
            {t('admission.decision')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('admission.court')}
              placeholder={t('admission.courtPlaceholder')}
              withAsterisk
              {...form.getInputProps('decision.court')}
            />
            <TextInput label={t('admission.decisionNumber')} withAsterisk {...form.getInputProps('decision.decisionNumber')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <DateField label={t('admission.decisionDate')} withAsterisk {...form.getInputProps('decision.decisionDate')} />
            <NumberInput
              label={t('admission.termMonths')}
              withAsterisk
              min={1}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('decision.termMonths')}
            />
            <DateField label={t('admission.broughtInOn')} withAsterisk {...form.getInputProps('broughtInOn')} />
          </SimpleGrid>
        </Card>

        <Card>
          <Title order={4} mb="sm">
            {t('admission.placement')}
          </Title>
          {noBedsAtAll ? (
            <Alert color="yellow">
              {t('admission.noBeds')} <Link to="/giuong">{t('nav.beds')}</Link>
            </Alert>
          ) : (
            <>
            {sex && board.data && bedGroups.length === 0 && (
              <Alert color="yellow" mb="sm">
                {t('admission.noFreeBeds', { sex: t(`sex.${sex}`).toLowerCase() })} <Link to="/giuong">{t('nav.beds')}</Link>
              </Alert>
            )}
            <Select<number>
              label={t('admission.bed')}
              withAsterisk
              maw={420}
              searchable
              disabled={!sex}
              placeholder={sex ? t('admission.bedPlaceholder') : t('admission.bedChooseSex')}
              data={bedGroups}
              {...form.getInputProps('bedId')}
            />
            </>
          )}
        </Card>

        <Group>
          <Button type="submit" size="md" loading={admit.isPending}>
            {t('admission.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
