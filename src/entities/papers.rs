//! Newspapers and news agencies named with "the" (issue #5, session 16): "the China Daily said",
//! "the Daily Nation reported", "the Straits Times quoted". The taggers cut such a name at a
//! listed place ("China" + "Daily") or read it as a person ("Daily Nation" of the rules); after
//! either tagger, the capitalised words after "the" that end in a newspaper's word, or open with
//! "Daily", "Sunday" … before one, are one organisation, the whole name. Where the last word is
//! also an ordinary noun ("Post", "Star", "Nation", "Monitor"), only before a reporting verb or a
//! word of the press ("the Gulf News reported", "the Border Post said", "the Kivu Star
//! newspaper"), or after "told the" / "according to the". After "a" or "an" only before such a
//! word of the press ("a Daily Mail reporter").

use crate::text::segment::POSSESSIVE;
use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::shared::{self, capword, ending_after, prose, Overlap, SPEECH};
use super::{EntityType, Span};

/// A newspaper's last word that names one wherever it follows "the" and a capitalised word.
const PAPERS: WordSet = words!["times", "herald", "daily", "tribune", "gazette", "telegraph", "chronicle", "courier", "inquirer", "journal", "observer"];

/// A newspaper's last word that is also an ordinary noun: a newspaper before a cue only.
const PAPERS_CUED: WordSet = words![
    "post", "news", "express", "standard", "monitor", "nation", "mail", "mirror", "star", "sun", "globe", "guardian",
    "independent", "citizen", "dispatch", "examiner", "reporter", "record", "review", "weekly", "today", "agency",
];

/// A newspaper's first word before another capitalised word: "the Daily Maverick", "the Sunday Express".
const OPENS: WordSet = words!["daily", "sunday", "morning", "evening", "weekly"];

/// Words after a newspaper's name that make it one (besides [`SPEECH`]).
const CUES: WordSet = words![
    "reported", "reports", "quoted", "quotes", "cited", "carried", "ran", "published", "newspaper", "daily", "paper",
    "tabloid", "weekly", "website", "editorial", "columnist", "correspondent", "reporter",
];

/// Joins newspapers' names after either tagger: see the module's doc.
pub(crate) fn newspapers(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    // ("the" is among a text's first words: its number is found at once)
    let the = doc.key_number("the");
    let mut joins = Vec::new();
    for (first, end) in prose(doc) {
        for i in first..end.saturating_sub(1) {
            // After "the", or after "a" / "an" before a word of the press ("a Daily Mail reporter").
            let indefinite = Some(doc.key_id(i)) != the;
            if !capword(doc, i + 1) || (indefinite && !matches!(doc.key(i), "a" | "an")) {
                continue;
            }
            // The capitalised words after "the", up to four, through a possessive.
            let mut j = i + 1;
            while j < end && j < i + 5 && capword(doc, j) && doc.key(j) != "the" {
                j += 1;
                if tokens[j - 1].has(POSSESSIVE) {
                    break;
                }
            }
            if j - i > 4 {
                continue;
            }
            let (head, last) = (doc.key(i + 1), doc.key(j - 1));
            let cued = || {
                let after = j < end && !tokens[j - 1].has(POSSESSIVE) && (SPEECH.contains(doc.key(j)) || CUES.contains(doc.key(j)));
                let before = i >= first + 1 && (doc.key(i - 1) == "told" || (i >= first + 2 && doc.key(i - 1) == "to" && doc.key(i - 2) == "according"));
                after || before
            };
            let long = j - i >= 3;
            let paper = (long && (PAPERS.contains(last) || (OPENS.contains(head) && (head == "daily" || PAPERS_CUED.contains(last)))))
                || ((PAPERS_CUED.contains(last) || PAPERS.contains(last)) && cued());
            let press = || j < end && !tokens[j - 1].has(POSSESSIVE) && CUES.contains(doc.key(j));
            if !paper || (!long && OPENS.contains(head)) || (indefinite && !press()) {
                continue;
            }
            // Not where a span the tagger found runs past the name, nor where one already is it.
            let (a, b) = ((i + 1) as u32, j as u32);
            let spans = &out[start..];
            let from = ending_after(spans, a as usize);
            let met = &spans[from..from + spans[from..].partition_point(|s| s.first < b)];
            if met.iter().any(|s| s.first < a.min(i as u32) || s.last > b) || (met.len() == 1 && met[0].ty == EntityType::Org && met[0].first == a && met[0].last == b) {
                continue;
            }
            joins.push(Span::cue(i + 1, j, EntityType::Org));
        }
    }
    shared::join(out, start, &joins, Overlap::First);
}
