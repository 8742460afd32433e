import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ApiInput, ApiName, ApiOutput } from '@shared/api/contract';
import type { ApiError } from '@shared/api/errors';
import type { ApiClient } from './client';
import { ApiCallError } from './client';

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('ApiContext missing');
  return client;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.apiError;
  return { code: 'INTERNAL', message: { fr: String(error), en: String(error) } };
}

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a query and runs it again whenever one of `entities` changes in the core (this
 * workstation or another one), so lists never show stale rows.
 */
export function useQuery<N extends ApiName>(
  name: N,
  input: ApiInput<N> | null,
  entities: readonly string[] = [],
): QueryState<ApiOutput<N>> {
  const api = useApi();
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(input);
  const requestKey = `${key}#${generation}`;
  const entityKey = entities.join(',');
  const [state, setState] = useState<{
    requestKey: string;
    data: ApiOutput<N> | undefined;
    error: ApiError | null;
  }>({ requestKey: '', data: undefined, error: null });

  useEffect(() => {
    if (key === 'null') return undefined;
    let superseded = false;
    api
      .call(name, JSON.parse(key) as ApiInput<N>)
      .then((value) => {
        if (!superseded) setState({ requestKey, data: value, error: null });
      })
      .catch((caught: unknown) => {
        // Keep the previous data on screen: an error banner over stale rows beats a blank page.
        if (!superseded) {
          setState((previous) => ({ requestKey, data: previous.data, error: toApiError(caught) }));
        }
      });
    return () => {
      superseded = true;
    };
  }, [api, name, key, requestKey]);

  useEffect(() => {
    if (entityKey === '') return undefined;
    const watched = entityKey.split(',');
    return api.on('data.changed', (change) => {
      if (watched.includes(change.entity)) setGeneration((value) => value + 1);
    });
  }, [api, entityKey]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return {
    data: state.data,
    error: state.error,
    loading: key !== 'null' && state.requestKey !== requestKey,
    reload,
  };
}

export function useMutation<N extends ApiName>(name: N) {
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (input: ApiInput<N>): Promise<ApiOutput<N> | null> => {
      setPending(true);
      setError(null);
      try {
        return await api.call(name, input);
      } catch (caught) {
        setError(toApiError(caught));
        return null;
      } finally {
        setPending(false);
      }
    },
    [api, name],
  );
  return { run, pending, error, clearError: () => setError(null) };
}
