//! Ships' names, which news writes like people's (issue #5, session 18): "the interisland ship
//! Marela Star", "the Coast Guard icebreaker Hesketh", "the MV Lindqvist Trader", "aboard the
//! Hesketh Dawn". A ship is MISC (as CoNLL-2003 and our fixtures have it); a tagger reads its
//! name as a person's or an organisation's. After either tagger, a name no list holds is a ship's
//! after a lower-case noun of a ship ("ship", "vessel", "tanker", …; not the verb "to ship", after
//! which a name a tagger read as MISC before a noun in lower case is a producer, ORG),
//! after a ship's prefix ("MV", "HMS", …, which the name keeps where a tagger took it in), and
//! after "aboard the" (not "aboard the Greenpeace vessel", nor a flight); and so is each other span of the same
//! words.

use crate::text::segment::CAP;
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::retype_languages;
use super::{EntityType, Span};

/// Nouns of a ship before its name: "the cargo ship X".
const SHIP: WordSet = words![
    "ship", "vessel", "tanker", "freighter", "trawler", "frigate", "destroyer", "icebreaker", "ferry", "yacht", "liner",
    "submarine", "schooner", "dredger", "corvette", "steamer",
];
/// Prefixes of a ship's name: "MV Lindqvist Trader", "HMS Dauntless".
const PREFIX: WordSet = words!["MV", "MS", "MT", "HMS", "USS", "RV", "FV", "SS", "HMAS", "HMCS", "HMNZS", "INS", "RFA", "USNS"];

/// A span these cues may retype: of four words or fewer, no MISC yet, from no list and no
/// canonical name.
fn plain(s: &Span) -> bool {
    s.last - s.first <= 4 && s.ty != EntityType::Misc && s.unlisted()
}

/// Retypes as ships (MISC) the spans `out[start..]` that the module's doc describes.
pub(crate) fn vessels(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lower = |k: usize| k < n && tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
    let spans = &mut out[start..];
    let mut found: Vec<(usize, usize)> = Vec::new();
    let modal = |k: usize| matches!(doc.key(k), "to" | "will" | "would" | "could" | "can" | "may" | "might" | "must");
    for s in spans.iter_mut() {
        let (i, j) = (s.first as usize, s.last as usize);
        // (the verb: "plans to ship Kalumbo Mills flour" names a producer before its goods, no
        // ship, where a tagger read a ship's name)
        if s.ty == EntityType::Misc && s.unlisted() && i >= 2 && lower(i - 1) && doc.key(i - 1) == "ship" && modal(i - 2) && lower(j) {
            s.ty = EntityType::Org;
            continue;
        }
        if !plain(s) || doc.seg.sentences[doc.sentence_of(i)].kind != SegmentKind::Body {
            continue;
        }
        // (the noun, not the verb: "plans to ship Kenyan tea")
        let noun = i >= 2 && lower(i - 1) && SHIP.contains(doc.key(i - 1)) && !modal(i - 2);
        let prefix = PREFIX.contains(doc.word(i)) && j > i + 1 || (i > 0 && PREFIX.contains(doc.word(i - 1)));
        // (not "aboard the Greenpeace vessel", "aboard the Kenya Airways flight")
        let craft = lower(j) && (SHIP.contains(doc.key(j)) || matches!(doc.key(j), "boat" | "flight" | "plane" | "aircraft" | "jet" | "train" | "helicopter" | "bus"));
        let aboard = i >= 2 && doc.key(i - 1) == "the" && doc.key(i - 2) == "aboard" && !craft;
        if noun || prefix || aboard {
            found.push((i, j));
        }
    }
    if !found.is_empty() {
        // (each other span of the same words too)
        retype_languages(doc, spans, found, &plain);
    }
}
