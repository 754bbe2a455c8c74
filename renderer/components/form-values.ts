/**
 * Empty inputs are sent as absent fields, so the back end answers with its own "…: bắt buộc" message under the
 * right field instead of the form inventing a second set of rules. The cast is the one place a form value that
 * may be empty meets a contract type that requires it.
 */
export function required<T>(value: T | null | undefined | ''): T {
  return (value === '' || value === null ? undefined : value) as T;
}

/** NumberInput holds '' while empty and a number otherwise. */
export function requiredNumber(value: number | string): number {
  return typeof value === 'number' ? value : required<number>(undefined);
}
