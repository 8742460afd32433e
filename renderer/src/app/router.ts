import { useEffect, useState } from 'react';

/** Hash routing: works the same from file:// (Electron) and http:// (browser host). */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash === '' ? '/clients' : hash;
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
