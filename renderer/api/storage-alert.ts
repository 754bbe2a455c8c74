import { notifications } from '@mantine/notifications';
import i18n from 'i18next';
import type { ErrorCode } from '../../shared/errors';
import { ApiError } from './client';

const storageCodes = ['storage_full', 'storage_readonly', 'storage_unavailable'] as const satisfies readonly ErrorCode[];
type StorageCode = (typeof storageCodes)[number];

const isStorageCode = (code: ErrorCode): code is StorageCode => (storageCodes as readonly ErrorCode[]).includes(code);

/**
 * A full disk or a read-only data folder concerns the whole PC, not the form: every screen shows it the same
 * way, a red notification in the UI language saying nothing was lost and what to do (the form itself shows the
 * back end's Vietnamese words). The notification id keeps repeated failures from stacking.
 */
export function notifyStorageError(error: unknown): void {
  if (!(error instanceof ApiError) || !isStorageCode(error.code)) return;
  notifications.show({
    id: `storage-${error.code}`,
    color: 'red',
    autoClose: false,
    title: i18n.t(`common.storageError.${error.code}.title`),
    message: i18n.t(`common.storageError.${error.code}.body`),
  });
}
