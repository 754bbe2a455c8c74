import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Refusals that belong to no single field, shown above the form in the back end's words. */
export function FormAlert({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert color="red" title={t('common.errorTitle')} role="alert" mb="md">
      {messages.length === 1 ? messages[0] : (
        <List size="sm">
          {messages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
