import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { residentPath } from '../../app/routes';
import { Link } from '../../router/Link';
import { certificatePrintPath, minorHandoverPrintPath, settlementPrintPath } from '../print/paths';
import { isDeathNotice } from './discharge-form';
import { DueDate } from './DueDate';
import { useDischarge } from './hooks';

interface Props {
  stayId: number;
  name: string;
  certificateNumber: string | null;
  handedOver: boolean;
  died: boolean;
  onAnother: () => void;
}

/** After the discharge: the certificate number, the papers to print, and for a death the notices due in 24 hours. */
export function DischargeDone({ stayId, name, certificateNumber, handedOver, died, onAnother }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" title={t('discharge.done', { name })} role="status">
      <Stack gap="sm">
        {certificateNumber && (
          <Text fw={700} data-testid="certificate-number">
            {t('discharge.doneCertificate', { number: certificateNumber })}
          </Text>
        )}
        <Group gap="lg">
          {certificateNumber && <Link to={certificatePrintPath(stayId)}>{t('discharge.printCertificate')}</Link>}
          <Link to={settlementPrintPath(stayId)}>{t('discharge.printSettlement')}</Link>
          {handedOver && <Link to={minorHandoverPrintPath(stayId)}>{t('discharge.printMinorHandover')}</Link>}
          <Link to={residentPath(stayId)}>{t('discharge.viewProfile')}</Link>
        </Group>
        {died && <DeathNotices stayId={stayId} />}
        <div>
          <Button variant="default" onClick={onAnother}>
            {t('discharge.another')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}

function DeathNotices({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  const q = useDischarge(stayId);
  const owed = (q.data?.notices ?? []).filter((n) => isDeathNotice(n.kind) || !n.sentOn);
  if (owed.length === 0) return null;
  return (
    <div>
      <Text fw={600}>{t('discharge.deathNotices')}</Text>
      <List size="sm" aria-label={t('discharge.deathNotices')}>
        {owed.map((n) => (
          <List.Item key={`${n.kind}-${n.recipient}`}>
            <Group gap="xs">
              <span>{t(`discharge.recipients.${n.recipient}`)}</span>
              <DueDate due={n.dueOn} late={n.late} />
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
