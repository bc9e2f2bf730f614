import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromium } from '../helpers/chromium.ts';
import { startPreview, type PreviewServer } from '../../scripts/lib/preview-server.ts';
import { ROOT, runScript } from '../helpers/run-script.ts';

let server: PreviewServer | null = null;
// A build of its own per run, so tests never race `npm start` or another run over dist/.
const outDir = path.join(ROOT, `.cache/e2e-dist-${process.pid}`);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The production build under test; its data/ holds the Parquet the page loads. */
    distDir: string;
  }
}

/** Ingests data/raw, builds the production bundle and serves it with `vite preview` for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  await (await launchChromium()).close();
  const ingest = runScript('ingest', ['--quiet']);
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  server = await startPreview(ROOT, outDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', outDir);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  await rm(outDir, { recursive: true, force: true });
}
