import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { launchChromium } from '../helpers/chromium.ts';
import { startPreview, type PreviewServer } from '../helpers/preview-server.ts';
import { ROOT, runScript } from '../helpers/run-script.ts';

let server: PreviewServer | null = null;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Ingests data/raw, builds the production bundle and serves it with `vite preview` for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  await (await launchChromium()).close();
  const ingest = runScript('ingest', ['--quiet']);
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  server = await startPreview(ROOT);
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
