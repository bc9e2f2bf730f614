import { Table, type RecordBatch, type Schema, type Vector } from 'apache-arrow';
import { columnInfo, type ColumnInfo } from './cell-format.ts';

/**
 * A query result held as the Arrow record batches DuckDB streamed, appended as they arrive. Cells are read
 * lazily (binary search for the batch, then the column vector), so nothing is converted up front.
 */
export class ResultData {
  readonly schema: Schema;
  readonly columns: ColumnInfo[];
  readonly #batches: RecordBatch[] = [];
  /** Row offset of each batch; one extra entry holds the total. */
  readonly #offsets: number[] = [0];
  #vectors: (Vector | null)[][] = [];
  /** Rows dropped because the result reached the in-memory limit. */
  truncated = false;

  constructor(schema: Schema) {
    this.schema = schema;
    this.columns = schema.fields.map(columnInfo);
  }

  get numRows(): number {
    return this.#offsets[this.#offsets.length - 1];
  }

  get numColumns(): number {
    return this.columns.length;
  }

  /** Adds a batch, keeping at most `maxRows` rows in total; returns false once the limit is reached. */
  append(batch: RecordBatch, maxRows = Infinity): boolean {
    const room = maxRows - this.numRows;
    if (room <= 0) {
      if (batch.numRows > 0) this.truncated = true;
      return false;
    }
    const kept = batch.numRows > room ? batch.slice(0, room) : batch;
    if (kept.numRows < batch.numRows) this.truncated = true;
    if (kept.numRows > 0) {
      this.#batches.push(kept);
      this.#vectors.push(this.schema.fields.map((_, c) => kept.getChildAt(c)));
      this.#offsets.push(this.numRows + kept.numRows);
    }
    return !this.truncated;
  }

  #batchOf(row: number): number {
    let lo = 0;
    let hi = this.#batches.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#offsets[mid] <= row) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The raw Arrow value at a row and column (BigInt, Decimal words, … : format with `columns[c]`). */
  raw(row: number, column: number): unknown {
    if (row < 0 || row >= this.numRows) return undefined;
    const b = this.#batchOf(row);
    return this.#vectors[b][column]?.get(row - this.#offsets[b]) ?? null;
  }

  /** The display text of a cell, or null for SQL NULL. */
  text(row: number, column: number): string | null {
    return this.columns[column].format(this.raw(row, column));
  }

  /** Every value of a column, in row order, streamed batch by batch. */
  *values(column: number): Generator<unknown> {
    for (const vectors of this.#vectors) {
      const v = vectors[column];
      if (!v) continue;
      for (let i = 0; i < v.length; i++) yield v.get(i);
    }
  }

  /** All rows as one Arrow table (shares the batches; no copy). */
  toTable(): Table {
    return this.#batches.length > 0 ? new Table(this.#batches) : new Table(this.schema);
  }
}
