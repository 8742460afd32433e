/**
 * Error codes that cross the UI/core boundary. The code is the stable part: the UI
 * translates it, scripts test it. Messages are given in both languages so a CLI user
 * or a log reader gets a clear sentence without the UI's dictionaries.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  /** The browser host refused the request's Host, Origin or site (docs/security.md). */
  'FORBIDDEN',
  /** A request body over the host's limit. */
  'PAYLOAD_TOO_LARGE',
  /** The host is already holding as many large request bodies as it allows; retry later. */
  'BUSY',
  'NOT_FOUND',
  'UNKNOWN_METHOD',
  'CONFLICT',
  'DUPLICATE_VIN',
  'DUPLICATE_SIREN',
  'DOCUMENT_REJECTED',
  'VALIDATION',
  'DB_CORRUPT',
  'DB_FROM_FUTURE',
  'DB_MIGRATION_FAILED',
  'CANCELLED',
  /** A diagnosis knowledge-base file (resources/diagnosis) is missing or malformed. */
  'KNOWLEDGE_BASE_INVALID',
  /** No adapter connected, or the adapter found no vehicle (details: the OBD code). */
  'OBD_NOT_CONNECTED',
  /** The adapter or the vehicle failed a request (details: `{ code }` of docs/obd.md). */
  'OBD_ERROR',
  /** A recall file or answer is not a RappelConso export or API page we can read. */
  'RECALLS_SOURCE_INVALID',
  /** The recall service could not be reached (offline, HTTP error, timeout). */
  'RECALLS_UNREACHABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface LocalizedText {
  fr: string;
  en: string;
}

export interface ApiError {
  code: ErrorCode;
  message: LocalizedText;
  details?: unknown;
}

/** Thrown by the core; transports turn it into an `ApiError` envelope. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly localized: LocalizedText,
    readonly details?: unknown,
  ) {
    super(localized.en);
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.localized }
      : { code: this.code, message: this.localized, details: this.details };
  }
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ApiError>;
  return (
    typeof candidate.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(candidate.code) &&
    typeof candidate.message?.fr === 'string' &&
    typeof candidate.message.en === 'string'
  );
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
