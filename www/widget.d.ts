import type { Analysis, EntityType, Mention } from './api.js';

/** `detail` of `textlens-select` when a reader picks a name. */
export interface EntitySelection {
  kind: 'entity';
  /** Index into `analysis.entities`. */
  id: number;
  name: string;
  type: EntityType;
  count: number;
  aliases: string[];
  /** The entity's mentions, in text order; offsets are into the analysed text. */
  mentions: Mention[];
}

/** `detail` of `textlens-select` when a reader picks a word or a phrase. */
export interface TermSelection {
  kind: 'term';
  /** The counted, case-folded form. */
  term: string;
  /** The commonest form as written. */
  display: string;
  count: number;
  /** True for a phrase (bigram or trigram), false for a single word. */
  phrase: boolean;
}

export type Selection = EntitySelection | TermSelection;

/**
 * `<text-lens>`: charts of the people, organisations, places and words in an article.
 *
 * Attributes: `for` (selector of the element(s) to read; default the closest `<article>`, else
 * `<main>`), `top` (items per chart, 1–50, default 10), `types` (comma list of PER, ORG, LOC,
 * MISC), `lang` (stopwords are English for `en*`, none otherwise; read from the closest `[lang]`),
 * `theme` (`light` | `dark` | `auto`, default auto), `worker-url` (the worker script for long texts,
 * relative to the document; overrides `TextLensElement.workerUrl`).
 *
 * Parts: `header`, `summary`, `status`, `chart` (every chart section) with `entities`, `terms`,
 * `network`, `strip`; `kwic`, `clear`.
 *
 * Custom properties: `--textlens-bg`, `--textlens-fg`, `--textlens-muted`, `--textlens-rule`,
 * `--textlens-track`, `--textlens-accent`, `--textlens-font`, `--textlens-per`, `--textlens-org`,
 * `--textlens-loc`, `--textlens-misc`, `--textlens-term`; in the host document,
 * `--textlens-highlight` and `--textlens-highlight-fg` style highlighted mentions, and
 * `--textlens-highlight-rule: page` says the page's own CSS has the `::highlight(textlens)` rule
 * (the element then adds none: no document-wide restyle; see www/README.md, "Highlighting").
 */
export declare class TextLensElement extends HTMLElement {
  static observedAttributes: string[];
  /** Texts longer than this many UTF-16 code units are analysed in a Web Worker. Default 100,000. */
  static workerThreshold: number;
  /**
   * The worker script for elements without a `worker-url` attribute: a URL, or a string resolved
   * against the document's base URL. `undefined` (the default): the package's `worker.js` beside
   * `widget.js`. `null`: analyse every text inline. A script that cannot be loaded makes the
   * element analyse inline instead, without logging anything.
   */
  static workerUrl: string | URL | null | undefined;
  /** Registers the element under `tag` (once; later calls do nothing) and returns the class. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof TextLensElement;

  /** Text to analyse instead of the page's; `null` (the default) reads the page. */
  text: string | null;
  /** The latest analysis, or null before the first `textlens-ready`. */
  readonly analysis: Analysis | null;
  /** Reads and analyses the source again, e.g. after the article changed. */
  refresh(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'text-lens': TextLensElement;
  }
  interface HTMLElementEventMap {
    /** Fired (bubbling, composed) by `<text-lens>` after each analysis. */
    'textlens-ready': CustomEvent<Analysis>;
    /** Fired (bubbling, composed) by `<text-lens>` when a reader picks a name, word or phrase. */
    'textlens-select': CustomEvent<Selection>;
  }
}
