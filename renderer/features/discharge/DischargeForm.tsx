import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { vnDate } from '../../../shared/domain/dates';
import { residentPath } from '../../app/routes';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { QueryStatus } from '../../components/QueryStatus';
import { Link } from '../../router/Link';
import { ConfirmDischargeModal } from './ConfirmDischargeModal';
import { DischargeDone } from './DischargeDone';
import {
  fieldsFor,
  initialDischargeValues,
  needsHandover,
  placeIssues,
  settlementTotals,
  toDischargeInput,
  type DischargeValues,
  type Prepared,
} from './discharge-form';
import { usePrepareDischarge, useRecordDischarge } from './hooks';
import { useReasonText } from './labels';
import { MinorHandoverFields } from './MinorHandoverFields';
import { ReasonFields } from './ReasonFields';
import { ReasonSelect } from './ReasonSelect';
import { SettlementFields } from './SettlementFields';
import { StaySummary } from './StaySummary';

/** Now in Vietnam as "HH:mm", the default time of a departure recorded as it happens. */
function vnTimeNow(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(11, 16);
}

/** The discharge of one stay: what discharge.prepare says applies today, then the form, then what to print. */
export function DischargeForm({ stayId, onAnother }: { stayId: number; onAnother: () => void }) {
  const { t } = useTranslation();
  const q = usePrepareDischarge(stayId);
  const [done, setDone] = useState<{ result: MethodOutput<'discharge.record'>; values: DischargeValues; name: string; handedOver: boolean } | null>(null);
  if (done) {
    return (
      <DischargeDone
        stayId={stayId}
        name={done.name}
        certificateNumber={done.result.certificateNumber}
        handedOver={done.handedOver}
        died={done.values.reason === 'died'}
        onAnother={onAnother}
      />
    );
  }
  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.stay.state === 'discharged') {
    return (
      <Alert color="gray">
        {t('discharge.alreadyDischarged')} <Link to={residentPath(stayId)}>{t('discharge.viewProfile')}</Link>
      </Alert>
    );
  }
  return (
    <Form
      prepared={q.data}
      onDone={(result, values) =>
        setDone({ result, values, name: q.data.stay.fullName, handedOver: needsHandover(q.data.stay.isMinor, values.reason) })
      }
    />
  );
}

function Form({ prepared, onDone }: { prepared: Prepared; onDone: (r: MethodOutput<'discharge.record'>, v: DischargeValues) => void }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const record = useRecordDischarge();
  const [general, setGeneral] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const { stay } = prepared;
  const today = vnDate(new Date());
  const form = useForm<DischargeValues>({ initialValues: initialDischargeValues(prepared, today, vnTimeNow()) });
  const option = prepared.reasons.find((r) => r.reason === form.values.reason);
  const handover = needsHandover(stay.isMinor, form.values.reason);
  const s = form.values.settlement;
  const { totalDong } = settlementTotals(s.roadMealDays, prepared.roadMeals, s.fareDong);

  const ask = form.onSubmit((v) => {
    setGeneral([]);
    if (!v.reason || !option) return form.setFieldError('reason', t('discharge.reasonPlaceholder'));
    if (!option.available) return form.setFieldError('reason', t('discharge.reasonUnavailable', { why: option.why ?? '' }));
    if (!v.occurredOn) return form.setFieldError('occurredOn', t('discharge.occurredOn'));
    setConfirming(true);
  });

  const confirm = () => {
    if (!option) return;
    const values = form.values;
    record.mutate(toDischargeInput(stay.stayId, values, option, stay.isMinor), {
      onSuccess: (result) => {
        setConfirming(false);
        onDone(result, values);
      },
      onError: (error) => {
        setConfirming(false);
        const placed = error.issues.length > 0 ? placeIssues(error.issues) : splitApiError(error, []);
        form.setErrors(placed.fieldErrors);
        setGeneral(placed.general);
      },
    });
  };

  return (
    <form onSubmit={ask} noValidate>
      <Stack gap="md" maw={1000}>
        <StaySummary stay={stay} />
        <FormAlert messages={general} />
        <ReasonSelect reasons={prepared.reasons} form={form} />
        <Group grow align="flex-start">
          <DateField label={t('discharge.occurredOn')} withAsterisk maxDate={today} {...form.getInputProps('occurredOn')} />
          <TextInput type="time" label={t('discharge.occurredTime')} {...form.getInputProps('occurredTime')} />
        </Group>
        <Text size="xs" c="dimmed" mt={-8}>
          {t('discharge.occurredHint')}
        </Text>
        <ReasonFields fields={fieldsFor(option)} form={form} />
        {handover && <MinorHandoverFields form={form} />}
        {option && <SettlementFields prepared={prepared} withCertificate={option.certificate !== null} form={form} />}
        <Group justify="flex-end">
          <Button type="submit" disabled={!option} loading={record.isPending}>
            {t('discharge.submit')}
          </Button>
        </Group>
      </Stack>
      {confirming && option && form.values.occurredOn && (
        <ConfirmDischargeModal
          name={stay.fullName}
          date={form.values.occurredOn}
          time={form.values.occurredTime}
          reason={reasonText(option.reason)}
          bedLabel={stay.bedLabel}
          issuesCertificate={option.certificate !== null}
          totalDong={totalDong + prepared.depositBalanceDong}
          pending={record.isPending}
          onConfirm={confirm}
          onClose={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
