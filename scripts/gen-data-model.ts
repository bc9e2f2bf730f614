import { writeFile } from 'node:fs/promises';
import { renderDataModel } from './lib/render-data-model.ts';

// Regenerates docs/data-model.md from src/lib/schema (tests fail when the committed file is stale).
await writeFile('docs/data-model.md', renderDataModel());
console.log('wrote docs/data-model.md');
