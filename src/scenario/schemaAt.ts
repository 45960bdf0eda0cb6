import { z } from 'zod';

/**
 * The schema of the field at `path` inside `root` (optional wrappers removed), or undefined inside
 * free-form parts: messages read what a field takes off it, in words of our own.
 */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const seg of path) {
    s = unwrapOptional(s);
    if (s instanceof z.ZodObject) s = s.shape[seg as string];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else if (s instanceof z.ZodUnion) s = s.options.map((o) => (o instanceof z.ZodObject ? o.shape[seg as string] : undefined)).find(Boolean);
    else return undefined;
  }
  return unwrapOptional(s);
}

export function unwrapOptional(s: z.ZodType | undefined): z.ZodType | undefined {
  return s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s;
}
