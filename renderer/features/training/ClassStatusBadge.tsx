import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassStatus } from '../../../shared/domain/vocabulary';
import { statusColor } from './class-model';

export function ClassStatusBadge({ status }: { status: ClassStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]} styles={{ label: { overflow: 'visible' } }}>
      {t(`training.status.${status}`)}
    </Badge>
  );
}
