/**
 * Fills `{name}` placeholders in an interface string from content/site.json, e.g.
 * `fillUi('约{minutes}分钟', { minutes: 3 })`. A placeholder without a value is an error, so a
 * mistyped name in site.json fails the build instead of showing braces to readers.
 */
export function fillUi(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    // A plain Error, not src/errors.ts: this also runs in the browser (src/client/chart-keys.ts).
    if (!(name in values)) {
      const known = Object.keys(values).map((key) => `{${key}}`);
      throw new Error(
        `content/site.json：界面用语“${template}”里的 {${name}} 没有可填的内容；这句话里能用的只有 ${known.join('、') || '（无）'}。` +
          `(ui string "${template}" uses {${name}}, which has no value)`,
      );
    }
    return String(values[name]);
  });
}
