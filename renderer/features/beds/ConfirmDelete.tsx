import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';

interface Props {
  /** What is to be deleted, as the question asks it; null while closed. */
  question: string | null;
  name: string;
  pending: boolean;
  onConfirm: (callbacks: { onSuccess: () => void; onError: (e: Error) => void }) => void;
  onClose: () => void;
}

/** Asks before deleting; the back end's refusal (residents, history) shows in the dialog in its own words. */
export function ConfirmDelete({ question, name, pending, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string[]>([]);
  const close = () => {
    setError([]);
    onClose();
  };
  return (
    <Modal opened={question !== null} onClose={close} title={t('beds.confirm.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <FormAlert messages={error} />
      <Text mb="md">{question}</Text>
      <Group justify="end">
        <Button variant="default" onClick={close}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={pending}
          onClick={() =>
            onConfirm({
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('beds.confirm.done', { name }) });
                close();
              },
              onError: (e) => setError([e.message]),
            })
          }
        >
          {t('beds.confirm.submit')}
        </Button>
      </Group>
    </Modal>
  );
}
