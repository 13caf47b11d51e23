import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { browserStorage } from './share/safeStorage';
import { startupState } from './share/startup';
import { createAppStore } from './store/createAppStore';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const storage = browserStorage();
const startup = startupState(window.location.search, storage);
const store = createAppStore(startup.lab);
const { embed } = startup;
if (embed === null) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} startup={startup} storage={storage} />
    </StrictMode>,
  );
} else {
  // The embed layout is its own chunk: a visitor of the full app never loads it, and an embed skips the header.
  void import('./app/EmbedApp').then(({ EmbedApp }) =>
    createRoot(root).render(
      <StrictMode>
        <EmbedApp store={store} embed={embed} notices={startup.notices} />
      </StrictMode>,
    ),
  );
}
