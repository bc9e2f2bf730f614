import { describe, expect, it } from 'vitest';
import {
  splitAt,
  splitStatements,
  statementAt,
  statementKind,
  statementWords,
} from '../../src/lib/db/console/split-statements.ts';

const texts = (sql: string) => splitStatements(sql).map((s) => s.text);

describe('splitStatements', () => {
  it('splits at top-level semicolons and keeps offsets into the script', () => {
    const sql = 'SELECT 1;\n  SELECT 2 ;\nSELECT 3';
    const statements = splitStatements(sql);
    expect(statements.map((s) => s.text)).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
    for (const s of statements) expect(sql.slice(s.from, s.to)).toBe(s.text);
  });

  it('ignores semicolons in strings, quoted identifiers, dollar quotes and comments', () => {
    expect(texts(`SELECT 'a;b', "c;d" FROM t; SELECT 'it''s;' -- x;y\n, 2`)).toEqual([
      `SELECT 'a;b', "c;d" FROM t`,
      `SELECT 'it''s;' -- x;y\n, 2`,
    ]);
    expect(texts('SELECT $$a;b$$, $tag$ ; $tag$; SELECT 2')).toEqual([
      'SELECT $$a;b$$, $tag$ ; $tag$',
      'SELECT 2',
    ]);
    expect(texts('SELECT /* a; /* nested; */ still; */ 1; SELECT 2')).toEqual([
      'SELECT /* a; /* nested; */ still; */ 1',
      'SELECT 2',
    ]);
    expect(texts(String.raw`SELECT E'a\';b'; SELECT 2`)).toEqual([String.raw`SELECT E'a\';b'`, 'SELECT 2']);
  });

  it('treats $1 as a parameter, not a dollar quote', () => {
    expect(texts('SELECT $1; SELECT $2')).toEqual(['SELECT $1', 'SELECT $2']);
  });

  it('drops empty and comment-only statements', () => {
    expect(texts(';;\n-- just a note;\n/* and; this */;SELECT 1;  ')).toEqual(['SELECT 1']);
    expect(texts('')).toEqual([]);
  });

  it('keeps Chinese text and offsets in UTF-16 units', () => {
    const sql = "SELECT '行政复议;' AS 名称; SELECT 2";
    const [a, b] = splitStatements(sql);
    expect(a.text).toBe("SELECT '行政复议;' AS 名称");
    expect(sql.slice(b.from, b.to)).toBe('SELECT 2');
  });

  it('survives unterminated strings and comments', () => {
    expect(texts("SELECT 'open; SELECT 2")).toEqual(["SELECT 'open; SELECT 2"]);
    expect(texts('SELECT 1 /* open; SELECT 2')).toEqual(['SELECT 1 /* open; SELECT 2']);
  });
});

describe('statementAt and splitAt', () => {
  const sql = 'SELECT 1;\n\nSELECT 2;\nSELECT 3';
  const statements = splitStatements(sql);
  it('picks the statement containing the cursor, or the one above a blank line', () => {
    expect(statementAt(statements, 0)?.text).toBe('SELECT 1');
    expect(statementAt(statements, sql.indexOf('2'))?.text).toBe('SELECT 2');
    expect(statementAt(statements, sql.indexOf(';') + 1)?.text).toBe('SELECT 1');
    expect(statementAt(statements, sql.indexOf('\n\n') + 1)?.text).toBe('SELECT 1');
    expect(statementAt(statements, sql.length)?.text).toBe('SELECT 3');
    expect(statementAt([], 0)).toBeNull();
  });

  it('shifts offsets for a selection', () => {
    const [s] = splitAt(' SELECT 9 ', 100);
    expect(s).toEqual({ text: 'SELECT 9', from: 101, to: 109 });
  });
});

describe('statementKind', () => {
  it.each([
    ['SELECT 1', 'read'],
    ['  -- hi\n  with x AS (SELECT 1) SELECT * FROM x', 'read'],
    ['(SELECT 1) UNION (SELECT 2)', 'read'],
    ['FROM metrics LIMIT 3', 'read'],
    ['DESCRIBE metrics', 'read'],
    ['SUMMARIZE metrics', 'read'],
    ['DROP TABLE metrics', 'write'],
    ['CREATE TABLE x AS SELECT 1', 'write'],
    ['WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x', 'write'],
    ['UPDATE metrics SET value = 0', 'write'],
    ['INSTALL httpfs', 'blocked'],
    ['load parquet', 'blocked'],
    ['FORCE INSTALL httpfs', 'blocked'],
    ["SELECT 'INSTALL'", 'read'],
  ] as const)('%s → %s', (sql, kind) => {
    expect(statementKind(sql)).toBe(kind);
  });

  it('collects identifiers outside strings and comments', () => {
    const { identifiers } = statementWords(`SELECT t."Text" FROM texts t -- metrics\nWHERE x = 'documents'`);
    expect(identifiers.has('texts')).toBe(true);
    expect(identifiers.has('text')).toBe(true);
    expect(identifiers.has('metrics')).toBe(false);
    expect(identifiers.has('documents')).toBe(false);
  });
});
