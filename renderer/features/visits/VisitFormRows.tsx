import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptyHandedIn, emptyVisitor, type VisitFormValues } from './visit-form';

type Form = UseFormReturnType<VisitFormValues>;

/** One row per visitor: name, relation, citizen ID; the number of rows is what the visitor limit counts. */
export function VisitorRows({ form }: { form: Form }) {
  const { t } = useTranslation();
  const error = form.errors.visitors;
  return (
    <Stack gap="xs">
      <Title order={6}>{t('visits.visitors')}</Title>
      {form.values.visitors.map((_, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap" data-testid="visitor-row">
          <TextInput label={t('visits.visitorName')} withAsterisk style={{ flex: 3 }} {...form.getInputProps(`visitors.${i}.name`)} />
          <TextInput label={t('visits.relation')} withAsterisk style={{ flex: 2 }} {...form.getInputProps(`visitors.${i}.relation`)} />
          <TextInput label={t('visits.idNumber')} inputMode="numeric" style={{ flex: 2 }} {...form.getInputProps(`visitors.${i}.idNumber`)} />
          <RemoveButton disabled={form.values.visitors.length === 1} onClick={() => form.removeListItem('visitors', i)} />
        </Group>
      ))}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('visitors', emptyVisitor())}>
          + {t('visits.addVisitor')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Money (amount in đồng) and items (quantity) handed in at the visit. */
export function HandedInRows({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={6}>{t('visits.handedIn')}</Title>
      {form.values.handedIn.map((h, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap" data-testid="handed-in-row">
          <Text size="sm" fw={600} w={64} mt={30}>
            {t(`visits.kind.${h.kind}`)}
          </Text>
          <TextInput label={t('visits.description')} withAsterisk style={{ flex: 3 }} {...form.getInputProps(`handedIn.${i}.description`)} />
          {h.kind === 'money' ? (
            <NumberInput
              label={t('visits.amount')}
              withAsterisk
              style={{ flex: 2 }}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator="."
              decimalSeparator=","
              suffix=" đ"
              {...form.getInputProps(`handedIn.${i}.amountDong`)}
            />
          ) : (
            <NumberInput
              label={t('visits.quantity')}
              style={{ flex: 1 }}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps(`handedIn.${i}.quantity`)}
            />
          )}
          <RemoveButton onClick={() => form.removeListItem('handedIn', i)} />
        </Group>
      ))}
      {form.values.handedIn.some((h) => h.kind === 'money') && (
        <Text size="xs" c="dimmed">
          {t('visits.depositNote')}
        </Text>
      )}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => form.insertListItem('handedIn', emptyHandedIn('money'))}>
          + {t('visits.addMoney')}
        </Button>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('handedIn', emptyHandedIn('item'))}>
          + {t('visits.addItem')}
        </Button>
      </Group>
    </Stack>
  );
}

function RemoveButton({ onClick, disabled }: { onClick: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" color="gray" mt={28} aria-label={t('visits.remove')} title={t('visits.remove')} onClick={onClick} disabled={disabled}>
      ×
    </ActionIcon>
  );
}
