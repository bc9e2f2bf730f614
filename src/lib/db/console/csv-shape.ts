import Papa from 'papaparse';

/** Why an uploaded file could not become a table; the UI words it in the user's language. */
export type ImportProblem =
  | { code: 'csv_fields'; row: number; found: number; expected: number }
  | { code: 'csv_quotes'; row: number }
  | { code: 'empty' }
  | { code: 'unsupported' }
  | { code: 'detail'; detail: string };

export class ImportError extends Error {
  override name = 'ImportError';
  readonly problem: ImportProblem;
  constructor(problem: ImportProblem) {
    super(problem.code === 'detail' ? problem.detail : JSON.stringify(problem));
    this.problem = problem;
  }
}

/** Delimiters the console accepts; each maps to a fixed SQL literal, so no file content reaches SQL text. */
export const DELIMITERS = { ',': "','", '\t': "'\\t'", ';': "';'", '|': "'|'" } as const;
export type Delimiter = keyof typeof DELIMITERS;

export interface CsvShape {
  delimiter: Delimiter;
  columns: number;
  /** Data rows, not counting the header. */
  rows: number;
}

/**
 * Checks that every record has as many fields as the header and that quotes are closed, record by record
 * (papaparse, streaming when given a File). DuckDB's CSV sniffer would otherwise adapt to a broken file, e.g.
 * read it as a single column, instead of saying which row is wrong.
 */
export function checkCsvShape(input: File | string, encoding = 'utf-8'): Promise<CsvShape> {
  return new Promise((resolve, reject) => {
    let row = 0;
    let expected = -1;
    let delimiter: string = ',';
    let failed = false;
    const fail = (problem: ImportProblem, parser: Papa.Parser) => {
      failed = true;
      parser.abort();
      reject(new ImportError(problem));
    };
    Papa.parse<string[]>(input as File, {
      encoding,
      skipEmptyLines: 'greedy',
      delimitersToGuess: Object.keys(DELIMITERS),
      step: (results, parser) => {
        if (failed) return;
        row++;
        delimiter = results.meta.delimiter;
        const quoteError = results.errors.find((e) => e.type === 'Quotes');
        if (quoteError) return fail({ code: 'csv_quotes', row }, parser);
        const found = results.data.length;
        if (expected < 0) expected = found;
        else if (found !== expected) fail({ code: 'csv_fields', row, found, expected }, parser);
      },
      complete: () => {
        if (failed) return;
        if (row === 0) return reject(new ImportError({ code: 'empty' }));
        const d = (delimiter in DELIMITERS ? delimiter : ',') as Delimiter;
        resolve({ delimiter: d, columns: expected, rows: row - 1 });
      },
      error: (err: Error) => {
        if (!failed) reject(new ImportError({ code: 'detail', detail: err.message }));
      },
    });
  });
}
