import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import type { Startup } from '../share/startup';
import type { AppStore } from '../store/createAppStore';
import { App } from './App';

/** How the app started on this page: over the prerendered first screen (hydrated), or rendered afresh. */
export type StartKind = 'hydrated' | 'rendered';

/** The startup of a visit with no settings in the address and no saved session: what the build prerenders. */
export const DEFAULT_STARTUP: Startup = { lab: {}, race: null, embed: null, source: 'defaults', notices: [] };

/**
 * Whether this startup shows exactly the prerendered first screen, so React may take that HTML over (hydrate)
 * instead of replacing it.
 */
export function isDefaultStartup(startup: Startup): boolean {
  return startup.source === 'defaults' && startup.embed === null && startup.notices.length === 0;
}

/**
 * Once the app's first render is on the page (before the browser paints it): lifts the boot script's hold on the
 * prerendered page (src/boot/boot.js, see boot.css) and marks #root with `data-started`, the signal the e2e
 * tests wait on. Renders no element of its own, so the server's and the client's trees stay the same.
 */
function Started({ kind, children }: { kind: StartKind; children: ReactNode }) {
  useLayoutEffect(() => {
    delete document.documentElement.dataset.boot;
    document.getElementById('root')?.setAttribute('data-started', kind);
  }, [kind]);
  return children;
}

/** The full app's element tree: the same for the build's prerender and the browser's hydration. */
export function labRoot(store: AppStore, startup: Startup, storage: Storage | null, kind: StartKind): ReactNode {
  return (
    <StrictMode>
      <Started kind={kind}>
        <App store={store} startup={startup} storage={storage} />
      </Started>
    </StrictMode>
  );
}

/** The same hold lifted for an embed, whose layout has no header and is always rendered afresh. */
export function startedRoot(children: ReactNode): ReactNode {
  return (
    <StrictMode>
      <Started kind="rendered">{children}</Started>
    </StrictMode>
  );
}
