import { Alert, Button, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a screen shows while its data loads or after it failed: a spinner, or the back end's message and a retry. */
export function QueryStatus({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Alert color="red" title={t('common.loadFailed')} role="alert">
      {error.message}
      <div>
        <Button mt="sm" size="xs" variant="light" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </Alert>
  );
}
