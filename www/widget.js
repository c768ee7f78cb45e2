// <text-lens>: charts of who and what an article is about, drawn from textlens's analysis.
// Importing this module defines nothing; import define.js (or call TextLensElement.define()).
import { bars, network, ringRoom, strips, table, h } from './charts.js';
import { run } from './engine.js';
import { extract, toRange } from './extract.js';
import { line } from './lines.js';
import { pacer } from './pace.js';
import { css, highlightCss } from './styles.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const KIND = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other name' };
const LEGEND = { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };
const HIGHLIGHT = 'textlens';
/** The mention a context line was activated for. */
const CURRENT = 'textlens-current';
const SHOWN_LINES = 50;
/** Texts longer than this (UTF-16 code units) show the context lines out of view a slice later. */
const LONG_TEXT = 100_000;
/** Context on each side of a match in its line, in characters, as kwic(…, { width }) counts them. */
const WIDTH = 60;
const TABLE_ROWS = 200;

/** A shorter form of a name for tight labels: its shortest other form, or a person's surname. */
const short = (e) => e.aliases.filter((x) => x.length > 1 && x.toLowerCase() !== e.name.toLowerCase())
  .sort((x, y) => x.length - y.length)[0] ?? (e.type === 'PER' ? e.name.split(' ').pop() : e.name);
// Thousands separated as toLocaleString('en') does for whole numbers, without loading Intl's data
// (the first toLocaleString call took ~30 ms on a slow machine).
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n, one, many = `${one}s`) => `${grouped(n)} ${n === 1 ? one : many}`;
/** Scrolls `el` into view, smoothly unless reduced motion is asked for. */
const scroll = (el, block) => el?.scrollIntoView({
  block, behavior: el.ownerDocument.defaultView.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
});
const canHighlight = (doc) => doc.defaultView?.CSS?.highlights && typeof doc.defaultView.Highlight === 'function';

// ---- one shared stylesheet per realm, one highlight rule per host document ----

let shadowSheet;
const styled = new WeakSet();

/**
 * Adds the `::highlight(textlens)` rule to the document of `el` once, unless the page's own CSS
 * has it and says so: `--textlens-highlight-rule: page` on `el` or an ancestor (usually `:root`).
 * Adding a stylesheet makes the browser restyle the whole document, a long task on a long page;
 * a rule in the page's CSS from the start costs nothing. Returns true when the page has its own.
 */
function styleHighlights(el) {
  const doc = el.ownerDocument;
  if (styled.has(doc)) return false;
  if (doc.defaultView.getComputedStyle(el).getPropertyValue('--textlens-highlight-rule').trim() === 'page') return true;
  styled.add(doc);
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(highlightCss);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return false;
}

function section(part, title, id) {
  const s = h('section', { part, 'aria-labelledby': id });
  s.append(h('h3', { id }, title));
  return s;
}

export class TextLensElement extends HTMLElement {
  static observedAttributes = ['for', 'top', 'types', 'lang', 'theme'];
  /** Texts longer than this (UTF-16 code units) are analysed in a Web Worker. */
  static workerThreshold = 100_000;
  /**
   * The worker script for every element without a `worker-url` attribute: a URL or a string
   * (resolved against the document's base URL); undefined (the default) for the package's
   * worker.js beside widget.js; null to analyse every text inline.
   * @type {string | URL | null | undefined}
   */
  static workerUrl = undefined;

  /** Registers the element; a second call with the same tag does nothing. */
  static define(tag = 'text-lens', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #text = null;
  #pending = false;
  #reading = 0;
  #selecting = 0;
  #drawing = 0;
  #rendering = false;
  #unannounced = null;
  /** Where each word or phrase occurs ('t:term' / 'p:term' → flat [start, end, …]), per analysis. */
  #spans = new Map();
  #token = 0;
  #input = null;
  #source = null;
  #analysis = null;
  #sel = null;
  #width = 0;
  #focus = {};
  #ro = null;
  #highlight = null;
  #current = null;
  /** The page styles our highlights itself (`--textlens-highlight-rule: page`), as last read. */
  #pageRule = false;
  #ui;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if (!shadowSheet) {
      shadowSheet = new CSSStyleSheet();
      shadowSheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [shadowSheet];
    const ui = (this.#ui = {});
    const header = h('header', { part: 'header' });
    header.append(h('h2', {}, 'In this story'), (ui.summary = h('p', { class: 'summary', part: 'summary' })));
    ui.status = h('p', { part: 'status', role: 'status' });
    // Says what a pick did: "Amina Wekesa: 3 mentions highlighted".
    ui.live = h('p', { class: 'vh', 'aria-live': 'polite' });

    ui.entities = section('chart entities', 'People, organisations and places', 'h-ent');
    ui.legend = h('ul', { class: 'legend', 'aria-label': 'Colour key' });
    ui.entities.append(ui.legend, (ui.entPlot = h('div', { class: 'plot' })), (ui.entTable = h('div')));

    ui.kwic = section('kwic', 'In context', 'h-kwic');
    ui.kwic.hidden = true;
    const clear = h('button', { type: 'button', part: 'clear' }, 'Clear');
    clear.addEventListener('click', () => {
      // The button hides with the lines: the focus goes back to the picked row, not to the page.
      root.querySelector('[aria-selected=true]')?.focus();
      this.#select(null);
    });
    const kh = h('div', { class: 'kwic-head' });
    ui.kwicTitle = ui.kwic.firstChild;
    kh.append(ui.kwicTitle, clear);
    ui.kwicNote = h('p', { class: 'aliases' });
    ui.kwicList = h('ol');
    ui.kwic.append(kh, ui.kwicNote, ui.kwicList);

    ui.terms = section('chart terms', 'Words and phrases', 'h-terms');
    const pair = h('div', { class: 'pair' });
    const pane = (title, id) => {
      const p = h('div', { class: 'pane', 'aria-labelledby': id, role: 'group' });
      p.append(h('h4', { id }, title), h('div', { class: 'plot' }), h('div'));
      pair.append(p);
      return p;
    };
    ui.words = pane('Most frequent words', 'h-words');
    ui.phrases = pane('Recurring phrases', 'h-phrases');
    ui.terms.append(pair);

    ui.network = section('chart network', 'Who appears together', 'h-net');
    ui.netNote = h('p', { class: 'note' });
    ui.network.append(ui.netNote, (ui.netPlot = h('div', { class: 'plot' })), (ui.netTable = h('div')));

    ui.strip = section('chart strip', 'Where in the story', 'h-strip');
    ui.strip.append((ui.stripPlot = h('div', { class: 'plot' })), (ui.stripTable = h('div')));

    const hidden = h('div', { hidden: '' });
    ui.slot = h('slot');
    hidden.append(ui.slot);
    ui.charts = [ui.entities, ui.terms, ui.network, ui.strip];
    for (const s of ui.charts) s.hidden = true;
    root.append(header, ui.status, ui.live, ui.entities, ui.kwic, ui.terms, ui.network, ui.strip, hidden);

    ui.slot.addEventListener('slotchange', () => this.#schedule());
    root.addEventListener('click', (e) => this.#onClick(e));
    root.addEventListener('keydown', (e) => this.#onKey(e));
    root.addEventListener('focusin', (e) => {
      const row = e.target.closest?.('[role=option]');
      if (row) this.#focus[row.closest('svg').dataset.chart] = row.dataset.key;
    });
  }

  connectedCallback() {
    if (Object.hasOwn(this, 'text')) {
      const value = this.text;
      delete this.text;
      this.text = value;
    }
    // Redraw in the next frame: drawing changes our height, which must not re-enter the observer.
    this.#ro ??= new ResizeObserver(() => {
      if (this.clientWidth !== this.#width && this.#analysis) requestAnimationFrame(() => {
        // Still needed? A render may have drawn at the new width since.
        if (this.#analysis && !this.#rendering && this.clientWidth !== this.#width) this.#draw();
      });
    });
    this.#ro.observe(this);
    this.#schedule();
  }

  disconnectedCallback() {
    this.#ro?.disconnect();
    // A pick still under way (paused between slices) stops at its next check instead of
    // highlighting the article of a widget no longer on the page.
    this.#selecting++;
    this.#clearHighlight();
  }

  attributeChangedCallback(name, old, value) {
    if (name !== 'theme' && old !== value) this.#schedule();
  }

  /** Text to analyse instead of the page's; `null` goes back to reading the page. */
  get text() {
    return this.#text;
  }
  set text(value) {
    this.#text = value == null ? null : String(value);
    this.#schedule();
  }

  /** The latest analysis, or null before the first `textlens-ready`. */
  get analysis() {
    return this.#analysis;
  }

  /** Reads and analyses the source again, e.g. after the article changed. */
  refresh() {
    this.#input = null;
    this.#schedule();
  }

  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#update();
    });
  }

  get #top() {
    const n = parseInt(this.getAttribute('top') ?? '', 10);
    return Number.isFinite(n) ? Math.min(50, Math.max(1, n)) : 10;
  }

  #options() {
    const lang = (this.closest('[lang]')?.lang || this.ownerDocument.documentElement.lang || 'en').toLowerCase();
    const types = (this.getAttribute('types') ?? '').split(',').map((t) => t.trim().toUpperCase()).filter((t) => TYPES.includes(t));
    // minCount 1: in a single article most names meet once; phrases are filtered to 2+ below.
    // nameTerms false: names are charted already, not words too.
    const options = { top: 200, minCount: 1, nameTerms: false, language: lang === 'en' || lang.startsWith('en-') ? 'en' : 'none' };
    if (types.length) options.types = types;
    return options;
  }

  /** The text to analyse and, when read from the page, its map back to text nodes. */
  async #read() {
    if (this.#text != null) return { text: this.#text, segments: null };
    const root = this.getRootNode();
    const selector = this.getAttribute('for');
    let nodes;
    if (selector) {
      try {
        nodes = [...root.querySelectorAll(selector)];
        nodes = nodes.filter((n) => !nodes.some((m) => m !== n && m.contains(n)));
      } catch {
        return { text: '', segments: null, error: `The for attribute is not a valid selector: ${selector}` };
      }
    } else {
      nodes = this.#ui.slot.assignedNodes({ flatten: true });
      if (!nodes.some((n) => n.textContent.trim())) {
        const el = this.closest('article') ?? root.querySelector?.('article') ?? root.querySelector?.('main');
        nodes = el ? [el] : [];
      }
    }
    return extract(nodes, this);
  }

  async #update() {
    const reading = ++this.#reading;
    const source = await this.#read();
    if (reading !== this.#reading || !this.isConnected) return; // a later update supersedes this one
    const options = this.#options();
    const input = JSON.stringify(options);
    const same = this.#input && this.#input.options === input && this.#input.text === source.text;
    this.#source = source;
    // Add the highlight rule now, while the analysis runs: adding a stylesheet restyles the whole
    // document, which for a long article is a long task, and longer still once highlights exist.
    // Whether the page has its own rule is read here, while the page's style is up to date (a read
    // at pick time would make the browser lay out the just-changed widget there and then). Also for
    // the same text read anew (it may now come from the page, with segments to highlight).
    if (source.segments && source.text.trim() && canHighlight(this.ownerDocument)) this.#pageRule = styleHighlights(this);
    if (same) {
      if (!this.#analysis) return;
      await this.#render();
      // Moved in the page (removed, then added again): the pick its removal stopped or cleared
      // comes back, highlight and context lines, so the chart's selection and the page agree.
      if (this.#sel && reading === this.#reading && this.isConnected) this.#select(this.#sel.key, false);
      return;
    }
    this.#input = { options: input, text: source.text };
    const token = ++this.#token;
    this.#select(null, false);
    if (!source.text.trim()) {
      this.#analysis = null;
      this.#unannounced = null;
      this.#drawing++; // stops a render still running
      this.#rendering = false;
      for (const s of this.#ui.charts) s.hidden = true;
      this.#ui.summary.textContent = '';
      this.#status(source.error ?? 'There is no text to analyse.');
      return;
    }
    this.#status('Analysing…');
    try {
      const analysis = await run('analyze', [source.text, options], this.#where(source.text));
      if (token !== this.#token) return;
      this.#analysis = analysis;
      this.#spans = new Map();
      this.#unannounced = analysis;
      this.#status('');
      await this.#render();
    } catch (error) {
      if (token === this.#token) this.#status(`Could not analyse this text: ${error?.message ?? error}`);
    }
  }

  /** Where run() analyses `text`: in a worker when long, from `worker-url` or the static workerUrl. */
  #where(text) {
    const doc = this.ownerDocument;
    const url = this.getAttribute('worker-url') ?? TextLensElement.workerUrl;
    return {
      big: text.length > TextLensElement.workerThreshold,
      workerUrl: url == null ? url : new URL(url, doc.baseURI),
    };
  }

  #status(message) {
    this.#ui.status.textContent = message;
  }

  /** Phrases that recur. */
  get #phrases() {
    return this.#analysis.phrases.filter((p) => p.count > 1);
  }

  /** Entities by mention count, most first. */
  #ranked() {
    return [...this.#analysis.entities].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
  }

  /**
   * Fills the summary and the tables, then draws the charts, in steps that give way to the
   * browser on long texts (a newer render takes over from one still running; resizes wait for
   * it to finish), then announces a new analysis with `textlens-ready`.
   */
  async #render() {
    const drawing = ++this.#drawing;
    this.#rendering = true;
    try {
      if (!(await this.#fill(drawing))) return;
    } finally {
      if (drawing === this.#drawing) this.#rendering = false;
    }
    const analysis = this.#unannounced;
    this.#unannounced = null;
    if (analysis === this.#analysis) {
      this.dispatchEvent(new CustomEvent('textlens-ready', { detail: analysis, bubbles: true, composed: true }));
    }
  }

  /** The summary, the tables and the charts; false if a newer render or draw took over. */
  async #fill(drawing) {
    const pace = pacer();
    const step = () => this.#step(drawing, pace);
    const a = this.#analysis;
    const ui = this.#ui;
    const ranked = this.#ranked();
    ui.summary.textContent = `${plural(a.words, 'word')} · ${plural(a.sentences, 'sentence')} · ${plural(a.entities.length, 'name')}`;

    ui.legend.replaceChildren(...TYPES.filter((t) => ranked.some((e) => e.type === t)).map((t) => {
      const li = h('li', {}, LEGEND[t]);
      li.prepend(h('span', { class: `sw t-${t}`, 'aria-hidden': 'true' }));
      return li;
    }));
    const listed = ranked.slice(0, TABLE_ROWS);
    if (!(await step())) return false;
    ui.entTable.replaceChildren(table(listed.length < ranked.length
      ? `The ${listed.length} most mentioned of ${plural(ranked.length, 'name')}` : `All ${plural(ranked.length, 'name')} found`,
    ['Name', 'Kind', 'Mentions', 'Also written'], listed.map((e) => [e.name, KIND[e.type], e.count, e.aliases.join(', ')]), 'People, organisations and places'));
    if (!(await step())) return false;
    ui.words.lastChild.replaceChildren(table('Most frequent words', ['Word', 'Count'], a.terms.slice(0, this.#top).map((t) => [t.display, t.count])));
    ui.phrases.lastChild.replaceChildren(table('Recurring phrases', ['Phrase', 'Count'], this.#phrases.slice(0, this.#top).map((t) => [t.display, t.count])));
    const { pairs } = this.#graph(ranked);
    if (!(await step())) return false;
    ui.netTable.replaceChildren(table('Names that appear together', ['Name', 'Appears with', 'Times together', 'Association (NPMI)'],
      pairs.map((p) => [a.entities[p.a].name, a.entities[p.b].name, p.count, p.npmi.toFixed(2)]), 'Who appears together'));
    if (!(await step())) return false;
    ui.stripTable.replaceChildren(table('Where each name is mentioned', ['Name', 'Mentions', 'Positions (% into the story)'],
      ranked.slice(0, this.#top).map((e) => [e.name, e.count,
        e.mentions.map((i) => Math.round((100 * a.mentions[i].start) / a.characters)).join(', ')]), 'Where in the story'));
    ui.entities.hidden = !ranked.length;
    ui.strip.hidden = !ranked.length;
    ui.network.hidden = ranked.length < 2;
    ui.terms.hidden = !a.terms.length;
    ui.phrases.hidden = !this.#phrases.length;
    return this.#draw(drawing, pace);
  }

  /**
   * The co-occurrence network: pairs among the most-mentioned names, nodes grouped by type; at
   * most `room` nodes (the most mentioned of the linked names) and the pairs among them.
   */
  #graph(ranked, room = Infinity) {
    const pool = new Set(ranked.slice(0, Math.max(20, 2 * this.#top)).map((e) => e.id));
    const all = this.#analysis.cooccurrence.entities.filter((p) => pool.has(p.a) && pool.has(p.b));
    const linked = (pairs) => new Set(pairs.flatMap((p) => [p.a, p.b]));
    let pairs = all.slice(0, 60);
    let used = linked(pairs);
    if (used.size > room) {
      const kept = new Set(ranked.filter((e) => used.has(e.id)).slice(0, room).map((e) => e.id));
      pairs = all.filter((p) => kept.has(p.a) && kept.has(p.b)).slice(0, 60);
      used = linked(pairs);
    }
    const nodes = ranked.filter((e) => used.has(e.id))
      .sort((x, y) => TYPES.indexOf(x.type) - TYPES.indexOf(y.type) || y.count - x.count);
    return { pairs, nodes };
  }

  /** Gives way to the browser when `pace` is due; resolves false if a newer render or draw took over from `drawing`. */
  async #step(drawing, pace) {
    if (pace.due()) await pace.pause();
    return drawing === this.#drawing;
  }

  /** Draws the charts (one step each); resolves false if a newer render or draw took over. */
  async #draw(drawing = ++this.#drawing, pace = pacer()) {
    const step = () => this.#step(drawing, pace);
    const a = this.#analysis;
    const ui = this.#ui;
    this.#width = this.clientWidth;
    const width = (el) => Math.max(200, el.clientWidth || 288);
    const font = getComputedStyle(this).fontFamily;
    const ranked = this.#ranked();
    const top = this.#top;
    const focused = this.shadowRoot.activeElement?.closest?.('svg')?.dataset.chart;
    const entityItems = ranked.slice(0, top).map((e) => ({
      key: `e${e.id}`, label: e.name, short: short(e), value: e.count, cls: `t-${e.type}`,
      aria: `${e.name}, ${KIND[e.type]}, ${plural(e.count, 'mention')}`,
    }));
    const termItems = (list, prefix) => list.slice(0, top).map((t) => ({
      key: `${prefix}${t.term}`, label: t.display, value: t.count, aria: `${t.display}, ${plural(t.count, 'time')}`,
    }));
    const plots = {
      entities: [ui.entPlot, () => bars({ label: 'Names by number of mentions', items: entityItems, width: width(ui.entPlot), font })],
      words: [ui.words.children[1], () => bars({ label: 'Most frequent words', items: termItems(a.terms, 't:'), width: width(ui.words.children[1]), font })],
      phrases: [ui.phrases.children[1], () => bars({ label: 'Recurring phrases', items: termItems(this.#phrases, 'p:'), width: width(ui.phrases.children[1]), font })],
    };
    for (const [name, [plot, build]] of Object.entries(plots)) {
      if (!(await step())) return false;
      const svg = build();
      svg.dataset.chart = name;
      plot.replaceChildren(svg);
    }
    if (!(await step())) return false;
    const netWidth = Math.min(width(ui.netPlot), 560);
    const { pairs, nodes } = this.#graph(ranked, ringRoom(netWidth));
    const linkedNames = this.#graph(ranked).nodes.length;
    ui.netNote.textContent = pairs.length
      ? `Names mentioned close together; thicker lines mean a stronger association.${nodes.length < linkedNames
        ? ` The ${nodes.length} most mentioned of ${linkedNames} such names; the table lists every pair.` : ''}`
      : 'No two names appear together often enough to chart.';
    // A node's name lists its links, strongest first.
    const linked = (id) => pairs.flatMap((p) => (p.a === id ? [p.b] : p.b === id ? [p.a] : [])).map((j) => a.entities[j].name);
    const net = network({
      label: `Network of ${plural(nodes.length, 'name')} that appear together, ${plural(pairs.length, 'link')}`,
      nodes: nodes.map((e) => ({
        key: `e${e.id}`, label: e.name, short: short(e), value: e.count, cls: `t-${e.type}`,
        aria: `${e.name}, ${KIND[e.type]}, appears with ${linked(e.id).join(', ')}`,
      })),
      font,
      edges: pairs.map((p) => ({ a: `e${p.a}`, b: `e${p.b}`, weight: Math.max(0, p.npmi) })),
      width: netWidth,
    });
    net.dataset.chart = 'network';
    ui.netPlot.replaceChildren(net);
    if (!(await step())) return false;
    const strip = strips({
      label: `Where the ${plural(Math.min(top, ranked.length), 'most mentioned name')} appear in the story`,
      rows: entityItems.map((d, i) => ({
        ...d, positions: ranked[i].mentions.map((j) => a.mentions[j].start / Math.max(1, a.characters)),
      })),
      width: width(ui.stripPlot),
      font,
    });
    strip.dataset.chart = 'strip';
    ui.stripPlot.replaceChildren(strip);
    this.#mark();
    if (focused) {
      const svg = this.shadowRoot.querySelector(`svg[data-chart=${focused}]`);
      [...svg.querySelectorAll('[role=option]')].find((r) => r.getAttribute('tabindex') === '0')?.focus();
    }
    return true;
  }

  /** Reflects the selection and the roving focus position in the drawn charts. */
  #mark() {
    const key = this.#sel?.key;
    for (const svg of this.shadowRoot.querySelectorAll('svg[role=listbox]')) {
      const rows = [...svg.querySelectorAll('[role=option]')];
      const stop = this.#focus[svg.dataset.chart] ?? key;
      const home = rows.find((r) => r.dataset.key === stop) ?? rows.find((r) => r.dataset.key === key) ?? rows[0];
      for (const r of rows) {
        r.setAttribute('aria-selected', String(r.dataset.key === key));
        r.setAttribute('tabindex', r === home ? '0' : '-1');
      }
    }
    const net = this.shadowRoot.querySelector('svg.network');
    if (net) {
      net.classList.toggle('has-sel', key?.[0] === 'e');
      const near = new Set([key]);
      for (const e of net.querySelectorAll('.edge')) {
        const on = e.dataset.a === key || e.dataset.b === key;
        e.classList.toggle('on', on);
        if (on) near.add(e.dataset.a).add(e.dataset.b);
      }
      for (const n of net.querySelectorAll('.node')) n.classList.toggle('on', near.has(n.dataset.key));
    }
    this.shadowRoot.querySelector('svg.strips')?.classList.toggle('has-sel', key?.[0] === 'e');
  }

  #onClick(e) {
    const go = e.target.closest?.('button.go');
    if (go) return this.#goTo(go);
    const item = e.target.closest?.('[data-key]');
    if (!item) return;
    this.#select(item.dataset.key === this.#sel?.key ? null : item.dataset.key);
  }

  #onKey(e) {
    const row = e.target.closest?.('[role=option]');
    if (!row) return;
    const rows = [...row.parentNode.querySelectorAll('[role=option]')];
    let i = rows.indexOf(row);
    switch (e.key) {
      case 'ArrowDown': case 'ArrowRight': i = Math.min(rows.length - 1, i + 1); break;
      case 'ArrowUp': case 'ArrowLeft': i = Math.max(0, i - 1); break;
      case 'Home': i = 0; break;
      case 'End': i = rows.length - 1; break;
      case 'Enter': case ' ':
        e.preventDefault();
        this.#select(row.dataset.key === this.#sel?.key ? null : row.dataset.key);
        return;
      case 'Escape':
        if (this.#sel) {
          e.preventDefault();
          this.#select(null);
        }
        return;
      default: return;
    }
    e.preventDefault();
    row.setAttribute('tabindex', '-1');
    rows[i].setAttribute('tabindex', '0');
    rows[i].focus();
  }

  /** Selects an entity ('e<id>'), a word ('t:<term>') or a phrase ('p:<term>'), or nothing. */
  async #select(key, announce = true) {
    const a = this.#analysis;
    const ui = this.#ui;
    const selecting = ++this.#selecting;
    const pace = pacer();
    this.#sel = key && a ? { key } : null;
    this.#clearHighlight();
    this.#mark();
    if (!this.#sel) {
      if (announce && !ui.kwic.hidden) ui.live.textContent = 'Highlights cleared';
      ui.kwic.hidden = true;
      return;
    }
    const text = this.#source.text;
    let title;
    let note = '';
    let spans; // every occurrence: { start, end }
    let detail;
    let said;
    if (key[0] === 'e') {
      const entity = a.entities[Number(key.slice(1))];
      title = `${entity.name} in context`;
      said = entity.name;
      if (entity.aliases.length) note = `Also written: ${entity.aliases.join(', ')}`;
      const mentions = entity.mentions.map((i) => a.mentions[i]);
      spans = mentions;
      detail = { kind: 'entity', id: entity.id, name: entity.name, type: entity.type, count: entity.count, aliases: entity.aliases, mentions };
    } else {
      const phrase = key[0] === 'p';
      const term = (phrase ? a.phrases : a.terms).find((t) => t.term === key.slice(2));
      title = `“${term.display}” in context`;
      said = `“${term.display}”`;
      detail = { kind: 'term', term: term.term, display: term.display, count: term.count, phrase };
      let flat = new Uint32Array(0);
      try {
        flat = this.#spans.get(key) ?? await this.#locate(key, term, text);
      } catch (error) {
        note = `Could not find it in the text: ${error?.message ?? error}`;
      }
      if (selecting !== this.#selecting) return;
      spans = [];
      // The occurrences counted (kwicSpans finds whole words, as counts count them): none that
      // overlaps a name (a phrase before "BANK" in "CENTRAL BANK" is not counted either).
      const ms = a.mentions;
      for (let i = 0, j = 0; i < flat.length; i += 2) {
        while (ms[j]?.end <= flat[i]) j++;
        if (!(ms[j]?.start < flat[i + 1])) spans.push({ start: flat[i], end: flat[i + 1] });
      }
    }
    ui.kwicTitle.textContent = title;
    ui.kwicNote.textContent = note;
    ui.kwicNote.hidden = !note;
    ui.kwic.hidden = false;
    // Names, words and phrases alike: the lines kwic(text, …, { width: WIDTH }) would give (lines.js).
    // On a long article the lines a reader can see go out with the pick's own frame, the rest in
    // the next slice and its own frame, the highlights after them: laying out all 50 lines with the
    // pick was most of its task there (scripts/bench/widget.mjs). A short one gets them all at once.
    const shown = spans.slice(0, SHOWN_LINES);
    // A line is a button to its mention when the article is on the page (#goTo).
    const linked = this.#source.segments && canHighlight(this.ownerDocument);
    const item = (m) => {
      const l = line(text, m.start, m.end, WIDTH);
      const li = h('li');
      const left = h('span', { class: 'left' });
      left.append(h('span', {}, l.left));
      const box = linked ? h('button', { type: 'button', class: 'go', 'data-at': `${m.start},${m.end}` }) : li;
      box.append(left, h('mark', {}, l.match), h('span', { class: 'right' }, l.right));
      if (linked) li.append(box);
      return li;
    };
    const more = spans.length > SHOWN_LINES ? [h('li', { class: 'note' }, `… and ${spans.length - SHOWN_LINES} more`)] : [];
    ui.kwicList.replaceChildren(...shown.slice(0, 1).map(item));
    const first = text.length > LONG_TEXT ? this.#linesInView(shown.length) : shown.length;
    ui.kwicList.append(...shown.slice(1, first).map(item));
    if (first < shown.length) {
      await pace.pause();
      if (selecting !== this.#selecting) return;
      ui.kwicList.append(...shown.slice(first).map(item), ...more);
      await pace.pause();
      if (selecting !== this.#selecting) return;
    } else {
      ui.kwicList.append(...more);
    }
    await this.#highlightSpans(spans, selecting, pace);
    if (selecting !== this.#selecting) return;
    if (!announce) return;
    ui.live.textContent = `${said}: ${plural(spans.length, key[0] === 'e' ? 'mention' : 'occurrence')} ${this.#highlight ? 'highlighted' : 'shown in context'}`;
    this.dispatchEvent(new CustomEvent('textlens-select', { detail, bubbles: true, composed: true }));
  }

  /**
   * How many of `count` context lines fit between the top of the list, which holds the first line
   * (measured here: the page is laid out for it), and the bottom of the viewport; at least one, and
   * all of them when the list is not rendered (nothing to save then).
   */
  #linesInView(count) {
    const box = this.#ui.kwicList.firstChild?.getBoundingClientRect();
    if (!(box?.height > 0)) return count;
    const bottom = this.ownerDocument.documentElement.clientHeight;
    return Math.min(count, Math.max(1, Math.ceil((bottom - box.top) / box.height)));
  }

  /**
   * Finds the occurrences of the word or phrase `key` and, in the same pass over the text, of every
   * other word and phrase the charts show: one segmentation, then picks cost no analysis at all.
   * #select cuts the lines from the offsets exactly as kwic(text, [display, term], { width: WIDTH }) cuts them.
   */
  async #locate(key, term, text) {
    const cache = this.#spans;
    const want = [
      ...this.#analysis.terms.slice(0, this.#top).map((t) => [`t:${t.term}`, t]),
      ...this.#phrases.slice(0, this.#top).map((t) => [`p:${t.term}`, t]),
      [key, term],
    ].filter(([k], i, all) => !cache.has(k) && all.findIndex(([j]) => j === k) === i);
    const found = await run('kwicSpans', [text, want.map(([, t]) => [...new Set([t.display, t.term])])], this.#where(text));
    want.forEach(([k], i) => cache.set(k, found[i]));
    return cache.get(key);
  }

  /** Highlights `spans` in the article, in slices on long texts, unless selection `selecting` is superseded. */
  async #highlightSpans(spans, selecting, pace) {
    const segments = this.#source?.segments;
    if (!segments || !spans.length) return;
    const doc = this.ownerDocument;
    if (!canHighlight(doc)) {
      this.#status('Highlighting in the article is unavailable in this browser.');
      return;
    }
    const { CSS, Highlight } = doc.defaultView;
    const highlight = new Highlight();
    let first = null;
    for (const s of spans) {
      try {
        const r = toRange(segments, s.start, s.end);
        if (r) highlight.add(r);
        first ??= r;
      } catch {
        // The article changed since it was read; skip what no longer fits.
      }
      if (pace.due()) {
        await pace.pause();
        if (selecting !== this.#selecting) return;
      }
    }
    if (!first) return;
    this.#highlight = highlight;
    CSS.highlights.set(HIGHLIGHT, highlight);
    // To the first mention if the article is beside us; above or below us, not away from the lines.
    const at = first.startContainer.parentElement;
    const [p, q] = [at?.getBoundingClientRect(), this.getBoundingClientRect()];
    if (p && (p.right <= q.left || p.left >= q.right)) scroll(at, 'nearest');
  }

  /** Scrolls to the mention of context line `button` and marks it current. */
  #goTo(button) {
    const [start, end] = button.dataset.at.split(',').map(Number);
    let r;
    try { r = toRange(this.#source.segments, start, end); } catch { /* the article changed */ }
    if (!r) return;
    const { CSS, Highlight } = this.ownerDocument.defaultView;
    const current = new Highlight(r);
    current.priority = 1;
    this.#clearHighlight(false);
    this.#current = current;
    CSS.highlights.set(CURRENT, current);
    const lines = [...this.#ui.kwicList.querySelectorAll('button.go')];
    for (const b of lines) b.toggleAttribute('aria-current', b === button);
    scroll(r.startContainer.parentElement, 'center');
    this.#ui.live.textContent = `Line ${lines.indexOf(button) + 1} of ${lines.length} shown in the article`;
  }

  /** Removes our highlights (`all` false: the current one), unless another <text-lens> has replaced them since. */
  #clearHighlight(all = true) {
    const highlights = this.ownerDocument.defaultView?.CSS?.highlights;
    const drop = (name, x) => x && highlights?.get(name) === x && highlights.delete(name);
    drop(CURRENT, this.#current);
    this.#current = null;
    if (!all) return;
    drop(HIGHLIGHT, this.#highlight);
    this.#highlight = null;
  }
}
