/**
 * Fills `{name}` placeholders in an interface string from content/site.json, e.g.
 * `fillUi('约{minutes}分钟', { minutes: 3 })`. A placeholder without a value is an error, so a
 * mistyped name in site.json fails the build instead of showing braces to readers.
 */
import { editorError } from '../errors';

export function fillUi(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values))
      throw editorError({
        file: 'content/site.json',
        message: `界面用语“${template}”里的 {${name}} 没有可填的内容`,
        hint: `检查拼写：这句话里能用的只有 ${
          Object.keys(values)
            .map((key) => `{${key}}`)
            .join('、') || '（无）'
        }。`,
        en: `ui string "${template}" uses {${name}}, which has no value`,
      });
    return String(values[name]);
  });
}
