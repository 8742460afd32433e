import type { EventName, EventPayload } from '@shared/api/events';

export type EventListener = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

/** Fan-out of core events to every transport (IPC windows, WebSocket clients). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // A broken transport must not stop the others from hearing the event.
      }
    }
  }
}
