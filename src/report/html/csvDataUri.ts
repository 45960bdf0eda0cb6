/** A CSV file as a data: URI, so download links work from a single HTML file opened offline. */
export function csvDataUri(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
