import { Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodConventions, periodKinds, type PeriodConvention, type PeriodKind } from '../../../shared/domain/report-period';
import { DateField } from '../../components/DateField';
import { periodOf, rangeText, type PeriodForm } from './period-model';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

interface Props {
  form: PeriodForm;
  onChange: (form: PeriodForm) => void;
  /** The back end's messages keyed by "period.<field>". */
  errors: Record<string, string>;
}

/** "Kỳ báo cáo": the kind of period, its convention and its month, quarter, half or dates, with the range it covers. */
export function PeriodPicker({ form, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<PeriodForm>) => onChange({ ...form, ...patch });
  const range = rangeText(periodOf(form));
  return (
    <Stack gap={6}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Select
          label={t('reports.period.kind')}
          data={periodKinds.map((k) => ({ value: k, label: t(`reports.period.kinds.${k}`) }))}
          value={form.kind}
          onChange={(v) => v && set({ kind: v as PeriodKind })}
          allowDeselect={false}
          w={140}
        />
        {form.kind === 'custom' ? (
          <>
            <DateField label={t('reports.period.from')} value={form.from} onChange={(v) => set({ from: v })} error={errors['period.from']} w={150} />
            <DateField label={t('reports.period.to')} value={form.to} onChange={(v) => set({ to: v })} error={errors['period.to']} w={150} />
          </>
        ) : (
          <>
            <Select
              label={t('reports.period.convention')}
              data={periodConventions.map((c) => ({ value: c, label: t(`reports.period.conventions.${c}`) }))}
              value={form.convention}
              onChange={(v) => v && set({ convention: v as PeriodConvention })}
              error={errors['period.convention']}
              allowDeselect={false}
              w={230}
            />
            <NumberInput
              label={t('reports.period.year')}
              value={form.year}
              onChange={(v) => set({ year: typeof v === 'number' ? v : Number(v) })}
              error={errors['period.year']}
              thousandSeparator={false}
              allowDecimal={false}
              w={100}
            />
            {form.kind === 'month' && (
              <Select
                label={t('reports.period.month')}
                data={numbers(12).map((n) => ({ value: n, label: t('reports.period.monthOption', { n }) }))}
                value={String(form.month)}
                onChange={(v) => v && set({ month: Number(v) })}
                error={errors['period.month']}
                allowDeselect={false}
                w={120}
              />
            )}
            {form.kind === 'quarter' && (
              <Select
                label={t('reports.period.quarter')}
                data={numbers(4).map((n) => ({ value: n, label: t('reports.period.quarterOption', { n }) }))}
                value={String(form.quarter)}
                onChange={(v) => v && set({ quarter: Number(v) })}
                error={errors['period.quarter']}
                allowDeselect={false}
                w={110}
              />
            )}
            {form.kind === 'half' && (
              <Select
                label={t('reports.period.half')}
                data={(['1', '2'] as const).map((n) => ({ value: n, label: t(`reports.period.halves.${n}`) }))}
                value={String(form.half)}
                onChange={(v) => v && set({ half: Number(v) })}
                error={errors['period.half']}
                allowDeselect={false}
                w={170}
              />
            )}
          </>
        )}
      </Group>
      {range && (
        <Text size="sm" data-testid="report-range">
          {t('reports.period.range')}: <b>{range}</b>
        </Text>
      )}
    </Stack>
  );
}
