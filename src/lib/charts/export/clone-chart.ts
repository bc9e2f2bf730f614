import { EXPORT_FONT_STACK } from './compose-svg.ts';
import type { Weight } from './font-embed.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

// Inherited properties are written where they differ from the parent; the rest where they differ from the default.
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'paint-order',
] as const;
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
};
const DROP_ATTRIBUTES = /^(class|style|tabindex|font-family|on.*)$/i;

export interface ClonedChart {
  /** A single <svg> holding every chart SVG found, at their on-stage offsets, styles inlined. */
  markup: string;
  width: number;
  height: number;
  /** Visible text per font weight, for choosing which font chunks to embed. */
  text: Record<Weight, string[]>;
}

/**
 * A computed paint as SVG 1.1 tools read it: rgba() becomes rgb() plus an opacity (Inkscape and PowerPoint's
 * importer do not all read rgba()), fully transparent becomes `none`, and with `greyscale` the colour becomes
 * its luma grey.
 */
export function paint(
  prop: 'fill' | 'stroke' | 'stop-color',
  value: string,
  options: { greyscale?: boolean; opacity?: string } = {},
): string[] {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(value.trim());
  if (!m) return [`${prop}:${value}`];
  let [r, g, b] = [m[1], m[2], m[3]].map(Number);
  if (options.greyscale) r = g = b = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  if (alpha === 0) return [`${prop}:none`];
  const rgb = `${prop}:rgb(${r}, ${g}, ${b})`;
  if (alpha === 1) return [rgb];
  const opacityProp = prop === 'stop-color' ? 'stop-opacity' : `${prop}-opacity`;
  return [rgb, `${opacityProp}:${Math.round(alpha * Number(options.opacity || 1) * 1000) / 1000}`];
}

function copyStyles(
  orig: Element,
  clone: Element,
  parent: CSSStyleDeclaration | null,
  greyscale: boolean,
): void {
  const cs = getComputedStyle(orig);
  const decls = new Map<string, string>();
  for (const prop of INHERITED) {
    const value = cs.getPropertyValue(prop);
    if (value && (parent === null || parent.getPropertyValue(prop) !== value)) decls.set(prop, value);
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const value = cs.getPropertyValue(prop);
    if (value && value !== initial) decls.set(prop, value);
  }
  // Paints last: an rgba() paint replaces the opacity written above.
  for (const prop of ['fill', 'stroke', 'stop-color'] as const) {
    const value = decls.get(prop);
    if (value === undefined) continue;
    const opacity = cs.getPropertyValue(prop === 'stop-color' ? 'stop-opacity' : `${prop}-opacity`);
    for (const decl of paint(prop, value, { greyscale, opacity })) {
      const [k, v] = decl.split(/:(.*)/s);
      decls.set(k, v);
    }
  }
  for (const attr of [...clone.attributes])
    if (DROP_ATTRIBUTES.test(attr.name)) clone.removeAttribute(attr.name);
  if (orig.getAttribute('role') === 'button') clone.removeAttribute('role');
  if (decls.size > 0) clone.setAttribute('style', [...decls].map(([k, v]) => `${k}:${v}`).join(';'));
  const origChildren = [...orig.children];
  const cloneChildren = [...clone.children];
  origChildren.forEach((child, i) => {
    const target = cloneChildren[i];
    if (child.tagName === 'title' || child.tagName === 'desc') return;
    if (getComputedStyle(child).display === 'none') target.remove();
    else copyStyles(child, target, cs, greyscale);
  });
}

function collectText(root: Element, out: Record<Weight, string[]>): void {
  for (const el of root.querySelectorAll('text')) {
    if (getComputedStyle(el).display === 'none') continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent) continue;
      const weight = Number(getComputedStyle(parent).fontWeight) >= 600 ? 700 : 400;
      out[weight].push(node.textContent);
    }
  }
}

/** Top-level chart SVGs in the stage (not nested in another SVG) that are actually laid out. */
export function stageSvgs(stage: HTMLElement): SVGSVGElement[] {
  return [...stage.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg') && svg.getBoundingClientRect().width > 0,
  );
}

/** Height of what the stage drew (0 when nothing): the chart's natural height when rendered without one. */
export function stageHeight(stage: HTMLElement): number {
  const top = stage.getBoundingClientRect().top;
  return Math.max(0, ...stageSvgs(stage).map((svg) => svg.getBoundingClientRect().bottom - top));
}

/**
 * Deep-clones the chart SVGs of an offscreen render with their computed styles written inline (so the copy
 * needs none of the app's stylesheets), every font-family replaced by the export stack (d3-axis sets
 * "sans-serif"), and interactive attributes removed.
 */
export function cloneChart(stage: HTMLElement, options: { greyscale?: boolean } = {}): ClonedChart | null {
  const svgs = stageSvgs(stage);
  if (svgs.length === 0) return null;
  const origin = stage.getBoundingClientRect();
  const boxes = svgs.map((svg) => svg.getBoundingClientRect());
  const width = Math.ceil(Math.max(...boxes.map((b) => b.right - origin.left)));
  const height = Math.ceil(Math.max(...boxes.map((b) => b.bottom - origin.top)));
  const text: Record<Weight, string[]> = { 400: [], 700: [] };
  const group = document.createElementNS(SVG_NS, 'svg');
  group.setAttribute('viewBox', `0 0 ${width} ${height}`);
  group.setAttribute('overflow', 'visible');
  group.setAttribute('style', `font-family:${EXPORT_FONT_STACK}`);
  svgs.forEach((svg, i) => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    copyStyles(svg, clone, null, options.greyscale ?? false);
    clone.setAttribute('x', String(Math.round(boxes[i].left - origin.left)));
    clone.setAttribute('y', String(Math.round(boxes[i].top - origin.top)));
    clone.setAttribute('width', String(Math.round(boxes[i].width)));
    clone.setAttribute('height', String(Math.round(boxes[i].height)));
    clone.setAttribute('overflow', 'visible');
    group.append(clone);
    collectText(svg, text);
  });
  return { markup: new XMLSerializer().serializeToString(group), width, height, text };
}

/**
 * How many pairs of visible labels overlap, plus labels sticking out of their chart sideways: the signal to lay
 * the chart out again with a smaller font.
 */
export function countTextCollisions(stage: HTMLElement): number {
  let count = 0;
  for (const svg of stageSvgs(stage)) {
    const frame = svg.getBoundingClientRect();
    const rects = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).display !== 'none')
      .map((t) => t.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const slack = 2;
    for (const r of rects) if (r.left < frame.left - slack || r.right > frame.right + slack) count++;
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i];
        const b = rects[j];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Line boxes of adjacent rows touch; only a real overlap of the glyph boxes counts.
        if (w > 1 && h > Math.min(a.height, b.height) * 0.25) count++;
      }
    }
  }
  return count;
}
