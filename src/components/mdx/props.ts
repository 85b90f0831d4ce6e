import type { z } from 'astro/zod';

/**
 * Validates the props an editor gave a component in MDX. On a mistake it throws
 * an error naming the MDX file (from the `sourceFile` prop that our remark
 * plugin adds), the component and each bad prop.
 */
export function checkProps<T extends z.ZodType>(
  component: string,
  schema: T,
  props: Record<string, unknown>,
): z.infer<T> {
  const { sourceFile, ...rest } = props;
  const result = schema.safeParse(rest);
  if (result.success) return result.data;
  const where = typeof sourceFile === 'string' ? sourceFile : 'a page template';
  const lines = result.error.issues.map((issue) => {
    const prop = issue.path.length ? `prop "${issue.path.join('.')}"` : 'props';
    return `${where}: <${component}> ${prop}: ${issue.message}`;
  });
  throw new Error(lines.join('\n'));
}

/** Builds one component error in the same form as `checkProps`. */
export function componentError(component: string, prop: string, sourceFile: unknown, message: string): Error {
  const where = typeof sourceFile === 'string' ? sourceFile : 'a page template';
  return new Error(`${where}: <${component}> prop "${prop}": ${message}`);
}
