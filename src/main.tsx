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
// Waits only for an address (or session) with a race in it, whose reader loads with the race. (Not a top-level
// await: with one, the bundler moves its runtime helpers into a chunk of their own, one request more at start.)
void startupState(window.location.search, storage).then((startup) => {
  const store = createAppStore(startup.lab);
  const { embed } = startup;
  if (embed === null) {
    createRoot(root).render(
      <StrictMode>
        <App store={store} startup={startup} storage={storage} />
      </StrictMode>,
    );
    return;
  }
  // The embed layout is its own chunk: a visitor of the full app never loads it, and an embed skips the header.
  void import('./app/EmbedApp').then(({ EmbedApp }) =>
    createRoot(root).render(
      <StrictMode>
        <EmbedApp store={store} embed={embed} notices={startup.notices} />
      </StrictMode>,
    ),
  );
});
