import type { z } from 'zod';
import type { ApiError } from '@shared/api/errors';

export type FieldErrors = Record<string, string>;

const KNOWN = new Set([
  'name_required',
  'invalid_phone',
  'invalid_email',
  'invalid_postal_code',
  'invalid_vin',
  'invalid_plate',
]);

/** Message keys for a field: our own codes, or a generic one for zod's built-ins. */
function keyFor(message: string): string {
  return KNOWN.has(message) ? `validation.${message}` : 'validation.generic';
}

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path.at(-1) ?? '');
    errors[field] ??= keyFor(issue.message);
  }
  return errors;
}

/** The core answers BAD_REQUEST with `details: [{ path, message }]`. */
export function fieldErrorsFromApi(error: ApiError | null): FieldErrors {
  const errors: FieldErrors = {};
  if (!error || error.code !== 'BAD_REQUEST' || !Array.isArray(error.details)) return errors;
  for (const detail of error.details as { path?: unknown; message?: unknown }[]) {
    const field =
      String(detail.path ?? '')
        .split('.')
        .at(-1) ?? '';
    errors[field] ??= keyFor(String(detail.message ?? ''));
  }
  return errors;
}
