import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { browserStorage } from './share/safeStorage';
import { startupState, type Startup } from './share/startup';
import { createAppStore } from './store/createAppStore';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const storage = browserStorage();
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
// Waits only for an address (or session) with keys beyond the lab's and the embed's, whose reader loads with the
// race. (Not a top-level await: with one, the bundler moves its runtime helpers into a chunk of their own, one
// request more at start.) If that reader cannot load (a deploy replaced the files), the lab opens with defaults.
void startupState(window.location.search, storage)
  .catch(
    (error: unknown): Startup => ({
      lab: {},
      race: null,
      embed: null,
      source: 'defaults',
      notices: [`The address could not be read (${reason(error)}), so the lab opened with its defaults. Reload the page to try again.`],
    }),
  )
  .then((startup) => {
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
    void import('./app/EmbedApp').then(
      ({ EmbedApp }) =>
        createRoot(root).render(
          <StrictMode>
            <EmbedApp store={store} embed={embed} notices={startup.notices} />
          </StrictMode>,
        ),
      (error: unknown) => {
        root.textContent = `Softmax Lab could not load its embedded layout (${reason(error)}). Reload the page to try again.`;
      },
    );
  });
