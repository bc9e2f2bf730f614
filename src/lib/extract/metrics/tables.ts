import type { Hit } from './hit.ts';

export function extractTableHits(_norm: string, _skip: [number, number][]): Hit[] {
  return [];
}
