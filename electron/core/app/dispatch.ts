import type { z } from 'zod';
import { apiContract, isApiName } from '@shared/api/contract';
import type { ApiError, Result } from '@shared/api/errors';
import { AppError } from '@shared/api/errors';
import { createLogger } from '../log/logger';
import type { Handlers } from './handlers';

const log = createLogger('api');

export function schemaErrorDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function badRequest(details: unknown, reason?: string): ApiError {
  return {
    code: 'BAD_REQUEST',
    message: {
      fr: `Requête invalide${reason ? ` : ${reason}` : ''}. Vérifiez les champs signalés.`,
      en: `Invalid request${reason ? `: ${reason}` : ''}. Check the fields reported.`,
    },
    details,
  };
}

/**
 * The single entry point both transports call: parse the input against the contract,
 * run the handler, wrap the outcome so error codes survive the trip to the UI.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isApiName(name)) {
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        message: { fr: `Méthode inconnue : ${name}.`, en: `Unknown method: ${name}.` },
      },
    };
  }
  const definition = apiContract[name];
  // Only a missing input means "no fields"; `null` is a malformed input like any other.
  const parsed = definition.input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) return { ok: false, error: badRequest(schemaErrorDetails(parsed.error)) };
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    // Checked on the way out too: a handler drifting from the contract is a bug to catch
    // here, not a shape the UI has to guess at.
    return { ok: true, value: definition.output.parse(value) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    log.error(`handler ${name} failed`, { error: String(error), stack: (error as Error)?.stack });
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: {
          fr: 'Erreur interne : l’opération n’a pas abouti et aucune donnée n’a été modifiée.',
          en: 'Internal error: the operation did not complete and no data was changed.',
        },
      },
    };
  }
}
