import { describe, expect, it } from 'vitest';
import siteJson from '../../content/site.json';
import { siteSchema, uiPlaceholders } from '../../src/schemas/site';
import { zodOptions } from '../../src/errors';

describe('siteSchema', () => {
  it('accepts content/site.json', () => {
    expect(siteSchema.safeParse(siteJson).success).toBe(true);
  });

  it('rejects a missing interface string, naming it', () => {
    const { previous: _, ...ui } = siteJson.ui;
    expect(siteSchema.safeParse({ ...siteJson, ui }).error?.issues[0]?.path).toEqual(['ui', 'previous']);
  });
});

describe('siteSchema: the placeholders of the interface strings', () => {
  const messagesFor = (ui: Record<string, string>) =>
    siteSchema
      .safeParse({ ...siteJson, ui: { ...siteJson.ui, ...ui } }, zodOptions)
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('finds in content/site.json every placeholder each string needs, and no other', () => {
    const ui = siteJson.ui as Record<string, string>;
    for (const [field, { required, optional = [] }] of Object.entries(uiPlaceholders)) {
      const used = [...ui[field]!.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(used.sort(), field).toEqual([...required, ...optional.filter((name) => used.includes(name))].sort());
    }
  });

  it('rejects each string without each placeholder it needs, naming the field and the placeholder', () => {
    for (const [field, { required }] of Object.entries(uiPlaceholders)) {
      const text = (siteJson.ui as Record<string, string>)[field]!;
      for (const name of required) {
        expect(messagesFor({ [field]: text.replace(`{${name}}`, '') })).toEqual([
          expect.stringMatching(new RegExp(`^ui\\.${field}: 缺少占位符 \\{${name}\\}`)),
        ]);
      }
    }
  });

  it('accepts an optional placeholder left out, and rejects one no string is filled with', () => {
    expect(messagesFor({ chartImageAlt: '图表：{title}' })).toEqual([]);
    expect(messagesFor({ next: '下一篇 {title}', chartItem: '第{n}项，共{count}项{url}' })).toEqual([
      'ui.next: 不认识的占位符 {title}，网站不会填它，读者会看到花括号',
      'ui.chartItem: 不认识的占位符 {url}，网站不会填它，读者会看到花括号',
    ]);
    expect(messagesFor({ readingTime: '约{minute}分钟' })).toEqual([
      'ui.readingTime: 占位符写成了 {minute}，应是 {minutes}（网站会把它换成分钟数）',
    ]);
  });
});
