//! Clubs named by a plural that opens a sentence, in a text about sport (issue #5, session 16):
//! "Rangers were beaten", "Spurs said", "Wolves have signed". A capitalised plural first in a
//! sentence is usually an ordinary word ("Officials said", `plain.rs`), and the taggers read such
//! a club as a person or as nothing. After either tagger, in a text about a match
//! ([`super::teams::sporting`], asked by the caller, once a text), a sentence's first word that is a team's word ("Rangers",
//! "Wolves") or a plural no list holds and the text never writes in lower case ("Spurs"), before
//! a verb of speech or of a result, is a club; so is a club's first word alone before such a
//! verb ("Deportivo scored"). A span the tagger found there becomes the club; where it found
//! none, one is added.

use crate::lexicon::Lexicon;
use crate::text::segment::{ALL_CAPS, CAP};
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::{self, ending_after, prose, Overlap, SPEECH};
use super::teams::TEAM_WORDS;
use super::{EntityType, Span};

/// Verbs after a club that opens a sentence (besides [`SPEECH`]).
const ACTS: WordSet = words![
    "beat", "lost", "drew", "won", "signed", "face", "host", "hosted", "scored", "confirmed", "sacked", "appointed",
    "climbed", "trailed", "conceded",
];

/// Auxiliaries after a team's word ("Rangers were beaten", "Wolves have signed"), not after any
/// plural ("Balls were going fast").
const AUX: WordSet = words!["were", "are", "have", "had", "has"];

/// A club's first word that names it alone ("Deportivo scored").
const LONE: WordSet = words!["deportivo", "dinamo", "dynamo", "olympique", "atlético", "atletico"];

/// Adds or retypes clubs in `out[start..]` (in token order, not overlapping): see the module's doc.
/// `sport` says whether the text is about a match, asked only where a club's word is found.
pub(crate) fn opening_clubs(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, sport: impl FnOnce() -> bool) {
    let tokens = &doc.seg.tokens;
    let word = |k: usize| tokens[k].kind == TokenKind::Word;
    let mut found: Vec<usize> = Vec::new();
    let mut lower: Option<Vec<bool>> = None;
    for (first, end) in prose(doc) {
        let k = first;
        if k + 1 >= end || !word(k) || !tokens[k].has(CAP) || tokens[k].has(ALL_CAPS) || !word(k + 1) || tokens[k + 1].has(CAP) {
            continue;
        }
        let (key, next) = (doc.key(k), doc.key(k + 1));
        let (acts, aux) = (SPEECH.contains(next) || ACTS.contains(next), AUX.contains(next));
        if !(acts || aux) {
            continue;
        }
        let plural = key.len() >= 4 && key.ends_with('s') && !key.ends_with("ss") && !key.ends_with("us") && !key.ends_with("is");
        let club = LONE.contains(key) || (plural && TEAM_WORDS.contains(key)) || (acts && plural && Lexicon::get().word_flags(key) == 0 && {
            // (the keys the text writes in lower case, found once)
            let lower = lower.get_or_insert_with(|| {
                let mut l = vec![false; doc.key_count()];
                for (i, t) in tokens.iter().enumerate() {
                    if t.kind == TokenKind::Word && !t.has(CAP) {
                        l[doc.key_id(i) as usize] = true;
                    }
                }
                l
            });
            !lower[doc.key_id(k) as usize]
        });
        if club {
            found.push(k);
        }
    }
    if found.is_empty() || !sport() {
        return;
    }
    // Each found word the club, in place of a span the tagger found that is the word alone; not
    // where a longer span holds it (that span stays).
    let spans = &out[start..];
    let joins: Vec<Span> = found
        .into_iter()
        .filter(|&k| {
            let k = k as u32;
            spans.get(ending_after(spans, k as usize)).is_none_or(|s| s.first > k || (s.first == k && s.last == k + 1))
        })
        .map(|k| Span::cue(k, k + 1, EntityType::Org))
        .collect();
    shared::join(out, start, &joins, Overlap::First);
}
