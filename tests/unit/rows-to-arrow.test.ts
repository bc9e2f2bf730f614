import { expect, it } from 'vitest';
import { arrowToRows } from '../../src/lib/db/arrow-rows.ts';
import { rowsToArrow } from '../../src/lib/db/rows-to-arrow.ts';

it('builds Arrow columns with the schema types and round-trips values, dates, lists and nulls', () => {
  const sections = rowsToArrow('sections', [
    {
      file: 'a.txt',
      ordinal: 0,
      heading: '一、主要举措',
      heading_path: '一、主要举措',
      level: 1,
      section_start: 0,
      section_end: 9,
      chars: 9,
      areas: ['2021.executive'],
    },
    {
      file: 'a.txt',
      ordinal: 1,
      heading: '二、不足',
      heading_path: '二、不足',
      level: 1,
      section_start: 9,
      section_end: 20,
      chars: 11,
      areas: [],
    },
  ]);
  expect(sections.schema.fields.map((f) => String(f.type))).toEqual([
    'Utf8',
    'Int32',
    'Utf8',
    'Utf8',
    'Int32',
    'Int32',
    'Int32',
    'Int32',
    'List<Utf8>',
  ]);
  expect(arrowToRows(sections)[0].areas).toEqual(['2021.executive']);
  const docs = arrowToRows(
    rowsToArrow('documents', [
      { file: 'a.txt', doc_type: 'other', report_date: '2022-01-12', report_year: 2021, chars: 3 },
    ]),
  );
  expect(docs[0]).toMatchObject({
    file: 'a.txt',
    report_date: '2022-01-12',
    report_year: 2021,
    agency: null,
  });
});
