// Keyword-in-context lines cut in JavaScript from match offsets, exactly as textlens's kwic()
// cuts them (src/stats/kwic.rs `context`): up to `width` characters (code points) on each side,
// backed off to the last white space inside the window unless the window ends at one, white
// space folded to single spaces. With kwicSpans() the text is segmented once for many queries.

/** Rust's char::is_whitespace (the Unicode White_Space property). */
const SPACE = /^[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

/** Up to `n` code points of `text` going left from `at` (nearest first) or right from it,
 * stopping at a paragraph break: a line break with nothing but white space up to the next one, or
 * U+2029 (a context line does not run from a headline into the dateline under it). */
function chars(text, at, n, left) {
  const out = [];
  let open = -1; // out.length at a line break that only white space has followed so far
  let i = at;
  while (out.length < n && (left ? i > 0 : i < text.length)) {
    let size = 1;
    if (left) {
      const lo = text.charCodeAt(i - 1);
      if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
        const hi = text.charCodeAt(i - 2);
        if (hi >= 0xd800 && hi <= 0xdbff) size = 2;
      }
      i -= size;
    } else {
      const hi = text.charCodeAt(i);
      if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < text.length) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) size = 2;
      }
      i += size;
    }
    const c = left ? text.slice(i, i + size) : text.slice(i - size, i);
    if (c === '\u2029') break;
    if (c === '\n') {
      if (open >= 0) {
        out.length = open;
        break;
      }
      open = out.length;
    } else if (!SPACE.test(c)) {
      open = -1;
    }
    out.push(c);
  }
  return out;
}

/** The context on one side of a match at `at`. */
function context(text, at, width, left) {
  const cs = chars(text, at, width + 1, left);
  let take = Math.min(cs.length, width);
  if (cs.length > width && !SPACE.test(cs[width])) {
    for (let k = take - 1; k >= 0; k--) {
      if (SPACE.test(cs[k])) {
        take = k;
        break;
      }
    }
  }
  const piece = cs.slice(0, take);
  if (left) piece.reverse();
  let out = '';
  let space = false;
  for (const c of piece) {
    if (SPACE.test(c)) {
      space = true;
    } else {
      if (space && (out || !left)) out += ' ';
      space = false;
      out += c;
    }
  }
  if (space && left) out += ' ';
  return out;
}

/**
 * The kwic() line for the match [start, end) of `text` (UTF-16 offsets), without `sentence`.
 * @returns {{ start: number, end: number, left: string, match: string, right: string }}
 */
export function line(text, start, end, width = 40) {
  return {
    start, end, left: context(text, start, width, true), match: text.slice(start, end), right: context(text, end, width, false),
  };
}
