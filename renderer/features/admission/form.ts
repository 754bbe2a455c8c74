import type { UseFormReturnType } from '@mantine/form';
import type { AdmissionValues } from './form-model';

/** The one form every section of the admission screen edits. */
export type AdmissionForm = UseFormReturnType<AdmissionValues>;
