import { Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { DischargeValues } from './discharge-form';

/** A minor leaves into someone's hands: the family or the commune, who received them and in what capacity (Mẫu 47). */
export function MinorHandoverFields({ form }: { form: UseFormReturnType<DischargeValues> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={5} mb="xs">
        {t('discharge.handoverTitle')}
      </Title>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4} id="handover-to-label">
            {t('discharge.handoverTo')}
          </Text>
          <SegmentedControl
            aria-labelledby="handover-to-label"
            data={[
              { value: 'family', label: t('discharge.handoverFamily') },
              { value: 'commune', label: t('discharge.handoverCommune') },
            ]}
            {...form.getInputProps('handedTo.to')}
          />
        </div>
        <Group grow align="flex-start">
          <TextInput label={t('discharge.handoverName')} withAsterisk {...form.getInputProps('handedTo.name')} />
          <TextInput label={t('discharge.handoverRelation')} withAsterisk {...form.getInputProps('handedTo.relation')} />
        </Group>
      </Stack>
    </Card>
  );
}
