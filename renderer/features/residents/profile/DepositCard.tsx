import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { useCan } from '../../../app/current-user';
import { QueryStatus } from '../../../components/QueryStatus';
import { DepositLinesTable } from '../../deposit/DepositLinesTable';
import { recordKinds, type DepositLine, type RecordKind } from '../../deposit/deposit-model';
import { useDepositAccount } from '../../deposit/hooks';
import { RecordLineForm } from '../../deposit/RecordLineForm';
import { ReverseLineForm } from '../../deposit/ReverseLineForm';
import { StatementLink } from '../../deposit/StatementLink';
import { ValuablesTable } from '../../deposit/ValuablesTable';
import { formatMoney } from '../../print/print-text';

/** The stay's deposit account (lưu ký): balance, the register with cancellations, valuables held, the statement. */
export function DepositCard({ p }: { p: ResidentProfile }) {
  const { t } = useTranslation();
  const stayId = p.stay.id;
  const account = useDepositAccount(stayId);
  const canWrite = useCan('deposit.write');
  const [recording, setRecording] = useState<RecordKind | null>(null);
  const [cancelling, setCancelling] = useState<DepositLine | null>(null);
  const closed = account.data?.closed ?? false;
  /** Nothing is written on the account of a stay that has ended, settled or not (old stays closed before the ledger). */
  const writable = canWrite && !closed && p.stay.state !== 'discharged';
  return (
    <Card component="section" aria-label={t('deposit.title')}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={4}>{t('deposit.title')}</Title>
          {account.data && (
            <Group gap="sm" align="baseline">
              <Text size="xs" c="dimmed">
                {t('deposit.balance')}
              </Text>
              <Text fz={26} fw={700} data-testid="deposit-balance">
                {formatMoney(account.data.balanceDong)}
              </Text>
              {closed && (
                <Badge color="gray" variant="filled">
                  {t('deposit.closed')}
                </Badge>
              )}
            </Group>
          )}
        </Stack>
        {writable && account.data && (
          <Group gap="xs">
            {recordKinds.map((k) => (
              <Button key={k} size="xs" variant={k === 'handed_in' ? 'filled' : 'light'} onClick={() => setRecording(k)}>
                {t(`deposit.record.${k}`)}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      {!account.data ? (
        <QueryStatus error={account.error} onRetry={() => void account.refetch()} />
      ) : (
        <>
          {closed && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('deposit.closedHint')}
            </Text>
          )}
          {account.data.lines.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('deposit.none')}
            </Text>
          ) : (
            <DepositLinesTable lines={account.data.lines} closed={closed} onCancel={writable ? setCancelling : undefined} />
          )}
          <ValuablesTable valuables={account.data.valuables} />
          <Group mt="md">
            <StatementLink stayId={stayId} admittedOn={p.stay.admittedOn} dischargedOn={p.stay.dischargedOn} />
          </Group>
        </>
      )}
      <Modal opened={recording !== null} onClose={() => setRecording(null)} title={recording ? t(`deposit.record.${recording}`) : ''} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {recording && <RecordLineForm stayId={stayId} kind={recording} onDone={() => setRecording(null)} />}
      </Modal>
      <Modal opened={cancelling !== null} onClose={() => setCancelling(null)} title={t('deposit.cancelTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {cancelling && <ReverseLineForm line={cancelling} onDone={() => setCancelling(null)} />}
      </Modal>
    </Card>
  );
}
