import { Button, Menu, type MantineSize } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodName } from '../../shared/contract';
import { invoke } from '../api/client';
import { downloadBase64 } from '../features/reports/download';

/** The list exports, and the head's report (or one figure's residents) built by the report's own export. */
type ExportMethod = Extract<MethodName, `exports.${string}` | 'reports.exportXlsx'>;

interface Props<M extends ExportMethod> {
  method: M;
  /** The list's own filters, as the screen sends them to the list method. */
  input: MethodInput<M>;
  /** When a list exports in more than one way (the residents list or the whole register): a menu of them. */
  choices?: { label: string; input: MethodInput<M> }[];
  disabled?: boolean;
  /** Smaller inside a card's header, beside its other small buttons. */
  size?: MantineSize;
}

/** "Xuất Excel" on a list screen: the back end builds the workbook from the same filters, the browser saves it. */
export function ExportButton<M extends ExportMethod>({ method, input, choices, disabled, size }: Props<M>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (chosen: MethodInput<M>) => {
    setBusy(true);
    try {
      const file = await invoke(method, chosen);
      downloadBase64(file.fileName, file.base64);
      notifications.show({ color: 'teal', message: t('exports.done', { file: file.fileName }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const button = (
    <Button variant="light" size={size} loading={busy} disabled={disabled} onClick={choices ? undefined : () => void run(input)}>
      {t('exports.button')}
    </Button>
  );
  if (!choices) return button;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        {choices.map((c) => (
          <Menu.Item key={c.label} onClick={() => void run(c.input)}>
            {c.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
