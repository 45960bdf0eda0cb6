import { escapeXml } from '../escapeXml.js';

/**
 * A horizontal colour bar (linear gradient sampled from `colour`) with end and middle ticks and a title,
 * at (x, y) and `width` pixels wide. `id` must be unique in the page (the gradient is referenced by id).
 */
export function colourBar(id: string, x: number, y: number, width: number, colour: (v: number) => string, domain: [number, number], format: (v: number) => string, title: string): string {
  const [lo, hi] = domain;
  const stops = Array.from({ length: 11 }, (_, i) => `<stop offset="${i * 10}%" stop-color="${colour(lo + ((hi - lo) * i) / 10)}"/>`).join('');
  const ticks = [lo, (lo + hi) / 2, hi];
  const out = [`<defs><linearGradient id="${id}-gradient" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs>`];
  out.push(`<text x="${x}" y="${y + 4}" font-size="12">${escapeXml(title)}</text>`);
  out.push(`<rect class="colour-bar" x="${x}" y="${y + 10}" width="${width}" height="12" fill="url(#${id}-gradient)" stroke="#999" stroke-width="0.5"/>`);
  ticks.forEach((t, i) => {
    const tx = x + (width * i) / 2;
    out.push(`<line x1="${tx}" x2="${tx}" y1="${y + 22}" y2="${y + 26}" stroke="#333"/><text x="${tx}" y="${y + 38}" font-size="11" text-anchor="${['start', 'middle', 'end'][i]}">${escapeXml(format(t))}</text>`);
  });
  return out.join('');
}
