import { Alert, Button, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollEntryView } from '../../../shared/contract/roll';
import { useAmendRoll } from './hooks';

/** "Đính chính": a frozen entry changed with a mandatory reason, kept beside the original. */
export function AmendModal({ rollId, entry, onClose }: { rollId: number; entry: RollEntryView; onClose: () => void }) {
  const { t } = useTranslation();
  const current = entry.amendments.at(-1)?.toStatus ?? entry.status;
  const [toStatus, setToStatus] = useState<'present' | 'absent'>(current === 'present' ? 'absent' : 'present');
  const [reason, setReason] = useState('');
  const amend = useAmendRoll();
  return (
    <Modal opened onClose={onClose} title={t('roll.amendTitle', { name: entry.fullName })}>
      <Stack>
        <SegmentedControl
          value={toStatus}
          onChange={(v) => setToStatus(v as 'present' | 'absent')}
          data={[
            { value: 'present', label: t('roll.status.present') },
            { value: 'absent', label: t('roll.status.absent') },
          ]}
        />
        <TextInput label={t('roll.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        {amend.error && <Alert color="red">{amend.error.message}</Alert>}
        <Button loading={amend.isPending} onClick={() => amend.mutate({ rollId, stayId: entry.stayId, toStatus, reason }, { onSuccess: onClose })}>
          {t('roll.amendSave')}
        </Button>
      </Stack>
    </Modal>
  );
}
