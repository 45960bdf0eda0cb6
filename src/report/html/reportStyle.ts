/** The report's CSS: readable type, charts scaled to the page, the tooltip, and hidden scenarios. */
export const REPORT_STYLE = `
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 1000px; padding: 0 16px 48px; color: #111; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 24px 0 4px; }
h2 { font-size: 1.25em; margin: 32px 0 4px; }
.lede, .about { color: #333; max-width: 60em; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0; }
dl.provenance dt { font-weight: bold; }
dl.provenance dd { margin: 0; }
table { border-collapse: collapse; margin: 12px 0; font-size: 0.9em; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 10px 4px 0; text-align: left; vertical-align: top; }
table.summary td { text-align: right; min-width: 7em; }
.interval { color: #555; font-size: 0.85em; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; vertical-align: -1px; }
.controls { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc; padding: 8px 0; z-index: 2; }
.controls label { margin-right: 18px; white-space: nowrap; cursor: pointer; }
figure { margin: 8px 0; }
svg.chart { max-width: 100%; height: auto; display: block; }
svg.chart .band, svg.chart .background, svg.chart .axis, svg.chart .legend { pointer-events: none; }
svg.chart .hover.active { fill: #fff; fill-opacity: 1; stroke: #000; stroke-width: 2; r: 5px; }
svg.chart .median, svg.chart .area { cursor: crosshair; }
svg.chart path.prefecture:hover, svg.chart .flow:hover { opacity: 0.8; }
.hidden-scenario { display: none; }
.legend-entry.hidden-scenario { display: inline; opacity: 0.25; }
.map-controls { margin: 8px 0; }
.map-controls input[type=range] { width: 320px; vertical-align: middle; }
.downloads { font-size: 0.9em; }
#tooltip { position: fixed; pointer-events: none; background: rgba(20, 20, 20, 0.92); color: #fff; padding: 6px 8px; border-radius: 4px; font-size: 13px; max-width: 360px; z-index: 10; }
#tooltip[hidden] { display: none; }
`;
