import { describe, expect, it } from 'vitest';
import { INHERITED_PROPERTIES, styleAttributes, type ComputedLookup } from './svgStyles';

const style =
  (values: Record<string, string>): ComputedLookup =>
  (property) =>
    values[property] ?? (property === 'opacity' ? '1' : property === 'display' ? 'inline' : 'x');
const none = () => false;

describe('styleAttributes', () => {
  it('writes every inherited property on the root, which inherits nothing in a file', () => {
    expect(styleAttributes(style({ fill: 'rgb(91, 100, 112)' }), null, none).map(([name]) => name)).toEqual([...INHERITED_PROPERTIES]);
  });

  it('writes on a child only what differs from its parent, plus non-default opacity and display', () => {
    const parent = style({ fill: 'rgb(0, 0, 0)', 'font-size': '11px' });
    expect(styleAttributes(style({ fill: 'rgb(0, 0, 0)', 'font-size': '11px' }), parent, none)).toEqual([]);
    expect(styleAttributes(style({ fill: 'rgb(255, 0, 0)', 'font-size': '11px', display: 'none', opacity: '0.5' }), parent, none)).toEqual([
      ['fill', 'rgb(255, 0, 0)'],
      ['opacity', '0.5'],
      ['display', 'none'],
    ]);
  });

  it('rewrites an attribute the copy carries, since the page CSS may have overridden it (stroke="currentColor")', () => {
    const values = style({ stroke: 'rgb(91, 100, 112)' });
    expect(styleAttributes(values, values, (name) => name === 'stroke')).toEqual([['stroke', 'rgb(91, 100, 112)']]);
  });
});
