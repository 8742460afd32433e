import { z } from 'zod';
import { obdEvents } from './obd';

/**
 * Events pushed from the core to every connected UI (IPC `webContents.send` in Electron,
 * WebSocket messages in the browser host).
 */
export const eventContract = {
  /** A synced entity changed, whoever changed it: lists refresh on it. */
  'data.changed': z.object({
    entity: z.string(),
    id: z.string(),
    op: z.enum(['insert', 'update', 'delete']),
  }),
  /** Progress of long work (scans, OCR, imports); `total` null when unknown. */
  'task.progress': z.object({
    taskId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number().nullable(),
    state: z.enum(['running', 'done', 'failed', 'cancelled']),
  }),
  ...obdEvents,
};

export type EventName = keyof typeof eventContract;
export type EventPayload<N extends EventName> = z.infer<(typeof eventContract)[N]>;
