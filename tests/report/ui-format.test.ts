import { describe, expect, it } from 'vitest';
import { fillUi } from '../../src/report/ui-format';

describe('fillUi', () => {
  it('fills placeholders', () => expect(fillUi('约{minutes}分钟读完', { minutes: 3 })).toBe('约3分钟读完'));
  it('fails on a placeholder without a value, naming it', () => {
    expect(() => fillUi('约{minute}分钟', { minutes: 3 })).toThrow(/\{minute\}/);
  });
});
