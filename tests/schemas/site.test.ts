import { describe, expect, it } from 'vitest';
import siteJson from '../../content/site.json';
import { siteSchema } from '../../src/schemas/site';

describe('siteSchema', () => {
  it('accepts content/site.json', () => {
    expect(siteSchema.safeParse(siteJson).success).toBe(true);
  });

  it('rejects a missing interface string, naming it', () => {
    const { previous: _, ...ui } = siteJson.ui;
    expect(siteSchema.safeParse({ ...siteJson, ui }).error?.issues[0]?.path).toEqual(['ui', 'previous']);
  });
});
