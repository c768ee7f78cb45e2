//! General classes of news text read after either tagger (issue #5, session 14): a town no list
//! holds after a word of movement ("drove from Thiès", "boats to Sunamganj") is a place, not the
//! organisation the rules guess for a name they know nothing of.

use crate::lexicon::Lexicon;
use crate::text::segment::ALL_CAPS;
use crate::text::Doc;

use super::{EntityType, Evidence, Span};

/// Mends the types of the spans `out[start..]`.
pub(crate) fn news_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    if out.len() == start {
        return;
    }
    moved_places(doc, &mut out[start..]);
}

/// Prepositions of movement and route: a name after one is where something goes or comes from.
const MOVEMENT: &[&str] = &["from", "to", "through", "into", "towards", "toward", "between"];

/// A name of one word that no list holds and no cue typed (the rules' guess, [`Evidence::Weak`]:
/// an organisation), after a preposition of movement ("from Thiès", "to Sunamganj", "through
/// Rzeszów", "between Dhobley and Liboi"), and those listed with it over "," "and" "or", are
/// places. Not after "according to" (a source), not a name in capitals (an acronym: "from
/// NATO"), not a common word ("kept from Parliament", "point to Treaty 9"), nor a surname the text writes in a person's full name ("between Odhiambo and …"). The
/// model's spans are never weak: it reads these from its own features.
fn moved_places(doc: &Doc<'_>, spans: &mut [Span]) {
    let common = &Lexicon::get().common;
    let weak = |s: &Span| {
        let k = s.first as usize;
        s.ty == EntityType::Org
            && s.evidence == Evidence::Weak
            && s.canonical.is_none()
            && s.last == s.first + 1
            && !doc.seg.tokens[k].has(ALL_CAPS)
            && !common.contains(doc.key(k))
    };
    let mut surnames: Option<Vec<bool>> = None;
    let mut x = 0;
    while x < spans.len() {
        let i = spans[x].first as usize;
        let first = doc.seg.sentences[doc.sentence_of(i)].first as usize;
        if i < first + 1 || !MOVEMENT.contains(&doc.key(i - 1)) || (i >= first + 2 && doc.key(i - 1) == "to" && doc.key(i - 2) == "according") {
            x += 1;
            continue;
        }
        // The list: spans joined by ",", "and", "or" alone.
        let mut y = x + 1;
        while y < spans.len() {
            let (a, b) = (spans[y - 1].last as usize, spans[y].first as usize);
            if !(b > a && b - a <= 2 && (a..b).all(|m| matches!(doc.key(m), "," | "and" | "or")) && doc.key(b - 1) != ",") {
                break;
            }
            y += 1;
        }
        if spans[x..y].iter().any(weak) {
            let surnames = surnames.get_or_insert_with(|| {
                let mut v = vec![false; doc.key_count()];
                for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
                    v[doc.key_id(s.last as usize - 1) as usize] = true;
                }
                v
            });
            for s in &mut spans[x..y] {
                if weak(s) && !surnames[doc.key_id(s.first as usize) as usize] {
                    s.ty = EntityType::Loc;
                    s.evidence = Evidence::Cue;
                }
            }
        }
        x = y;
    }
}

