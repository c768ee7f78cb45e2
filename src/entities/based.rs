//! A place before "-based" (issue #5, session 15): in "a Nairobi-based charity" or "the Las
//! Palmas-based fleet" the taggers read the whole word as a MISC, as CoNLL-2003 annotates it,
//! while the news sets' conventions name the place (LOC "Nairobi"). The span becomes the place and
//! its mention ends before "-based" (`Items::range` in alias.rs), so it joins the place's other
//! mentions. Not a name a list holds as an organisation or a people ("UN-based",
//! "Chinese-based"), nor a word in lower case ("oil-based"). Before "-listed" (acc21), only a
//! place a list holds ("Mumbai-listed"): a name no list holds there is as often an exchange's
//! ("Euronext-listed", review21).

use crate::lexicon::Lexicon;
use crate::text::normalize::{based_stem, is_all_caps, listed_stem, term_key};
use crate::text::Doc;

use super::{EntityType, Evidence, Span};

/// Retypes the spans `out[start..]` that end in "Place-based": see the module's doc.
pub(crate) fn based_places(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let lex = Lexicon::get();
    let mut key = String::new();
    for s in out[start..].iter_mut() {
        let (a, b) = (s.first as usize, s.last as usize);
        if s.ty != EntityType::Misc {
            continue;
        }
        let Some(stem) = based_stem(doc.word(b - 1)) else { continue };
        // The place's key as the gazetteer writes it: its words' keys, space-joined.
        key.clear();
        for k in a..b - 1 {
            key.push_str(doc.key(k));
            key.push(' ');
        }
        key.push_str(&term_key(stem));
        let listed = lex.gazetteer.map.get(key.as_str()).map(|&h| lex.place(h));
        match listed {
            Some(p) if p.ty != EntityType::Loc || p.demonym => continue,
            Some(p) => s.canonical = Some(p.canonical),
            None if is_all_caps(stem) || listed_stem(doc.word(b - 1)).is_some() => continue,
            None => s.canonical = None,
        }
        s.ty = EntityType::Loc;
        s.evidence = Evidence::Cue;
    }
}
