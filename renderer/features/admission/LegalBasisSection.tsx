import { Card, NumberInput, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { priorityGroups } from '../../../shared/domain/vocabulary';
import { DateField } from '../../components/DateField';
import type { AdmissionForm } from './form';

function CourtDecision({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={5} mb="xs">
        {t('admission.decision')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('admission.court')} placeholder={t('admission.courtPlaceholder')} withAsterisk {...form.getInputProps('decision.court')} />
        <TextInput label={t('admission.decisionNumber')} withAsterisk {...form.getInputProps('decision.decisionNumber')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
        <DateField label={t('admission.decisionDate')} withAsterisk {...form.getInputProps('decision.decisionDate')} />
        <NumberInput label={t('admission.termMonths')} withAsterisk min={1} allowDecimal={false} allowNegative={false} {...form.getInputProps('decision.termMonths')} />
        <NumberInput
          label={t('admission.heldDays')}
          description={t('admission.heldDaysHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('heldDays')}
        />
      </SimpleGrid>
    </>
  );
}

function Contract({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={5} mb="xs">
        {t('admission.contract')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput label={t('admission.contractNumber')} withAsterisk {...form.getInputProps('contract.contractNumber')} />
        <DateField label={t('admission.signedOn')} withAsterisk {...form.getInputProps('contract.signedOn')} />
        <DateField label={t('admission.startsOn')} withAsterisk {...form.getInputProps('contract.startsOn')} />
        <DateField label={t('admission.endsOn')} withAsterisk {...form.getInputProps('contract.endsOn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
        <NumberInput
          label={t('admission.feeDong')}
          withAsterisk
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
          suffix=" đ"
          {...form.getInputProps('contract.feeDong')}
        />
        <TextInput label={t('admission.payer')} withAsterisk {...form.getInputProps('contract.payer')} />
        <Select
          label={t('admission.priorityGroup')}
          allowDeselect={false}
          data={priorityGroups.map((g) => ({ value: g, label: t(`admission.priority.${g}`) }))}
          {...form.getInputProps('contract.priorityGroup')}
        />
      </SimpleGrid>
    </>
  );
}

function Management({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={5} mb="xs">
        {t('admission.management')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('admission.decisionNumber')} withAsterisk {...form.getInputProps('management.decisionNumber')} />
        <DateField label={t('admission.decisionDate')} withAsterisk {...form.getInputProps('management.decisionDate')} />
        <TextInput label={t('admission.issuer')} withAsterisk {...form.getInputProps('management.issuer')} />
      </SimpleGrid>
    </>
  );
}

function Referral({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={5} mb="xs">
        {t('admission.referral')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('admission.referralNumber')} withAsterisk {...form.getInputProps('referral.documentNumber')} />
        <DateField label={t('admission.referralDate')} withAsterisk {...form.getInputProps('referral.documentDate')} />
        <TextInput label={t('admission.referralIssuer')} withAsterisk {...form.getInputProps('referral.issuer')} />
      </SimpleGrid>
    </>
  );
}

/** The legal basis of the kind chosen, and the day the person was brought in. */
export function LegalBasisSection({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const kind = form.values.kind;
  if (!kind) return null;
  return (
    <Card>
      <Title order={4} mb="xs">
        {t('admission.legal')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`admission.kindHint.${kind}`)}
      </Text>
      {(kind === 'compulsory_adult' || kind === 'compulsory_minor') && <CourtDecision form={form} />}
      {kind === 'voluntary' && <Contract form={form} />}
      {kind === 'pending_decision' && <Management form={form} />}
      {kind === 'assessment' && <Referral form={form} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
        <DateField
          label={t('admission.broughtInOn')}
          withAsterisk
          {...form.getInputProps('broughtInOn')}
          onChange={(value) => {
            // A voluntary contract starts the day the person comes in; keep the two together unless changed apart.
            if (kind === 'voluntary' && form.values.contract.startsOn === form.values.broughtInOn) form.setFieldValue('contract.startsOn', value);
            form.setFieldValue('broughtInOn', value);
          }}
        />
      </SimpleGrid>
    </Card>
  );
}
