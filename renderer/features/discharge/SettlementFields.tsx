import { Card, Checkbox, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../print/print-text';
import { settlementTotals, wholeNumber, type DischargeValues, type Prepared } from './discharge-form';
import { SettlementItems } from './SettlementItems';

interface Props {
  prepared: Prepared;
  /** Whether the chosen reason issues a certificate, so handing it over can be ticked. */
  withCertificate: boolean;
  form: UseFormReturnType<DischargeValues>;
}

/** The settlement checklist before the stay closes: items returned, road meals, fare, clothes, certificate, total. */
export function SettlementFields({ prepared, withCertificate, form }: Props) {
  const { t } = useTranslation();
  const s = form.values.settlement;
  const rule = prepared.roadMeals;
  const { roadMealDong, totalDong } = settlementTotals(s.roadMealDays, rule, s.fareDong);
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t('discharge.settlementTitle')}
      </Title>
      <Stack gap="sm">
        <Title order={5}>{t('discharge.itemsHeading')}</Title>
        <SettlementItems items={prepared.items} form={form} />
        <Group grow align="flex-start">
          <NumberInput
            label={t('discharge.roadMealDays')}
            description={t('discharge.roadMealRule', { rate: formatMoney(rule.dongPerDay), max: rule.maxDays })}
            min={0}
            max={rule.maxDays}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('settlement.roadMealDays')}
          />
          <NumberInput
            label={t('discharge.fareDong')}
            description={t('discharge.fareHint')}
            min={0}
            step={1000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('settlement.fareDong')}
          />
        </Group>
        <Text size="sm" data-testid="road-meal-amount">
          {t('discharge.roadMealAmount', {
            days: wholeNumber(s.roadMealDays),
            rate: formatMoney(rule.dongPerDay),
            amount: formatMoney(roadMealDong),
            citation: rule.citation,
          })}
        </Text>
        <Group gap="xl">
          <Checkbox label={t('discharge.clothes')} {...form.getInputProps('settlement.clothes', { type: 'checkbox' })} />
          {withCertificate && (
            <Checkbox label={t('discharge.certificateHandedOver')} {...form.getInputProps('settlement.certificateHandedOver', { type: 'checkbox' })} />
          )}
        </Group>
        <Textarea label={t('discharge.settlementNote')} autosize minRows={1} {...form.getInputProps('settlement.note')} />
        <Text size="sm" data-testid="settlement-deposit">
          {t('deposit.settlementLine', { amount: formatMoney(prepared.depositBalanceDong) })}
        </Text>
        <Text fw={700} data-testid="settlement-total">
          {t('discharge.total', { amount: formatMoney(totalDong + prepared.depositBalanceDong) })}
        </Text>
      </Stack>
    </Card>
  );
}
