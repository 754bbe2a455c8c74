import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Lưu PDF" in the desktop app, where the preload offers it: the main process renders this page with its @page
 * size and margins and saves it where the user chooses. The web host has no such bridge; there Chromium's own
 * print dialog ("In") offers Save as PDF, so the button is not shown.
 */
export function SavePdfButton({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const save = window.api?.savePdf;
  if (!save) return null;
  const onClick = async () => {
    setBusy(true);
    try {
      const answer = await save(fileName);
      if (!answer.ok) notifications.show({ color: 'red', title: t('common.errorTitle'), message: answer.error.message });
      else if (answer.data.saved) notifications.show({ color: 'teal', message: t('reportPrint.saved', { path: answer.data.filePath ?? fileName }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" loading={busy} onClick={() => void onClick()}>
      {t('reportPrint.savePdf')}
    </Button>
  );
}
