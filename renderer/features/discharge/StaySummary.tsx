import { Badge, Card, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { residentPath } from '../../app/routes';
import { Facts } from '../../components/Facts';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import type { Prepared } from './discharge-form';

/** The stay being ended: who, which kind, since when, until when, and the bed that will be freed. */
export function StaySummary({ stay }: { stay: Prepared['stay'] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>
          {t('discharge.summary')}: <Link to={residentPath(stay.stayId)}>{stay.fullName}</Link>
        </Title>
        <Group gap="xs">
          {stay.isMinor && <Badge color="grape">{t('discharge.minor')}</Badge>}
          <Badge variant="light">{t(`stayState.${stay.state}`)}</Badge>
        </Group>
      </Group>
      <Facts
        labelWidth={180}
        items={[
          { label: t('discharge.fileNumber'), value: stay.fileNumber },
          { label: t('discharge.kindLabel'), value: t(`stayKind.${stay.kind}`) },
          { label: t('discharge.admittedOn'), value: formatDateVN(stay.admittedOn) },
          { label: t('discharge.releaseDate'), value: stay.releaseDate ? formatDateVN(stay.releaseDate) : t('common.none') },
          { label: t('discharge.bed'), value: stay.bedLabel ?? t('discharge.noBed') },
        ]}
      />
    </Card>
  );
}
