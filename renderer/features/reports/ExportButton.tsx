import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/contract';
import { invoke } from '../../api/client';
import { downloadBase64 } from './download';

/** "Xuất Excel": the report, or one figure's list of residents, as the .xlsx the back end builds. */
export function ExportButton({ input, disabled }: { input: MethodInput<'reports.exportXlsx'>; disabled?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await invoke('reports.exportXlsx', input);
      downloadBase64(file.fileName, file.base64);
      notifications.show({ color: 'teal', message: t('reports.exported', { file: file.fileName }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" onClick={() => void run()} loading={busy} disabled={disabled}>
      {t('reports.exportXlsx')}
    </Button>
  );
}
