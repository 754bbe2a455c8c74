import { base } from './base';
import { auth } from './auth';
import { residents } from './residents';
import { admission } from './admission';
import { beds } from './beds';
import { admin } from './admin';
import { backup } from './backup';
import { print } from './print';
import { movements } from './movements';
import { roll } from './roll';
import { visits } from './visits';
import { ratings } from './ratings';
import { discharge } from './discharge';
import { training } from './training';
import { attendance } from './attendance';
import { work } from './work';
import { deposit } from './deposit';
import { reports } from './reports';
import { reportPrint } from './report-print';
import { listExports } from './exports';
import { importWizard } from './import';

/** Vietnamese, the default language, one file per feature. Every key must exist in English too (the type checks it). */
export const vi = { ...base, ...auth, ...residents, ...admission, ...beds, ...admin, ...backup, ...print, ...movements, ...roll, ...visits, ...ratings, ...discharge, ...training, ...attendance, ...work, ...deposit, ...reports, ...reportPrint, ...listExports, ...importWizard } as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language file must fill. */
export type Translation = Widen<typeof vi>;
