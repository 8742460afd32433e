import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiError } from '@shared/api/errors';
import type { GuardRefusal } from './request-guard';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-length': Buffer.byteLength(text),
    ...extraHeaders,
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: ApiError,
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error }, extraHeaders);
}

export const UNAUTHORIZED: ApiError = {
  code: 'UNAUTHORIZED',
  message: {
    fr: 'Accès refusé : ouvrez l’adresse complète affichée au lancement (elle contient le jeton).',
    en: 'Access denied: open the full address printed at start-up (it carries the token).',
  },
};

export function malformed(what: string): ApiError {
  return {
    code: 'BAD_REQUEST',
    message: { fr: `Requête mal formée (${what}).`, en: `Malformed request (${what}).` },
  };
}

const REFUSALS: Record<GuardRefusal['reason'], ApiError> = {
  bad_host_header: malformed('Host'),
  host_not_allowed: {
    code: 'FORBIDDEN',
    message: {
      fr: 'Nom d’hôte refusé : utilisez l’adresse affichée au lancement.',
      en: 'Host name refused: use the address printed at start-up.',
    },
  },
  origin_not_allowed: {
    code: 'FORBIDDEN',
    message: {
      fr: 'Origine refusée : seule la page de l’application peut appeler ce poste.',
      en: 'Origin refused: only the app’s own page may call this workstation.',
    },
  },
  cross_site: {
    code: 'FORBIDDEN',
    message: {
      fr: 'Requête venant d’un autre site refusée.',
      en: 'Request from another site refused.',
    },
  },
};

export function refusalError(refusal: GuardRefusal): ApiError {
  return REFUSALS[refusal.reason];
}

export const BODY_ERRORS = {
  411: malformed('Content-Length'),
  400: malformed('corps / body'),
  413: {
    code: 'PAYLOAD_TOO_LARGE',
    message: {
      fr: 'Requête trop volumineuse.',
      en: 'Request too large.',
    },
  },
  503: {
    code: 'BUSY',
    message: {
      fr: 'Le poste traite déjà d’autres envois volumineux : réessayez dans un instant.',
      en: 'The workstation is already handling other large uploads: try again in a moment.',
    },
  },
} as const satisfies Record<number, ApiError>;

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
};

/** Answers on a raw socket (upgrades, parser errors) and closes it. */
export function endSocket(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    `HTTP/1.1 ${status} ${REASON_PHRASES[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}
