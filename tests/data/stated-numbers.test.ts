import { describe, expect, it } from 'vitest';
import { isStated, statedNumbers, unstatedNumbers } from '../../src/data/stated-numbers';

describe('statedNumbers', () => {
  it('reads each Arabic number with its unit, as written (全角 too)', () => {
    expect(
      statedNumbers('全区签约工业项目５９个，年产8GW，增长超16%，协议投资额398.09亿元').map((n) => n.written),
    ).toEqual(['５９个', '8GW', '16%', '398.09亿元']);
  });

  it('reads a number alone when the word after it is not a unit (a name, a range’s low end)', () => {
    expect(statedNumbers('驼峰600重载无人直升机，500万至600万元').map((n) => n.token)).toEqual([
      '600',
      '500万',
      '600万元',
    ]);
  });
});

describe('isStated and unstatedNumbers', () => {
  const text = ['目前，全区签约工业项目59个，其中，10亿元以上项目9个。武骏光能年产8GW光伏封装材料'];

  it('finds a number with its unit in the text, and not inside a longer number', () => {
    expect(unstatedNumbers('签约项目59个，其中9个', text)).toEqual([]);
    expect(unstatedNumbers('签约项目69个', text)).toEqual(['69个']);
    expect(unstatedNumbers('年产9GW', text)).toEqual(['9GW']);
    expect(isStated(statedNumbers('5个')[0]!, ['59个'])).toBe(false);
    expect(isStated(statedNumbers('驼峰6')[0]!, ['驼峰600'])).toBe(false);
  });

  it('names each unstated number once', () => {
    expect(unstatedNumbers('69个，69个，70个', text)).toEqual(['69个', '70个']);
  });
});
