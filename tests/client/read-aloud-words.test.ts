import { describe, expect, it } from 'vitest';
import { chineseVoice } from '../../src/client/read-aloud-words';

const voice = (lang: string, localService = true) => ({ lang, localService, name: lang });

describe('chineseVoice', () => {
  it('takes a Mandarin voice for simplified Chinese, however the browser writes its language', () => {
    for (const lang of ['zh-CN', 'zh_CN', 'zh', 'zh-Hans', 'zh-Hans-CN', 'cmn-Hans-CN', 'ZH-cn', 'zh_CN_#Hans'])
      expect(chineseVoice([voice('en-US'), voice(lang)])?.lang, lang).toBe(lang);
  });
  it('leaves out Cantonese and the Taiwan, Hong Kong and Macau voices, and other languages', () => {
    for (const lang of ['zh-TW', 'zh-HK', 'zh_HK', 'zh-MO', 'zh-Hant-TW', 'yue-HK', 'yue', 'ja-JP', 'en-US', 'za'])
      expect(chineseVoice([voice(lang)]), lang).toBeUndefined();
    expect(chineseVoice([])).toBeUndefined();
  });
  it('prefers a voice on the device to one that needs the network', () => {
    expect(chineseVoice([voice('zh-CN', false), { ...voice('zh-CN', true), name: 'local' }])?.name).toBe('local');
  });
});

describe('chineseVoice on a 繁體 page', () => {
  const traditional = (...langs: string[]) =>
    chineseVoice(
      langs.map((lang) => voice(lang)),
      true,
    )?.lang;
  it('takes a Taiwan voice first, however the browser writes it', () => {
    for (const lang of ['zh-TW', 'zh_TW', 'zh-Hant-TW', 'cmn-Hant-TW', 'zh-Hant'])
      expect(traditional('zh-CN', 'zh-HK', lang), lang).toBe(lang);
  });
  it('else a Hong Kong or Macau voice, Cantonese ones too', () => {
    for (const lang of ['zh-HK', 'zh_HK', 'zh-Hant-HK', 'yue-HK', 'yue', 'zh-MO'])
      expect(traditional('en-US', 'zh-CN', lang), lang).toBe(lang);
  });
  it('else the Mandarin voice a simplified page takes; none without a Chinese voice', () => {
    expect(traditional('en-US', 'zh-CN')).toBe('zh-CN');
    expect(traditional('en-US', 'ja-JP')).toBeUndefined();
  });
  it('prefers a voice on the device among voices of one kind', () => {
    expect(
      chineseVoice([voice('zh-TW', false), { ...voice('zh-TW', true), name: 'local' }, voice('zh-CN')], true)?.name,
    ).toBe('local');
  });
});
