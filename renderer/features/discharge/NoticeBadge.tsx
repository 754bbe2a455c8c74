import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../shared/contract/discharge';
import { formatDateVN } from '../../format/format';
import { noticeColor, noticeState } from './discharge-form';

/** A notice's state as a coloured badge (sent, sent late, overdue, not yet), with the sending date on hover. */
export function NoticeBadge({ notice, withRecipient = false }: { notice: Pick<NoticeView, 'recipient' | 'sentOn' | 'late'>; withRecipient?: boolean }) {
  const { t } = useTranslation();
  const state = noticeState(notice);
  const stateText = t(`discharge.noticeState.${state}`);
  const recipient = t(`discharge.recipients.${notice.recipient}`);
  const badge = (
    <Badge color={noticeColor[state]} variant={state === 'overdue' ? 'filled' : 'light'} miw="max-content" aria-label={t('discharge.noticeBadge', { recipient, state: stateText })}>
      {withRecipient ? t('discharge.noticeBadge', { recipient, state: stateText }) : stateText}
    </Badge>
  );
  return notice.sentOn ? <Tooltip label={t('discharge.sentOnDate', { date: formatDateVN(notice.sentOn) })}>{badge}</Tooltip> : badge;
}
