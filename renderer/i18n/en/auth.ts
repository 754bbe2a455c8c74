import type { Translation } from '../vi';

/** English: setup, login. */
export const auth: Pick<Translation, 'setup' | 'login'> = {
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
};
