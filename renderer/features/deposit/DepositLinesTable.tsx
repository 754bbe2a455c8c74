import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { formatMoney } from '../print/print-text';
import { amountColor, canCancel, signedMoney, type DepositLine } from './deposit-model';

interface Props {
  lines: DepositLine[];
  closed: boolean;
  /** Offered only to staff with deposit.write. */
  onCancel?: (line: DepositLine) => void;
}

/** The register of the account in the order written, each line with the balance after it and who wrote it. */
export function DepositLinesTable({ lines, closed, onCancel }: Props) {
  const { t } = useTranslation();
  const dateOf = new Map(lines.map((l) => [l.id, l.lineOn]));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" data-testid="deposit-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('deposit.date')}</Table.Th>
            <Table.Th>{t('deposit.kindCol')}</Table.Th>
            <Table.Th>{t('deposit.description')}</Table.Th>
            <Table.Th ta="right">{t('deposit.amount')}</Table.Th>
            <Table.Th ta="right">{t('deposit.balanceAfter')}</Table.Th>
            <Table.Th>{t('deposit.who')}</Table.Th>
            {onCancel && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => {
            const struck = l.reversed !== null;
            const reversedOn = l.reversesId !== null ? dateOf.get(l.reversesId) : undefined;
            return (
              <Table.Tr key={l.id} data-testid="deposit-line" data-kind={l.kind} data-cancelled={struck || undefined}>
                <Table.Td>{formatDateVN(l.lineOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm" td={struck ? 'line-through' : undefined}>
                    {t(`deposit.kind.${l.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={struck ? 'line-through' : undefined}>
                    {l.description}
                  </Text>
                  {l.reversed && (
                    <Text size="xs" c="red.8">
                      {t('deposit.cancelled', { reason: l.reversed.reason })}
                    </Text>
                  )}
                  {reversedOn && (
                    <Text size="xs" c="dimmed">
                      {t('deposit.reverses', { date: formatDateVN(reversedOn) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={600} c={amountColor(l.amountDong)} td={struck ? 'line-through' : undefined}>
                    {signedMoney(l.amountDong)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(l.balanceDong)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{l.recordedBy ?? ''}</Text>
                  <Text size="xs" c="dimmed">
                    {t('deposit.recordedAt', { at: formatInstantVN(l.recordedAt) })}
                  </Text>
                </Table.Td>
                {onCancel && (
                  <Table.Td>
                    {canCancel(l, closed) && (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => onCancel(l)}>
                        {t('deposit.cancel')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
