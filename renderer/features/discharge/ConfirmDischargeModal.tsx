import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateVN } from '../../format/format';
import { formatMoney } from '../print/print-text';

interface Props {
  name: string;
  date: string;
  time: string;
  reason: string;
  bedLabel: string | null;
  issuesCertificate: boolean;
  totalDong: number;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last look before the stay closes: the bed is freed now and a certificate number is taken for good. */
export function ConfirmDischargeModal({ name, date, time, reason, bedLabel, issuesCertificate, totalDong, pending, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('discharge.confirmTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text>{t('discharge.confirmBody', { name, at: `${time} ${formatDateVN(date)}`, reason })}</Text>
        <Text fw={600}>{bedLabel ? t('discharge.confirmBed', { bed: bedLabel }) : t('discharge.confirmNoBed')}</Text>
        {issuesCertificate && <Text size="sm">{t('discharge.confirmCertificate')}</Text>}
        {totalDong > 0 && <Text size="sm">{t('discharge.confirmMoney', { amount: formatMoney(totalDong) })}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('discharge.confirmBack')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm} data-autofocus>
            {t('discharge.confirmOk')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
