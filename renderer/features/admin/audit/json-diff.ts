export type DiffKind = 'same' | 'changed' | 'added' | 'removed';

export interface DiffLine {
  /** The top-level field; null when the record is not an object (a list, a number…) and is compared whole. */
  key: string | null;
  before: string | null;
  after: string | null;
  kind: DiffKind;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as one readable line: text as itself, anything else as compact JSON; null when absent. */
function show(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function kindOf(before: string | null, after: string | null): DiffKind {
  if (before === after) return 'same';
  if (before === null) return 'added';
  return after === null ? 'removed' : 'changed';
}

/**
 * An audit row's before and after, field by field in the order they were written, so the viewer can put the two
 * side by side and mark what changed. Nested values compare as a whole; the audit rows are shallow records.
 */
export function diffRecords(before: unknown, after: unknown): DiffLine[] {
  if ((before === null || isRecord(before)) && (after === null || isRecord(after)) && (before !== null || after !== null)) {
    const b = before ?? {};
    const a = after ?? {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys.map((key) => {
      const line = { key, before: show(b[key]), after: show(a[key]) };
      return { ...line, kind: kindOf(line.before, line.after) };
    });
  }
  const line = { key: null, before: show(before), after: show(after) };
  return line.before === null && line.after === null ? [] : [{ ...line, kind: kindOf(line.before, line.after) }];
}
