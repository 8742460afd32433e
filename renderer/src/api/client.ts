import type { ApiInput, ApiName, ApiOutput } from '@shared/api/contract';
import type { ApiError, Result } from '@shared/api/errors';
import { isApiError } from '@shared/api/errors';
import type { EventName, EventPayload } from '@shared/api/events';

/** The preload bridge, present only inside the Electron window. */
interface NovaevoBridge {
  invoke(name: string, input: unknown): Promise<unknown>;
  on(listener: (name: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    novaevo?: NovaevoBridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message.en);
  }
}

type AnyListener = (name: EventName, payload: unknown) => void;

export interface ApiClient {
  call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
  /** 'online' | 'offline' for the WebSocket; always online under Electron. */
  onConnection(listener: (online: boolean) => void): () => void;
}

function unwrap<T>(result: unknown): T {
  const envelope = result as Result<T> | undefined;
  if (envelope && envelope.ok === true) return envelope.value;
  if (envelope && envelope.ok === false && isApiError(envelope.error)) {
    throw new ApiCallError(envelope.error);
  }
  throw new ApiCallError({
    code: 'INTERNAL',
    message: {
      fr: 'Réponse inattendue du cœur de l’application.',
      en: 'Unexpected answer from the app core.',
    },
  });
}

function createListenerSet() {
  const listeners = new Set<AnyListener>();
  return {
    add(listener: AnyListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(name: string, payload: unknown) {
      for (const listener of listeners) listener(name as EventName, payload);
    },
  };
}

function subscribeTo<N extends EventName>(
  set: ReturnType<typeof createListenerSet>,
  name: N,
  listener: (payload: EventPayload<N>) => void,
): () => void {
  const unsubscribe = set.add((eventName, payload) => {
    if (eventName === name) listener(payload as EventPayload<N>);
  });
  return () => {
    unsubscribe();
  };
}

function electronClient(bridge: NovaevoBridge): ApiClient {
  const listeners = createListenerSet();
  bridge.on((name, payload) => listeners.emit(name, payload));
  return {
    call: async (name, input) => unwrap(await bridge.invoke(name, input)),
    on: (name, listener) => subscribeTo(listeners, name, listener),
    onConnection: (listener) => {
      listener(true);
      return () => undefined;
    },
  };
}

/**
 * The browser host writes its access token into the page it serves (only to a browser that
 * already holds the token cookie); every API call carries it in a header, which a page of
 * another origin can neither read nor send. The tag is removed once read.
 */
function takeHostToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="novaevo-token"]');
  const token = meta?.content ?? '';
  meta?.remove();
  return token;
}

/** Browser host: HTTP for requests, one WebSocket for events, re-opened after a drop. */
function browserHostClient(): ApiClient {
  const token = takeHostToken();
  const listeners = createListenerSet();
  const connection = new Set<(online: boolean) => void>();
  let online = false;
  let retryMs = 500;
  const setOnline = (value: boolean) => {
    online = value;
    for (const listener of connection) listener(value);
  };
  const connect = () => {
    const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${protocol}//${location.host}/ws`);
    socket.onopen = () => {
      retryMs = 500;
      setOnline(true);
    };
    socket.onmessage = (message) => {
      try {
        const { event, payload } = JSON.parse(String(message.data)) as {
          event: string;
          payload: unknown;
        };
        listeners.emit(event, payload);
      } catch {
        // A malformed frame is dropped; the next refresh brings the truth anyway.
      }
    };
    socket.onclose = () => {
      setOnline(false);
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
  };
  connect();
  return {
    call: async (name, input) => {
      let response: Response;
      try {
        response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-novaevo-token': token },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiCallError({
          code: 'INTERNAL',
          message: {
            fr: 'Le poste ne répond plus (serveur local arrêté ?). Vos saisies sont conservées à l’écran.',
            en: 'The workstation is not answering (local server stopped?). What you typed is kept on screen.',
          },
        });
      }
      return unwrap(await response.json().catch(() => undefined));
    },
    on: (name, listener) => subscribeTo(listeners, name, listener),
    onConnection: (listener) => {
      connection.add(listener);
      listener(online);
      return () => {
        connection.delete(listener);
      };
    },
  };
}

export function createApiClient(): ApiClient {
  return window.novaevo ? electronClient(window.novaevo) : browserHostClient();
}
