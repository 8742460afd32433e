import type { ReactNode } from 'react';
import { Component, Suspense, lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/hooks';
// Clients is the first screen: bundled with the shell so its heading paints without a second
// round trip; the other modules load on first visit.
import ClientsPage from '../features/clients/ClientsPage';
import { ComingSoon } from '../features/coming-soon/ComingSoon';
import { LANGUAGE_STORAGE_KEY } from '../i18n';
import { navigate, useRoute } from './router';

const AtelierPage = lazy(() => import('../features/atelier/AtelierPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const OnboardingPage = lazy(() => import('../features/onboarding/OnboardingPage'));

const NAV = [
  { path: 'atelier', key: 'nav.atelier', shortcut: '1' },
  { path: 'clients', key: 'nav.clients', shortcut: '2' },
  { path: 'devis', key: 'nav.devis', shortcut: '3' },
  { path: 'pieces', key: 'nav.pieces', shortcut: '4' },
  { path: 'planning', key: 'nav.planning', shortcut: '5' },
  { path: 'tableau-de-bord', key: 'nav.dashboard', shortcut: '6' },
  { path: 'parametres', key: 'nav.settings', shortcut: '7' },
  { path: 'onboarding', key: 'onboarding.nav', shortcut: null },
] as const;

class ErrorBoundary extends Component<
  { children: ReactNode; fallback: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function Screen({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const [first] = path;
  switch (first) {
    case 'atelier':
      return <AtelierPage />;
    case 'clients':
      return <ClientsPage path={path} />;
    case 'parametres':
      return <SettingsPage />;
    case 'onboarding':
      return <OnboardingPage />;
    default: {
      const entry = NAV.find((item) => item.path === first) ?? NAV[0];
      return <ComingSoon module={t(entry.key)} />;
    }
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const path = useRoute();
  const [online, setOnline] = useState(true);

  useEffect(() => api.onConnection(setOnline), [api]);

  // The core's saved language wins over this browser's cache (a second workstation).
  useEffect(() => {
    api
      .call('settings.get', {})
      .then((settings) => {
        if (settings.language !== i18n.language) {
          localStorage.setItem(LANGUAGE_STORAGE_KEY, settings.language);
          void i18n.changeLanguage(settings.language);
        }
      })
      .catch(() => undefined);
  }, [api, i18n]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const item = NAV.find((entry) => entry.shortcut === event.key);
      if (item) {
        event.preventDefault();
        navigate(`/${item.path}`);
      } else if (event.key.toLowerCase() === 'n' && path[0] === 'clients') {
        event.preventDefault();
        navigate('/clients/new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [path]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <p className="brand">NovaEvo</p>
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <a
                href={`#/${item.path}`}
                aria-current={path[0] === item.path ? 'page' : undefined}
                aria-keyshortcuts={item.shortcut ? `Alt+${item.shortcut}` : undefined}
              >
                {t(item.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {online ? null : (
          <div className="banner banner-warning" role="status">
            {t('app.offline')}
          </div>
        )}
        <ErrorBoundary
          key={path.join('/')}
          fallback={
            <div className="banner banner-error" role="alert">
              {t('errors.unexpected')}{' '}
              <button onClick={() => location.reload()}>{t('errors.reload')}</button>
            </div>
          }
        >
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <Screen path={path} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
