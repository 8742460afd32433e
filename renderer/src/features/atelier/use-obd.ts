import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '@shared/api/obd';
import { useApi } from '../../api/hooks';

/**
 * The adapter connection as the core reports it: the current status on mount (and after the
 * browser host's WebSocket comes back, since events were missed meanwhile), then every
 * `obd.status` event.
 */
export function useObdStatus(): ConnectionStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<ConnectionStatus | null>(null);
  useEffect(() => {
    let mounted = true;
    let generation = 0;
    const refresh = () => {
      const asked = ++generation;
      api
        .call('obd.status', {})
        .then((value) => {
          // An event that arrived after this request left is newer: keep it.
          if (mounted && asked === generation) setStatus(value);
        })
        .catch(() => undefined);
    };
    const offStatus = api.on('obd.status', (value) => {
      generation++;
      setStatus(value);
    });
    const offConnection = api.onConnection((online) => {
      if (online) refresh();
    });
    refresh();
    return () => {
      mounted = false;
      offStatus();
      offConnection();
    };
  }, [api]);
  return status;
}

export function newTaskId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `scan-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
