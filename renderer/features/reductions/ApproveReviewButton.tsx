import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { formatDateVN } from '../../format/format';
import { useApproveReview } from './hooks';
import { includedProposals, type ReviewDetail } from './proposal-model';

/** The head's "Duyệt danh sách": the draft is frozen and posted for 5 working days, whose dates the app computes. */
export function ApproveReviewButton({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const approve = useApproveReview();
  const close = () => {
    setOpen(false);
    approve.reset();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('reductions.approve')}</Button>
      <Modal opened={open} onClose={close} title={t('reductions.approveTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text size="sm">{t('reductions.approveBody', { count: includedProposals(detail.proposals).length })}</Text>
          <FormAlert messages={approve.error ? (approve.error.issues.length > 0 ? approve.error.issues.map((i) => i.message) : [approve.error.message]) : []} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={approve.isPending}
              onClick={() =>
                approve.mutate(
                  { reviewId: detail.review.id },
                  {
                    onSuccess: (r) => {
                      notifications.show({ color: 'teal', message: t('reductions.approved', { from: formatDateVN(r.postingFrom), to: formatDateVN(r.postingTo) }) });
                      close();
                    },
                  },
                )
              }
            >
              {t('reductions.approveAction')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
