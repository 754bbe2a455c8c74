import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { useCan } from '../../../app/current-user';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatDateVN, formatInstantVN } from '../../../format/format';
import { Link } from '../../../router/Link';
import { navigate } from '../../../router/history';
import { DischargeFacts } from '../../discharge/DischargeFacts';
import { useDischarge } from '../../discharge/hooks';
import { useReasonText } from '../../discharge/labels';
import { NoticesTable } from '../../discharge/NoticesTable';
import { dischargeFormPath } from '../../discharge/paths';
import { UndoDischargeModal } from '../../discharge/UndoDischargeModal';
import { certificatePrintPath, minorHandoverPrintPath, settlementPrintPath } from '../../print/paths';

/**
 * Ra cơ sở on the profile: for a stay in the facility, the way to the discharge form and the notices owed; for a
 * discharged one, the discharge as recorded, its papers to print, its notices, and for the head the undo.
 */
export function DischargeCard({ p }: { p: ResidentProfile }) {
  const { t } = useTranslation();
  const canDischarge = useCan('discharge.write');
  const canUndo = useCan('discharge.undo');
  const discharged = p.stay.state === 'discharged';
  const q = useDischarge(p.stay.id);
  const [undoing, setUndoing] = useState(false);
  const d = q.data?.current ?? null;
  const notices = q.data?.notices ?? [];
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('discharge.card.title')}</Title>
        {!discharged && canDischarge && <Button onClick={() => navigate(dischargeFormPath(p.stay.id))}>{t('discharge.card.start')}</Button>}
        {discharged && d && canUndo && (
          <Button color="red" variant="light" onClick={() => setUndoing(true)}>
            {t('discharge.card.undo')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {!discharged && (
          <Text size="sm" c="dimmed">
            {t('discharge.card.inFacility')}
          </Text>
        )}
        {discharged && !q.data && <QueryStatus error={q.error} onRetry={() => void q.refetch()} />}
        {d && (
          <>
            <DischargeFacts d={d} />
            <Group gap="lg">
              {d.certificate && <Link to={certificatePrintPath(p.stay.id)}>{t('discharge.printCertificate')}</Link>}
              <Link to={settlementPrintPath(p.stay.id)}>{t('discharge.printSettlement')}</Link>
              {d.handedTo && <Link to={minorHandoverPrintPath(p.stay.id)}>{t('discharge.printMinorHandover')}</Link>}
            </Group>
          </>
        )}
        {notices.length > 0 && (
          <>
            <Title order={5}>{t('discharge.card.notices')}</Title>
            <NoticesTable notices={notices} />
          </>
        )}
        {q.data && q.data.undone.length > 0 && <UndoneList undone={q.data.undone} />}
      </Stack>
      {undoing && <UndoDischargeModal stayId={p.stay.id} name={p.person.fullName} onClose={() => setUndoing(false)} />}
    </Card>
  );
}

function UndoneList({ undone }: { undone: NonNullable<ReturnType<typeof useDischarge>['data']>['undone'] }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  return (
    <>
      <Title order={5}>{t('discharge.card.undoneTitle')}</Title>
      <List size="sm">
        {undone.map((u) => (
          <List.Item key={u.id}>
            {t('discharge.card.undoneLine', {
              reason: reasonText(u.reason),
              date: formatDateVN(u.dischargedOn),
              at: u.undone ? formatInstantVN(u.undone.at) : '',
              by: u.undone?.by ?? t('common.none'),
              why: u.undone?.reason ?? '',
            })}
            {u.certificate && (
              <Text span td="line-through" ml="xs">
                {u.certificate.number}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </>
  );
}
