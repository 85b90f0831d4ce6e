import { z } from 'astro/zod';

/**
 * Signs that mean markup in HTML, XML or JSON. An exception is words, written into the 繁體 pages' text
 * (as text: src/integrations/hant-edition.ts escapes it); refusing these keeps a slip or a paste of markup
 * from ever reading as markup anywhere (issue 34, H1).
 */
const markupSigns = /[<>&"'`\\]/u;
/** A Chinese character (Han script). */
const hanCharacter = /\p{Script=Han}/u;

/** The issues of one field of an exception: markup signs in either field, no Chinese in `simplified` (an empty one is `min`'s). */
function checkWords(field: 'simplified' | 'traditional') {
  return (value: string, context: z.core.$RefinementCtx) => {
    const sign = value.match(markupSigns)?.[0];
    if (sign)
      context.addIssue({
        code: 'custom',
        input: value,
        message: `“${value}”里有符号 ${sign}：例外只能写文字，不能写 < > & " ' \` \\ 这些网页标记用的符号`,
        params: {
          hint: `只写${field === 'simplified' ? '简体原文里要改的那几个字' : '繁体版要写成的那几个字'}，删掉 ${sign}；引号用${field === 'simplified' ? '中文的“”‘’' : '繁体的「」『』'}。`,
          en: `${field}: "${value}" holds "${sign}"; an exception is plain words, without markup signs (< > & " ' \` \\)`,
        },
      });
    if (field === 'simplified' && value && !hanCharacter.test(value))
      context.addIssue({
        code: 'custom',
        input: value,
        message: `“${value}”里没有汉字：例外只改正汉字的转换`,
        params: {
          hint: '写简体原文里转换错了的汉字（可以连同前后几个字），例如 "simplified": "涵养发展"；网址、代码和英文不会被转换，不用写例外。',
          en: `simplified: "${value}" holds no Chinese character; an exception corrects the conversion of Chinese words`,
        },
      });
  };
}

/** One wrong conversion an editor fixes: the simplified words as the report writes them, and their 繁體 form. */
const hantExceptionSchema = z.strictObject({
  /** The words as the simplified original writes them (a name, or a phrase OpenCC gets wrong): Chinese, no markup signs. */
  simplified: z.string().trim().min(1).superRefine(checkWords('simplified')),
  /** What the 繁體 edition writes instead, exactly: words, no markup signs. */
  traditional: z.string().trim().min(1).superRefine(checkWords('traditional')),
  /** Why (for the next editor): what OpenCC wrote and why it is wrong. */
  reason: z.string().optional(),
});
export type HantException = z.infer<typeof hantExceptionSchema>;

/** `content/zh-hant-exceptions.json`: the series' fixes to the automatic 繁體 conversion. */
export const hantExceptionsSchema = z.strictObject({
  /** Each fix, applied before OpenCC sees the text: the longest `simplified` first. */
  exceptions: z.array(hantExceptionSchema),
});
