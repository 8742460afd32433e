import type { z } from 'zod';

/**
 * A request of the typed API. `query` requests only read; `mutation` requests write.
 * The distinction lets the UI refresh its queries after a mutation.
 */
export interface RequestDefinition<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  kind: 'query' | 'mutation';
  input: I;
  output: O;
}

export function query<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): RequestDefinition<I, O> {
  return { kind: 'query', input, output };
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): RequestDefinition<I, O> {
  return { kind: 'mutation', input, output };
}
