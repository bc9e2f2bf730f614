import { DuckDBDataProtocol, type AsyncDuckDB, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { decodeTextBytes } from '../../formats/decode-text.ts';
import { parquetToArrow } from '../parquet-to-arrow.ts';
import { checkCsvShape, DELIMITERS, ImportError, type CsvShape } from './csv-shape.ts';
import { errorSummary } from './error-position.ts';
import { quoteIdent } from './identifiers.ts';
import { parseJsonRecords, recordsToArrow } from './json-records.ts';

/** Registered files live here; the console's DuckDB may read nothing else (`allowed_directories`). */
export const UPLOAD_DIR = '/upload/';

export type UploadFormat = 'csv' | 'parquet' | 'json';

const SNIFF_BYTES = 64 * 1024;

/** The format of an uploaded file, from its extension, else from its first bytes. */
export async function detectUploadFormat(file: File): Promise<UploadFormat | null> {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (['csv', 'tsv', 'txt'].includes(ext)) return 'csv';
  if (['parquet', 'pq'].includes(ext)) return 'parquet';
  if (['json', 'jsonl', 'ndjson'].includes(ext)) return 'json';
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (String.fromCharCode(...head) === 'PAR1') return 'parquet';
  return null;
}

export interface ImportTarget {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
}

export interface ImportedTable {
  rows: number;
  columns: number;
  /** Detected text encoding (CSV and JSON), for the upload list. */
  encoding?: string;
}

async function loadCsv(target: ImportTarget, file: File, temp: string, id: number): Promise<string> {
  const path = `${UPLOAD_DIR}${id}.csv`;
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  if (head.length === 0) throw new ImportError({ code: 'empty' });
  let encoding = decodeTextBytes(head, file.name).encoding;
  let shape: CsvShape;
  if (encoding === 'utf-8') {
    // UTF-8 is what DuckDB reads: the File is registered as a handle and read in place, never copied into JS.
    shape = await checkCsvShape(file, 'utf-8');
    await target.db.registerFileHandle(path, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
  } else {
    // GB18030 and UTF-16 must be decoded in JS (DuckDB's other encodings are a download away), then handed
    // over as UTF-8 bytes.
    const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    encoding = decoded.encoding;
    shape = await checkCsvShape(decoded.text);
    await target.db.registerFileBuffer(path, new TextEncoder().encode(decoded.text));
  }
  try {
    const statement = await target.conn.prepare(
      `CREATE TABLE ${quoteIdent(temp)} AS SELECT * FROM read_csv(?, header = true, delim = ${DELIMITERS[shape.delimiter]}, quote = '"', escape = '"', sample_size = -1)`,
    );
    try {
      await statement.query(path);
    } finally {
      await statement.close();
    }
  } finally {
    await target.db.dropFile(path);
  }
  return encoding;
}

async function loadParquet(target: ImportTarget, file: File, temp: string): Promise<void> {
  // The Parquet reader of DuckDB-WASM is an extension downloaded from the internet, so the file is decoded
  // in JS (all codecs) and inserted as Arrow; that needs its bytes in memory anyway.
  const { compressors } = await import('hyparquet-compressors');
  const arrow = await parquetToArrow(await file.arrayBuffer(), { source: file.name, compressors });
  await target.conn.insertArrowTable(arrow, { name: temp, create: true });
}

async function loadJson(target: ImportTarget, file: File, temp: string): Promise<string> {
  const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  const arrow = recordsToArrow(parseJsonRecords(decoded.text));
  await target.conn.insertArrowTable(arrow, { name: temp, create: true });
  return decoded.encoding;
}

/**
 * Loads a file into a temporary table, then renames it to `name` in one statement, so a file that fails
 * half-way leaves every existing table as it was.
 */
export async function importFile(
  target: ImportTarget,
  file: File,
  format: UploadFormat,
  name: string,
  id: number,
): Promise<ImportedTable> {
  const temp = `__upload_${id}`;
  let encoding: string | undefined;
  try {
    if (format === 'csv') encoding = await loadCsv(target, file, temp, id);
    else if (format === 'parquet') await loadParquet(target, file, temp);
    else encoding = await loadJson(target, file, temp);
    const counted = await target.conn.query(
      `SELECT count(*)::DOUBLE AS n, (SELECT count(*) FROM duckdb_columns() WHERE table_name = '${temp}')::DOUBLE AS c FROM ${quoteIdent(temp)}`,
    );
    const row = counted.get(0);
    await target.conn.query(`ALTER TABLE ${quoteIdent(temp)} RENAME TO ${quoteIdent(name)}`);
    return { rows: Number(row?.n ?? 0), columns: Number(row?.c ?? 0), encoding };
  } catch (err) {
    await target.conn.query(`DROP TABLE IF EXISTS ${quoteIdent(temp)}`).catch(() => undefined);
    if (err instanceof ImportError) throw err;
    const message = errorSummary(err instanceof Error ? err.message : String(err));
    throw new ImportError({ code: 'detail', detail: message.split('\n\n')[0] });
  }
}
