/** The fields whose values differ between two versions of a record (compared as JSON, so nested objects work). */
export function changedFields<T extends object>(before: T, after: T): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Only the named fields, for an audit row that shows what a correction changed and nothing else. */
export function pick<T extends object>(record: T, keys: readonly (keyof T & string)[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Partial<T>;
}
