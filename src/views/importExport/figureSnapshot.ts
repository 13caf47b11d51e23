import { inlineStyles } from './svgStyles';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A picture of part of a panel, as one standalone SVG element: canvases as PNG images, everything else as vectors. */
export interface FigureSnapshot {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
}

/**
 * Copies what `parts` show (elements of the page, laid out) into one SVG of their joint bounding box: each canvas
 * becomes an <image> holding its pixels as a data: URL PNG, each SVG is cloned with its computed styles written
 * on (so the marks stay vectors and look right without the page's CSS), and each visible text outside an SVG
 * (a legend) becomes a <text>. A white background stands in for the panel's.
 */
export function snapshotFigure(parts: readonly Element[]): FigureSnapshot {
  const boxes = parts.map((part) => part.getBoundingClientRect());
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const width = Math.ceil(Math.max(...boxes.map((box) => box.right)) - left);
  const height = Math.ceil(Math.max(...boxes.map((box) => box.bottom)) - top);

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.appendChild(element('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  const at = (box: DOMRect) => ({ x: round(box.left - left), y: round(box.top - top), width: round(box.width), height: round(box.height) });
  for (const part of parts) copyInto(svg, part, at);
  return { svg, width, height };
}

type Placement = (box: DOMRect) => { x: number; y: number; width: number; height: number };

/** Copies `node` (and what it holds) into `target`, in document order so later marks stay on top. */
function copyInto(target: SVGSVGElement, node: Node, at: Placement): void {
  if (node instanceof HTMLCanvasElement) return copyCanvas(target, node, at);
  if (node instanceof SVGSVGElement) return copySvg(target, node, at);
  if (node.nodeType === Node.TEXT_NODE) return copyText(target, node as Text, at);
  if (node instanceof Element && getComputedStyle(node).display === 'none') return;
  node.childNodes.forEach((child) => copyInto(target, child, at));
}

function copyCanvas(target: SVGSVGElement, canvas: HTMLCanvasElement, at: Placement): void {
  const place = at(canvas.getBoundingClientRect());
  if (place.width <= 0 || place.height <= 0 || canvas.width === 0 || canvas.height === 0) return;
  const image = element('image', { ...strings(place), preserveAspectRatio: 'none' });
  image.setAttribute('href', canvas.toDataURL('image/png'));
  target.appendChild(image);
}

function copySvg(target: SVGSVGElement, original: SVGSVGElement, at: Placement): void {
  const place = at(original.getBoundingClientRect());
  if (place.width <= 0 || place.height <= 0) return;
  const copy = original.cloneNode(true) as SVGSVGElement;
  inlineStyles(original, copy);
  copy.setAttribute('x', String(place.x));
  copy.setAttribute('y', String(place.y));
  copy.setAttribute('width', String(place.width));
  copy.setAttribute('height', String(place.height));
  target.appendChild(copy);
}

/** Text of the page (a legend entry): one line, vertically centred in the box it occupies, in its own font. */
function copyText(target: SVGSVGElement, node: Text, at: Placement): void {
  const text = node.data.trim();
  const parent = node.parentElement;
  if (text === '' || parent === null) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  const place = at(range.getBoundingClientRect());
  // Visually hidden text (sr-only) has a box of a pixel or none.
  if (place.width < 2 || place.height < 2) return;
  const style = getComputedStyle(parent);
  if (style.visibility !== 'visible' || Number(style.opacity) === 0) return;
  const mark = element('text', {
    x: String(place.x),
    y: String(round(place.y + place.height / 2)),
    'dominant-baseline': 'central',
    fill: style.color,
    'font-family': style.fontFamily,
    'font-size': style.fontSize,
    'font-style': style.fontStyle,
    'font-weight': style.fontWeight,
  });
  mark.textContent = text;
  target.appendChild(mark);
}

function element(name: string, attributes: Readonly<Record<string, string>>): SVGElement {
  const created = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value);
  return created;
}

const strings = (place: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(place).map(([key, value]) => [key, String(value)]));

const round = (value: number) => Math.round(value * 100) / 100;

/** The snapshot as the text of an .svg file. */
export function svgFileText(snapshot: FigureSnapshot): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(snapshot.svg)}\n`;
}

/** The snapshot drawn at `scale` device pixels per CSS pixel, as a PNG; rejects when the browser cannot draw it. */
export async function pngOf(snapshot: FigureSnapshot, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgFileText(snapshot)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(snapshot.width * scale);
    canvas.height = Math.round(snapshot.height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser gives no 2-D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob === null ? reject(new Error('the browser could not encode the PNG')) : resolve(blob)), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
