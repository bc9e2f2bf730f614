import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableSpec, type TableName } from '../../schema/tables.ts';
import { quoteIdent } from './identifiers.ts';

export interface CatalogColumn {
  name: string;
  type: string;
}

/** A table or view the console's DuckDB knows, as the schema browser and autocomplete show it. */
export interface CatalogObject {
  /** Name to write in SQL: bare for the default schema, `db.schema.name` otherwise. */
  qualified: string;
  name: string;
  kind: 'table' | 'view';
  columns: CatalogColumn[];
  /** Exact count for tables; null for views (counting would run them) and tables not loaded yet. */
  rows: number | null;
  /** A base table that loads when a query first names it. */
  lazy?: boolean;
}

export interface FunctionInfo {
  name: string;
  kind: string;
  description: string | null;
  returns: string | null;
}

const OBJECTS_SQL = `
  SELECT database_name AS db, schema_name AS sch, table_name AS name, 'table' AS kind
    FROM duckdb_tables() WHERE NOT internal AND table_name NOT LIKE '\\_\\_upload\\_%' ESCAPE '\\'
  UNION ALL
  SELECT database_name, schema_name, view_name, 'view' FROM duckdb_views() WHERE NOT internal
  ORDER BY 4, 3`;

const COLUMNS_SQL = `
  SELECT database_name AS db, schema_name AS sch, table_name AS name, column_name AS col, data_type AS type
  FROM duckdb_columns() WHERE NOT internal ORDER BY database_name, schema_name, table_name, column_index`;

function rows<T>(table: { toArray(): unknown[] }): T[] {
  return table.toArray().map((r) => (r as { toJSON(): T }).toJSON());
}

/** Reads tables, views, columns and exact table row counts from the live catalog. */
export async function readCatalog(
  conn: AsyncDuckDBConnection,
  notLoaded: readonly TableName[],
): Promise<CatalogObject[]> {
  const objects = rows<{ db: string; sch: string; name: string; kind: 'table' | 'view' }>(
    await conn.query(OBJECTS_SQL),
  );
  const columns = rows<{ db: string; sch: string; name: string; col: string; type: string }>(
    await conn.query(COLUMNS_SQL),
  );
  const key = (db: string, sch: string, name: string) => `${db}\u0000${sch}\u0000${name}`;
  const byObject = new Map<string, CatalogColumn[]>();
  for (const c of columns) {
    const k = key(c.db, c.sch, c.name);
    if (!byObject.has(k)) byObject.set(k, []);
    byObject.get(k)?.push({ name: c.col, type: c.type });
  }
  const [defaultDb] = rows<{ d: string }>(await conn.query('SELECT current_database() AS d'));
  const qualify = (o: { db: string; sch: string; name: string }) =>
    o.db === defaultDb?.d && o.sch === 'main'
      ? o.name
      : [o.db, o.sch, o.name].map((p) => (/^[a-z_][a-z0-9_]*$/.test(p) ? p : quoteIdent(p))).join('.');
  const full = (o: { db: string; sch: string; name: string }) =>
    [o.db, o.sch, o.name].map((p) => quoteIdent(p)).join('.');
  const tables = objects.filter((o) => o.kind === 'table');
  const counts = new Map<string, number>();
  if (tables.length > 0) {
    const countSql = tables
      .map((t, i) => `SELECT ${i} AS i, count(*)::DOUBLE AS n FROM ${full(t)}`)
      .join(' UNION ALL ');
    for (const r of rows<{ i: number; n: number }>(await conn.query(countSql))) {
      const t = tables[r.i];
      counts.set(key(t.db, t.sch, t.name), r.n);
    }
  }
  const result: CatalogObject[] = objects.map((o) => ({
    qualified: qualify(o),
    name: o.name,
    kind: o.kind,
    columns: byObject.get(key(o.db, o.sch, o.name)) ?? [],
    rows: o.kind === 'table' ? (counts.get(key(o.db, o.sch, o.name)) ?? null) : null,
  }));
  for (const table of notLoaded) {
    if (result.some((o) => o.name === table)) continue;
    const spec = tableSpec(table);
    result.push({
      qualified: table,
      name: table,
      kind: 'table',
      columns: spec.columns.map((c) => ({ name: c.name, type: c.type })),
      rows: null,
      lazy: true,
    });
  }
  return result;
}

/** Scalar, aggregate, table functions and macros with a plain name, for autocomplete. */
export async function readFunctions(conn: AsyncDuckDBConnection): Promise<FunctionInfo[]> {
  const result = await conn.query(`
    SELECT function_name AS name, any_value(function_type) AS kind,
      any_value(description) AS description, any_value(return_type) AS returns
    FROM duckdb_functions()
    WHERE regexp_matches(function_name, '^[a-z][a-z0-9_]*$')
      AND function_type IN ('scalar', 'aggregate', 'macro', 'table', 'table_macro')
    GROUP BY function_name ORDER BY function_name`);
  return rows<FunctionInfo>(result);
}
