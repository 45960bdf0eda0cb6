import { Resvg } from '@resvg/resvg-js';

/**
 * Renders a chart SVG to PNG with resvg (Rust, shipped as a binary in its npm package: no browser).
 * resvg has no fonts of its own, so it loads the system's; DejaVu Sans is the default family
 * (Debian's fonts-dejavu-core). `scale` 2 gives sharp images for slides and papers.
 */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  });
  return resvg.render().asPng();
}
