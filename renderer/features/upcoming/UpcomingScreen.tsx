import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type UpcomingFeature = 'roll' | 'discharge' | 'training' | 'work' | 'reports';

/** A screen of a later issue: says plainly that it is not built and what it will do. */
export function UpcomingScreen({ feature }: { feature: UpcomingFeature }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} mb="md">
        {t(`nav.${feature}`)}
      </Title>
      <Card maw={720} bg="gray.0">
        <Title order={4}>{t('upcoming.title')}</Title>
        <Text size="sm" mt="sm" c="dimmed">
          {t('upcoming.body')}
        </Text>
        <Text mt="xs">{t(`upcoming.${feature}`)}</Text>
      </Card>
    </>
  );
}
