// The worker's analysis crosses to the page as columns: structured-cloning tens of thousands of
// small mention objects is one long task on the main thread, while typed arrays are transferred
// for free. The page rebuilds the very same Analysis from them in short slices (pace.js).

import { pacer } from './pace.js';

/**
 * Splits `analysis` (of `text`) into a small plain part and typed-array columns.
 * @returns {{ message: object, transfer: ArrayBuffer[] }}
 */
export function pack(analysis, text) {
  const { mentions, entities } = analysis;
  const n = mentions.length;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const entity = new Uint32Array(n);
  const sentence = new Uint32Array(n);
  const type = new Uint8Array(n);
  const kinds = [];
  const texts = {}; // a mention's text where it is not text.slice(start, end) (lone surrogates)
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    start[i] = m.start;
    end[i] = m.end;
    entity[i] = m.entity;
    sentence[i] = m.sentence;
    let k = kinds.indexOf(m.type);
    if (k < 0) k = kinds.push(m.type) - 1;
    type[i] = k;
    if (!text.startsWith(m.text, m.start)) texts[i] = m.text; // same length by construction: no copy needed
  }
  const counts = new Uint32Array(entities.length);
  const list = new Uint32Array(entities.reduce((t, e) => t + e.mentions.length, 0));
  let at = 0;
  const plain = entities.map(({ mentions: of, ...rest }, i) => {
    counts[i] = of.length;
    list.set(of, at);
    at += of.length;
    return { ...rest, mentions: null };
  });
  const columns = { start, end, entity, sentence, type, counts, list };
  return {
    message: { analysis: { ...analysis, mentions: null, entities: plain }, columns, kinds, texts },
    transfer: Object.values(columns).map((c) => c.buffer),
  };
}

/** Rebuilds the Analysis that `pack` split, giving way to the browser between slices. */
export async function unpack({ analysis, columns, kinds, texts }, text) {
  const pace = pacer();
  const { start, end, entity, sentence, type, counts, list } = columns;
  const mentions = new Array(start.length);
  for (let i = 0; i < start.length; i++) {
    mentions[i] = {
      start: start[i], end: end[i], text: texts[i] ?? text.slice(start[i], end[i]),
      type: kinds[type[i]], entity: entity[i], sentence: sentence[i],
    };
    if ((i & 255) === 0 && pace.due()) await pace.pause();
  }
  let at = 0;
  for (let i = 0; i < analysis.entities.length; i++) {
    analysis.entities[i].mentions = Array.from(list.subarray(at, at + counts[i]));
    at += counts[i];
    if (pace.due()) await pace.pause();
  }
  analysis.mentions = mentions;
  return analysis;
}
