import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { useConfirmMonth } from './hooks';
import { formatMonthVN } from './rating-model';

/**
 * The head's "Xác nhận xếp loại tháng mm/yyyy": asked once more, then a notice says how many residents were left
 * unrated (the button itself goes once the month is confirmed, so the answer cannot live in its dialog).
 */
export function ConfirmMonthButton({ month }: { month: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const confirm = useConfirmMonth();
  const label = formatMonthVN(month);
  const close = () => {
    setOpen(false);
    confirm.reset();
  };
  const submit = () =>
    confirm.mutate(
      { month },
      {
        onSuccess: (r) => {
          setOpen(false);
          notifications.show({
            color: r.unrated > 0 ? 'orange' : 'teal',
            autoClose: 15_000,
            message: t('ratings.confirmedResult', { month: label, rated: r.rated, unrated: r.unrated }),
          });
        },
      },
    );
  return (
    <>
      <Button variant="light" color="blue" onClick={() => setOpen(true)}>
        {t('ratings.confirm', { month: label })}
      </Button>
      <Modal opened={open} onClose={close} title={t('ratings.confirmTitle', { month: label })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text size="sm">{t('ratings.confirmBody', { month: label })}</Text>
          <FormAlert messages={confirm.error ? [confirm.error.message] : []} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button loading={confirm.isPending} onClick={submit}>
              {t('ratings.confirmAction')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
