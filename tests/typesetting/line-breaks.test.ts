import { describe, expect, it } from 'vitest';
import {
  fillLines,
  lastLineTail,
  lineBreaks,
  numbersWithUnits,
  unbrokenNumbers,
  words,
} from '../../src/typesetting/line-breaks';

const found = (text: string) => numbersWithUnits(text).map(([start, end]) => text.slice(start, end));

describe('numbersWithUnits', () => {
  it('finds each number of the article with its scale word and unit', () => {
    expect(found('目前，全区签约工业项目59个，协议投资额398.09亿元，其中，10亿元以上项目9个。')).toEqual([
      '59个',
      '398.09亿元',
      '10亿元',
      '9个',
    ]);
    expect(found('年产8GW光伏组件及配套年产50万吨太阳能材料')).toEqual(['8GW', '50万吨']);
    expect(found('行业亩均产值500万至600万元，增长18.89%')).toEqual(['500万', '600万元', '18.89%']);
    expect(found('2023年度市“双百”企业，5微米及以下')).toEqual(['2023年度', '5微米']);
  });
  it('reads the 繁體 edition’s units too', () => {
    expect(found('10億元以上項目9個，50萬噸')).toEqual(['10億元', '9個', '50萬噸']);
  });
  it('leaves a number without a unit alone (驼峰600)', () => {
    expect(found('驼峰600最大起飞重量')).toEqual([]);
  });
});

describe('unbrokenNumbers', () => {
  it('cuts the text around its numbers with units, every character kept in order', () => {
    const text = '其中，10亿元以上项目9个。';
    const pieces = unbrokenNumbers(text);
    expect(pieces).toEqual([
      { text: '其中，', unbroken: false },
      { text: '10亿元', unbroken: true },
      { text: '以上项目', unbroken: false },
      { text: '9个', unbroken: true },
      { text: '。', unbroken: false },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(unbrokenNumbers('没有数字')).toEqual([{ text: '没有数字', unbroken: false }]);
  });
  it('with tail, holds the last word too, with its stop and a number it ends in', () => {
    const held = (text: string) =>
      unbrokenNumbers(text, true)
        .filter((piece) => piece.unbroken)
        .map((piece) => piece.text);
    expect(held('精准招商引资，是加快形成新质生产力的源头活水。')).toEqual(['活水。']);
    expect(held('全区签约工业项目59个')).toEqual(['59个']);
    expect(held('其中10亿元以上项目9个。')).toEqual(['10亿元', '9个。']);
    for (const text of ['精准招商引资，是加快形成新质生产力的源头活水。', '全区签约工业项目59个', '短'])
      expect(
        unbrokenNumbers(text, true)
          .map((piece) => piece.text)
          .join(''),
      ).toBe(text);
    expect(held('短')).toEqual([]);
  });
});

describe('lineBreaks and words', () => {
  it('breaks between the words ICU finds, never inside one', () => {
    expect(words('入选市工业重点投产项目')).toEqual(['入选市', '工业', '重点', '投产', '项目']);
    expect(words('构建现代产业集群')).toEqual(['构建', '现代', '产业', '集群']);
  });
  it('keeps a number with its unit, and Chinese numerals with their measure word', () => {
    expect(words('其中10亿元以上项目')).toEqual(['其中', '10亿元', '以上', '项目']);
    expect(words('党的二十届三中全会')).not.toContain('届');
    expect(words('党的二十届三中全会').join('|')).not.toMatch(/二十\|届|三\|中/);
  });
  it('keeps with a word the single characters ICU splits off: an unknown word (光伏, 耐世特) or a suffix (型, 能)', () => {
    expect(words('白沙工业园光伏产业').join('|')).not.toMatch(/光\||工业\|园/);
    expect(words('耐世特人均产值')[0]).toMatch(/^耐世特/);
    expect(words('成长型工业企业')).toEqual(['成长型', '工业', '企业']);
    expect(words('钙钛矿太阳能电池组件').join('|')).not.toMatch(/太阳\|能/);
  });
  it('reads a run of single characters as words of two (three at an odd start), never as one long word', () => {
    // ICU here: 数|智|赋|能|聚|势|创新. Joined whole, 数智赋能聚势 overflowed the cover's chapter list at 320 px 特大.
    expect(words('数智赋能聚势创新')).toEqual(['数智', '赋能', '聚势', '创新']);
    expect(words('招商引资接龙引凤')).toEqual(['招商', '引资', '接龙', '引凤']);
    expect(words('构建现代产业集群')).toEqual(['构建', '现代', '产业', '集群']);
    expect(words('涵养好生态')).toEqual(['涵养好', '生态']);
    for (const heading of ['数智赋能聚势创新', '招商引资接龙引凤', '入选市工业重点投产项目'])
      for (const word of words(heading)) expect(word.length, `${heading}: ${word}`).toBeLessThanOrEqual(3);
  });
  it('never puts a line break after an opening mark or before a closing one', () => {
    const text = '“新质生产力”是一道新时代新征程上的重要命题，也是一道推动高质量发展的关键考卷。';
    for (const at of lineBreaks(text)) {
      expect('“（《', text.slice(0, at)).not.toContain(text[at - 1]);
      expect('”，。、）》', text.slice(at)).not.toContain(text[at]);
    }
    expect(words('打造增长“新引擎”')).toEqual(['打造', '增长', '“新', '引擎”']);
  });
  it('keeps Latin letters, digits and signs together, as Unicode line breaking does (3+3+N)', () => {
    expect(words('“3+3+N”现代产业集群体系')).toEqual(['“3+3+N”', '现代', '产业', '集群', '体系']);
    expect(words('驼峰600重载无人直升机')[0]).toBe('驼峰');
  });
  it('may break after a space', () => {
    expect(words('构建现代产业集群 打造')).toEqual(['构建', '现代', '产业', '集群 ', '打造']);
  });
  it('joins back into the text', () => {
    const text = '武骏光能年产8GW光伏封装材料及制品项目';
    expect(words(text).join('')).toBe(text);
  });
});

describe('lastLineTail', () => {
  const tail = (text: string) => {
    const start = lastLineTail(text);
    return start === undefined ? undefined : text.slice(start);
  };
  it('holds the last word with its stop, so no lone character ends a paragraph', () => {
    expect(tail('也是一道推动高质量发展的关键考卷。')).toBe('考卷。');
    expect(tail('提供一流的数据人工智能检测与解决方案。')).toBe('方案。');
    expect(tail('其中，10亿元以上项目9个。')).toBe('9个。');
  });
  it('holds nothing when the tail would be too long to keep the line before it even', () => {
    expect(tail('这是重庆自行车者科技有限公司')).toBe('有限公司');
    expect(lastLineTail('江津区 manufacturing')).toBeUndefined();
    expect(lastLineTail('。')).toBeUndefined();
  });
});

describe('fillLines', () => {
  const fits = (width: number) => (line: string) => [...line].length <= width;
  it('fills lines word by word', () => {
    expect(fillLines('贯彻落实党的二十届三中全会精神主题报道', fits(8))).toEqual([
      '贯彻落实党的',
      '二十届三中全会',
      '精神主题报道',
    ]);
  });
  it('breaks a word longer than a line between its characters, never before a closing mark', () => {
    expect(fillLines('一二三，四五', fits(3))).toEqual(['一二三，', '四五']);
  });
  it('drops the space a line ends with', () => {
    expect(fillLines('集群 打造增长', fits(3))).toEqual(['集群', '打造', '增长']);
  });
});
