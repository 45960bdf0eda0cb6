/** A label cut to `max` characters with an ellipsis, so long scenario names fit a chart margin. */
export function shortLabel(text: string, max = 22): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
