import { describe, expect, it } from 'vitest';
import { svgSize } from './svg-size.ts';

const svg = (attributes: string) =>
  `<?xml version="1.0"?>\n<!-- a drawing -->\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect width="5" height="5"/></svg>`;

describe('svgSize', () => {
  it.each([
    ['width="400" height="250" viewBox="0 0 800 500"', { width: 400, height: 250 }],
    ["width='120px' height='80px'", { width: 120, height: 80 }],
    ['viewBox="0 0 300 150"', { width: 300, height: 150 }],
    ['viewBox="-10,-10 64.4,32.2"', { width: 64, height: 32 }],
    ['width="600" viewBox="0 0 300 150"', { width: 600, height: 300 }],
    ['height="50" viewBox="0 0 300 150"', { width: 100, height: 50 }],
    // A size in other units gives way to the viewBox.
    ['width="100%" height="100%" viewBox="0 0 40 30"', { width: 40, height: 30 }],
    ['width="10em" viewBox="0 0 40 30"', { width: 40, height: 30 }],
  ])('%s → %j', (attributes, size) => {
    expect(svgSize(svg(attributes))).toEqual(size);
  });

  it.each([
    ['no size at all', svg('')],
    ['only relative units', svg('width="100%" height="50%"')],
    ['a viewBox of no area', svg('viewBox="0 0 0 10"')],
    ['a broken viewBox', svg('viewBox="0 0 a b"')],
    ['not an SVG', '<html><body>hello</body></html>'],
  ])('%s: no size', (_, text) => {
    expect(svgSize(text)).toBeUndefined();
  });

  it('reads the root element, not a child with a size', () => {
    expect(svgSize('<svg viewBox="0 0 10 20"><svg width="99" height="99"/></svg>')).toEqual({ width: 10, height: 20 });
  });
});
