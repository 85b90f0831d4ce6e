/**
 * Fills `{name}` placeholders in an interface string from content/site.json, e.g.
 * `fillUi('约{minutes}分钟', { minutes: 3 })`. A placeholder without a value is an error, so a
 * mistyped name in site.json fails the build instead of showing braces to readers.
 */
export function fillUi(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values))
      throw new Error(`content/site.json: ui string "${template}" uses {${name}}, which has no value`);
    return String(values[name]);
  });
}
