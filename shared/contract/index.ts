import type { z } from 'zod';
import { admissionsMethods } from './admissions';
import { auditMethods } from './audit';
import { authMethods } from './auth';
import { backupMethods } from './backup';
import { bedsMethods } from './beds';
import { mergeFeatures } from './define';
import { depositMethods } from './deposit';
import { dischargeMethods } from './discharge';
import { exportsMethods } from './exports';
import { importMethods } from './import';
import { movementsMethods } from './movements';
import { ratingsMethods } from './ratings';
import { reductionsMethods } from './reductions';
import { reportsMethods } from './reports';
import { residentsMethods } from './residents';
import { rollMethods } from './roll';
import { settingsMethods } from './settings';
import { systemMethods } from './system';
import { trainingMethods } from './training';
import { visitsMethods } from './visits';
import { workMethods } from './work';

/** The one API contract: every method, its input and output schema and who may call it. */
export const contract = mergeFeatures(
  systemMethods,
  authMethods,
  bedsMethods,
  residentsMethods,
  admissionsMethods,
  settingsMethods,
  auditMethods,
  movementsMethods,
  rollMethods,
  visitsMethods,
  ratingsMethods,
  reductionsMethods,
  dischargeMethods,
  trainingMethods,
  workMethods,
  depositMethods,
  reportsMethods,
  exportsMethods,
  importMethods,
  backupMethods,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const methodNames = Object.keys(contract) as MethodName[];

export type { MethodDef, MethodKind } from './define';
export * from './roles';
