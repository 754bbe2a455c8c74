import type { z } from 'zod';
import type { Access } from './roles';

/** A query only reads; a command writes, runs in one transaction and must leave an audit row. */
export type MethodKind = 'query' | 'command';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  kind: MethodKind;
  summary: string;
  /**
   * The handler returns a Promise (reading a workbook, a long import). Served by the router's `callAsync`; an async
   * command holds its write transaction across the awaits, and meanwhile every other call is refused with
   * `conflict`, except methods marked `whileBusy`.
   */
  async?: true;
  /** May be served while an async command holds the register (it reports that command's progress). */
  whileBusy?: true;
}

export function method<const D extends MethodDef>(def: D): D {
  return def;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Merges feature maps into one contract and refuses a method name defined twice. */
export function mergeFeatures<const F extends readonly Record<string, MethodDef>[]>(
  ...features: F
): UnionToIntersection<F[number]> {
  const merged: Record<string, MethodDef> = {};
  for (const feature of features) {
    for (const [name, def] of Object.entries(feature)) {
      if (name in merged) throw new Error(`Contract method defined twice: ${name}`);
      merged[name] = def;
    }
  }
  return merged as UnionToIntersection<F[number]>;
}
