/**
 * What an SVG mark needs to look the same outside the page: the page's style sheets (classes, CSS variables,
 * currentColor) are not in an exported file, so each computed value is written onto the copy as a presentation
 * attribute (attributes, unlike a style attribute, are never blocked by a Content-Security-Policy).
 */

/** Inherited SVG properties: written on a root, and on a child only where it differs from its parent. */
export const INHERITED_PROPERTIES = [
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Properties that do not inherit, with the value that needs no attribute. */
const OWN_PROPERTIES: Readonly<Record<string, string>> = { opacity: '1', display: 'inline' };

export type ComputedLookup = (property: string) => string;

/**
 * The attributes to write on one copied element: `computed` is the original's computed style, `parent` its
 * parent's (null for the root, which inherits nothing in a file), `hasAttribute` whether the copy already has
 * that attribute (a stale one the page's CSS overrode, e.g. stroke="currentColor", is always rewritten).
 */
export function styleAttributes(computed: ComputedLookup, parent: ComputedLookup | null, hasAttribute: (name: string) => boolean): [string, string][] {
  const written: [string, string][] = [];
  for (const property of INHERITED_PROPERTIES) {
    const value = computed(property);
    if (value === '') continue;
    if (parent === null || value !== parent(property) || hasAttribute(property)) written.push([property, value]);
  }
  for (const [property, initial] of Object.entries(OWN_PROPERTIES)) {
    const value = computed(property);
    if (value !== '' && (value !== initial || hasAttribute(property))) written.push([property, value]);
  }
  return written;
}

/** Writes the computed styles of `original` and its descendants onto `copy`, a deep clone of it. */
export function inlineStyles(original: Element, copy: Element): void {
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const lookups = new Map<Element, ComputedLookup>();
  const lookup = (element: Element): ComputedLookup => {
    let found = lookups.get(element);
    if (found === undefined) {
      const style = getComputedStyle(element);
      found = (property) => style.getPropertyValue(property);
      lookups.set(element, found);
    }
    return found;
  };
  originals.forEach((element, i) => {
    const target = copies[i];
    const parent = element === original || element.parentElement === null ? null : lookup(element.parentElement);
    for (const [name, value] of styleAttributes(lookup(element), parent, (attribute) => target.hasAttribute(attribute))) target.setAttribute(name, value);
  });
}
