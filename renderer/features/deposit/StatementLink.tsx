import { Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { Link } from '../../router/Link';
import { depositStatementPrintPath } from '../print/paths';
import { defaultPeriod, periodOf } from './deposit-model';
import { ExportButton } from '../../components/ExportButton';

/** The period of the statement (admission to today unless changed) and the link that prints it. */
export function StatementLink({ stayId, admittedOn, dischargedOn }: { stayId: number; admittedOn: string; dischargedOn: string | null }) {
  const { t } = useTranslation();
  const initial = defaultPeriod(admittedOn, vnDate(new Date()), dischargedOn);
  const [from, setFrom] = useState<string | null>(initial.from);
  const [to, setTo] = useState<string | null>(initial.to);
  const period = periodOf(from ?? undefined, to ?? undefined);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <DateField size="xs" w={130} label={t('deposit.from')} value={from} onChange={setFrom} />
      <DateField size="xs" w={130} label={t('deposit.to')} value={to} onChange={setTo} error={from && to && !period ? t('deposit.periodInvalid') : undefined} />
      {period && (
        <>
          <Link to={depositStatementPrintPath(stayId, period.from, period.to)} size="sm" mb={6}>
            {t('deposit.statement')}
          </Link>
          <ExportButton method="exports.depositStatement" input={{ stayId, from: period.from, to: period.to }} size="xs" />
        </>
      )}
    </Group>
  );
}
