import { untrack } from 'svelte';
import { checkUrlAgencies } from './agency-check.ts';
import type { AppState } from './app-state.svelte.ts';
import { loadReportsIndex } from './reports-index.ts';

/**
 * Drops agencies and report files the data does not know from the URL, with a notice, whenever they change
 * (first load, Back/Forward, edited links). Call during component initialisation.
 */
export function watchUrlAgencies(getApp: () => AppState): void {
  // Only these three values matter; a year or metric change must not re-check (a scan of every report).
  const watched = $derived.by(() => {
    const { agency, agencies, doc } = getApp().current;
    return JSON.stringify([agency, agencies, doc]);
  });
  $effect(() => {
    void watched;
    const app = getApp();
    const { agency, agencies, doc } = untrack(() => app.current);
    if (!agency && agencies.length === 0 && !doc) return;
    let stale = false;
    loadReportsIndex()
      .then((rows) => {
        if (stale) return;
        const result = checkUrlAgencies({ agency, agencies, doc }, rows);
        for (const notice of result.notices) app.addNotice(notice);
        if (result.notices.length > 0) app.settle(result.change);
      })
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  });
}
