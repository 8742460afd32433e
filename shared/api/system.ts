import { z } from 'zod';
import { Empty } from './common';
import { query } from './define';

export const SystemInfoSchema = z.object({
  appVersion: z.string(),
  contractVersion: z.number().int(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  databasePath: z.string(),
  transport: z.enum(['electron', 'browser-host']),
});

export const systemApi = {
  'system.info': query(Empty, SystemInfoSchema),
};
