import { admissionsHandlers } from './admissions/handlers';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { backupHandlers } from './backup/handlers';
import { bedsHandlers } from './beds/handlers';
import { depositHandlers } from './deposit/handlers';
import { dischargeHandlers } from './discharge/handlers';
import { exportsHandlers } from './exports/handlers';
import { importHandlers } from './import/handlers';
import { movementsHandlers } from './movements/handlers';
import { ratingsHandlers } from './ratings/handlers';
import { reductionsHandlers } from './reductions/handlers';
import { reportsHandlers } from './reports/handlers';
import { residentsHandlers } from './residents/handlers';
import { rollHandlers } from './roll/handlers';
import { settingsHandlers } from './settings/handlers';
import { systemHandlers } from './system/handlers';
import { trainingHandlers } from './training/handlers';
import { visitsHandlers } from './visits/handlers';
import { workHandlers } from './work/handlers';

/** Every feature's handlers; the router checks together they cover the contract exactly once. */
export const featureHandlers = [
  systemHandlers,
  authHandlers,
  bedsHandlers,
  residentsHandlers,
  admissionsHandlers,
  settingsHandlers,
  auditHandlers,
  movementsHandlers,
  rollHandlers,
  visitsHandlers,
  ratingsHandlers,
  reductionsHandlers,
  dischargeHandlers,
  trainingHandlers,
  workHandlers,
  depositHandlers,
  reportsHandlers,
  exportsHandlers,
  importHandlers,
  backupHandlers,
];
