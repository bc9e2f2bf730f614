/** A chart pinned to the presentation deck: the rendered 16:9 SVG (fonts embedded) and where it came from. */
export interface Slide {
  id: string;
  title: string;
  subtitle: string;
  /** The dashboard URL the chart was pinned from, to go back to the live view. */
  viewUrl: string;
  createdAt: number;
  width: number;
  height: number;
  svg: string;
}

const DB_NAME = 'fazhi-deck';
const SLIDES = 'slides';
const META = 'meta';
const ORDER_KEY = 'order';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(SLIDES, { keyPath: 'id' });
    req.result.createObjectStore(META);
  };
  return request(req);
}

async function withStores<T>(
  mode: IDBTransactionMode,
  run: (slides: IDBObjectStore, meta: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction([SLIDES, META], mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    const result = await run(tx.objectStore(SLIDES), tx.objectStore(META));
    await done;
    return result;
  } finally {
    db.close();
  }
}

async function readOrder(meta: IDBObjectStore): Promise<string[]> {
  const value: unknown = await request(meta.get(ORDER_KEY));
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Slides in deck order; slides missing from the order list (e.g. after an interrupted write) come last. */
export async function loadSlides(): Promise<Slide[]> {
  return withStores('readonly', async (slides, meta) => {
    const [order, all] = await Promise.all([
      readOrder(meta),
      request(slides.getAll() as IDBRequest<Slide[]>),
    ]);
    const rank = new Map(order.map((id, i) => [id, i]));
    return all.sort(
      (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.createdAt - b.createdAt,
    );
  });
}

/** Appends a slide; returns the new number of slides. */
export async function addSlide(slide: Slide): Promise<number> {
  return withStores('readwrite', async (slides, meta) => {
    const order = await readOrder(meta);
    slides.put(slide);
    const next = [...order.filter((id) => id !== slide.id), slide.id];
    meta.put(next, ORDER_KEY);
    return next.length;
  });
}

export async function removeSlide(id: string): Promise<void> {
  await withStores('readwrite', async (slides, meta) => {
    const order = await readOrder(meta);
    slides.delete(id);
    meta.put(
      order.filter((x) => x !== id),
      ORDER_KEY,
    );
  });
}

/** Stores a new order (ids of the existing slides). */
export async function saveOrder(ids: readonly string[]): Promise<void> {
  await withStores('readwrite', async (_slides, meta) => {
    meta.put([...ids], ORDER_KEY);
  });
}

export async function clearDeck(): Promise<void> {
  await withStores('readwrite', async (slides, meta) => {
    slides.clear();
    meta.delete(ORDER_KEY);
  });
}

/** Moves the item at `from` by `delta` places (clamped); returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = Math.min(items.length - 1, Math.max(0, from + delta));
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
