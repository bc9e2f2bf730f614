import { describe, expect, it } from 'vitest';
import {
  cellWidth,
  errorRange,
  errorSummary,
  errorText,
  indexAtByte,
  indexAtColumn,
  parseErrorLocation,
  sandboxHint,
} from '../../src/lib/db/console/error-position.ts';

// Messages as DuckDB-WASM 1.32 returns them (copied from the browser).
const binder = (line: string, caret: number, n = 1) =>
  `Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "range"\n\nLINE ${n}: ${line}\n${' '.repeat(`LINE ${n}: `.length + caret)}^`;

describe('parseErrorLocation', () => {
  it('finds the caret of an ASCII line', () => {
    const sql = 'SELECT nope FROM range(3)';
    expect(parseErrorLocation(binder(sql, 7), sql)).toEqual({ line: 1, offset: 7 });
  });

  it('counts Chinese characters as two terminal cells, as DuckDB does', () => {
    const sql = "SELECT '行政复议行政复议', nope FROM range(1)";
    // DuckDB put the caret 27 cells into the line: 8 + 8×2 + 3.
    expect(parseErrorLocation(binder(sql, 27), sql)?.offset).toBe(sql.indexOf('nope'));
  });

  it('counts tabs as zero cells', () => {
    const sql = 'SELECT\t1,\tnope';
    expect(parseErrorLocation(binder(sql, 8), sql)?.offset).toBe(sql.indexOf('nope'));
  });

  it('maps a later line back to its offset in the statement', () => {
    const sql = 'SELECT 1,\n  2 +\n  FROM';
    const message =
      'Parser Error: syntax error at or near "FROM"\n\nLINE 3:   FROM\n          ^\n\nLINE 3:   FROM\n          ^';
    expect(parseErrorLocation(message, sql)).toEqual({ line: 3, offset: sql.lastIndexOf('FROM') });
  });

  it('finds the window of a long line that DuckDB cut with "..."', () => {
    const sql = `SELECT ${Array.from({ length: 40 }, (_, i) => `'值${i}' AS c${i}`).join(', ')}, nope FROM range(1)`;
    const message =
      "Binder Error: x\n\nLINE 1: ..., '值36' AS c36, '值37' AS c37, '值38' AS c38, '值39' AS c39, nope FROM range(1)\n" +
      ' '.repeat(73) +
      '^';
    expect(parseErrorLocation(message, sql)?.offset).toBe(sql.indexOf('nope'));
  });

  it('reads the JSON form the streaming path returns, whose position is a UTF-8 byte offset', () => {
    const sql = "SELECT '行政',\nFORM documents";
    const position = new TextEncoder().encode(sql.slice(0, sql.indexOf('documents'))).length;
    const message = JSON.stringify({
      exception_type: 'Parser',
      exception_message: 'syntax error at or near "documents"\n\nLINE 2: FORM documents\n             ^',
      error_subtype: 'SYNTAX_ERROR',
      position: String(position),
    });
    expect(parseErrorLocation(message, sql)).toEqual({ line: 2, offset: sql.indexOf('documents') });
    expect(errorSummary(message)).toBe('Parser Error: syntax error at or near "documents"');
    expect(errorText(message)).toContain('LINE 2');
    expect(indexAtByte('行政x', 6)).toBe(2);
  });

  it('points at the end for "at end of input", and gives null without a position', () => {
    const sql = "SELECT 'x' || 1 = ";
    expect(parseErrorLocation('Parser Error: syntax error at end of input', sql)).toEqual({
      line: 1,
      offset: sql.trimEnd().length,
    });
    expect(parseErrorLocation('Out of Memory Error: nope', sql)).toBeNull();
  });
});

describe('error helpers', () => {
  it('cell widths and column lookup', () => {
    expect(cellWidth('a'.codePointAt(0) ?? 0)).toBe(1);
    expect(cellWidth('行'.codePointAt(0) ?? 0)).toBe(2);
    expect(cellWidth(9)).toBe(0);
    expect(indexAtColumn('行政x', 4)).toBe(2);
    expect(indexAtColumn('行政x', 3)).toBe(1);
    expect(indexAtColumn('ab', 10)).toBe(2);
  });

  it('summary drops the position block, range covers the word', () => {
    expect(errorSummary(binder('SELECT nope', 7))).toBe(
      'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "range"',
    );
    const sql = 'SELECT nope FROM t';
    expect(errorRange(sql, 7)).toEqual({ from: 7, to: 11 });
    expect(errorRange('SELECT "a b" x', 7)).toEqual({ from: 7, to: 12 });
    expect(errorRange('SELECT 1 +', 10)).toEqual({ from: 9, to: 10 });
  });

  it('recognises errors caused by the offline sandbox', () => {
    expect(
      sandboxHint(
        'Permission Error: Cannot access file "https://example.com/x.csv" - file system operations are disabled by configuration',
      ),
    ).toBe('noFileAccess');
    expect(
      sandboxHint(
        'Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.',
      ),
    ).toBe('noExtension');
    expect(
      sandboxHint('Permission Error: Loading external extensions is disabled through configuration'),
    ).toBe('blocked');
    expect(sandboxHint('Binder Error: x')).toBeNull();
  });
});
