import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The text of every inline element of a kind (`<script>` with no src, or `<style>`), exactly as the page holds it. */
export function inlineContents(html: string, tag: 'script' | 'style'): string[] {
  const element = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(element)].filter(([, attributes = '']) => !/\ssrc=/.test(attributes)).map(([, , content]) => content);
}

const hashSource = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/**
 * The built page's Content-Security-Policy: scripts and styles only from the app's own files and the inline
 * elements the build wrote (the boot script and the first screen's styles, each allowed by its hash: no
 * 'unsafe-inline', no eval), workers from those files (or blob:), images also from data: and blob: URLs (exports
 * and heatmaps). frame-ancestors cannot be set from a <meta> tag: a host that wants it sends it as an HTTP header.
 */
export function policyFor(html: string): string {
  const sources = (tag: 'script' | 'style') => ["'self'", ...new Set(inlineContents(html, tag).map(hashSource))].join(' ');
  return [
    "default-src 'self'",
    `script-src ${sources('script')}`,
    "worker-src 'self' blob:",
    `style-src ${sources('style')}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Build only, after every other change to index.html (list it last): writes the policy as the first element of
 * <head>, hashing what the page then holds inline. The dev server runs without it: its hot reloading injects
 * inline scripts and <style> elements.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!/<head>/.test(html)) throw new Error('index.html has no <head> for its Content-Security-Policy');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
        return html.replace('<head>', () => `<head>\n    ${meta}`);
      },
    },
  };
}
