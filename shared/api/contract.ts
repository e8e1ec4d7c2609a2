// How a method is declared: its kind, its input schema (zod) and its output type. Each domain's file
// beside this one declares its methods with these; index.ts puts them together into the contract.
import type { z } from 'zod';

/**
 * A query only reads; a mutation runs in one write transaction; a task works on files beside the
 * database (backups, restoring) and may take its time.
 */
export type MethodKind = 'query' | 'mutation' | 'task';

export interface MethodSpec<I extends z.ZodType, O, K extends MethodKind = MethodKind> {
  kind: K;
  input: I;
  /** Answers while the data file is damaged and only the recovery screen is shown. */
  inRecovery?: true;
  /** Never set: carries the output type for the client. */
  output?: O;
}

export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'query'> => ({ kind: 'query', input });
export const mutation =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'mutation'> => ({ kind: 'mutation', input });
export const task =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'task'> => ({ kind: 'task', input });

/** Marks a method as one that answers in recovery mode too (the data file damaged). */
export const inRecovery = <S extends MethodSpec<z.ZodType, unknown>>(spec: S): S & { inRecovery: true } => ({
  ...spec,
  inRecovery: true,
});
