import { useEffect, useState } from 'react';

/** Hash routing: works the same from file:// (Electron) and http:// (browser host). */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
  return hash === '' ? '/clients' : hash;
}

/**
 * Values handed from one screen to another in the hash (`#/clients/new?vin=…`), e.g. the VIN
 * the Atelier read, so the mechanic does not copy it by hand.
 */
export function routeParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}

/** A hash path with parameters, empty values left out. */
export function withParams(path: string, params: Record<string, string | number | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query === '' ? path : `${path}?${query}`;
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function useRoute(): string[] {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path.split('/').filter((segment) => segment !== '');
}
