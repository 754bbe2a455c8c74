import { Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { DischargeValues, ReasonOption } from './discharge-form';
import { useReasonText } from './labels';

/**
 * "Lý do ra cơ sở": every reason, those that make no sense for this stay now disabled with the back end's
 * reason shown under them; the chosen one says whether it issues a certificate.
 */
export function ReasonSelect({ reasons, form }: { reasons: ReasonOption[]; form: UseFormReturnType<DischargeValues> }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const why = new Map(reasons.map((r) => [r.reason, r.available ? null : r.why]));
  const chosen = reasons.find((r) => r.reason === form.values.reason);
  const description = chosen
    ? chosen.certificate
      ? t('discharge.certificateIssued', { kind: t(`discharge.certificateKinds.${chosen.certificate}`) })
      : t('discharge.noCertificate')
    : undefined;
  return (
    <Select
      label={t('discharge.reason')}
      placeholder={t('discharge.reasonPlaceholder')}
      withAsterisk
      allowDeselect={false}
      maxDropdownHeight={420}
      description={description}
      data={reasons.map((r) => ({ value: r.reason, label: reasonText(r.reason), disabled: !r.available }))}
      renderOption={({ option }) => {
        const because = why.get(option.value as ReasonOption['reason']);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {because && (
              <Text size="xs" c="red.8">
                {t('discharge.reasonUnavailable', { why: because })}
              </Text>
            )}
          </Stack>
        );
      }}
      {...form.getInputProps('reason')}
    />
  );
}
