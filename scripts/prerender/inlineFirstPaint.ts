import { readFileSync } from 'node:fs';
import { minifySync, type Plugin, type Rollup } from 'vite';

/** The boot script as index.html names it; the dev server loads it as a file, the build writes it inline. */
const BOOT_SCRIPT_TAG = '<script src="/src/boot/boot.js"></script>';
const BOOT_SCRIPT = new URL('../../src/boot/boot.js', import.meta.url);
/** A style sheet link Vite (or the prerender) wrote for one of the build's own CSS files. */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*? href="\.\/(assets\/[^"]+\.css)"[^>]*>/g;

function cssOf(bundle: Rollup.OutputBundle, file: string): string {
  const output = bundle[file];
  if (output?.type !== 'asset') throw new Error(`index.html links ${file}, which the build did not write`);
  const css = typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
  // Inside <style> only this could end the element early; the app's CSS has no reason to contain it.
  if (/<\/style/i.test(css)) throw new Error(`${file} contains "</style", which cannot be inlined`);
  return css;
}

/**
 * Build only: writes the boot script and the first screen's style sheets into index.html, so that the prerendered
 * page paints as soon as its HTML is parsed, with no request in between (each external style sheet or classic
 * script in <head> holds the first paint until it has loaded). The CSS files stay in the build: lazy chunks that
 * import them load them again, which is harmless. The Content-Security-Policy allows exactly these inline
 * elements by their hashes (contentSecurityPolicy.ts).
 */
export function inlineFirstPaint(): Plugin[] {
  return [
    {
      name: 'inline-boot-script',
      apply: 'build',
      transformIndexHtml: {
        // Before Vite reads index.html's scripts: it would only warn about a classic script it cannot bundle.
        order: 'pre',
        handler(html) {
          if (!html.includes(BOOT_SCRIPT_TAG)) throw new Error(`index.html has no ${BOOT_SCRIPT_TAG} to inline`);
          // Minified: its comments are for readers of the source, not bytes every visit downloads.
          const script = minifySync('boot.js', readFileSync(BOOT_SCRIPT, 'utf8')).code.trim();
          if (/<\/script/i.test(script)) throw new Error('src/boot/boot.js contains "</script", which cannot be inlined');
          return html.replace(BOOT_SCRIPT_TAG, () => `<script>${script}</script>`);
        },
      },
    },
    {
      name: 'inline-style-sheets',
      apply: 'build',
      transformIndexHtml: {
        // After Vite (and the prerender) have written the links.
        order: 'post',
        handler(html, { bundle }) {
          if (bundle === undefined) return html;
          return html.replace(STYLESHEET_LINK, (_, file: string) => `<style>${cssOf(bundle, file)}</style>`);
        },
      },
    },
  ];
}
