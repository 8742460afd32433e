import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { ApiContext } from './api/hooks';
import { App } from './app/App';
import { applyTheme, currentTheme } from './app/theme';
import { initI18n } from './i18n';
import './styles.css';

applyTheme(currentTheme());
initI18n();
const api = createApiClient();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
}
