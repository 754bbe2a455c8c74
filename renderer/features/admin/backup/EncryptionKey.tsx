import { Alert, Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { useShowKey } from './hooks';

/** Groups of four, so the key can be copied by hand onto paper and read back without losing one's place. */
function grouped(key: string): string {
  return key.match(/.{1,4}/g)?.join(' ') ?? key;
}

/** The register's encryption key, shown only on request (each showing is audited), to write down and keep apart. */
export function EncryptionKey() {
  const { t } = useTranslation();
  const show = useShowKey();
  const [visible, setVisible] = useState(false);
  const key = show.data?.key;

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('backup.key.title')}
      </Title>
      <Stack gap="sm" maw={720}>
        <Text size="sm">{t('backup.key.intro')}</Text>
        <FormAlert messages={show.error ? [show.error.message] : []} />
        {visible && key === null && <Alert color="orange">{t('backup.key.plain')}</Alert>}
        {visible && key && (
          <Group>
            <Code fz="md" data-testid="encryption-key">
              {grouped(key)}
            </Code>
            <CopyButton value={key}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? t('backup.key.copied') : t('backup.key.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        <Group>
          <Button
            variant="default"
            loading={show.isPending}
            onClick={() => {
              if (visible) return setVisible(false);
              show.mutate({}, { onSuccess: () => setVisible(true) });
            }}
          >
            {visible ? t('backup.key.hide') : t('backup.key.show')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
