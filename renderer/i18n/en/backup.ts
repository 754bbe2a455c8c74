import type { Translation } from '../vi';

/** English: backups and restore (admin tab). */
export const backup: Pick<Translation, 'backup'> = {
  backup: {
    tab: 'Backups',
    intro:
      'The app backs up the whole register every day, on exit and before every data upgrade. Choose a folder on a USB drive or another disk so a copy survives a broken PC. Backups are encrypted with the same key as the register.',
    settings: {
      title: 'Backup settings',
      folder: 'Backup folder',
      folderHint: 'Full path, for example E:\\Backups. Default: {{folder}}',
      useDefault: 'Use the default folder',
      keepDaily: 'Keep the newest copies',
      keepDailyHint: 'Daily, on-exit and back-up-now copies',
      keepMonthly: 'Keep months (one copy a month)',
      save: 'Save settings',
      saved: 'Backup settings saved.',
    },
    run: {
      title: 'Back up now',
      button: 'Back up now',
      running: 'Backing up… {{percent}}%',
      done: 'Backed up: {{name}}',
      failed: 'The last backup failed',
    },
    list: {
      title: 'Backups',
      empty: 'There are no backups in this folder yet.',
      takenAt: 'Taken at',
      kind: 'Kind',
      size: 'Size',
      name: 'File',
      actions: 'Actions',
      inspect: 'Check',
      otherFile: 'Restore from another file',
      otherFileLabel: 'Full path of the backup file',
    },
    kinds: {
      daily: 'Daily',
      manual: 'Back up now',
      exit: 'On exit',
      'before-migration': 'Before upgrade',
      'before-restore': 'Before restore',
    },
    preview: {
      title: 'Check a backup',
      integrityOk: 'Integrity check: ok',
      facility: 'Facility',
      takenAt: 'Taken at',
      file: 'File',
      residents: 'People',
      stays: 'Stays',
      present: 'Residents present',
      users: 'User accounts',
      lastAudit: 'Last recorded action',
      schema: 'Data version',
      schemaValue: '{{backup}} (app: {{app}})',
      schemaOlder: 'The backup is older than the app: its data is upgraded when restored.',
      schemaNewer: 'The backup was made by a newer RehabDesk: it cannot be restored; update the app first.',
      none: '(none)',
    },
    key: {
      title: 'Encryption key',
      intro:
        'The register and every backup are encrypted with this key. If the PC fails or the Windows account is lost, only this key opens the backups: write it down and keep it somewhere safe, apart from the backup drive.',
      show: 'Show the key to write it down',
      hide: 'Hide the key',
      plain: 'The register is not encrypted, so its backups are not either.',
      copy: 'Copy',
      copied: 'Copied',
    },
    restore: {
      title: 'Restore from this backup',
      warning:
        "All current data will be replaced by the backup's. Every change after the backup was taken leaves the register (the current file is kept aside and backed up first). Every user must sign in again.",
      word: 'RESTORE',
      typeToConfirm: 'Type {{word}} to confirm',
      button: 'Restore',
      done: 'Restored the register from {{name}}. The previous file is kept at {{aside}}. Please sign in again.',
    },
  },
};
