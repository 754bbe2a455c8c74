import { ApiError } from '../api/client';

export interface SplitErrors {
  /** Messages keyed by the form path they belong to ("person.birthDate"). */
  fieldErrors: Record<string, string>;
  /** Messages no field on the form can show: they go in the alert above the form. */
  general: string[];
}

/**
 * Spreads a back-end refusal over a form: each issue whose dot path names a field of the form goes under that
 * field, the rest (and refusals with no issues, such as a lost session) above the form.
 */
export function splitApiError(error: unknown, formFields: readonly string[]): SplitErrors {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  if (!(error instanceof ApiError)) {
    general.push(error instanceof Error ? error.message : String(error));
    return { fieldErrors, general };
  }
  for (const issue of error.issues) {
    if (formFields.includes(issue.field)) fieldErrors[issue.field] ??= issue.message;
    else general.push(issue.message);
  }
  if (error.issues.length === 0) general.push(error.message);
  return { fieldErrors, general };
}

/** Shows a refusal on a form: field messages under their fields, the rest in the alert above it. */
export function showApiError(
  error: unknown,
  formFields: readonly string[],
  form: { setErrors: (errors: Record<string, string>) => void },
  setGeneral: (messages: string[]) => void,
): void {
  const split = splitApiError(error, formFields);
  form.setErrors(split.fieldErrors);
  setGeneral(split.general);
}
