import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/report/png/svgToPng.js';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="DejaVu Sans, sans-serif"><rect width="200" height="40" fill="white"/>${body}</svg>`;

describe('svgToPng', () => {
  it('renders a PNG at twice the SVG size', () => {
    const png = svgToPng(svg(''));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([400, 80]);
  });

  it('draws text, so a system font was found (install fonts-dejavu-core where it is missing)', () => {
    expect(Buffer.from(svgToPng(svg('<text x="10" y="28" font-size="20">Lüliang 70.8%</text>'))).equals(Buffer.from(svgToPng(svg(''))))).toBe(false);
  });
});
