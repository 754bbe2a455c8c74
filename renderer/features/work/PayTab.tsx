import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { useCan } from '../../app/current-user';
import { FormAlert } from '../../components/FormAlert';
import { QueryStatus } from '../../components/QueryStatus';
import { formatInstantVN } from '../../format/format';
import { Link } from '../../router/Link';
import { teamPaySummaryPrintPath } from '../print/paths';
import { MonthField } from '../ratings/MonthField';
import { formatMonthVN, monthOf, previousMonth } from '../ratings/rating-model';
import { ApprovePayButton } from './ApprovePayButton';
import { useDraftPay, usePayRun } from './hooks';
import { PayTables } from './PayTables';
import { formatDong } from './work-model';
import { ExportButton } from '../../components/ExportButton';

/** "Thanh toán tiền công": a month's pay run (the month before by default), drafted by the officer, approved by the head. */
export function PayTab({ initialMonth }: { initialMonth?: string }) {
  const { t } = useTranslation();
  const today = vnDate(new Date());
  const [month, setMonth] = useState(() => initialMonth ?? previousMonth(today));
  const canDraft = useCan('work.write');
  const canApprove = useCan('pay.approve');
  const q = usePayRun(month);
  const draft = useDraftPay();
  const [general, setGeneral] = useState<string[]>([]);
  const run = q.data?.run ?? null;

  const make = () => {
    setGeneral([]);
    draft.mutate(
      { month },
      {
        onSuccess: (r) => notifications.show({ color: 'teal', message: t('work.pay.made', { residents: r.residents, amount: formatDong(r.totalDong) }) }),
        onError: (error) => setGeneral([error.message]),
      },
    );
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between">
        <MonthField
          value={month}
          onChange={(m) => {
            setGeneral([]);
            setMonth(m);
          }}
          maxMonth={monthOf(today)}
        />
        <Group>
          {canDraft && run?.status !== 'approved' && q.data && (
            <Button variant={run ? 'light' : 'filled'} onClick={make} loading={draft.isPending}>
              {t('work.pay.make')}
            </Button>
          )}
          {canApprove && run?.status === 'draft' && <ApprovePayButton month={month} run={run} />}
        </Group>
      </Group>
      <FormAlert messages={general} />
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : !run ? (
        <Alert color="gray">{t('work.pay.none', { month: formatMonthVN(month) })}</Alert>
      ) : (
        <>
          <Group justify="space-between">
            <Group gap="sm">
              <Text size="sm">{t('work.pay.status')}:</Text>
              <Badge color={run.status === 'approved' ? 'teal' : 'yellow'} variant="light" data-testid="pay-status">
                {t(`work.pay.${run.status}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {run.status === 'approved' && run.approvedAt
                  ? t('work.pay.approvedBy', { at: formatInstantVN(run.approvedAt), by: run.approvedBy ?? '' })
                  : t('work.pay.draftedBy', { at: formatInstantVN(run.draftedAt), by: run.draftedBy ?? '' })}
              </Text>
            </Group>
            <Group gap="sm">
              <Link to={teamPaySummaryPrintPath(month)} size="sm">
                {t('work.pay.summary')}
              </Link>
              <ExportButton method="exports.payRun" input={{ month }} />
            </Group>
          </Group>
          <Text fw={600} data-testid="pay-total">
            {t('work.pay.totalLine', { amount: formatDong(run.totalDong), residents: run.residents })}
          </Text>
          <PayTables month={month} pay={q.data} />
        </>
      )}
    </Stack>
  );
}
