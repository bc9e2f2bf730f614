import { parseUrlState, serializeUrlState, type UrlState, type UrlStateContext } from './url-state.ts';

/**
 * The app's URL-backed state: every change pushes a history entry, Back/Forward restore it. Call `connect()`
 * from an effect and return its cleanup.
 */
export class AppState {
  current: UrlState = $state() as UrlState;
  notices: string[] = $state([]);
  readonly #ctx: UrlStateContext;

  constructor(ctx: UrlStateContext, search: string) {
    this.#ctx = ctx;
    const parsed = parseUrlState(search, ctx);
    this.current = parsed.state;
    this.notices = parsed.notices;
  }

  /** Applies a partial change and records it in the URL (one history entry per change). */
  update(change: Partial<UrlState>): void {
    const next = { ...this.current, ...change };
    const search = serializeUrlState(next, { metric: this.#ctx.defaultMetric });
    this.current = next;
    if (search !== location.search)
      history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Replaces the URL without a new history entry, e.g. after filling in a default year. */
  settle(change: Partial<UrlState>): void {
    const next = { ...this.current, ...change };
    this.current = next;
    const search = serializeUrlState(next, { metric: this.#ctx.defaultMetric });
    history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  /** The link (query string) for the current state with `change` applied, for real `<a href>` links. */
  href(change: Partial<UrlState>): string {
    return serializeUrlState({ ...this.current, ...change }, { metric: this.#ctx.defaultMetric }) || '?';
  }

  /** Click handler for an `<a href={app.href(change)}>`: same-tab clicks update state without a reload. */
  follow(event: MouseEvent, change: Partial<UrlState>): void {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    this.update(change);
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }

  addNotice(message: string): void {
    if (!this.notices.includes(message)) this.notices = [...this.notices, message];
  }

  /** Listens for Back/Forward; returns the cleanup. */
  connect(): () => void {
    const onPop = () => {
      const parsed = parseUrlState(location.search, this.#ctx);
      this.current = parsed.state;
      this.notices = parsed.notices;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }
}
