import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGE_STORAGE_KEY = 'novaevo.language';

export function initI18n(): typeof i18next {
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: stored === 'en' ? 'en' : 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
