//! Segmentation: UAX #29 words, repaired for news text, grouped into sentences and paragraphs.


use super::normalize::{is_all_caps, is_capitalized, term_key};
use crate::wordset::words;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner apostrophes, hyphens or a closing abbreviation dot.
    Word,
    /// Digits with their separators: `1,200`, `3.5`.
    Number,
    /// Punctuation: `.`, `,`, `—`, `“`.
    Punct,
    /// Anything else that is not white space: emoji, symbols.
    Symbol,
}

/// One token: a byte range of the text and what it is. White space is not a token.
///
/// Eight bytes (a start, a 16-bit length, the kind and flags): a long text holds one token per
/// five or six bytes of text, and tokens are most of an analysis's memory. A token is at most
/// [`MAX_TOKEN_BYTES`] long: a longer run without a word break (no word of any language) is cut
/// into tokens of at most that length, at character boundaries.
///
/// ```
/// let doc = textlens::Doc::new("Kenya’s talks");
/// let t = doc.seg.tokens[0];
/// assert_eq!((t.start, t.end()), (0, 9));
/// assert_eq!(t.text(doc.text), "Kenya’s");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Length in bytes.
    len: u16,
    /// What the token is.
    pub kind: TokenKind,
    pub(crate) flags: u8,
}

/// The longest token, in bytes (see [`Token`]).
pub const MAX_TOKEN_BYTES: usize = u16::MAX as usize;

pub(crate) const SPACE_BEFORE: u8 = 1;
pub(crate) const LINE_BEFORE: u8 = 2;
pub(crate) const PARA_BEFORE: u8 = 4;
/// A word that took a following `.` (`Mr.`, `U.S.`, `J.`).
pub(crate) const ABBREV: u8 = 8;
/// A word that starts with a capital (see `is_capitalized`).
pub(crate) const CAP: u8 = 16;
/// A word in capitals, two letters or more.
pub(crate) const ALL_CAPS: u8 = 32;
/// A word ending in a possessive `’s`.
pub(crate) const POSSESSIVE: u8 = 64;
/// A token that holds an upper-case letter anywhere ("Kenya", "McDonald", "al-Aqsa", "iPhone").
pub(crate) const UPPER: u8 = 128;

/// The flags a token's text gives it: [`UPPER`], and for a word its shape ([`CAP`], [`ALL_CAPS`],
/// [`POSSESSIVE`]). `Doc::new` works them out once for each distinct form.
pub(crate) fn form_flags(form: &str) -> (u8, u8) {
    let upper = form.bytes().any(|b| b.is_ascii_uppercase()) || (!form.is_ascii() && form.chars().any(char::is_uppercase));
    let upper = if upper { UPPER } else { 0 };
    (upper, upper | shape(form))
}

/// The shape flags of a word.
fn shape(word: &str) -> u8 {
    let mut f = 0;
    if is_capitalized(word) {
        f |= CAP;
        if is_all_caps(word) {
            f |= ALL_CAPS;
        }
    }
    if super::normalize::strip_possessive(word).len() != word.len() {
        f |= POSSESSIVE;
    }
    f
}

impl Token {
    /// Byte offset one past the last byte.
    pub fn end(&self) -> u32 {
        self.start + u32::from(self.len)
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end() as usize]
    }

    /// Moves the token's end to `end` (at most [`MAX_TOKEN_BYTES`] past its start).
    fn set_end(&mut self, end: u32) {
        debug_assert!(end >= self.start && (end - self.start) as usize <= MAX_TOKEN_BYTES);
        self.len = (end - self.start) as u16;
    }
    pub(crate) fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
    /// True for word tokens.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// How a sentence-level segment reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// Ordinary prose.
    Body,
    /// A title-case or all-caps line: capital letters say nothing about names there.
    Headline,
    /// A dateline such as `NAIROBI, Kenya —` at the start of a paragraph.
    Dateline,
}

/// A sentence (or headline, or dateline): a run of tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first token.
    pub start: u32,
    /// Byte offset past the last token.
    pub end: u32,
    /// Index of the first token.
    pub first: u32,
    /// Index past the last token.
    pub last: u32,
    /// Index of the paragraph the sentence is in.
    pub paragraph: u32,
    /// How the segment reads.
    pub kind: SegmentKind,
}

impl Sentence {
    /// The token index range.
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first as usize..self.last as usize
    }
}

/// The text cut into tokens, sentences and paragraphs.
#[derive(Clone, Debug, Default)]
pub struct Segmented {
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; every token belongs to exactly one.
    pub sentences: Vec<Sentence>,
    /// Number of paragraphs (blocks separated by a blank line) that hold a token.
    pub paragraphs: usize,
}

/// Knows which words take an abbreviation dot, and which words are function words.
pub(crate) trait Abbreviations {
    fn is_abbreviation(&self, word: &str) -> bool;
    fn is_stopword(&self, key: &str) -> bool;
    /// The word lists that hold `key`, as the lexicon's bits (none known: 0).
    fn word_flags(&self, _key: &str) -> u16 {
        0
    }
}

/// A given name's abbreviation ([`given_abbreviation`]), its dot at `end`, between a comma, a
/// parenthesis or the text's start (a name searched for on its own) and a listed given name and a
/// capitalised word: "his lawyer, Ma. Cristina Bautista-Lim", which ends no sentence. Not any
/// short word: "Goals came from Saka, Kane. David Raya saved one." is two sentences.
#[inline(never)]
fn abbreviated_name(text: &str, before: Option<&Token>, word: &str, end: u32, abbr: &dyn Abbreviations) -> bool {
    let flags = |w: &str| abbr.word_flags(&term_key(w));
    if !given_abbreviation(word) || !before.is_none_or(|t| matches!(t.text(text), "," | "(")) || flags(word) != 0 {
        return false;
    }
    let Some((given, surname)) = text[end as usize..].strip_prefix(' ').and_then(|r| r.split_once(' ')) else { return false };
    surname.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && flags(given) & crate::lexicon::lists::GIVEN != 0
}

/// A given name's customary abbreviation, written before a dot: "Ma." (María, Maria), "Md." and
/// "Mohd." (Mohammad), "Wm." (William), "Chas." (Charles) and a few more.
pub(crate) fn given_abbreviation(word: &str) -> bool {
    words!["Ma", "Md", "Mohd", "Muh", "Wm", "Chas", "Jas", "Thos", "Geo", "Jos", "Robt", "Saml", "Benj", "Edw", "Fco"].contains(word)
}

fn classify(s: &str) -> TokenKind {
    // An ASCII letter or punctuation mark first (most tokens): as the tests below would say.
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_alphabetic() => return TokenKind::Word,
        Some(b) if b.is_ascii_punctuation() => return TokenKind::Punct,
        _ => {}
    }
    let first = s.chars().next().unwrap_or(' ');
    if first.is_alphabetic() {
        TokenKind::Word
    } else if first.is_numeric() {
        if s.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else {
            TokenKind::Number
        }
    } else if is_punctuation(first) {
        TokenKind::Punct
    } else if s.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else {
        TokenKind::Symbol
    }
}

pub(crate) fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}')
        || ('\u{2010}'..='\u{2027}').contains(&c)
        || ('\u{2030}'..='\u{205E}').contains(&c)
        || ('\u{3001}'..='\u{3003}').contains(&c)
        || ('\u{3008}'..='\u{3011}').contains(&c)
        || matches!(c, '\u{FF01}' | '\u{FF08}' | '\u{FF09}' | '\u{FF0C}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}')
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "\u{2026}" | "\u{3002}" | "\u{FF01}" | "\u{FF1F}" | "\u{203C}" | "\u{2047}" | "\u{2048}" | "\u{2049}")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | ")" | "]" | "}" | "\u{2019}" | "\u{201D}" | "\u{00BB}" | "\u{203A}")
}

pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "\u{2013}" | "\u{2014}" | "\u{2015}" | "--")
}

/// Cuts `text` into tokens (UAX #29 words, repaired).
///
/// Repairs: hyphenated words stay one token (`Guinea-Bissau`, `post-war`, `COVID-19`); a dot
/// after an initial, an initialism or a known abbreviation joins its word (`J.`, `U.S.`, `Mr.`).
pub(crate) fn tokenize(text: &str, abbr: &dyn Abbreviations) -> Vec<Token> {
    let mut tokens = unshaped(text, abbr);
    for t in tokens.iter_mut().filter(|t| t.kind == TokenKind::Word) {
        t.flags |= shape(t.text(text));
    }
    tokens
}

/// [`tokenize`], but a word the text gave whole (not joined over a hyphen or with its abbreviation
/// dot, nor cut) is left without its shape's flags: `Doc::new` adds them, once for each distinct
/// form ([`form_flags`]), before the sentences read them ([`finish`]).
pub(crate) fn unshaped(text: &str, abbr: &dyn Abbreviations) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    // Whether token `last` may grow to end at `end`.
    let fits = |last: &Token, end: u32| (end - last.start) as usize <= MAX_TOKEN_BYTES;
    let mut flags = 0u8;
    // One piece read ahead (the hyphen's rule below looks at it), by the loop's one call of the
    // word bounds, which is inlined here: twice a word, a call of its own cost a sixth of its work.
    let mut words = super::words::WordBounds::new(text);
    let mut ahead = words.next();
    // The piece ahead was taken into the token before it: it is passed over.
    let mut taken = false;
    while let Some((at, piece)) = ahead {
        ahead = words.next();
        if std::mem::take(&mut taken) {
            continue;
        }
        // One space, most of the white space between words: no line break to count.
        if piece == " " {
            flags |= SPACE_BEFORE;
            continue;
        }
        let first = piece.chars().next().unwrap_or(' ');
        if first.is_whitespace() {
            flags |= SPACE_BEFORE;
            // Line breaks: LF, CR not before LF, and the Unicode line and paragraph separators.
            let bytes = piece.as_bytes();
            let mut newlines = (0..bytes.len()).filter(|&k| bytes[k] == b'\n' || (bytes[k] == b'\r' && bytes.get(k + 1) != Some(&b'\n'))).count();
            if !piece.is_ascii() {
                newlines += piece.chars().filter(|&c| matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}')).count();
            }
            if newlines >= 2 || (newlines == 1 && flags & LINE_BEFORE != 0) {
                flags |= PARA_BEFORE;
            }
            if newlines >= 1 {
                flags |= LINE_BEFORE;
            }
            continue;
        }
        let at = at as u32;
        let end = at + piece.len() as u32;
        let kind = classify(piece);
        if flags == 0 {
            let before = tokens.len().checked_sub(2).map(|k| tokens[k]);
            let before = before.as_ref();
            if let Some(last) = tokens.last_mut() {
                if last.end() == at && last.kind != TokenKind::Punct && last.kind != TokenKind::Symbol {
                    // Word-hyphen-word: one token ("U.S.-led" keeps "U.S." whole).
                    if is_hyphen(piece) && !last.has(ABBREV) {
                        if let Some((next_at, next)) = ahead {
                            let next_kind = classify(next);
                            if next_at as u32 == end && matches!(next_kind, TokenKind::Word | TokenKind::Number) && fits(last, end + next.len() as u32) {
                                last.set_end(end + next.len() as u32);
                                last.flags = (last.flags & !(CAP | ALL_CAPS | POSSESSIVE)) | shape(last.text(text));
                                if next_kind == TokenKind::Word {
                                    last.kind = TokenKind::Word;
                                }
                                taken = true;
                                continue;
                            }
                        }
                    }
                    // A word that continues an earlier hyphenated word: "state-of-the-art".
                    // (Handled above piece by piece.)
                    if piece == "." && last.kind == TokenKind::Word && !last.has(ABBREV) && fits(last, end) {
                        let word = last.text(text);
                        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                        if initial || word.contains('.') || abbr.is_abbreviation(word) || abbreviated_name(text, before, word, end, abbr) {
                            last.set_end(end);
                            last.flags |= ABBREV;
                            last.flags = (last.flags & !(CAP | ALL_CAPS | POSSESSIVE)) | shape(last.text(text));
                            continue;
                        }
                    }
                }
            }
        }
        if piece.len() > MAX_TOKEN_BYTES {
            // No word is this long: cut it at character boundaries, each piece a token.
            let mut from = 0;
            while from < piece.len() {
                let mut to = (from + MAX_TOKEN_BYTES).min(piece.len());
                while !piece.is_char_boundary(to) {
                    to -= 1;
                }
                let part = &piece[from..to];
                let kind = classify(part);
                let shaped = if kind == TokenKind::Word { flags | shape(part) } else { flags };
                tokens.push(Token { start: at + from as u32, len: part.len() as u16, kind, flags: shaped });
                flags = 0;
                from = to;
            }
            continue;
        }
        tokens.push(Token { start: at, len: piece.len() as u16, kind, flags });
        flags = 0;
    }
    // The guess above is generous (news runs nearer one token per six bytes): give back the rest
    // (in place, as the allocator shrinks a block).
    tokens.shrink_to_fit();
    tokens
}

/// Cuts `text` into tokens and sentences.
/// (The tests' way in: `Doc::new` makes the tokens' flags itself, then calls [`finish`].)
#[cfg(test)]
pub(crate) fn segment(text: &str, abbr: &dyn Abbreviations) -> Segmented {
    finish(text, tokenize(text, abbr), abbr)
}

/// The sentences and paragraphs of `tokens`, the tokens of `text` with their flags.
pub(crate) fn finish(text: &str, tokens: Vec<Token>, abbr: &dyn Abbreviations) -> Segmented {
    let sentences = sentences(text, &tokens, abbr);
    let mut paragraphs = 0;
    let mut last_paragraph = u32::MAX;
    for s in &sentences {
        if s.paragraph != last_paragraph {
            paragraphs += 1;
            last_paragraph = s.paragraph;
        }
    }
    Segmented { tokens, sentences, paragraphs }
}

fn sentences(text: &str, tokens: &[Token], abbr: &dyn Abbreviations) -> Vec<Sentence> {
    let word = |i: usize| tokens[i].text(text);
    let mut out = Vec::with_capacity(tokens.len() / 15 + 1);
    let mut paragraph = 0u32;
    let mut first = 0usize;
    let mut line_start = 0usize;
    let mut i = 0usize;
    let close = |out: &mut Vec<Sentence>, first: usize, last: usize, paragraph: u32, kind: SegmentKind| {
        if last > first {
            out.push(Sentence {
                start: tokens[first].start,
                end: tokens[last - 1].end(),
                first: first as u32,
                last: last as u32,
                paragraph,
                kind,
            });
        }
    };
    while i < tokens.len() {
        let t = tokens[i];
        if i > first {
            if t.has(PARA_BEFORE) {
                let kind = line_kind(text, &tokens[first..i], &tokens[line_start..i], abbr, true);
                close(&mut out, first, i, paragraph, kind);
                paragraph += 1;
                first = i;
            } else if t.has(LINE_BEFORE) {
                let line = &tokens[line_start..i];
                if title_case(text, line, abbr) || all_caps(text, line) || word(i - 1) == ":" {
                    let kind = line_kind(text, &tokens[first..i], line, abbr, true);
                    close(&mut out, first, i, paragraph, kind);
                    first = i;
                }
            }
        } else if i > 0 && t.has(PARA_BEFORE) {
            paragraph += 1;
        }
        if t.has(LINE_BEFORE) || i == 0 {
            line_start = i;
        }
        // A dateline opens a paragraph: "NAIROBI, Kenya —".
        if i == first && (i == 0 || t.has(LINE_BEFORE)) {
            if let Some(end) = dateline(text, tokens, i) {
                close(&mut out, first, end, paragraph, SegmentKind::Dateline);
                first = end;
                i = end;
                continue;
            }
        }
        let mut end_here = None;
        // (the text read for punctuation only: its slice's checks were made for every token)
        if t.kind == TokenKind::Punct && is_terminal(word(i)) {
            let mut j = i + 1;
            while j < tokens.len() && tokens[j].kind == TokenKind::Punct && !tokens[j].has(LINE_BEFORE) && (is_terminal(word(j)) || is_closer(word(j))) && !tokens[j].has(SPACE_BEFORE) {
                j += 1;
            }
            let lower_next = j < tokens.len() && !tokens[j].has(LINE_BEFORE) && word(j).chars().next().is_some_and(char::is_lowercase);
            let glued = j < tokens.len() && !tokens[j].has(SPACE_BEFORE);
            if !lower_next && !glued {
                end_here = Some(j);
            }
        } else if t.kind == TokenKind::Word && t.has(ABBREV) && i + 1 < tokens.len() {
            // "… in the U.S. The talks …": an initialism can end a sentence when a function word
            // follows it with a capital. A title ("Mr.") or an initial ("J.") cannot.
            let w = word(i);
            let initialism = w.strip_suffix('.').is_some_and(|stem| stem.contains('.'));
            let n = tokens[i + 1];
            let next = word(i + 1);
            if (initialism || w == "etc.") && n.is_word() && is_capitalized(next) && abbr.is_stopword(&term_key(next)) {
                end_here = Some(i + 1);
            }
        }
        if let Some(end) = end_here {
            let kind = line_kind(text, &tokens[first..end], &tokens[line_start..end], abbr, false);
            close(&mut out, first, end, paragraph, kind);
            first = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if first < tokens.len() {
        let kind = line_kind(text, &tokens[first..], &tokens[line_start..], abbr, true);
        close(&mut out, first, tokens.len(), paragraph, kind);
    }
    out.shrink_to_fit();
    out
}

/// The kind of a finished sentence. A whole line that reads as title case or all caps is a headline.
fn line_kind(text: &str, sentence: &[Token], line: &[Token], abbr: &dyn Abbreviations, at_line_end: bool) -> SegmentKind {
    let whole_line = sentence.first().map(|t| t.start) == line.first().map(|t| t.start);
    if all_caps(text, sentence) {
        return SegmentKind::Headline;
    }
    if whole_line && at_line_end && title_case(text, sentence, abbr) {
        return SegmentKind::Headline;
    }
    SegmentKind::Body
}

/// At least two content words, and 60% of them capitalised (function words may stay lower case).
fn title_case(text: &str, line: &[Token], abbr: &dyn Abbreviations) -> bool {
    let (mut content, mut capital) = (0, 0);
    for t in line.iter().filter(|t| t.is_word()) {
        if !t.has(CAP) {
            if abbr.is_stopword(&term_key(t.text(text))) {
                continue;
            }
        } else {
            capital += 1;
        }
        content += 1;
    }
    content >= 3 && capital * 10 >= content * 8
}

fn all_caps(text: &str, line: &[Token]) -> bool {
    // Three words and 60 % of them in capitals take two words in capitals: the flags first, for
    // most sentences have fewer (no text read, where the walk below reads half a prose line's).
    if line.iter().filter(|t| t.is_word() && t.has(ALL_CAPS)).nth(1).is_none() {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for (k, t) in line.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        if t.has(ALL_CAPS) {
            caps += 1;
        } else if t.len < 2 || !two_letters(t.text(text)) {
            continue;
        } else if (caps + line.len() - k) * 2 < (words + 1 - caps) * 3 {
            // Even if every token left were in capitals, they would be fewer than 60%: prose
            // lines end here, after a few words.
            return false;
        }
        words += 1;
    }
    words >= 3 && caps * 10 >= words * 6
}

/// True when `word` has at least two letters (ASCII words decide on their first two bytes).
fn two_letters(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1].is_ascii_alphabetic() {
        return true;
    }
    word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

/// `NAIROBI —`, `NAIROBI, Kenya —`, `KYIV, Ukraine (AP) —`, `HARARE, Zimbabwe, May 12 (Savanna
/// Wire) —`: returns the index past the dash. After the place in capitals, at most 10 words and
/// numbers (its country, a date, who sent the story) and 20 tokens in all.
fn dateline(text: &str, tokens: &[Token], at: usize) -> Option<usize> {
    let mut i = at;
    let mut caps = 0;
    while i < tokens.len() && tokens[i].has(ALL_CAPS) && (i == at || !tokens[i].has(LINE_BEFORE)) {
        caps += 1;
        i += 1;
    }
    if caps == 0 || caps > 4 {
        return None;
    }
    let mut parts = 0;
    while i < tokens.len() && !tokens[i].has(LINE_BEFORE) && i - at < 20 {
        let s = tokens[i].text(text);
        if is_dash(s) && tokens[i].has(SPACE_BEFORE) {
            // "--" arrives as two hyphens.
            let mut end = i + 1;
            if end < tokens.len() && tokens[end].text(text) == "-" && !tokens[end].has(SPACE_BEFORE) {
                end += 1;
            }
            return (end < tokens.len()).then_some(end);
        }
        let ok = match tokens[i].kind {
            TokenKind::Word => is_capitalized(s) || matches!(s, "of" | "de" | "and"),
            TokenKind::Number => true,
            TokenKind::Punct => matches!(s, "," | "(" | ")" | "." | "/"),
            TokenKind::Symbol => false,
        };
        if !ok {
            return None;
        }
        parts += usize::from(tokens[i].kind != TokenKind::Punct);
        if parts > 10 {
            return None;
        }
        i += 1;
    }
    None
}

/// Whether token `j` is the apostrophe of a plural possessive: a straight or curly apostrophe
/// right after a word ending in "s" ("Workers'"), before a space, that does not close a quote.
///
/// The same mark closes a single quote ("she called it 'the process' and left"). A possessive is
/// followed by what it possesses, a name or a noun phrase, which does not start with a function
/// word; so inside a single quote opened earlier in the sentence (see [`inside_quote`]), the mark
/// before a function word or before punctuation closes the quote. Outside a quote it stays a
/// possessive whatever follows ("the workers' and farmers' party", "Jones' car"), and inside one
/// it stays a possessive before a name or a content word ("'the Workers' Party wins'").
pub(crate) fn plural_apostrophe(doc: &super::Doc<'_>, j: usize) -> bool {
    s_apostrophe(doc, j) && (owned(doc, j + 1) || !inside_quote(doc, j))
}

/// The shape of a plural possessive's apostrophe, closing quote or not (see [`plural_apostrophe`]).
fn s_apostrophe(doc: &super::Doc<'_>, j: usize) -> bool {
    let tokens = &doc.seg.tokens;
    j > 0
        && matches!(doc.word(j), "'" | "\u{2019}")
        && !tokens[j].has(SPACE_BEFORE)
        && tokens[j - 1].kind == TokenKind::Word
        && doc.word(j - 1).ends_with(['s', 'S'])
        && tokens.get(j + 1).is_some_and(|t| t.has(SPACE_BEFORE))
}

/// Whether token `i` may be what a possessive before it possesses: a word, not a function word.
fn owned(doc: &super::Doc<'_>, i: usize) -> bool {
    doc.seg.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && !crate::lexicon::Lexicon::get().stopwords.contains(doc.key(i))
}

/// How far back [`inside_quote`] looks for the quote's opening, in tokens: a bound on the work for
/// a long sentence; a quote opened further back is not seen (its marks read as possessives).
const QUOTE_REACH: usize = 200;

/// Whether a single quote is open at token `j`: the nearest single quote mark before it in its
/// sentence opens one. An opening mark is `‘`, or `'` or `’` set apart from what comes before (a
/// space, the sentence's start or an opening bracket or quote) and joined to a word after it; a
/// closing mark is one joined to what comes before, unless it is a plural possessive inside the
/// quote (a possessive outside one closes nothing, which changes nothing).
fn inside_quote(doc: &super::Doc<'_>, j: usize) -> bool {
    let tokens = &doc.seg.tokens;
    let first = (doc.seg.sentences.get(doc.sentence_of(j)).map_or(0, |s| s.first as usize)).max(j.saturating_sub(QUOTE_REACH));
    for k in (first..j).rev() {
        let w = doc.word(k);
        if !matches!(w, "'" | "\u{2018}" | "\u{2019}") {
            continue;
        }
        let glued_after = tokens.get(k + 1).is_some_and(|t| !t.has(SPACE_BEFORE) && t.kind == TokenKind::Word);
        let apart_before = k == first || tokens[k].has(SPACE_BEFORE) || (tokens[k - 1].kind == TokenKind::Punct && matches!(doc.word(k - 1), "(" | "[" | "\u{201c}" | "\""));
        if w == "\u{2018}" || (apart_before && glued_after) {
            return true;
        }
        // A mark joined to what comes before closes the quote, unless it is a possessive.
        let possessive = s_apostrophe(doc, k) && owned(doc, k + 1);
        if !tokens[k].has(SPACE_BEFORE) && !possessive {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Plain;
    impl Abbreviations for Plain {
        fn is_abbreviation(&self, w: &str) -> bool {
            matches!(w, "Mr" | "Dr" | "Gen" | "St" | "Jan")
        }
        fn is_stopword(&self, k: &str) -> bool {
            matches!(k, "the" | "a" | "of" | "to" | "and" | "in" | "it" | "he" | "she" | "but")
        }
        fn word_flags(&self, k: &str) -> u16 {
            match k {
                "cristina" | "maria" => crate::lexicon::lists::GIVEN,
                "iraq" => crate::lexicon::lists::STARTS_ENTRY,
                _ => 0,
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &Plain).iter().map(|t| t.text(text)).collect()
    }

    fn sents(text: &str) -> Vec<(&str, SegmentKind)> {
        segment(text, &Plain).sentences.iter().map(|s| (&text[s.start as usize..s.end as usize], s.kind)).collect()
    }

    #[test]
    fn tokens_repaired_for_news() {
        let table: &[(&str, &[&str])] = &[
            ("Guinea-Bissau and post-war talks", &["Guinea-Bissau", "and", "post-war", "talks"]),
            ("Kenya’s border", &["Kenya’s", "border"]),
            ("the U.S. envoy", &["the", "U.S.", "envoy"]),
            ("Mr. Ruto met J. R. Smith.", &["Mr.", "Ruto", "met", "J.", "R.", "Smith", "."]),
            ("COVID-19 cases rose 3.5% to 1,200", &["COVID-19", "cases", "rose", "3.5", "%", "to", "1,200"]),
            ("state-of-the-art", &["state-of-the-art"]),
            ("the U.S.-led talks", &["the", "U.S.", "-", "led", "talks"]),
            ("🅅.-âóѨ", &["🅅.", "-", "âóѨ"]),
            ("Kenya – Uganda", &["Kenya", "–", "Uganda"]),
            ("end. Next", &["end", ".", "Next"]),
            ("🇰🇪 Kenya", &["🇰🇪", "Kenya"]),
            ("", &[]),
        ];
        for (text, want) in table {
            assert_eq!(&words(text), want, "{text:?}");
        }
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        let text = "Mr. Ruto met Gen. J. R. Otieno in St. Louis on Jan. 5. They talked. It was the U.S. The talks ended!";
        let got: Vec<&str> = sents(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["Mr. Ruto met Gen. J. R. Otieno in St. Louis on Jan. 5.", "They talked.", "It was the U.S.", "The talks ended!"]);
    }

    #[test]
    fn an_abbreviated_given_name_ends_no_sentence() {
        let text = "His lawyer, Ma. Cristina Bautista-Lim, said he would appeal. The award went to Wang. Maria Lopez \
                    said so. Goals came from Saka, Kane. David Raya saved one. Troops left Mosul, Iraq. Maria Lopez reported. He thanked Ruto, Ma. Maria was not there.";
        let got: Vec<&str> = sents(text).into_iter().map(|s| s.0).collect();
        assert_eq!(
            got,
            [
                "His lawyer, Ma. Cristina Bautista-Lim, said he would appeal.",
                "The award went to Wang.",
                "Maria Lopez said so.",
                "Goals came from Saka, Kane.",
                "David Raya saved one.",
                "Troops left Mosul, Iraq.",
                "Maria Lopez reported.",
                "He thanked Ruto, Ma.",
                "Maria was not there."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        let text = "“We will not back down.” Wekesa said so. (He left.) Then e.g. nothing.";
        let got: Vec<&str> = sents(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["“We will not back down.”", "Wekesa said so.", "(He left.)", "Then e.g. nothing."]);
    }

    #[test]
    fn headline_dateline_and_paragraphs() {
        let text = "Kenya and Uganda Reopen Border Crossing After Talks\n\nNAIROBI, Kenya — Officials met on Monday. They agreed.\n\nA second paragraph\nwraps here.";
        let seg = segment(text, &Plain);
        let got: Vec<(&str, SegmentKind, u32)> =
            seg.sentences.iter().map(|s| (&text[s.start as usize..s.end as usize], s.kind, s.paragraph)).collect();
        assert_eq!(
            got,
            [
                ("Kenya and Uganda Reopen Border Crossing After Talks", SegmentKind::Headline, 0),
                ("NAIROBI, Kenya —", SegmentKind::Dateline, 1),
                ("Officials met on Monday.", SegmentKind::Body, 1),
                ("They agreed.", SegmentKind::Body, 1),
                ("A second paragraph\nwraps here.", SegmentKind::Body, 2),
            ]
        );
        assert_eq!(seg.paragraphs, 3);
    }

    /// Three words or more, 60 % of them in capitals: two in capitals can be enough, one never.
    #[test]
    fn all_caps_needs_three_words_and_sixty_percent() {
        let caps = |text: &str| all_caps(text, &tokenize(text, &Plain));
        assert!(caps("KENYA TALKS resume"));
        assert!(caps("KENYA, TALKS resume!"));
        assert!(caps("KENYA TALKS RESUME"));
        assert!(!caps("KENYA talks resume"));
        assert!(!caps("KENYA TALKS resume again"));
        assert!(!caps("KENYA, TALKS"));
        assert!(!caps("KENYA TALKS 42 7"));
        assert!(!caps(""));
    }

    #[test]
    fn all_caps_lines_are_headlines_and_plain_dateline() {
        let got = sents("KENYA AND UGANDA SIGN PACT\nGENEVA — Talks resumed.");
        assert_eq!(
            got,
            [
                ("KENYA AND UGANDA SIGN PACT", SegmentKind::Headline),
                ("GENEVA —", SegmentKind::Dateline),
                ("Talks resumed.", SegmentKind::Body)
            ]
        );
    }

    #[test]
    fn datelines_with_a_country_a_date_and_a_sender() {
        for line in [
            "HARARE, Zimbabwe, May 12 (Savanna Wire) —",
            "SAN SEBASTIAN, Spain, May 12 (Basque Daily Wire) —",
            "KAMPALA, Uganda, Tuesday (Lakeshore Press) —",
            "KYIV, Ukraine, Oct. 5, 2023 (Kyiv Independent News Service) —",
            "HARARE, Zimbabwe —",
            "HARARE, May 12 —",
        ] {
            let text = format!("{line} Heavy rains fell on Friday.");
            assert_eq!(sents(&text), [(line, SegmentKind::Dateline), ("Heavy rains fell on Friday.", SegmentKind::Body)], "{line}");
        }
        // A line of capitals running on past a dateline's length is none.
        let text = "NAIROBI, Kenya, Uganda, Tanzania, Rwanda, Burundi, Ethiopia, Somalia, Sudan, Egypt, Libya — all agreed.";
        assert_eq!(sents(text).len(), 1);
    }

    #[test]
    fn overlong_runs_are_cut_into_tokens_at_most_the_cap() {
        // 40,000 two-byte letters, then a hyphenated word whose join would pass the cap.
        let long = "é".repeat(40_000);
        let text = format!("a {long} {}-{} end.", "x".repeat(40_000), "y".repeat(40_000));
        let tokens = tokenize(&text, &Plain);
        let mut covered = String::new();
        for t in &tokens {
            assert!((t.end() - t.start) as usize <= MAX_TOKEN_BYTES);
            covered.push_str(t.text(&text));
        }
        assert_eq!(covered, text.split_whitespace().collect::<String>());
        assert_eq!(tokens[1].text(&text).len(), MAX_TOKEN_BYTES - 1);
        assert!(!tokens[2].has(SPACE_BEFORE) && tokens[2].end() as usize == 2 + long.len());
        assert_eq!(tokens.iter().map(|t| t.text(&text)).filter(|w| *w == "-").count(), 1);
    }

    #[test]
    fn a_full_length_word_does_not_take_a_following_period() {
        // "a.a.….a" is one word of exactly the cap (a dotted word takes its period, "U.S."), and
        // the period after it would pass the cap: it stays a token of its own.
        let text = "a.".repeat(MAX_TOKEN_BYTES.div_ceil(2));
        let tokens = tokenize(&text, &Plain);
        let texts: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
        assert_eq!(texts, [&text[..MAX_TOKEN_BYTES], "."]);
        assert!(!tokens[0].has(ABBREV) && tokens[1].kind == TokenKind::Punct);
        // One pair shorter, the word takes it as usual.
        let text = "a.".repeat((MAX_TOKEN_BYTES - 1) / 2);
        let tokens = tokenize(&text, &Plain);
        assert_eq!((tokens.len(), tokens[0].has(ABBREV), tokens[0].end() as usize), (1, true, text.len()));
    }

    #[test]
    fn every_token_in_one_sentence() {
        for text in ["a. b. c", "\n\n\n", "x", "Hello!!! World?? ok...", "A\nB\n\nC", "\r\n\r\nA B C D\r\nE"] {
            let seg = segment(text, &Plain);
            let mut next = 0;
            for s in &seg.sentences {
                assert_eq!(s.first, next, "{text:?}");
                assert!(s.last > s.first);
                next = s.last;
            }
            assert_eq!(next as usize, seg.tokens.len(), "{text:?}");
        }
    }
}
