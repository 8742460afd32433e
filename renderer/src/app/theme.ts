export const THEME_STORAGE_KEY = 'novaevo.theme';
export type Theme = 'dark' | 'light';

/** Dark by default: workshops are dim and screens sit far from the bench. */
export function currentTheme(): Theme {
  return localStorage.getItem(THEME_STORAGE_KEY) === 'light' ? 'light' : 'dark';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
