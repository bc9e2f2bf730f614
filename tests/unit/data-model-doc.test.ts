import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderDataModel } from '../../scripts/lib/render-data-model.ts';
import { TABLE_NAMES, tableSpec } from '../../src/lib/schema/tables.ts';
import { ROOT } from '../helpers/run-script.ts';

it('docs/data-model.md is generated from src/lib/schema (run: npx tsx scripts/gen-data-model.ts)', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/data-model.md'), 'utf8');
  expect(doc).toBe(renderDataModel());
  for (const name of TABLE_NAMES)
    for (const c of tableSpec(name).columns) expect(doc).toContain(`\`${c.name}\``);
});
