import type { CatalogObject } from '../../lib/db/console/console-catalog.ts';
import type { ConsoleDb } from '../../lib/db/console/console-db.ts';
import { ImportError, type ImportProblem } from '../../lib/db/console/csv-shape.ts';
import {
  checkTableName,
  dedupeName,
  tableNameFromFile,
  type NameProblem,
} from '../../lib/db/console/identifiers.ts';
import { detectUploadFormat } from '../../lib/db/console/import-file.ts';
import { TABLE_NAMES } from '../../lib/schema/tables.ts';

export interface UploadItem {
  id: number;
  file: string;
  bytes: number;
  /** Current table name (after renames). */
  name: string;
  state: 'loading' | 'ok' | 'error';
  rows: number | null;
  columns: number | null;
  encoding: string | null;
  problem: ImportProblem | null;
  /** Last rename attempt that failed, and why. */
  renameProblem: NameProblem | 'taken' | { detail: string } | null;
}

/** Files dropped or picked in the console, each loaded into its own table. */
export class ConsoleUploads {
  items: UploadItem[] = $state([]);
  readonly #db: ConsoleDb;
  readonly #catalog: () => readonly CatalogObject[];
  readonly #changed: () => Promise<void>;
  #seq = 0;

  constructor(db: ConsoleDb, catalog: () => readonly CatalogObject[], changed: () => Promise<void>) {
    this.#db = db;
    this.#catalog = catalog;
    this.#changed = changed;
  }

  #takenNames(except?: UploadItem): string[] {
    return [
      ...TABLE_NAMES,
      'catalog',
      ...this.#catalog().map((o) => o.name),
      ...this.items.filter((i) => i !== except && i.state !== 'error').map((i) => i.name),
    ];
  }

  /** Imports files one after another (DuckDB has one worker); a failure only marks that file. */
  async add(files: Iterable<File>): Promise<void> {
    for (const file of files) {
      const item: UploadItem = {
        id: ++this.#seq,
        file: file.name,
        bytes: file.size,
        name: dedupeName(tableNameFromFile(file.name), this.#takenNames()),
        state: 'loading',
        rows: null,
        columns: null,
        encoding: null,
        problem: null,
        renameProblem: null,
      };
      this.items.push(item);
      const live = this.items[this.items.length - 1];
      try {
        const format = await detectUploadFormat(file);
        if (!format) throw new ImportError({ code: 'unsupported' });
        const result = await this.#db.importFile(file, format, live.name);
        Object.assign(live, {
          state: 'ok',
          rows: result.rows,
          columns: result.columns,
          encoding: result.encoding ?? null,
        });
      } catch (err) {
        live.state = 'error';
        live.problem =
          err instanceof ImportError
            ? err.problem
            : { code: 'detail', detail: err instanceof Error ? err.message : String(err) };
      }
      await this.#changed();
    }
  }

  async rename(item: UploadItem, input: string): Promise<void> {
    const checked = checkTableName(input);
    if ('problem' in checked) {
      item.renameProblem = checked.problem;
      return;
    }
    if (checked.name === item.name) {
      item.renameProblem = null;
      return;
    }
    const taken = this.#takenNames(item).filter((n) => n.toLowerCase() !== item.name.toLowerCase());
    if (taken.some((n) => n.toLowerCase() === checked.name.toLowerCase())) {
      item.renameProblem = 'taken';
      return;
    }
    try {
      await this.#db.renameTable(item.name, checked.name);
      item.name = checked.name;
      item.renameProblem = null;
    } catch (err) {
      item.renameProblem = { detail: err instanceof Error ? err.message.split('\n')[0] : String(err) };
    }
    await this.#changed();
  }

  dismiss(item: UploadItem): void {
    this.items = this.items.filter((i) => i.id !== item.id);
  }
}
