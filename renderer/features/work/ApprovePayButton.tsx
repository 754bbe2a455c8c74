import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { FormAlert } from '../../components/FormAlert';
import { formatMonthVN } from '../ratings/rating-model';
import { useApprovePay } from './hooks';
import { formatDong } from './work-model';

type Run = NonNullable<MethodOutput<'pay.get'>['run']>;

/** The head's "Duyệt và ghi vào lưu ký", after a confirmation: every line credited to a deposit account at once. */
export function ApprovePayButton({ month, run }: { month: string; run: Run }) {
  const { t } = useTranslation();
  const approve = useApprovePay();
  const [open, setOpen] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const confirm = () => {
    setGeneral([]);
    approve.mutate(
      { month },
      {
        onSuccess: (r) => {
          setOpen(false);
          notifications.show({ color: 'teal', message: t('work.pay.approvedDone', { credited: r.credited, amount: formatDong(r.totalDong) }) });
        },
        onError: (error) => setGeneral([error.message]),
      },
    );
  };
  return (
    <>
      <Button color="teal" onClick={() => setOpen(true)}>
        {t('work.pay.approve')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('work.pay.approveTitle', { month: formatMonthVN(month) })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="sm">
          <FormAlert messages={general} />
          <Text size="sm">{t('work.pay.approveBody', { residents: run.residents, amount: formatDong(run.totalDong) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('work.pay.cancel')}
            </Button>
            <Button color="teal" onClick={confirm} loading={approve.isPending}>
              {t('work.pay.approveAction')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
