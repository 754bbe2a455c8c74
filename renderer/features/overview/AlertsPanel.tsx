import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../../shared/contract/visits';
import { alertKinds } from '../../../shared/domain/alerts';
import { residentPath } from '../../app/routes';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatNumber } from '../../format/format';
import { Link } from '../../router/Link';
import { useNoticeKindText } from '../discharge/labels';
import { useAlerts } from '../visits/hooks';

/** Yellow for what is due today by routine (a roll, the periodic review), red for what is overdue. */
const reminderKinds: readonly AlertView['kind'][] = ['roll_not_taken', 'reduction_review_due'];

/** "Cần xử lý": what is overdue now, counted by kind, each naming the resident or area, since when and the rule. */
export function AlertsPanel() {
  const { t } = useTranslation();
  const alerts = useAlerts();
  const data = alerts.data;
  const pending = Boolean(data && data.alerts.length > 0);
  return (
    <Card component="section" aria-label={t('overview.alerts.title')} withBorder style={pending ? { borderColor: 'var(--mantine-color-orange-5)' } : undefined}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>
          {t('overview.alerts.title')}
          {data && data.alerts.length > 0 ? ` (${formatNumber(data.alerts.length)})` : ''}
        </Title>
        {data && (
          <Group gap="xs">
            {alertKinds
              .filter((k) => data.counts[k] > 0)
              .map((k) => (
                <Badge key={k} color="orange" variant="light" data-testid={`alert-count-${k}`}>
                  {t(`overview.alerts.kind.${k}`)}: {formatNumber(data.counts[k])}
                </Badge>
              ))}
          </Group>
        )}
      </Group>
      {!data ? (
        <QueryStatus error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : data.alerts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.alerts.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {data.alerts.map((a, i) => (
            <AlertRow key={`${a.kind}-${a.stay?.stayId ?? a.area?.id ?? i}-${a.slot ?? ''}-${a.noticeKind ?? ''}-${a.recipient ?? ''}`} a={a} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function AlertRow({ a }: { a: AlertView }) {
  const { t } = useTranslation();
  const noticeKindText = useNoticeKindText();
  return (
    <div data-testid="alert">
      <Group gap="xs">
        <Badge color={reminderKinds.includes(a.kind) ? 'yellow' : 'red'} variant="light" size="sm">
          {t(`overview.alerts.kind.${a.kind}`)}
        </Badge>
        {a.stay ? (
          <Link to={residentPath(a.stay.stayId)} size="sm" fw={600}>
            {a.stay.fullName} · {a.stay.fileNumber}
          </Link>
        ) : a.area ? (
          <Link to="/diem-danh" size="sm" fw={600}>
            {a.area.code} · {a.area.name}
          </Link>
        ) : a.kind === 'reduction_review_due' ? (
          <Link to="/xep-loai" size="sm" fw={600}>
            {t('overview.alerts.openReductions')}
          </Link>
        ) : null}
      </Group>
      <Text size="sm">{alertText(t, a, noticeKindText)}</Text>
      {a.citation && (
        <Text size="xs" c="dimmed">
          {t('overview.alerts.citation', { citation: a.citation })}
        </Text>
      )}
    </div>
  );
}

function alertText(t: TFunction, a: AlertView, noticeKindText: (kind: string) => string): string {
  const common = { since: formatDateVN(a.since), due: formatDateVN(a.dueOn), days: formatNumber(a.overdueDays), limit: a.limit ?? '' };
  switch (a.kind) {
    case 'overdue_return':
      return t('overview.alerts.text.overdue_return', { ...common, state: a.state ? t(`stayState.${a.state}`) : '' });
    case 'roll_not_taken': {
      const slot = a.slot ?? '';
      const known = slot === 'morning' || slot === 'evening';
      return t('overview.alerts.text.roll_not_taken', { slot: known ? t(`overview.alerts.slot.${slot}`) : slot, time: a.time ?? '' });
    }
    case 'release_due':
      return a.overdueDays > 0 ? t('overview.alerts.text.release_due', common) : t('overview.alerts.text.release_due_today', common);
    case 'notice_overdue':
      return t('overview.alerts.text.notice_overdue', {
        ...common,
        notice: a.noticeKind === null ? '' : noticeKindText(a.noticeKind),
        recipient: a.recipient ? t(`discharge.recipients.${a.recipient}`) : '',
      });
    default:
      return t(`overview.alerts.text.${a.kind}`, common);
  }
}
