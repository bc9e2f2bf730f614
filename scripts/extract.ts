import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractReport } from '../src/lib/extract/index.ts';
import { decodeReport } from '../src/lib/formats/index.ts';
import { parseArgs, UsageError } from './lib/cli-args.ts';
import { formatRecords, OUTPUT_FORMATS, toOutputRecords, type OutputFormat } from './lib/extract-output.ts';

const USAGE =
  'usage: npm run --silent extract -- [--format jsonl|csv|table] [--candidates] [--strict] FILE...';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { flags: ['candidates', 'strict', 'help'], options: ['format'] });
  if (args.flags.has('help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = (args.options.get('format') ?? 'jsonl') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}`);
  if (args.positional.length === 0) throw new UsageError('no input files');

  let failed = 0;
  let first = true;
  for (const filePath of args.positional) {
    const file = path.basename(filePath);
    try {
      const decoded = await decodeReport(new Uint8Array(await readFile(filePath)), file);
      const records = toOutputRecords(file, extractReport(decoded.text, file), args.flags.has('candidates'));
      process.stdout.write(formatRecords(records, format, first));
      first = false;
    } catch (err) {
      failed++;
      process.stderr.write(
        `extract: skipped ${filePath}: ${err instanceof Error ? err.message : String(err)}\n`,
      );
    }
  }
  const succeeded = args.positional.length - failed;
  return succeeded === 0 || (failed > 0 && args.flags.has('strict')) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof UsageError) process.stderr.write(USAGE + '\n');
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
