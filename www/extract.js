// Reads the text of host-page elements into one string for analysis, and maps offsets in that
// string back to DOM positions so mentions can become Ranges in the article.
//
// Block elements are joined with "\n\n" so headlines and paragraphs segment as paragraphs.
// Inside a text node, tabs and newlines become spaces one for one, so offsets stay linear.
// Reading gives way to the browser every few milliseconds (pace.js): a 1 MB article has thousands
// of text nodes.
import { pacer } from './pace.js';

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FIGCAPTION', 'BUTTON',
  'SELECT', 'TEXTAREA', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH',
  'TR', 'UL',
]);
const BREAK = '\n\n';

/** True for elements whose text is not part of the story. */
function skipped(el, self) {
  return el === self || SKIP.has(el.tagName.toUpperCase()) || el.hidden ||
    el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('data-textlens-skip') ||
    (self != null && el.localName === self.localName);
}

/**
 * Extracts the text under `roots` (elements or text nodes).
 * @param {Node[]} roots
 * @param {Element} [self] the widget, whose own subtree is never read
 * @returns {Promise<{ text: string, segments: { start: number, node: Text }[] }>}
 */
export async function extract(roots, self) {
  const pace = pacer();
  const parts = [];
  const segments = [];
  let length = 0;
  let block = null;
  let pending = false;
  const emit = (node, owner) => {
    const value = node.data;
    if (owner !== block) pending = true;
    if (pending && !value.trim()) return;
    if (pending && length) {
      parts.push(BREAK);
      length += BREAK.length;
    }
    pending = false;
    block = owner;
    segments.push({ start: length, node });
    parts.push(value.replace(/[\t\n\r\f]/g, ' '));
    length += value.length;
  };
  for (const root of roots) {
    pending = true;
    if (root.nodeType === Node.TEXT_NODE) {
      emit(root, root);
      continue;
    }
    if (root.nodeType !== Node.ELEMENT_NODE || root === self) continue;
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && skipped(n, self)
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) emit(n, blockOf(n, root));
      else if (n.localName === 'br') pending = true;
      if (pace.due()) await pace.pause();
    }
  }
  return { text: parts.join(''), segments };
}

/** The nearest block element around a node, or the root. */
function blockOf(node, root) {
  let n = node.parentNode;
  while (n && n !== root && !BLOCK.has(n.tagName.toUpperCase())) n = n.parentNode;
  return n ?? root;
}

/**
 * Finds the DOM position of `offset`. With `end`, an offset at a node boundary resolves to the
 * end of the earlier node rather than the start of the next.
 * @returns {[Text, number] | null}
 */
export function locate(segments, offset, end = false) {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    const len = s.node.data.length;
    if (end ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (end ? offset > s.start + len : offset >= s.start + len) lo = mid + 1;
    else return [s.node, offset - s.start];
  }
  return null;
}

/** A live Range over [start, end) of the extracted text, or null if it falls outside. */
export function toRange(segments, start, end) {
  const a = locate(segments, start);
  const b = locate(segments, end, true);
  if (!a || !b) return null;
  const range = a[0].ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
