import { z } from 'zod';
import { Empty, OptionalText } from './common';
import { mutation, query } from './define';

export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;

export const SettingsSchema = z.object({
  language: Language,
  /** Adapter string (`sim:healthy-petrol`, `serial:/dev/ttyUSB0@38400`, `tcp:host:port`). */
  adapter: z.string(),
  garage: z.object({
    name: z.string().nullable(),
    siret: z.string().nullable(),
    addressLine: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsUpdate = z.object({
  language: Language.optional(),
  adapter: z.string().min(4).max(200).optional(),
  garage: z
    .object({
      name: OptionalText(200),
      siret: OptionalText(20),
      addressLine: OptionalText(200),
      postalCode: OptionalText(10),
      city: OptionalText(100),
      phone: OptionalText(40),
      email: OptionalText(200),
    })
    .optional(),
});

export const settingsApi = {
  'settings.get': query(Empty, SettingsSchema),
  'settings.update': mutation(SettingsUpdate, SettingsSchema),
};
