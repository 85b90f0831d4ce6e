import { describe, expect, it } from 'vitest';
import { withoutHantEchoes } from '../../src/integrations/link-check';

const nowhere = 'leads nowhere';

describe('withoutHantEchoes', () => {
  it('drops a 繁體 page’s broken link that is its simplified twin’s, converted, at the root and under a base', () => {
    for (const base of ['/', '/sub/']) {
      const broken = [
        { file: 'r/investment/index.html', href: `${base}industry-cluster/`, problem: nowhere },
        { file: 'zh-hant/r/investment/index.html', href: `${base}zh-hant/industry-cluster/`, problem: nowhere },
        { file: 'zh-hant/r/full/index.html', href: `${base}zh-hant/industry-cluster/`, problem: nowhere },
      ];
      expect(withoutHantEchoes(broken, base), base).toEqual([broken[0], broken[2]]);
    }
  });

  it('keeps a broken link found only in the 繁體 edition', () => {
    const broken = [{ file: 'zh-hant/r/index.html', href: '/zh-hant/r/missing/', problem: nowhere }];
    expect(withoutHantEchoes(broken, '/')).toEqual(broken);
  });
});
