/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180); line breaks become spaces. */
export function csvField(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  return /[",]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}
