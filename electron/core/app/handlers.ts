import type { ApiName, ApiOutput, ApiParsedInput } from '@shared/api/contract';

/**
 * One handler per contract entry. The mapped type makes a missing or extra handler a
 * compile error; a test checks the same at run time.
 */
export type Handlers = {
  [N in ApiName]: (input: ApiParsedInput<N>) => Promise<ApiOutput<N>>;
};

/** The handlers of one namespace, e.g. `HandlersOf<typeof customersApi>`. */
export type HandlersOf<Namespace> = {
  [N in keyof Namespace & ApiName]: (input: ApiParsedInput<N>) => Promise<ApiOutput<N>>;
};
