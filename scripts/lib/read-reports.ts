import { Worker } from 'node:worker_threads';
import { readReport, type ReportOutcome } from './read-report.ts';

export interface ReadOptions {
  /** 0 reads in this thread; N > 0 spreads the files over N worker threads. */
  workers: number;
  /** Decode only, without extraction (a benchmark baseline). */
  decodeOnly?: boolean;
  onOutcome?: (outcome: ReportOutcome, done: number, total: number) => void;
}

// Jobs queued per worker, so a worker never idles while the main thread takes in its last result.
const JOBS_IN_FLIGHT = 8;

/** Reads every report (decode + extract); outcomes come back in the order of `paths`. */
export async function readReports(paths: readonly string[], options: ReadOptions): Promise<ReportOutcome[]> {
  const outcomes: ReportOutcome[] = new Array(paths.length);
  let done = 0;
  const record = (i: number, outcome: ReportOutcome) => {
    outcomes[i] = outcome;
    options.onOutcome?.(outcome, ++done, paths.length);
  };
  if (options.workers <= 0 || paths.length <= 1) {
    for (const [i, p] of paths.entries()) record(i, await readReport(p, options.decodeOnly));
    return outcomes;
  }
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
        workerData: { entry: new URL('./ingest-worker.ts', import.meta.url).href },
      });
      let inFlight = 0;
      const feed = () => {
        while (inFlight < JOBS_IN_FLIGHT && next < paths.length) {
          const id = next++;
          inFlight++;
          worker.postMessage({ id, path: paths[id], decodeOnly: options.decodeOnly ?? false });
        }
        if (inFlight === 0) void worker.terminate().then(() => resolve());
      };
      worker.on('message', (msg: { id: number; outcome: ReportOutcome }) => {
        inFlight--;
        record(msg.id, msg.outcome);
        feed();
      });
      worker.on('error', reject);
      worker.once('online', feed);
    });
  await Promise.all(Array.from({ length: Math.min(options.workers, paths.length) }, runWorker));
  return outcomes;
}
