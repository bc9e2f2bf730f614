// Worker threads do not inherit tsx's loader on Node 20, so each worker registers it before importing its
// TypeScript entry (workerData.entry).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
