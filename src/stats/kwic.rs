//! Keyword in context.

use crate::hash::FxMap;
use crate::text::normalize::part_stem;
use crate::text::segment::SPACE_BEFORE;
use crate::text::{Doc, TokenKind};

/// One keyword-in-context line. Offsets are bytes into the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KwicLine {
    /// Byte offset of the match.
    pub start: usize,
    /// Byte offset past the match.
    pub end: usize,
    /// Context before the match (white space folded, cut at a word boundary).
    pub left: String,
    /// The match as written.
    pub matched: String,
    /// Context after the match.
    pub right: String,
    /// Sentence index of the match.
    pub sentence: usize,
}

/// Lines for every whole-word occurrence of any of `queries` (matched by term key, so case,
/// apostrophes and possessives do not matter; a query of several words matches them in a row):
/// for a term or phrase of an analysis, exactly the occurrences its count counts. With `parts`, a
/// name also matches where the entities read one inside a word: before "-based" ("Ohio" in
/// "Ohio-based") or another lower-case modifier ("Chinese" in "Chinese-backed"), and in a word of
/// places joined by hyphens ("Uganda" in "Kenya-Uganda").
/// `width` is the context on each side in characters; `limit` 0 means all lines.
pub(crate) fn kwic(doc: &Doc, queries: &[String], width: usize, limit: usize, parts: bool) -> Vec<KwicLine> {
    find(doc, &patterns(queries), limit, parts)
        .into_iter()
        .map(|(i, start, end)| KwicLine {
            start,
            end,
            left: context(&doc.text[..start], width, true),
            matched: doc.text[start..end].to_string(),
            right: context(&doc.text[end..], width, false),
            sentence: doc.sentence_of(i),
        })
        .collect()
}

/// The byte spans [`kwic`] would give for each group of queries, from one segmentation: the
/// matches of every group are found on their own, as if each group were a separate call.
pub(crate) fn spans(doc: &Doc, groups: &[Vec<String>], parts: bool) -> Vec<Vec<(usize, usize)>> {
    groups.iter().map(|g| find(doc, &patterns(g), 0, parts).into_iter().map(|(_, s, e)| (s, e)).collect()).collect()
}

/// Whether token `i` is matched by its key: a word, or the ampersand inside a name ("Marks &
/// Spencer"); other punctuation is not part of a pattern.
fn keyed(doc: &Doc, i: usize) -> bool {
    doc.seg.tokens[i].kind == TokenKind::Word || doc.word(i) == "&"
}

/// Each query as the term keys of its words (and ampersands); queries without words are dropped.
fn patterns(queries: &[String]) -> Vec<Vec<String>> {
    queries
        .iter()
        .map(|q| {
            let d = Doc::new(q);
            let tokens = &d.seg.tokens;
            // A word written with its dot ("Mr.", "Ma." at the query's end, where the dot ends a
            // sentence of its own) keeps it, as the counts key an abbreviation ("mr.").
            let dotted = |i: usize| {
                !d.key(i).ends_with('.') && tokens.get(i + 1).is_some_and(|t| !t.has(SPACE_BEFORE) && t.text(q) == ".")
            };
            let mut keys: Vec<String> =
                (0..tokens.len()).filter(|&i| keyed(&d, i)).map(|i| if tokens[i].kind == TokenKind::Word && dotted(i) { [d.key(i), "."].concat() } else { d.key(i).to_string() }).collect();
            // An ampersand only joins words: none at either end ("Marks &" is "Marks").
            while keys.last().is_some_and(|k| k == "&") {
                keys.pop();
            }
            let lead = keys.iter().take_while(|k| *k == "&").count();
            keys.drain(..lead);
            keys
        })
        .filter(|p: &Vec<String>| !p.is_empty())
        .collect()
}

/// Matches left to right, the longest pattern first, never overlapping: (first token, start
/// byte, end byte). A possessive on the last word is not part of the match. `parts`: see [`kwic`].
fn find(doc: &Doc, patterns: &[Vec<String>], limit: usize, parts: bool) -> Vec<(usize, usize, usize)> {
    let tokens = &doc.seg.tokens;
    // A word with a dot the text never keys so ("Kenya." at the end of a query) is the word.
    let patterns: Vec<Vec<String>> = patterns
        .iter()
        .map(|p| p.iter().map(|w| match w.strip_suffix('.') { Some(bare) if w.len() > 1 && doc.key_number(w).is_none() => bare.to_string(), _ => w.clone() }).collect())
        .collect();
    let patterns = &patterns[..];
    // The patterns grouped by their first word; per key number of the document, its group,
    // looked up when a token first has it (`u32::MAX`: not yet; `u32::MAX - 1`: none). A token
    // reads only the patterns that begin with its key (2,000 queries over 1 MB took 15 s when
    // each token read them all).
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // (A map of its own type: one shared with `Doc::new`'s was no longer inlined there.)
    let mut group_of: FxMap<&str, usize> = FxMap::default();
    for (n, p) in patterns.iter().enumerate() {
        let g = *group_of.entry(p[0].as_str()).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(n);
    }
    let mut group_at = vec![u32::MAX; doc.key_count()];
    // Per group, whether the text writes its key as a word of its own (asked once, for a part of
    // a hyphenated word); the parts of the word read.
    let mut alone: Vec<Option<bool>> = vec![None; groups.len()];
    let one_word = patterns.iter().any(|p| p.len() == 1);
    let mut cut = Vec::new();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() && (limit == 0 || out.len() < limit) {
        let group = keyed(doc, i).then(|| {
            let k = doc.key_id(i) as usize;
            if group_at[k] == u32::MAX {
                group_at[k] = group_of.get(doc.key(i)).map_or(u32::MAX - 1, |&g| g as u32);
            }
            groups.get(group_at[k] as usize)
        });
        // "Ohio-based" also reads the patterns that begin with "ohio" (a one-word query matches
        // the stem before "-based" or another modifier; a longer one fails in `matched`, as its
        // first word differs).
        let based = (parts && keyed(doc, i))
            .then(|| part_stem(doc.word(i)))
            .flatten()
            .and_then(|s| group_of.get(&*crate::term_key(s)))
            .map(|&g| &groups[g]);
        let candidates = group.flatten().into_iter().chain(based).flatten();
        let found = candidates.filter_map(|&n| matched(doc, &patterns[n], i, parts)).max_by_key(|&(len, stem)| (len, !stem));
        let Some((len, stem)) = found else {
            // A place inside a word of places joined by hyphens matches a one-word query ("Uganda"
            // in "Kenya-Uganda", as merging splits it: entities/hyphens.rs): a listed place, or
            // a word the text also writes alone.
            let (start, word) = (tokens[i].start as usize, crate::strip_possessive(doc.word(i)));
            if parts && one_word && keyed(doc, i) && crate::entities::hyphen_parts(doc.text, start, start + word.len(), &mut cut) {
                for &(a, b) in &cut {
                    let part = &doc.text[a..b];
                    let key = crate::term_key(part);
                    let Some(&g) = group_of.get(&*key).filter(|&&g| groups[g].iter().any(|&n| patterns[n].len() == 1)) else { continue };
                    let named = *alone[g].get_or_insert_with(|| doc.key_number(&key).is_some());
                    if (named || crate::entities::listed_place(part).is_some()) && (limit == 0 || out.len() < limit) {
                        out.push((i, a, b));
                    }
                }
            }
            i += 1;
            continue;
        };
        let start = tokens[i].start as usize;
        let last = tokens[i + len - 1];
        let mut word = crate::strip_possessive(last.text(doc.text));
        if stem {
            word = part_stem(word).unwrap_or(word);
        }
        let end = last.start as usize + word.len();
        out.push((i, start, end));
        i += len;
    }
    out
}

/// How many tokens pattern `p` matches from token `i`: its words in a row, where the apostrophe
/// of a plural possessive may sit between two of them ("Workers' Party", as a name may hold it),
/// but not a quote's closing mark ("'the process' and": see `plural_apostrophe`); and whether the
/// last word matched only as the stem of "Place-based" or "Stem-modifier" ("Ohio" in
/// "Ohio-based", "Chinese" in "Chinese-backed", as merging names it: only with `parts`). (The longer match first; of two as long, the whole word.)
fn matched(doc: &Doc, p: &[String], i: usize, parts: bool) -> Option<(usize, bool)> {
    let tokens = &doc.seg.tokens;
    let mut j = i;
    let mut stem = false;
    for (k, w) in p.iter().enumerate() {
        if k > 0 && j < tokens.len() && crate::text::segment::plural_apostrophe(doc, j) {
            j += 1;
        }
        if j >= tokens.len() || !keyed(doc, j) {
            return None;
        }
        if doc.key(j) != w {
            let last = k + 1 == p.len();
            stem = parts && last && part_stem(doc.word(j)).is_some_and(|s| crate::term_key(s) == w.as_str());
            if !stem {
                return None;
            }
        }
        j += 1;
    }
    Some((j - i, stem))
}

/// Up to `width` characters next to the match, white space folded, not cutting a word in half,
/// and not reaching past a paragraph break.
fn context(side: &str, width: usize, left: bool) -> String {
    let chars = if left { nearest(side.chars().rev(), width + 1) } else { nearest(side.chars(), width + 1) };
    let mut take = chars.len().min(width);
    if chars.len() > width {
        // Back off to the last white space inside the window, if there is one.
        if let Some(ws) = chars[..take].iter().rposition(|c| c.is_whitespace()) {
            if !chars[width].is_whitespace() {
                take = ws;
            }
        }
    }
    let mut piece: Vec<char> = chars[..take].to_vec();
    if left {
        piece.reverse();
    }
    let mut out = String::with_capacity(piece.len());
    let mut space = false;
    for c in piece {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && (!out.is_empty() || !left) {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space && left {
        out.push(' ');
    }
    out
}

/// Up to `n` characters from `chars` (nearest the match first), stopping at a paragraph break: a
/// line break with nothing but white space up to the next one, or U+2029. A context line does not
/// run from a headline into the dateline under it.
fn nearest(chars: impl Iterator<Item = char>, n: usize) -> Vec<char> {
    let mut out = Vec::with_capacity(n);
    // `out.len()` at a line break that only white space has followed so far.
    let mut open = None;
    for c in chars.take(n) {
        if c == '\u{2029}' {
            break;
        }
        if c == '\n' {
            if let Some(at) = open {
                out.truncate(at);
                break;
            }
            open = Some(out.len());
        } else if !c.is_whitespace() {
            open = None;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_cut_at_word_boundaries() {
        let text = "Talks in Nairobi stalled.\nKenya’s envoy left NAIROBI on Monday for the EAC summit.";
        let doc = Doc::new(text);
        let lines = kwic(&doc, &["nairobi".to_string()], 12, 0, false);
        let got: Vec<(&str, &str, &str)> = lines.iter().map(|l| (l.left.as_str(), l.matched.as_str(), l.right.as_str())).collect();
        assert_eq!(got, [("Talks in ", "Nairobi", " stalled."), ("envoy left ", "NAIROBI", " on Monday")]);
        assert_eq!(&text[lines[1].start..lines[1].end], "NAIROBI");
        assert_eq!(lines[1].sentence, 1);
        let k = kwic(&doc, &["Kenya".to_string(), "EAC summit".to_string()], 5, 0, false);
        assert_eq!(k.iter().map(|l| l.matched.as_str()).collect::<Vec<_>>(), ["Kenya", "EAC summit"]);
        assert_eq!(kwic(&doc, &["nairobi".to_string()], 5, 1, false).len(), 1);
        assert!(kwic(&doc, &["".to_string(), "   ".to_string()], 5, 0, false).is_empty());
    }

    #[test]
    fn lines_stop_at_paragraph_breaks() {
        let text = "Kenya and Uganda Agree to Reopen Crossing After Talks\n\nNAIROBI, Kenya \u{2014} Kenya and Uganda agreed.\r\n \r\nKenya";
        let lines = kwic(&Doc::new(text), &["kenya".to_string()], 40, 0, false);
        let got: Vec<(&str, &str)> = lines.iter().map(|l| (l.left.as_str(), l.right.as_str())).collect();
        assert_eq!(got, [("", " and Uganda Agree to Reopen Crossing"), ("NAIROBI, ", " \u{2014} Kenya and Uganda agreed."), ("NAIROBI, Kenya \u{2014} ", " and Uganda agreed."), ("", "")]);
        // A single line break is no paragraph break.
        let wrapped = kwic(&Doc::new("the talks in\nNairobi ended"), &["nairobi".to_string()], 40, 0, false);
        assert_eq!((wrapped[0].left.as_str(), wrapped[0].right.as_str()), ("the talks in ", " ended"));
        assert_eq!(kwic(&Doc::new("one\u{2029}Kenya"), &["kenya".to_string()], 40, 0, false)[0].left, "");
    }

    #[test]
    fn spans_match_separate_calls() {
        let text = "Prime Minister Ruto met the prime minister of Uganda. The minister said: minister minister.";
        let doc = Doc::new(text);
        let groups = [vec!["minister".to_string()], vec!["prime minister".to_string(), "Prime Minister".to_string()], vec!["minister minister".to_string()], vec![]];
        let got = spans(&doc, &groups, false);
        for (g, spans) in groups.iter().zip(&got) {
            let one: Vec<(usize, usize)> = kwic(&doc, g, 10, 0, false).iter().map(|l| (l.start, l.end)).collect();
            assert_eq!(&one, spans);
        }
        // The same code finds both, so check the offsets themselves too.
        assert_eq!(got[0], [(6, 14), (34, 42), (58, 66), (73, 81), (82, 90)]);
        assert_eq!(got[1], [(0, 14), (28, 42)]);
        assert_eq!(got[2], [(73, 90)]);
        assert!(got[3].is_empty());
    }

    /// The text of each match of query `q` in `text`.
    fn matches(text: &str, q: &str) -> Vec<String> {
        kwic(&Doc::new(text), &[q.to_string()], 5, 0, false).into_iter().map(|l| l.matched).collect()
    }

    #[test]
    fn a_name_may_hold_a_plural_possessive() {
        let text = "The Workers’ Party and the Farmers' Union met; the workers' leaders and the Teachers ' Union did not.";
        let matched = |q: &str| matches(text, q);
        assert_eq!(matched("Workers' Party"), ["Workers’ Party"]);
        assert_eq!(matched("farmers union"), ["Farmers' Union"]);
        assert_eq!(matched("workers"), ["Workers", "workers"]);
        // An apostrophe that stands apart is no possessive.
        assert!(matched("teachers union").is_empty());
        assert!(matched("party and").len() == 1 && matched("workers leaders").len() == 1);
    }

    #[test]
    fn a_closing_quote_is_no_possessive() {
        // Inside a single quote opened earlier in the sentence, an apostrophe after an s-word
        // followed by a function word closes the quote: it joins no words.
        let text = "She called it 'the process' and left; he said ‘our goals’ were met.";
        let matched = |q: &str| matches(text, q);
        assert_eq!(matched("process"), ["process"]);
        assert_eq!(matched("the process"), ["the process"]);
        assert!(matched("process and").is_empty());
        assert!(matched("goals were").is_empty());
        assert_eq!(matched("goals"), ["goals"]);
        // A quote closed before the apostrophe leaves it a possessive, and so does a quote that
        // opened in another sentence.
        let text = "They sang 'Sweet Home' before the farmers' and the drivers' unions spoke. Take 'Anna. The teachers' and nurses' pay rose.";
        let matched = |q: &str| matches(text, q);
        assert_eq!(matched("farmers and"), ["farmers' and"]);
        assert_eq!(matched("teachers and nurses"), ["teachers' and nurses"]);
    }

    #[test]
    fn a_possessive_inside_a_quote_is_still_one() {
        // Followed by what it possesses (a name, a noun), it is a possessive, quoted or not.
        let text = "Her banner read 'the Workers' Party wins' and 'the cooks' wages matter' in red. Jones' car and the Farmers' Union, too.";
        let matched = |q: &str| matches(text, q);
        assert_eq!(matched("Workers' Party"), ["Workers' Party"]);
        assert_eq!(matched("cooks wages"), ["cooks' wages"]);
        assert_eq!(matched("Jones car"), ["Jones' car"]);
        assert_eq!(matched("farmers union"), ["Farmers' Union"]);
        // The quote after "wins" closes: nothing joins across it.
        assert!(matched("wins and").is_empty());
    }

    #[test]
    fn a_name_may_hold_an_ampersand() {
        let text = "Marks & Spencer and Marks and Spencer; Procter & Gamble's results. A & B.";
        let matched = |q: &str| matches(text, q);
        assert_eq!(matched("Marks & Spencer"), ["Marks & Spencer"]);
        assert_eq!(matched("marks and spencer"), ["Marks and Spencer"]);
        assert_eq!(matched("Procter & Gamble"), ["Procter & Gamble"]);
        assert_eq!(matched("spencer"), ["Spencer", "Spencer"]);
        // An ampersand alone is no query, and one at either end joins nothing.
        assert!(matched("&").is_empty() && matched(" & ").is_empty());
        assert_eq!(matched("Marks &"), ["Marks", "Marks"]);
        assert_eq!(matched("& Gamble"), ["Gamble"]);
    }

    #[test]
    fn an_abbreviation_keeps_its_dot() {
        // The counts key "Mr." and "Ma." with their dots; a query written so finds them, though
        // the query alone ends its sentence at the dot.
        let text = "Mr. Odhiambo met his lawyer, Ma. Cristina Reyes, and Mr Hale. Kenya. The Co. said so.";
        let matched = |q: &str| matches(text, q);
        assert_eq!(matched("mr."), ["Mr."]);
        assert_eq!(matched("Mr"), ["Mr"]);
        assert_eq!(matched("ma."), ["Ma."]);
        assert_eq!(matched("mr. odhiambo"), ["Mr. Odhiambo"]);
        // A dot the text never writes with the word: the word.
        assert_eq!(matched("Kenya."), ["Kenya"]);
        assert_eq!(matched("Reyes."), ["Reyes"]);
    }
}
