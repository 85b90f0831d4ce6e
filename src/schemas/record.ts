import { z } from 'astro/zod';

/**
 * A report's record (issue 35): when it appeared and was updated, who wrote it, who edited and
 * published it, the printed page, and its corrections. Every field is optional: the article of
 * report 1 gives none of them, so the site shows none. Dates are checked here (a date that does not
 * parse, a date in the future, `updated` before `published`); what needs the chapters (a correction
 * naming a chapter the report does not have) is checked by src/report/record.ts.
 */

/** Full-width digits (０–９, as a Chinese input method types them) as ASCII. */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));

/** `2024-07-20`, `2024-7-20`, `2024/7/20`, `2024.7.20`. */
const numericDate = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
/** `2024年7月20日` (spaces allowed around the numbers; 号 for 日, as people say it). */
const chineseDate = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$/;

/** What the guide lists as accepted, for messages. */
export const acceptedDateFormats = '2024年7月20日 或 2024-07-20';

/** A parsed date (`2024-07-20`), or why the text is not one, in Chinese. */
export type DateReading = { date: string } | { problem: string };

/** `YYYY-MM-DD` of a year, month and day, or undefined when there is no such day (2月30日). */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as editors write it: `2024年7月20日` (with ASCII or full-width digits), or an ISO
 * date `2024-07-20` (js-yaml reads an unquoted ISO date as a `Date`, at midnight UTC). A time of day
 * is refused: the site shows days, and a time would need a time zone.
 */
export function readDate(value: unknown): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: '不是有效的日期' };
    if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() || value.getUTCMilliseconds())
      return { problem: '只写日期，不写几点几分' };
    return { date: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') return { problem: `${value} 不是日期（要写年、月、日）` };
  if (typeof value !== 'string') return { problem: '要写一个日期' };
  const text = asciiDigits(value.trim());
  if (!text) return { problem: '不能为空' };
  const match = text.match(chineseDate) ?? text.match(numericDate);
  if (!match) {
    if (/\d{1,2}\s*[:：]\s*\d{2}/.test(text)) return { problem: `“${value}”带了时间：只写日期，不写几点几分` };
    if (/^\d{1,2}\s*月/.test(text)) return { problem: `“${value}”没有年份` };
    return { problem: `“${value}”不是能读懂的日期` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = isoDay(year, month, day);
  if (!date) return { problem: `没有这一天：${year}年${month}月${day}日` };
  return { date };
}

/** Today in China (the newsroom's day), as `YYYY-MM-DD`: what a date may not be after. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A `YYYY-MM-DD` date written as Chinese readers read it: 2024年7月20日. */
export function chineseDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const dateHint = `日期写成 ${acceptedDateFormats}（年、月、日都要写，不写时间）。`;

/** A date field: parsed to `YYYY-MM-DD`, refused when it does not parse (whether it lies in the future: `checkRecordDates`). */
export const recordDate = z.unknown().transform((value, context) => {
  const reading = readDate(value);
  if ('problem' in reading) {
    context.addIssue({
      code: 'custom',
      input: value,
      message: `${reading.problem}`,
      params: { hint: dateHint, en: 'not a date (2024-07-20 or 2024年7月20日)', field: true },
    });
    return z.NEVER;
  }
  return reading.date;
});

/**
 * Why a date of a published report may not stand, when it lies after today in China: a report cannot have
 * appeared tomorrow (usually a typo in the year or month). A draft may carry tomorrow's date: it is not
 * published until `draft: true` goes, and the build checks the date again then.
 */
export function futureDateProblem(
  date: string,
  today: string = todayInChina(),
): { message: string; hint: string; en: string } | undefined {
  if (date <= today) return undefined;
  return {
    message: `${chineseDay(date)}还没到，日期不能在未来`,
    hint: '检查年份和月份是不是打错了（例如 2024 写成了 2042）；为明天准备的报道先留着 draft: true，到发表那天再发布。',
    en: `a date in the future (${date})`,
  };
}

/** Roles a byline names before a person (what an author line is refused for when it holds only this). */
export const authorRoles = [
  '记者',
  '本报记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '通讯员',
  '实习生',
  '摄影',
  '摄影记者',
];

/** One person of the byline: `记者 张三` (the role, a space, the name), or the name alone. */
export interface Author {
  role?: string;
  name: string;
}

/** `记者 张三` → { role: 记者, name: 张三 }; the last word is the name, what stands before it the role. */
export function readAuthor(text: string): Author {
  const words = text.trim().split(/[\s\u3000]+/);
  const name = words.pop()!;
  return words.length ? { role: words.join(' '), name } : { name };
}

/** An author line: `记者 张三`, one person a line. Refused empty, or with a role and no name. */
const authorSchema = z.unknown().transform((value, context) => {
  const text = typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : undefined;
  const issue = (message: string) => {
    context.addIssue({
      code: 'custom',
      input: value,
      message,
      params: {
        hint: '每行写一位作者：角色、空格、姓名，例如 - 记者 张三；没有作者就删掉这一行（或整个 authors）。',
        en: 'an author line is empty or has no name ("记者 张三")',
        field: true,
      },
    });
    return z.NEVER;
  };
  if (text === undefined) return issue(`作者要写成文字，例如 记者 张三，写的是 ${JSON.stringify(value)}`);
  if (!text) return issue('作者是空的');
  const author = readAuthor(text);
  if (authorRoles.includes(author.name)) return issue(`“${text}”只有角色，没有姓名`);
  return author;
});

/** The byline's people, in the order printed. */
const authorsSchema = z.array(authorSchema).min(1, '至少写一位作者；没有作者就删掉 authors');

/** The printed page (版次): `3` is printed 第3版; text (`A3版`, `第03版`) as written. */
const pageSchema = z.union([z.number().int().positive(), z.string().trim().min(1)]);

/** What a correction is: 更正 (something was wrong) or 更新 (something was added or has changed since). */
export const correctionKinds = ['更正', '更新'] as const;

/** One correction or update of a report, shown at the end of the chapter it concerns and of /full/. */
const correctionSchema = z.strictObject({
  /** The day it was made, checked like `published`. */
  date: recordDate,
  /** What was corrected or updated, as the newsroom words it. */
  text: z.string().trim().min(1),
  /** The slug of the chapter it concerns; left out when it concerns the whole report. */
  chapter: z.string().trim().min(1).optional(),
  /** 更正 (the default) or 更新. */
  kind: z.enum(correctionKinds).default('更正'),
});

export type Correction = z.infer<typeof correctionSchema>;

/** The fields a chapter may give when they differ from its report's. */
export const chapterRecordFields = {
  /** The day the chapter appeared, when not the report's. */
  published: recordDate.optional(),
  /** The day the chapter was last updated, when not the report's. */
  updated: recordDate.optional(),
  /** The chapter's own byline (the reporter's note by another reporter). */
  authors: authorsSchema.optional(),
  /** The printed page of the chapter, when not the report's. */
  page: pageSchema.optional(),
};

/** The report's record: every field optional. */
export const reportRecordFields = {
  ...chapterRecordFields,
  /** The day the report appeared. */
  published: recordDate.optional(),
  /** The day it was last updated: not before `published`. */
  updated: recordDate.optional(),
  /** The byline: `记者 张三`, one person a line. */
  authors: authorsSchema.optional(),
  /** 责任编辑. */
  editor: z.string().trim().min(1).optional(),
  /** The newspaper or outlet that published it. */
  publisher: z.string().trim().min(1).optional(),
  /** The printed page (版次). */
  page: pageSchema.optional(),
  /** Corrections and updates, in any order (shown newest first). */
  corrections: z.array(correctionSchema).optional(),
};

/** `updated` not before `published`; each correction not before `published`. */
export function checkRecordDates(
  record: { published?: string; updated?: string; corrections?: readonly { date: string }[]; draft?: boolean },
  context: z.core.$RefinementCtx,
): void {
  const { published, updated } = record;
  // A published report's dates are not in the future (a chapter's are checked with its report's: src/report/record.ts).
  if (record.draft === false) {
    const dates: [PropertyKey[], string | undefined][] = [
      [['published'], published],
      [['updated'], updated],
      ...(record.corrections ?? []).map((correction, index): [PropertyKey[], string] => [
        ['corrections', index, 'date'],
        correction.date,
      ]),
    ];
    for (const [path, date] of dates) {
      const problem = date && futureDateProblem(date);
      if (problem)
        context.addIssue({
          code: 'custom',
          path,
          input: date,
          message: problem.message,
          params: { hint: problem.hint, en: `${path.join('.')}: ${problem.en}` },
        });
    }
  }
  if (!published) return;
  if (updated && updated < published)
    context.addIssue({
      code: 'custom',
      path: ['updated'],
      input: updated,
      message: `更新日期 ${chineseDay(updated)} 早于发表日期 ${chineseDay(published)}`,
      params: {
        hint: 'updated（更新日期）不能早于 published（发表日期）：检查两个日期是不是写反了或打错了。',
        en: `updated (${updated}) is before published (${published})`,
      },
    });
  record.corrections?.forEach((correction, index) => {
    if (correction.date < published)
      context.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        input: correction.date,
        message: `更正日期 ${chineseDay(correction.date)} 早于发表日期 ${chineseDay(published)}`,
        params: {
          hint: '更正和更新都在报道发表以后：检查日期是不是打错了。',
          en: `a correction dated ${correction.date}, before published (${published})`,
        },
      });
  });
}
