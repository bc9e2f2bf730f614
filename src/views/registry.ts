import type { Component } from 'svelte';
import CompareView from './compare/CompareView.svelte';
import type { AppState } from '../lib/state/app-state.svelte.ts';
import type { MessageKey } from '../lib/i18n/messages.ts';
import type { ViewName } from '../lib/state/url-state.ts';

type ViewModule = { default: Component<{ app: AppState }> };

/** Every screen, in navigation order; all but the first load on demand so the first chart is not delayed. */
export const VIEW_ENTRIES: readonly { name: ViewName; label: MessageKey; load: () => Promise<ViewModule> }[] =
  [
    // The first screen is in the main bundle (App imports it directly); only the others are split off.
    { name: 'compare', label: 'nav.compare', load: () => Promise.resolve({ default: CompareView }) },
    { name: 'trends', label: 'nav.trends', load: () => import('./trends/TrendsView.svelte') },
    { name: 'disclosure', label: 'nav.disclosure', load: () => import('./disclosure/DisclosureView.svelte') },
    { name: 'agency', label: 'nav.agency', load: () => import('./agency/AgencyView.svelte') },
    { name: 'coverage', label: 'nav.coverage', load: () => import('./coverage/CoverageView.svelte') },
    { name: 'compliance', label: 'nav.compliance', load: () => import('./compliance/ComplianceView.svelte') },
    { name: 'extract', label: 'nav.extract', load: () => import('./extract/ExtractView.svelte') },
    { name: 'console', label: 'nav.console', load: () => import('./console/ConsoleView.svelte') },
    { name: 'deck', label: 'nav.deck', load: () => import('./deck/DeckView.svelte') },
  ];
