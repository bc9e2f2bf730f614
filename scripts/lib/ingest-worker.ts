import { parentPort } from 'node:worker_threads';
import { readReport } from './read-report.ts';

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts must run in a worker thread');

port.on('message', async (job: { id: number; path: string; decodeOnly: boolean }) => {
  port.postMessage({ id: job.id, outcome: await readReport(job.path, job.decodeOnly) });
});
