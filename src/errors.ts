import type { z } from 'astro/zod';

/** Formats zod issues as `file: field: message` lines, the way editors read them. */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('\n');
}

/** Parses `value` with `schema`, or throws an error naming the file and each bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Invalid content\n${formatIssues(file, result.error)}`);
  return result.data;
}
