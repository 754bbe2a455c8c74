import { Card, Checkbox, Group, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdmissionForm } from './form';

const diseases = ['hiv', 'tuberculosis', 'hepatitis'] as const;

/**
 * Health on arrival. HIV/AIDS, pulmonary TB and viral hepatitis are group A/B diseases (DOMAIN §5): ticking one
 * ticks the infectious-area flag, which the officer may untick for a case already treated.
 */
export function HealthSection({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const tick = (name: (typeof diseases)[number], checked: boolean) => {
    form.setFieldValue(`health.${name}`, checked);
    if (checked && !form.values.health.infectiousGroupAB) {
      form.setFieldValue('health.infectiousGroupAB', true);
      form.setFieldValue('bedId', null);
    }
  };
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('admission.health')}
      </Title>
      <Textarea
        label={t('admission.onArrival')}
        placeholder={t('admission.onArrivalPlaceholder')}
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('health.onArrival')}
      />
      <Text size="sm" fw={500} mt="sm" mb={6}>
        {t('admission.findings')}
      </Text>
      <Group>
        {diseases.map((d) => (
          <Checkbox key={d} label={t(`admission.${d}`)} checked={form.values.health[d]} onChange={(e) => tick(d, e.currentTarget.checked)} />
        ))}
        <Checkbox label={t('admission.mentalDisorder')} {...form.getInputProps('health.mentalDisorder', { type: 'checkbox' })} />
      </Group>
      <Checkbox
        mt="sm"
        color="red"
        label={t('admission.infectiousGroupAB')}
        checked={form.values.health.infectiousGroupAB}
        onChange={(e) => {
          form.setFieldValue('health.infectiousGroupAB', e.currentTarget.checked);
          // The fitting beds change with the flag.
          form.setFieldValue('bedId', null);
        }}
      />
    </Card>
  );
}
