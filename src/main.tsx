import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EmbedApp } from './app/EmbedApp';
import { browserStorage } from './share/savedSession';
import { startupState } from './share/startup';
import { createAppStore } from './store/createAppStore';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const storage = browserStorage();
const startup = startupState(window.location.search, storage);
createRoot(root).render(
  <StrictMode>
    {startup.embed === null ? (
      <App store={createAppStore(startup.lab)} startup={startup} storage={storage} />
    ) : (
      <EmbedApp store={createAppStore(startup.lab)} embed={startup.embed} notices={startup.notices} />
    )}
  </StrictMode>,
);
