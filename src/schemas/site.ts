import { z } from 'astro/zod';

/** What each `{name}` placeholder of an interface string is replaced by, for the editor's message. */
const placeholderMeanings: Record<string, string> = {
  minutes: '分钟数',
  rate: '语速的倍数',
  n: '第几个',
  count: '一共几个',
  url: '网址',
  title: '标题',
  description: '图表的说明',
  number: '第几篇（一、二、三……）',
  date: '日期',
  page: '版次的数字',
  name: '姓名',
};

/**
 * The `{name}` placeholders of the interface strings that have any: `required` must each be in the
 * string, `optional` may be; no other placeholder may appear in any string of `ui` (the site fills
 * them through `fillUi`, src/report/ui-format.ts; one it does not know would reach readers as braces).
 */
export const uiPlaceholders: Record<string, { required: string[]; optional?: string[] }> = {
  readingTime: { required: ['minutes'] },
  listenRate: { required: ['rate'] },
  listenReading: { required: ['n', 'count'] },
  qrCodeAlt: { required: ['url'] },
  shareCardAlt: { required: ['title'] },
  chartItem: { required: ['n', 'count'] },
  chartImageAlt: { required: ['title'], optional: ['description'] },
  numberLinkTitle: { required: ['title'] },
  printDataNote: { required: ['url'] },
  footnoteBack: { required: ['n'] },
  seriesNumber: { required: ['number'] },
  updatedOn: { required: ['date'] },
  printPage: { required: ['page'] },
  editorCredit: { required: ['name'] },
};

const listed = (names: readonly string[]) => names.map((name) => `{${name}}`).join('、');

/** Each interface string's placeholders against `uiPlaceholders`: an issue (Chinese, with what to do) per slip. */
function checkPlaceholders(ui: Record<string, unknown>, context: z.core.$RefinementCtx): void {
  for (const [field, value] of Object.entries(ui)) {
    if (typeof value !== 'string') continue;
    const { required = [], optional = [] } = uiPlaceholders[field] ?? {};
    const allowed = [...required, ...optional];
    const used = [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const missing = required.filter((name) => !used.includes(name));
    const unknown = [...new Set(used.filter((name) => !allowed.includes(name)))];
    const issue = (message: string, hint: string, en: string) =>
      context.addIssue({ code: 'custom', path: [field], input: value, message, params: { hint, en } });
    // One placeholder misspelt ({minute} for {minutes}): one problem, saying which is which.
    if (missing.length === 1 && unknown.length === 1) {
      const [name, written] = [missing[0]!, unknown[0]!];
      issue(
        `占位符写成了 {${written}}，应是 {${name}}（网站会把它换成${placeholderMeanings[name] ?? name}）`,
        `把 {${written}} 改成 {${name}}（半角花括号加英文名，不要翻译）。`,
        `ui.${field}: placeholder {${written}} should be {${name}}`,
      );
      continue;
    }
    for (const name of missing) {
      issue(
        `缺少占位符 {${name}}（网站会把它换成${placeholderMeanings[name] ?? name}）`,
        value.includes(`｛${name}｝`)
          ? `把“｛${name}｝”的全角花括号改成半角：{${name}}。`
          : `这句话里要原样写上 ${listed(required)}（半角花括号加英文名，不要翻译）；把 {${name}} 加回句中合适的位置。`,
        `ui.${field}: the placeholder {${name}} is missing`,
      );
    }
    for (const name of unknown) {
      issue(
        `不认识的占位符 {${name}}，网站不会填它，读者会看到花括号`,
        allowed.length
          ? `这句话能用的占位符只有 ${listed(allowed)}；改正拼写，或删掉 {${name}}。`
          : `这句话不填入任何内容：删掉 {${name}}。`,
        `ui.${field}: unknown placeholder {${name}}`,
      );
    }
  }
}

/** Words of the interface (not of the article) that editors may reword. */
const uiStringsSchema = z
  .strictObject({
    /** The skip link that jumps past the navigation. */
    skipToContent: z.string().min(1),
    /** The bar across a draft's pages in a preview build (SHOW_DRAFTS=1) or the dev server: not for publishing. */
    draftMark: z.string().min(1),
    /** Link back to the cover page. */
    backToCover: z.string().min(1),
    /** Heading of the chapter list. */
    contents: z.string().min(1),
    /** Label of the link to the previous chapter. */
    previous: z.string().min(1),
    /** Label of the link to the next chapter. */
    next: z.string().min(1),
    /** Call to action on the cover's chapter list. */
    readChapter: z.string().min(1),
    /** Small label above a photo caption. */
    captionLabel: z.string().min(1),
    /** No longer shown (issue 33: a caption without its photo reads as a caption); kept so older site.json files still load. */
    captionNoPhoto: z.string().min(1).optional(),
    /** Label of an editor's note. */
    editorNote: z.string().min(1),
    /** Title of the 404 page. */
    notFoundTitle: z.string().min(1),
    /** Text of the 404 page. */
    notFoundText: z.string().min(1),
    /** The 繁/简 switch on a simplified page, in 繁體: it leads to the same place in the 繁體 edition. */
    scriptSwitchHant: z.string().includes('繁'),
    /** The switch on a 繁體 page, left in simplified characters: it leads back to the original. */
    scriptSwitchHans: z.string().includes('简'),
    /** Said in a 繁體 page's footer (converted like the rest): the page is converted automatically from the simplified original. */
    hantNotice: z.string().min(1),
    /** Link from the 404 page to the cover. */
    notFoundLink: z.string().min(1),
    /** Reading time of a page; `{minutes}` is replaced by whole minutes (at 400 characters a minute). */
    readingTime: z.string().min(1),
    /** Heading of the table of contents of a long page (the one-page edition). */
    tableOfContents: z.string().min(1),
    /** Link that jumps back to the top of the page. */
    backToTop: z.string().min(1),
    /** Title of the one-page edition (/full/), also on its share card. */
    fullEdition: z.string().min(1),
    /** Link to the one-page edition, for reading in one go or printing. */
    fullEditionLink: z.string().min(1),
    /** Heading of the lede (导语) in the one-page edition. */
    lede: z.string().min(1),
    /** Accessible name of the theme switch. */
    themeLabel: z.string().min(1),
    /** Theme choice: follow the system's light or dark setting. */
    themeSystem: z.string().min(1),
    /** Theme choice: always light. */
    themeLight: z.string().min(1),
    /** Theme choice: always dark. */
    themeDark: z.string().min(1),
    /** Accessible name of the text-size switch (字号), also shown before its buttons and said before each one. */
    textSizeLabel: z.string().min(1),
    /** Text size: the standard size (标准). */
    textSizeStandard: z.string().min(1),
    /** Text size: large (大). */
    textSizeLarge: z.string().min(1),
    /** Text size: extra large (特大), body text at least 22 px on a phone. */
    textSizeXLarge: z.string().min(1),
    /** The button that reads the page aloud with the browser's Chinese voice (听全文). */
    listen: z.string().min(1),
    /** Accessible name of the reading-aloud controls while they are shown (朗读). */
    listenPlayer: z.string().min(1),
    /** Pauses the reading (暂停). */
    listenPause: z.string().min(1),
    /** Resumes the reading (继续). */
    listenResume: z.string().min(1),
    /** Stops the reading (停止). */
    listenStop: z.string().min(1),
    /** Label of the reading-speed choice (语速). */
    listenSpeed: z.string().min(1),
    /** One reading speed; `{rate}` is replaced by 0.8, 1, 1.25 or 1.5. */
    listenRate: z.string().min(1),
    /** Shown and announced while reading; `{n}` is the paragraph being read and `{count}` how many there are. */
    listenReading: z.string().min(1),
    /** Announced when the reading is paused. */
    listenPaused: z.string().min(1),
    /** Announced when the reader stops the reading. */
    listenStopped: z.string().min(1),
    /** Announced when the whole page has been read. */
    listenEnded: z.string().min(1),
    /** Label of the share button. */
    share: z.string().min(1),
    /** The button that opens the reader's settings (字号, 配色, 繁/简) in the header. */
    readerSettings: z.string().min(1),
    /** Announced after the page's link was copied (when the system share sheet is not available). */
    shareCopied: z.string().min(1),
    /** Announced when neither sharing nor copying worked. */
    shareFailed: z.string().min(1),
    /** The control beside 分享 that shows the page's QR code (wide screens only); its accessible name holds 二维码. */
    qrCode: z.string().includes('二维码'),
    /** Heading above the on-screen QR code (手机扫码阅读). */
    qrCodeTitle: z.string().min(1),
    /** Under the on-screen QR code: that scanning it in WeChat shares the page there (分享到微信). */
    qrCodeWeChat: z.string().min(1),
    /** Closes the on-screen QR code. */
    qrCodeClose: z.string().min(1),
    /** Text alternative of a QR code image; `{url}` is replaced by the address it holds. */
    qrCodeAlt: z.string().min(1),
    /** Printed beside the QR code at the end of a printed chapter or the one-page edition. */
    qrCodePrint: z.string().min(1),
    /**
     * Announced to a reader in WeChat's in-app browser (its user agent names MicroMessenger), which has no
     * share sheet for pages: how to share from WeChat's own menu instead.
     */
    shareWeChat: z.string().min(1),
    /** Alt text of a page's share card (og:image); `{title}` is replaced by the page title. */
    shareCardAlt: z.string().min(1),
    /** The toggle that shows a chart's or card group's data table (查看数据). */
    viewData: z.string().min(1),
    /** The one disclosure under a chart or card group: its table, notes, downloads and embed code (数据与下载). */
    dataAndDownloads: z.string().min(1),
    /** Label before the CSV and JSON download links (下载数据). */
    downloadData: z.string().min(1),
    /** Link to a chart's image (2× PNG with title, takeaway, source and site name) (下载图片). */
    downloadImage: z.string().min(1),
    /** Hint shown when a chart has keyboard focus: which keys explore it. */
    chartKeys: z.string().min(1),
    /** Announced after a bar's value: its place; `{n}` and `{count}` are replaced. */
    chartItem: z.string().min(1),
    /** The control under a chart that shows the code to embed it elsewhere (嵌入). */
    embed: z.string().min(1),
    /** What the embed code does, above it. */
    embedIntro: z.string().min(1),
    /** Accessible name of the box holding the embed code. */
    embedCode: z.string().min(1),
    /** The button that copies the embed code. */
    embedCopy: z.string().min(1),
    /** Announced after the embed code was copied. */
    embedCopied: z.string().min(1),
    /** Announced when copying failed. */
    embedCopyFailed: z.string().min(1),
    /** Alt text of a chart's image (no JavaScript, feeds); `{title}` and `{description}` are replaced. */
    chartImageAlt: z.string().min(1),
    /** Title of the data page and of the footer link to it (数据与来源). */
    dataPageTitle: z.string().min(1),
    /** Introduction on the data page: what the datasets are and how they are checked. */
    dataPageIntro: z.string().min(1),
    /** Label of the link to the machine-readable Frictionless Data Package (datapackage.json). */
    dataPackage: z.string().min(1),
    /** Label before a figure's source line (来源). */
    source: z.string().min(1),
    /** Label before a figure's notes (注). */
    notes: z.string().min(1),
    /** Says a figure was computed by the site from the article's figures (计算值). */
    calculated: z.string().min(1),
    /** Explains the calculated label, before the formula (按文中数字计算). */
    calculatedFrom: z.string().min(1),
    /** Table column: what the figure is (项目). */
    columnLabel: z.string().min(1),
    /** Table column: the figure with its unit (数值). */
    columnValue: z.string().min(1),
    /** Table column: the article's words that state it (原文). */
    columnQuote: z.string().min(1),
    /** Label before a dataset's period (时期). */
    period: z.string().min(1),
    /** Link from a table row or tooltip to the sentence in the text (在正文中查看). */
    showInText: z.string().min(1),
    /** Link from a data-page entry to the chart in its chapter (查看图表). */
    showChart: z.string().min(1),
    /** Title of an in-text number that links to its chart; `{title}` is the chart title. */
    numberLinkTitle: z.string().min(1),
    /** Words before the report's headline in a source line (报道). */
    sourceArticle: z.string().min(1),
    /**
     * Printed only, at the end of a page with charts or cards: where their tables and the article's words
     * are (the data page); `{url}` is replaced by its address.
     */
    printDataNote: z.string().min(1),
    /** Heading of a page's footnotes (注释). */
    footnotes: z.string().min(1),
    /** Screen-reader label of a footnote's link back to the text; `{n}` is the footnote's number. */
    footnoteBack: z.string().min(1),
    /** Accessible name of the series navigation on report pages. */
    seriesNav: z.string().min(1),
    /** Heading of the list of the series' reports on the series page. */
    seriesReports: z.string().min(1),
    /** Label of the link to the previous report of the series. */
    previousReport: z.string().min(1),
    /** Label of the link to the next report of the series. */
    nextReport: z.string().min(1),
    /** Label of a report's position in the series; `{number}` is 一, 二, 三… (之一). */
    seriesNumber: z.string().min(1),
    /** Label over the latest report on the series page. */
    latestReport: z.string().min(1),
    /** Title of a page that moved to a new address (the old addresses of report 1). */
    movedTitle: z.string().min(1),
    /** Text of a moved page, before the link to its new address. */
    movedTo: z.string().min(1),
    /** Title of the RSS feed link in every page's head. */
    feedTitle: z.string().min(1),
    /** In a byline, after the date of publication: when the report was last updated; `{date}` is 7月21日. */
    updatedOn: z.string().min(1),
    /** In a byline, the printed page (版次) when the editor gives it as a number; `{page}` is the number. */
    printPage: z.string().min(1),
    /** At the end of a report's text: its 责任编辑; `{name}` is the editor's name. */
    editorCredit: z.string().min(1),
    /** Heading of a page's corrections (更正). */
    corrections: z.string().min(1),
    /** Heading of a page's updates (更新). */
    updates: z.string().min(1),
    /** Heading of a page's corrections when updates are among them (更正与更新). */
    correctionsAndUpdates: z.string().min(1),
    /** Heading of the list of the series' other reports at the end of a report (本系列其他报道). */
    otherReports: z.string().min(1),
  })
  .superRefine(checkPlaceholders);

/** The series the reports belong to. */
const seriesSchema = z.strictObject({
  /** Name of the series in the article's own words; the title of the series page (/). */
  name: z.string().trim().min(1),
});

/** `content/site.json`: the series and the interface words, shared by every report. */
export const siteSchema = z.strictObject({
  /** The series; each report's number and headline are in its own report.mdx. */
  series: seriesSchema,
  /** Interface words. */
  ui: uiStringsSchema,
});

export type Site = z.infer<typeof siteSchema>;
