import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { chooseApi } from './api/chooseApi';
import { App } from './App';
import { ErrorBoundary } from './layout/ErrorBoundary';
import { followColorScheme } from './layout/followColorScheme';
// The emoji font event icons fall back on (see .event-icon); each of its subsets loads only once a glyph needs it.
import '@fontsource/noto-emoji/400.css';
import './styles/app.css';
import './styles/gridTools.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

followColorScheme();

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiContext.Provider value={chooseApi()}>
        <App />
      </ApiContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);
