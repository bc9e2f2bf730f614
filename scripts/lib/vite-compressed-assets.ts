import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

// woff2 is already Brotli-compressed inside, so it is served as is.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|wasm|ttf|otf)$/;
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
};

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

// Brotli at quality 11 takes about a minute for the 34 MB DuckDB wasm, so results are cached by content hash.
async function brotliCached(bytes: Buffer, cacheDir: string): Promise<Buffer> {
  const key = createHash('sha256').update(bytes).digest('hex');
  const cached = path.join(cacheDir, `${key}.br`);
  if (existsSync(cached)) return readFile(cached);
  const out = await brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cached, out);
  return out;
}

/**
 * Writes .br and .gz next to every compressible build asset, and makes `vite preview` serve them with the
 * right Content-Encoding. Set FAZHI_BROTLI=0 to skip brotli (the tests do, to save a minute per fresh clone).
 */
export function compressedAssets(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'fazhi-compressed-assets',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!existsSync(outDir)) return;
      const withBrotli = process.env.FAZHI_BROTLI !== '0';
      const cacheDir = path.join(root, 'node_modules/.cache/fazhi-brotli');
      const jobs: Promise<void>[] = [];
      for await (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file) || (await stat(file)).size < 1024) continue;
        jobs.push(
          (async () => {
            const bytes = await readFile(file);
            await writeFile(`${file}.gz`, await gz(bytes, { level: 9 }));
            if (withBrotli) await writeFile(`${file}.br`, await brotliCached(bytes, cacheDir));
          })(),
        );
      }
      await Promise.all(jobs);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '/').split('?')[0];
        const accepted = String(req.headers['accept-encoding'] ?? '');
        const ext = path.extname(url);
        const file = path.join(outDir, decodeURIComponent(url));
        if (!file.startsWith(outDir) || !CONTENT_TYPES[ext]) return next();
        for (const [encoding, suffix] of [
          ['br', '.br'],
          ['gzip', '.gz'],
        ] as const) {
          if (accepted.includes(encoding) && existsSync(file + suffix)) {
            res.setHeader('Content-Type', CONTENT_TYPES[ext]);
            res.setHeader('Content-Encoding', encoding);
            res.setHeader('Vary', 'Accept-Encoding');
            if (url.startsWith('/assets/'))
              res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
            createReadStream(file + suffix).pipe(res);
            return;
          }
        }
        next();
      });
    },
  };
}
