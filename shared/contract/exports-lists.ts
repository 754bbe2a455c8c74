import { z } from 'zod';
import { authMethods } from './auth';
import { method } from './define';
import { settingsMethods } from './settings';
import { trainingMethods } from './training';
import { workMethods } from './work';

/** The Excel export of the administration lists: each takes its list's input, is open to the same roles. */

const xlsxFile = z.object({ fileName: z.string(), base64: z.string() });

export const listExportsMethods = {
  'exports.users': method({
    summary: 'The staff accounts: username, full name, role, active or not, wrong passwords in a row, locked since.',
    access: authMethods['users.list'].access,
    kind: 'query',
    input: authMethods['users.list'].input,
    output: xlsxFile,
  }),
  'exports.trades': method({
    summary: 'The trades taught: name, level, duration in hours, in use or not.',
    access: trainingMethods['trades.list'].access,
    kind: 'query',
    input: trainingMethods['trades.list'].input,
    output: xlsxFile,
  }),
  'exports.products': method({
    summary: 'The work products with their unit, the rate in force on the day asked (today by default) and every rate with its start.',
    access: workMethods['products.list'].access,
    kind: 'query',
    input: workMethods['products.list'].input,
    output: xlsxFile,
  }),
  'exports.holidays': method({
    summary: 'The public holidays in the settings, in date order, with their weekday.',
    access: settingsMethods['settings.holidays'].access,
    kind: 'query',
    input: settingsMethods['settings.holidays'].input,
    output: xlsxFile,
  }),
};
