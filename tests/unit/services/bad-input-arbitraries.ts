import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries derived from a method's zod input schema (by walking `schema._zod.def`): a value the
 * schema accepts, then the same value made wrong in exactly one place. Every wrong value is checked against the
 * field's own schema, so a generated input is bad by construction and the router must refuse it as invalid_input
 * naming that field.
 */

/** zod's internal definition, as far as this walker reads it. */
interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; value?: number; minimum?: number; maximum?: number; inclusive?: boolean; format?: string; pattern?: RegExp } } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (s: z.ZodType) => (defOf(s).checks ?? []).map((c) => c._zod.def);
const accepts = (s: z.ZodType, v: unknown) => s.safeParse(v).success;
const unwrap = (s: z.ZodType): z.ZodType => {
  const d = defOf(s);
  return ['optional', 'nullable', 'default'].includes(d.type) && d.innerType ? unwrap(d.innerType) : s;
};

function stringBounds(s: z.ZodType): { min: number; max: number; pattern?: RegExp } {
  let min = 0;
  let max = Infinity;
  let pattern: RegExp | undefined;
  for (const c of checksOf(s)) {
    if (c.check === 'min_length') min = c.minimum ?? min;
    if (c.check === 'max_length') max = c.maximum ?? max;
    if (c.check === 'string_format' && c.format === 'regex') pattern = c.pattern;
  }
  return { min, max, ...(pattern ? { pattern } : {}) };
}

function numberBounds(s: z.ZodType): { min: number; max: number; int: boolean } {
  let min = -1e9;
  let max = 1e9;
  let int = false;
  for (const c of checksOf(s)) {
    if (c.check === 'number_format') int = true;
    if (c.check === 'greater_than') min = (c.value ?? 0) + (c.inclusive ? 0 : int ? 1 : 0.001);
    if (c.check === 'less_than') max = (c.value ?? 0) - (c.inclusive ? 0 : int ? 1 : 0.001);
  }
  return { min, max, int };
}

const isoDay = fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const words = ['Nguyễn Văn Hùng', 'Khu A', 'Ghi chú', 'Tòa án nhân dân khu vực 1', 'abc123', 'P01'];

/** A value `schema` accepts; every optional key is present and arrays hold at least one item, so any path exists. */
export function validArb(schema: z.ZodType): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  switch (d.type) {
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, v]) => [k, validArb(v)])));
    case 'optional':
    case 'default':
    case 'nullable':
      return validArb(d.innerType as z.ZodType);
    case 'pipe':
      return validArb(d.in as z.ZodType);
    case 'array': {
      const max = stringBounds(schema).max;
      return fc.array(validArb(d.element as z.ZodType), { minLength: Math.max(1, stringBounds(schema).min), maxLength: Math.min(max, 3) });
    }
    case 'union':
      return fc.oneof(...(d.options ?? []).map(validArb));
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(d.values ?? []));
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const { min, max, int } = numberBounds(schema);
      return int ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, min + 1e6)) }) : fc.double({ min, max: Math.min(max, min + 1e6), noNaN: true });
    }
    case 'string': {
      const { min, max, pattern } = stringBounds(schema);
      let arb: fc.Arbitrary<string>;
      if (pattern?.source === '^\\d{4}-\\d{2}-\\d{2}$') arb = isoDay;
      else if (pattern) arb = fc.stringMatching(pattern);
      else arb = fc.constantFrom(...words.filter((w) => w.length >= min && w.length <= max), 'x'.repeat(Math.max(1, min)));
      // Custom checks and formats (a date that exists, an ISO time) are met by keeping the samples the schema
      // accepts, out of generated and typical ones; a filter could spin forever on a format it cannot meet.
      const typical = ['2026-11-23', '2026-11-23T03:00:00.000Z', '2026-11-23T10:00:00+07:00', '10:00', '2026-11', '079090001234', 'can-bo.1'];
      const valid = [...fc.sample(arb, { numRuns: 40, seed: 1 }), ...typical].filter((v) => accepts(schema, v));
      return valid.length ? fc.constantFrom(...new Set(valid)) : arb;
    }
    default:
      return fc.constant(null);
  }
}

export type Path = (string | number)[];

/** Every place in the schema an input can be wrong: object keys, array items; nested unions are one place. */
export function fieldPaths(schema: z.ZodType, path: Path = []): { path: Path; schema: z.ZodType }[] {
  const inner = unwrap(schema);
  const d = defOf(inner);
  const here = path.length ? [{ path, schema }] : [];
  if (d.type === 'object') {
    return [...here, ...Object.entries(d.shape ?? {}).flatMap(([k, v]) => fieldPaths(v, [...path, k]))];
  }
  if (d.type === 'array') return [...here, ...fieldPaths(d.element as z.ZodType, [...path, 0])];
  return here;
}

function nestedJunk(depth: number): unknown {
  let v: unknown = ['đáy', null, { x: 1 }];
  for (let i = 0; i < depth; i++) v = { a: v, b: [v] };
  return v;
}

const HUGE = 'x'.repeat(100_000);
const HUGE_VN = 'Nguyễn '.repeat(15_000);
const deepJunk = nestedJunk(60);

/** Candidate wrong values, each labelled with the kind of mistake; only those the field's schema refuses are used. */
function wrongValues(field: z.ZodType): { kind: string; value: unknown }[] {
  const inner = unwrap(field);
  const d = defOf(inner);
  const list: { kind: string; value: unknown }[] = [
    { kind: 'missing', value: undefined },
    { kind: 'wrong type', value: 12345 },
    { kind: 'wrong type', value: true },
    { kind: 'wrong type', value: 'chuỗi' },
    { kind: 'wrong type', value: [] },
    { kind: 'wrong type', value: {} },
    { kind: 'wrong type', value: null },
    { kind: 'empty string', value: '' },
    { kind: 'empty string', value: '   ' },
    { kind: 'huge string', value: HUGE },
    { kind: 'huge string', value: HUGE_VN },
    { kind: 'nested junk', value: deepJunk },
  ];
  if (d.type === 'number') {
    const { min, max, int } = numberBounds(inner);
    list.push(
      { kind: 'out of range', value: min - 1 },
      { kind: 'out of range', value: max + 1 },
      { kind: 'out of range', value: 1e20 },
      { kind: 'out of range', value: -1e20 },
      { kind: 'NaN-like', value: Number.NaN },
      { kind: 'NaN-like', value: Infinity },
      { kind: 'NaN-like', value: 'NaN' },
      { kind: 'NaN-like', value: '1e309' },
      { kind: 'NaN-like', value: '12abc' },
      { kind: 'NaN-like', value: '42' },
    );
    if (int) list.push({ kind: 'non-integer', value: min + 0.5 }, { kind: 'non-integer', value: 1.000001 });
  }
  if (d.type === 'string') {
    list.push(
      { kind: 'impossible date', value: '2026-02-30' },
      { kind: 'impossible date', value: '31/12/2026' },
      { kind: 'impossible date', value: '99999-01-01' },
      { kind: 'impossible date', value: '2026-13-01' },
      { kind: 'impossible date', value: '2026-1-1' },
      { kind: 'wrong type', value: new Date('2026-01-01') },
    );
  }
  if (d.type === 'enum') list.push({ kind: 'not in list', value: 'khong-co' }, { kind: 'not in list', value: String(Object.values(d.entries ?? {})[0]).toUpperCase() });
  if (d.type === 'array') {
    const { min, max } = stringBounds(inner);
    if (min > 0) list.push({ kind: 'empty list', value: [] });
    if (max < 1000) list.push({ kind: 'too many items', value: Array.from({ length: max + 1 }, () => ({})) });
  }
  return list.filter((w) => !accepts(field, w.value));
}

export interface BadInput {
  input: unknown;
  /** The dotted path of the wrong field, as the router's issues name it ('' for the whole input). */
  field: string;
  kind: string;
  unknownField?: string;
}

function setAt(value: unknown, path: Path, wrong: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return wrong;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && wrong === undefined) delete copy[head];
  else copy[head] = setAt(copy[head], rest, wrong);
  return copy;
}

const wholeInputWrong: { kind: string; value: unknown }[] = [
  { kind: 'not an object', value: [] },
  { kind: 'not an object', value: [{}] },
  { kind: 'not an object', value: 42 },
  { kind: 'not an object', value: 'text' },
  { kind: 'not an object', value: true },
  { kind: 'nested junk', value: deepJunk },
];

/** Inputs wrong in one place for `schema` (a top-level union is taken option by option). */
export function badInputArb(schema: z.ZodType): fc.Arbitrary<BadInput> {
  const d = defOf(schema);
  if (d.type === 'union') return fc.oneof(...(d.options ?? []).map(badInputArb));
  const slots = fieldPaths(schema).flatMap(({ path, schema: field }) =>
    wrongValues(field).map((w) => ({ path, ...w })),
  );
  const whole = wholeInputWrong.filter((w) => !accepts(schema, w.value));
  const wrongField = slots.length
    ? fc.tuple(validArb(schema), fc.constantFrom(...slots)).map(([base, slot]) => ({
        input: setAt(base, slot.path, slot.value),
        field: slot.path.join('.'),
        kind: slot.kind,
      }))
    : null;
  const wrongWhole = fc.constantFrom(...whole).map((w) => ({ input: w.value, field: '', kind: w.kind }));
  return wrongField ? fc.oneof({ arbitrary: wrongField, weight: 4 }, { arbitrary: wrongWhole, weight: 1 }) : wrongWhole;
}

/**
 * The same bad inputs, half of them with an unknown field added at the top. Unknown fields are stripped by the
 * schemas (see docs/API.md), so one alone would make a valid call; beside a wrong field it must change nothing
 * about the refusal, and a key such as __proto__ must not reach anything.
 */
export function withUnknownField(bad: fc.Arbitrary<BadInput>): fc.Arbitrary<BadInput> {
  const keys = fc.constantFrom('isAdmin', 'role', 'id', 'createdAt', '__proto__', 'constructor');
  return fc.tuple(bad, fc.option(keys, { nil: null })).map(([b, key]) => {
    if (key === null || typeof b.input !== 'object' || b.input === null || Array.isArray(b.input)) return b;
    const input = { ...(b.input as object) };
    Object.defineProperty(input, key, { value: { role: 'admin' }, enumerable: true, configurable: true, writable: true });
    return { ...b, input, unknownField: key };
  });
}
