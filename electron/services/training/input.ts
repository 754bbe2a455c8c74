import type { MethodName } from '../../../shared/contract';
import type { Handler } from '../../router/types';

/** A method's input as the handler gets it: parsed, trimmed, defaults applied. */
export type Input<M extends MethodName> = Parameters<Handler<M>>[0];
