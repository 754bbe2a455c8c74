import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { residentPath } from '../../app/routes';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import type { ClassStatus } from '../../../shared/domain/vocabulary';
import { enrolmentShown, resultColor, type Enrolment } from './class-model';

const shownColor = { enrolled: 'teal', waiting: 'orange', withdrawn: 'gray', completed: 'blue' } as const;

/** Who is on the class, the waiting list in order, and who left; attendance since joining, result and certificate. */
export function EnrolmentsTable({
  enrolments,
  classStatus,
  onWithdraw,
}: {
  enrolments: Enrolment[];
  classStatus: ClassStatus;
  onWithdraw: ((e: Enrolment) => void) | null;
}) {
  const { t } = useTranslation();
  const waiting = enrolments.filter((e) => e.status === 'waiting');
  const statusText = (e: Enrolment) => {
    const shown = enrolmentShown(e, classStatus);
    if (shown === 'waiting') return t('training.enrolments.waitingNo', { n: waiting.indexOf(e) + 1 });
    return shown === 'completed' ? t('training.enrolments.completed') : t(`training.enrolmentStatus.${shown}`);
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped data-testid="enrolments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.enrolments.name')}</Table.Th>
            <Table.Th>{t('training.enrolments.fileNumber')}</Table.Th>
            <Table.Th>{t('training.enrolments.status')}</Table.Th>
            <Table.Th ta="right">{t('training.enrolments.attendance')}</Table.Th>
            <Table.Th>{t('training.enrolments.result')}</Table.Th>
            <Table.Th>{t('training.enrolments.certificate')}</Table.Th>
            {onWithdraw && <Table.Th>{t('training.enrolments.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {enrolments.map((e) => (
            <Table.Tr key={e.id} c={e.status === 'withdrawn' ? 'dimmed' : undefined}>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Link to={residentPath(e.stayId)} fw={600}>
                    {e.fullName}
                  </Link>
                  {e.fundingFlag && (
                    <>
                      <Badge size="sm" variant="light" color="orange">
                        {t('training.enrolments.funding')}
                      </Badge>
                      {e.fundingReason && (
                        <Text size="xs" c="dimmed">
                          {e.fundingReason}
                        </Text>
                      )}
                    </>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{e.fileNumber}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={shownColor[enrolmentShown(e, classStatus)]}>
                  {statusText(e)}
                </Badge>
                {e.status === 'withdrawn' && (
                  <Text size="xs">
                    {t('training.enrolments.withdrawn', { date: formatDateVN(e.withdrawnOn) })}
                    {e.withdrawReason && `: ${e.withdrawReason}`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {e.status === 'waiting' ? '—' : t('training.enrolments.attended', { attended: e.attended, held: e.held })}
              </Table.Td>
              <Table.Td>
                {e.result ? (
                  <Stack gap={2} align="flex-start">
                    <Badge variant="light" color={resultColor[e.result]}>
                      {t(`training.result.${e.result}`)}
                    </Badge>
                    {e.resultReason && <Text size="xs">{e.resultReason}</Text>}
                  </Stack>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {e.certificateNumber
                  ? t('training.enrolments.certificateText', { number: e.certificateNumber, date: formatDateVN(e.certificateDate) })
                  : '—'}
              </Table.Td>
              {onWithdraw && (
                <Table.Td>
                  {e.status !== 'withdrawn' && !e.result && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('training.enrolments.withdrawOf', { name: e.fullName })}
                      onClick={() => onWithdraw(e)}
                    >
                      {t('training.enrolments.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
