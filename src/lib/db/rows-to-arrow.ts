import {
  DateDay,
  Field,
  Float64,
  Int32,
  List,
  Table,
  Utf8,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';
import { tableSpec, type ColumnType, type TableName } from '../schema/tables.ts';

const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  VARCHAR: () => new Utf8(),
  INTEGER: () => new Int32(),
  DOUBLE: () => new Float64(),
  DATE: () => new DateDay(),
  'VARCHAR[]': () => new List(new Field('item', new Utf8(), true)),
};

/** Builds an Arrow table with exactly the schema's column types from plain rows (e.g. a report added in the browser). */
export function rowsToArrow(table: TableName, rows: readonly Record<string, unknown>[]): Table {
  const vectors = Object.fromEntries(
    tableSpec(table).columns.map((c) => {
      const values = rows.map((r) => {
        const v = r[c.name] ?? null;
        return c.type === 'DATE' && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v;
      });
      return [c.name, vectorFromArray(values, ARROW_TYPES[c.type]())];
    }),
  );
  return new Table(vectors);
}
