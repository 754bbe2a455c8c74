import type { Translation } from '../vi';

/** English: setup, login, screen lock, password change. */
export const auth: Pick<Translation, 'setup' | 'login' | 'lock' | 'passwordChange'> = {
  setup: {
    title: 'First-time setup',
    intro:
      'This computer has no register yet. Enter the facility and create the first administrator; other accounts are created later under Administration.',
    facility: 'Rehabilitation facility',
    facilityName: 'Facility name',
    governingUnit: 'Governing unit',
    address: 'Address',
    designCapacity: 'Design capacity (persons)',
    admin: 'First administrator',
    username: 'Username',
    usernameHint: 'Unaccented letters, digits, dot or dash; 3–40 characters',
    fullName: 'Full name',
    password: 'Password',
    passwordHint: 'At least 8 characters',
    passwordConfirm: 'Repeat the password',
    passwordMismatch: 'The passwords do not match',
    submit: 'Create facility and account',
    done: 'Facility created. Sign in with the account you just made.',
  },
  login: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
  },
  lock: {
    title: 'Screen locked',
    intro: 'The screen locked after a while without use. {{name}}, type your password again to carry on; what you were typing is still there.',
    password: 'Password of {{username}}',
    unlock: 'Unlock',
    signOut: 'Sign out',
    signOutHint: 'Sign out if someone else needs the PC. Anything typed and not saved is lost.',
  },
  passwordChange: {
    title: 'Change password',
    forced: 'An administrator reset your password. Choose a password of your own before you carry on.',
    oldPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: 'At least 8 characters, not the current one',
    confirm: 'Repeat the new password',
    mismatch: 'The passwords do not match',
    submit: 'Change password',
    done: 'Password changed.',
  },
};
