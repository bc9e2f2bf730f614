import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/lib/ingest/overrides.ts';

const files = new Set(['a.txt']);
const metrics = new Set(['cases.reconsideration', 'powers.total']);
const HEAD = 'file,metric_id,value,qualifier,note,reviewer\n';

describe('parseOverrides', () => {
  it('reads values, qualifiers, notes and empty values as rejections', () => {
    const rows = parseOverrides(
      `\uFEFF${HEAD}a.txt,cases.reconsideration,5,,"recount, see p.3",王五\na.txt,powers.total,,exact,wrong list,\n`,
      'overrides.csv',
      files,
      metrics,
    );
    expect(rows).toEqual([
      {
        line: 2,
        file: 'a.txt',
        metric_id: 'cases.reconsideration',
        value: 5,
        qualifier: 'exact',
        note: 'recount, see p.3',
        reviewer: '王五',
      },
      {
        line: 3,
        file: 'a.txt',
        metric_id: 'powers.total',
        value: null,
        qualifier: 'exact',
        note: 'wrong list',
        reviewer: null,
      },
    ]);
  });

  it.each([
    [`${HEAD}b.txt,powers.total,1,exact,,\n`, 'line 2: unknown file "b.txt"'],
    [`${HEAD}a.txt,powers.nope,1,exact,,\n`, 'line 2: unknown metric_id "powers.nope"'],
    [`${HEAD}a.txt,powers.total,1O,exact,,\n`, 'line 2: value "1O" is not a number'],
    [`${HEAD}a.txt,powers.total,1,roughly,,\n`, 'line 2: qualifier "roughly" must be one of'],
    [
      `${HEAD}a.txt,powers.total,1,,,\na.txt,powers.total,2,,,\n`,
      'line 3: a second override for a.txt powers.total',
    ],
    ['file,metric_id,value\na.txt,powers.total,1\n', 'missing column(s) qualifier, note, reviewer'],
  ])('rejects %j with a message naming the line', (csv, message) => {
    expect(() => parseOverrides(csv, 'overrides.csv', files, metrics)).toThrow(message);
  });
});
