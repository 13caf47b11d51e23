import { createRoot, hydrateRoot } from 'react-dom/client';
import { isDefaultStartup, labRoot, startedRoot } from './app/labRoot';
import { browserStorage } from './share/safeStorage';
import { startupState, type Startup } from './share/startup';
import { createAppStore } from './store/createAppStore';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// The built page holds the first screen, prerendered with the defaults (scripts/prerender); the dev server's is empty.
const prerendered = root.firstElementChild !== null;
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
      // A visit that shows exactly the prerendered default takes its HTML over; any other state (a link, a saved
      // session, a notice) replaces it, which src/boot/boot.js has kept hidden meanwhile.
      if (prerendered && isDefaultStartup(startup)) hydrateRoot(root, labRoot(store, startup, storage, 'hydrated'));
      else createRoot(root).render(labRoot(store, startup, storage, 'rendered'));
      return;
    }
    // The embed layout is its own chunk: a visitor of the full app never loads it, and an embed skips the header.
    void import('./app/EmbedApp').then(
      ({ EmbedApp }) => createRoot(root).render(startedRoot(<EmbedApp store={store} embed={embed} notices={startup.notices} />)),
      (error: unknown) => {
        root.textContent = `Softmax Lab could not load its embedded layout (${reason(error)}). Reload the page to try again.`;
        delete document.documentElement.dataset.boot;
      },
    );
  });
