import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { DEFAULT_STARTUP, labRoot } from '../app/labRoot';
import { createAppStore } from '../store/createAppStore';

/** What the HTML must not hold: a boundary left pending or to the client, or an inline script (the CSP refuses it). */
const UNFINISHED = /<!--\$[?!]-->|<template|<script|\sstyle="/;

const firstScreen = () => labRoot(createAppStore(DEFAULT_STARTUP.lab), DEFAULT_STARTUP, null, 'hydrated');

/**
 * The lab's first screen as HTML, rendered in Node at build time with the default settings (the default data set
 * is seeded, so its points are the same on every build and in every browser). Nothing it renders may touch window,
 * document or storage.
 *
 * Two passes: the first waits for every lazy component the first screen shows (React.lazy loads its module then),
 * the second renders them all at once, inline. (A single prerender would stream a late boundary out of order and
 * move it in place with inline scripts, which the page's CSP refuses.) Inline style attributes are refused too:
 * the CSP would block them, and hydration does not set them again.
 */
export async function renderFirstScreen(): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(firstScreen(), { onError: (error: unknown) => void errors.push(error) });
  for await (const chunk of prelude) void chunk;
  const html = renderToString(firstScreen());
  if (errors.length > 0) throw errors[0];
  const unfinished = UNFINISHED.exec(html);
  if (unfinished !== null) throw new Error(`The prerendered first screen holds ${unfinished[0].trim()}…, which the page cannot show as it is`);
  return html;
}
