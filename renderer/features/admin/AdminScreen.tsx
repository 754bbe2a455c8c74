import { Alert, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { PageTitle } from '../../components/PageTitle';
import { ImportPanel } from '../import/ImportPanel';
import { AuditPanel } from './audit/AuditPanel';
import { BackupPanel } from './backup/BackupPanel';
import { HolidaysPanel } from './HolidaysPanel';
import { LegalPanel } from './LegalPanel';
import { TradesPanel } from './TradesPanel';
import { UsersPanel } from './UsersPanel';

/** Accounts, legal parameters, public holidays and the audit log; each tab shows only to the roles the back end serves it to. */
export function AdminScreen() {
  const { t } = useTranslation();
  const canUsers = useCan('users.manage');
  const canLegal = useCan('settings.read');
  const canAudit = useCan('audit.read');
  const canTrades = useCan('training.manage');
  const canBackup = useCan('backup.run');
  const canImport = useCan('import.manage');
  const tabs = [
    canUsers && { value: 'users', label: t('admin.users'), panel: <UsersPanel /> },
    canLegal && { value: 'legal', label: t('admin.legal'), panel: <LegalPanel /> },
    canLegal && { value: 'holidays', label: t('admin.holidaysTab'), panel: <HolidaysPanel /> },
    canTrades && { value: 'trades', label: t('training.trades.tab'), panel: <TradesPanel /> },
    canAudit && { value: 'audit', label: t('admin.audit'), panel: <AuditPanel /> },
    canBackup && { value: 'backup', label: t('backup.tab'), panel: <BackupPanel /> },
    canImport && { value: 'import', label: t('import.tab'), panel: <ImportPanel /> },
  ].filter((x) => x !== false);

  return (
    <>
      <PageTitle>{t('admin.title')}</PageTitle>
      {tabs.length === 0 ? (
        <Alert color="gray">{t('admin.noPermission')}</Alert>
      ) : (
        <Tabs defaultValue={tabs[0]?.value ?? null} keepMounted={false}>
          <Tabs.List mb="md">
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Panel key={tab.value} value={tab.value}>
              {tab.panel}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </>
  );
}
