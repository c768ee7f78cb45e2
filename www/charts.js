// Small, dependency-free SVG chart builders for <text-lens>. Each builder takes plain data and a
// width in CSS pixels and returns a new element; nothing here reads the page or keeps state.
// Text only ever enters the DOM through textContent.

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, sans-serif';
let ctx;

/** Creates an SVG element with attributes. */
export function createSVG(tag, attrs = {}) {
  const el = document.createElementNS(NS, tag);
  for (const k in attrs) if (attrs[k] != null) el.setAttribute(k, attrs[k]);
  return el;
}

/** Creates an HTML element with attributes and optional text. */
export function h(tag, attrs = {}, text) {
  const el = document.createElement(tag);
  for (const k in attrs) if (attrs[k] != null) el.setAttribute(k, attrs[k]);
  if (text != null) el.textContent = text;
  return el;
}

function text(x, y, value, attrs) {
  const t = createSVG('text', { x, y, ...attrs });
  t.textContent = value;
  return t;
}

/** Width of `s` in px at `size` px of `font` (a font family), measured on a canvas in semibold
 * so that a label still fits when a selection makes it bold. */
export function measure(s, size, font = FONT) {
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return s.length * size * 0.62;
  ctx.font = `600 ${size}px ${font}`;
  return ctx.measureText(s).width;
}

/** `s`, cut with an ellipsis if it is wider than `px`. */
export function fit(s, px, size, font) {
  if (measure(s, size, font) <= px) return s;
  let lo = 1;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${s.slice(0, mid).trimEnd()}…`, size, font) <= px) lo = mid;
    else hi = mid - 1;
  }
  return `${s.slice(0, lo).trimEnd()}…`;
}

/** The label if it fits in `room`, else its short form (or the label) cut to fit. */
const name = (d, room, size, font) => (measure(d.label, size, font) <= room ? d.label : fit(d.short ?? d.label, room, size, font));

/** A listbox option named by its <title> (also the tooltip of a cut label); the caller moves focus. */
function option(cls, d, i, name) {
  const g = createSVG('g', {
    class: `${cls} ${d.cls ?? ''}`, role: 'option', tabindex: i ? -1 : 0, 'aria-selected': 'false', 'data-key': d.key,
  });
  const title = createSVG('title');
  title.textContent = d.aria ?? name;
  g.append(title);
  return g;
}

const widest = (labels, size, font) => Math.max(30, ...labels.map((l) => measure(l, size, font)));

function svg(width, height, attrs) {
  return createSVG('svg', {
    viewBox: `0 0 ${width} ${height}`, width, height, ...attrs,
  });
}

/**
 * Horizontal bar chart whose rows are options of a listbox (keyboard handled by the caller).
 * @param {{ label: string, items: { key: string, label: string, short?: string, value: number,
 *   cls?: string, aria?: string }[], width: number, font?: string }} spec  `short` stands in for a
 *   label too long to fit; `aria` names a row (default "label: value").
 */
export function bars({ label, items, width, font }) {
  const row = 26;
  const size = 13;
  const max = Math.max(1, ...items.map((d) => d.value));
  const valueCol = measure(String(max), 11.5, font) + 10;
  const labelCol = Math.ceil(Math.min(widest(items.map((d) => d.label), size, font) + 12, width * 0.6, 220));
  const track = Math.max(20, width - labelCol - valueCol);
  const root = svg(width, items.length * row + 2, { role: 'listbox', 'aria-label': label, class: 'bars' });
  items.forEach((d, i) => {
    const y = i * row + 1;
    const w = Math.max(2, Math.round((track * d.value) / max));
    const shown = name(d, labelCol - 12, size, font);
    // The option's name (and tooltip) is its <title>: the full label, unlike the cut visible one.
    const g = option('row', d, i, `${d.label}: ${d.value}`);
    g.append(
      createSVG('rect', { class: 'hit', x: 1, y, width: width - 2, height: row - 2, rx: 3 }),
      text(labelCol - 8, y + row / 2, shown, { class: 'label', 'text-anchor': 'end', 'dominant-baseline': 'central' }),
      createSVG('rect', { class: 'bar', x: labelCol, y: y + 5, width: w, height: row - 12, rx: 2 }),
      text(labelCol + w + 5, y + row / 2, String(d.value), { class: 'value', 'dominant-baseline': 'central' }),
    );
    root.append(g);
  });
  return root;
}

/** The ring of a network `width` px wide: its radius, and the room outside it for labels. */
function ring(width) {
  const pad = Math.round(Math.min(120, Math.max(70, width * 0.24)));
  return { pad, r: Math.max(40, width / 2 - pad) };
}

/** How many nodes a network `width` px wide has room for: 16 px of ring each (11 px labels). */
export const ringRoom = (width) => Math.floor((2 * Math.PI * ring(width).r) / 16);

/**
 * Circular network: nodes on a ring (options of a listbox, in ring order), edges as curves
 * through the centre, labels radial.
 * @param {{ label: string, nodes: { key: string, label: string, short?: string, value: number,
 *   cls?: string, aria?: string }[], edges: { a: string, b: string, weight: number }[], width: number,
 *   font?: string }} spec  `short` stands in for a label too long to fit; `aria` names a node
 *   (default its label); `weight` in [0, 1] sets edge width and opacity.
 */
export function network({ label, nodes, edges, width, font }) {
  const size = 11;
  const { r } = ring(width);
  const c = width / 2;
  const root = svg(width, width, { role: 'listbox', 'aria-label': label, class: 'network' });
  const max = Math.max(1, ...nodes.map((n) => n.value));
  const at = new Map();
  nodes.forEach((n, i) => {
    const a = (i / nodes.length) * 2 * Math.PI - Math.PI / 2;
    at.set(n.key, { x: c + r * Math.cos(a), y: c + r * Math.sin(a), a });
  });
  const lines = createSVG('g', { class: 'edges', 'aria-hidden': 'true' });
  for (const e of edges) {
    const p = at.get(e.a);
    const q = at.get(e.b);
    if (!p || !q) continue;
    const mx = c + ((p.x + q.x) / 2 - c) * 0.35;
    const my = c + ((p.y + q.y) / 2 - c) * 0.35;
    lines.append(createSVG('path', {
      d: `M${p.x.toFixed(1)} ${p.y.toFixed(1)}Q${mx.toFixed(1)} ${my.toFixed(1)} ${q.x.toFixed(1)} ${q.y.toFixed(1)}`,
      'stroke-width': (1 + 3 * e.weight).toFixed(2),
      'stroke-opacity': (0.3 + 0.55 * e.weight).toFixed(2),
      'data-a': e.a, 'data-b': e.b, class: 'edge',
    }));
  }
  root.append(lines);
  nodes.forEach((n, i) => {
    const { x, y, a } = at.get(n.key);
    const left = Math.cos(a) < -1e-6;
    const deg = (a * 180) / Math.PI + (left ? 180 : 0);
    // No wider than its share of the ring.
    const dot = Math.min(3 + 6 * Math.sqrt(n.value / max), Math.max(3, (Math.PI * r) / nodes.length - 1));
    const g = option('node', n, i, n.label);
    const [cos, sin] = [Math.cos(a), Math.sin(a)];
    const lx = x + cos * (dot + 4);
    const ly = y + sin * (dot + 4);
    // The room to the edge along the label's line, less its half-height's corner.
    const out = (p, d, e) => ((d > 0 ? width - p : p) - (size / 2) * Math.abs(e)) / Math.abs(d);
    g.append(
      createSVG('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: dot.toFixed(1) }),
      text(lx.toFixed(1), ly.toFixed(1), name(n, Math.min(out(lx, cos, sin), out(ly, sin, cos)) - 2, size, font), {
        'text-anchor': left ? 'end' : 'start', 'dominant-baseline': 'central',
        transform: `rotate(${deg.toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})`,
      }),
    );
    root.append(g);
  });
  return root;
}

/**
 * One strip per row (options of a listbox) showing where in the text each occurrence falls.
 * @param {{ label: string, rows: { key: string, label: string, short?: string, cls?: string,
 *   aria?: string, positions: number[] }[], width: number, font?: string }} spec  positions in
 *   [0, 1]; `aria` names a row (default its label)
 */
export function strips({ label, rows, width, font }) {
  const row = 24;
  const size = 12;
  const labelCol = Math.ceil(Math.min(widest(rows.map((d) => d.label), size, font) + 12, width * 0.45, 190));
  const track = Math.max(20, width - labelCol - 6);
  const height = rows.length * row + 20;
  const tick = `h3v${row - 10}h-3z`;
  const root = svg(width, height, { role: 'listbox', 'aria-label': label, class: 'strips' });
  rows.forEach((d, i) => {
    const y = i * row;
    const g = option('strip', d, i, d.label);
    g.append(
      text(labelCol - 8, y + row / 2, name(d, labelCol - 12, size, font), { class: 'label', 'text-anchor': 'end', 'dominant-baseline': 'central' }),
      createSVG('rect', { class: 'track', x: labelCol, y: y + row / 2 - 0.5, width: track, height: 1 }),
    );
    // All of a row's ticks are one path of square 3 px bars: a long story has thousands of
    // mentions, and thousands of <rect>s are slow to build and to lay out. No rounded corners:
    // their arcs made the strips' layout 19–22 ms instead of 5 ms for a 1 MB story (two traced runs each).
    const ticks = d.positions.map((p) => `M${(labelCol + p * (track - 3) + 1).toFixed(1)} ${y + 5}${tick}`);
    if (ticks.length) g.append(createSVG('path', { class: 'tick', d: ticks.join('') }));
    root.append(g);
  });
  const axis = createSVG('g', { class: 'axis', 'aria-hidden': 'true' });
  const y = height - 6;
  axis.append(text(labelCol, y, 'start'), text(width - 2, y, 'end', { 'text-anchor': 'end' }));
  if (track > 240) axis.append(text(labelCol + track / 2, y, 'middle', { 'text-anchor': 'middle' }));
  root.append(axis);
  return root;
}

/** A <details> holding a real table: the chart's data for assistive technology and copying. */
export function table(caption, head, rows, chart = caption) {
  const details = h('details', { class: 'table' });
  const t = h('table');
  t.append(h('caption', {}, caption));
  const hr = h('tr');
  for (const c of head) hr.append(h('th', { scope: 'col' }, c));
  t.append(h('thead'));
  t.tHead.append(hr);
  const body = h('tbody');
  for (const r of rows) {
    const tr = h('tr');
    r.forEach((v, i) => tr.append(h(i ? 'td' : 'th', i ? {} : { scope: 'row' }, String(v))));
    body.append(tr);
  }
  t.append(body);
  const summary = h('summary', {}, 'Show as a table');
  summary.append(h('span', { class: 'vh' }, ` — ${chart}`));
  details.append(summary, t);
  return details;
}
