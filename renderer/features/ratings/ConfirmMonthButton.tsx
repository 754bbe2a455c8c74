import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { useConfirmMonth } from './hooks';
import { formatMonthVN } from './rating-model';

/** The head's "Xác nhận xếp loại tháng mm/yyyy": asked once more, then says how many residents were left unrated. */
export function ConfirmMonthButton({ month }: { month: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const confirm = useConfirmMonth();
  const label = formatMonthVN(month);
  const close = () => {
    setOpen(false);
    confirm.reset();
  };
  return (
    <>
      <Button variant="light" color="blue" onClick={() => setOpen(true)}>
        {t('ratings.confirm', { month: label })}
      </Button>
      <Modal opened={open} onClose={close} title={t('ratings.confirmTitle', { month: label })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          {confirm.data ? (
            <Alert color={confirm.data.unrated > 0 ? 'orange' : 'teal'} role="status" data-testid="confirm-result">
              {t('ratings.confirmedResult', { month: label, rated: confirm.data.rated, unrated: confirm.data.unrated })}
            </Alert>
          ) : (
            <Text size="sm">{t('ratings.confirmBody', { month: label })}</Text>
          )}
          <FormAlert messages={confirm.error ? [confirm.error.message] : []} />
          <Group justify="flex-end">
            {confirm.data ? (
              <Button onClick={close}>{t('common.close')}</Button>
            ) : (
              <>
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button loading={confirm.isPending} onClick={() => confirm.mutate({ month })}>
                  {t('ratings.confirmAction')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
