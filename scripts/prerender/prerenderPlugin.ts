import { createServer, type Plugin, type Rollup } from 'vite';

/** The module that renders the first screen; loaded through Vite's SSR pipeline, so it imports the app's sources as they are. */
const ENTRY = '/src/prerender/firstScreen.tsx';
/** The element of index.html the app renders into, written with no content (see index.html). */
const ROOT = /<div id="root"([^>]*)><\/div>/;

/** The prerendered HTML, and the stylesheets of every module that rendered it (absolute source paths). */
interface FirstScreen {
  readonly markup: string;
  readonly stylesheets: ReadonlySet<string>;
}

async function renderInNode(): Promise<FirstScreen> {
  const server = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'warn' });
  try {
    const { renderFirstScreen } = (await server.ssrLoadModule(ENTRY)) as { renderFirstScreen: () => Promise<string> };
    const markup = await renderFirstScreen();
    // React.lazy imports a module only when it renders: every stylesheet loaded here belongs to the first screen.
    const loaded = [...server.environments.ssr.moduleGraph.idToModuleMap.keys()];
    return { markup, stylesheets: new Set(loaded.filter((id) => id.endsWith('.css'))) };
  } finally {
    await server.close();
  }
}

/**
 * The built CSS files the first screen needs beyond those index.html already links: a first-screen component in a
 * lazy chunk (split off to keep the start bundle small) brings its styles in that chunk's CSS file.
 */
function lazyStylesheets(bundle: Rollup.OutputBundle, used: ReadonlySet<string>, html: string): string[] {
  const files = new Set<string>();
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || !output.moduleIds.some((id) => used.has(id))) continue;
    for (const file of output.viteMetadata?.importedCss ?? []) if (!html.includes(file)) files.add(file);
  }
  return [...files];
}

/**
 * Build only: writes the lab's first screen, rendered by React on the server, into #root of the built index.html,
 * so the page paints its header, plot and controls before any script runs; src/main.tsx then hydrates it. The
 * dev server keeps rendering on the client only.
 */
export function prerenderFirstScreen(): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!ROOT.test(html)) throw new Error('index.html has no empty <div id="root"></div> to prerender into');
        const { markup, stylesheets } = await renderInNode();
        const links = bundle === undefined ? [] : lazyStylesheets(bundle, stylesheets, html);
        // Written into the text rather than returned as tags (which Vite adds only after every plugin's hook), so
        // that inlineFirstPaint, next, finds them with the others.
        const linkTags = links.map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`).join('');
        return html
          .replace(ROOT, (_, attributes: string) => `<div id="root"${attributes}>${markup}</div>`)
          .replace('</head>', () => `${linkTags}</head>`);
      },
    },
  };
}
