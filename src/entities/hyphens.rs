//! Places joined by a hyphen inside one word (issue #5, session 16): "the Kenya-Uganda border",
//! "the Ruse-Giurgiu bridge", "the Israel-Gaza war". Segmentation keeps a hyphenated word one
//! token, so a tagger gives it one span and merging one mention; where every part is a place the
//! text names (a listed place, or a place the text names alone) and no list holds the whole word
//! ("Guinea-Bissau", "KwaZulu-Natal" and "Asia-Pacific" stay one place), each part becomes its own
//! LOC mention with its own byte span, inside the word, joined to that place's entity. Not before
//! a capitalised word, where the word opens a longer name ("the Pakistan-Afghanistan Joint
//! Chamber", "the Abidjan-Lagos Corridor"), nor a person the text names again.
//!
//! This runs on merging's output, so mentions are byte ranges and need no token of their own:
//! results, the JSON and the JavaScript offsets (UTF-16, converted from bytes) carry the parts as
//! they carry any mention.

use std::borrow::Cow;

use crate::hash::FxMap;
use crate::lexicon::Lexicon;
use crate::text::normalize::{is_all_caps, strip_possessive, term_key};
use crate::text::Doc;

use super::{Entity, EntityType, Mention};

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// A listed place that is no demonym: its canonical name.
fn listed_place(word: &str) -> Option<&'static str> {
    let lex = Lexicon::get();
    let hit = lex.gazetteer.map.get(&*term_key(word))?;
    let p = lex.place(*hit);
    (p.ty == EntityType::Loc && !p.demonym && (!hit.caps_only || is_all_caps(word))).then_some(p.canonical)
}

/// The places the entities name (their names and aliases, in ASCII lower case), made when first
/// asked past 256 entities: one lookup a part, not a walk over every entity (quadratic on a long
/// text of hyphenated names). Its type is `Doc::new`'s map of keys (owned keys here), so the
/// hash map's code is that one's, not a copy of its own.
#[derive(Default)]
struct Named(Option<FxMap<Cow<'static, str>, u32>>);

impl Named {
    /// The entity, other than `not`, that is a place written `word`.
    fn get(&mut self, entities: &[Entity], not: usize, word: &str) -> Option<usize> {
        if self.0.is_none() && entities.len() <= 256 {
            // (an article's few entities: read through, no map made)
            let same = |s: &str| s.eq_ignore_ascii_case(word);
            let place = |e: &Entity| e.ty == EntityType::Loc && (same(&e.name) || e.aliases.iter().any(|a| same(a)));
            return entities.iter().position(place).filter(|&e| e != not);
        }
        let map = self.0.get_or_insert_with(|| {
            let mut map = FxMap::default();
            for (k, e) in entities.iter().enumerate().filter(|(_, e)| e.ty == EntityType::Loc) {
                for name in std::iter::once(&e.name).chain(&e.aliases) {
                    map.entry(Cow::Owned(name.to_ascii_lowercase())).or_insert(k as u32);
                }
            }
            map
        });
        map.get(&*word.to_ascii_lowercase()).map(|&e| e as usize).filter(|&e| e != not)
    }

    fn add(&mut self, word: &str, entity: usize) {
        if let Some(map) = &mut self.0 {
            map.entry(Cow::Owned(word.to_ascii_lowercase())).or_insert(entity as u32);
        }
    }
}

/// The parts of mention `m` (byte ranges), where each is a place: see the module's doc.
fn place_parts(doc: &Doc<'_>, m: &Mention, entities: &[Entity], named: &mut Named) -> Option<Vec<(usize, usize)>> {
    let text = doc.text;
    let word = &text[m.start..m.end];
    // (bytes first: most mentions hold no hyphen, and U+2010 and U+2011 begin with 0xE2)
    let bytes = word.as_bytes();
    if !(bytes.contains(&b'-') || (bytes.contains(&0xE2) && word.contains(is_hyphen))) || word.contains(char::is_whitespace) || !word.starts_with(char::is_uppercase) {
        return None;
    }
    // Not the first word of a longer name: the next word (past a possessive) is not capitalised.
    let rest = &text[m.end..];
    let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("\u{2019}s")).unwrap_or(rest);
    if rest.trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    let e = &entities[m.entity];
    if (e.ty == EntityType::Per && e.mentions.len() > 1) || listed_place(word).is_some() || Lexicon::get().gazetteer.map.contains_key(&*term_key(word)) {
        return None;
    }
    let mut parts = Vec::new();
    let mut from = m.start;
    for part in word.split(is_hyphen) {
        let ok = part.starts_with(char::is_uppercase) && (listed_place(part).is_some() || named.get(entities, m.entity, part).is_some());
        if !ok {
            return None;
        }
        parts.push((from, from + part.len()));
        // (Each hyphen is one character: skip it.)
        from += part.len() + text[from + part.len()..].chars().next().map_or(0, char::len_utf8);
    }
    (parts.len() >= 2).then_some(parts)
}

/// Splits mentions of places joined by hyphens into their parts: see the module's doc. Entities
/// stay ordered as merging orders them (most mentions first, then first mention).
pub(crate) fn split_places(doc: &Doc<'_>, mentions: Vec<Mention>, mut entities: Vec<Entity>) -> (Vec<Mention>, Vec<Entity>) {
    let mut named = Named::default();
    let found: Vec<(usize, Vec<(usize, usize)>)> = mentions.iter().enumerate().filter_map(|(k, m)| Some((k, place_parts(doc, m, &entities, &mut named)?))).collect();
    if found.is_empty() {
        return (mentions, entities);
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len() + found.len());
    let mut next = found.iter().peekable();
    for (k, m) in mentions.into_iter().enumerate() {
        let Some((_, parts)) = next.next_if(|(f, _)| *f == k) else {
            out.push(m);
            continue;
        };
        for &(start, end) in parts {
            let surface = &doc.text[start..end];
            let canonical = listed_place(surface);
            // The place's entity: one the text names so, or one of the gazetteer's name, or new.
            let found = named.get(&entities, m.entity, surface).or_else(|| named.get(&entities, m.entity, canonical?));
            let entity = match found {
                Some(e) => e,
                None => {
                    let name = match canonical {
                        Some(c) if is_all_caps(surface) => c,
                        _ => strip_possessive(surface),
                    };
                    entities.push(Entity { name: name.to_string(), ty: EntityType::Loc, aliases: Vec::new(), mentions: Vec::new() });
                    named.add(name, entities.len() - 1);
                    entities.len() - 1
                }
            };
            let e = &mut entities[entity];
            if e.name != surface && !e.aliases.iter().any(|a| a == surface) {
                e.aliases.push(surface.to_string());
                named.add(surface, entity);
            }
            out.push(Mention { start, end, ty: EntityType::Loc, entity, sentence: m.sentence });
        }
    }
    // Each entity's mentions again, in text order; entities left without any dropped; the order
    // of merging (most mentions first, then the earliest).
    for e in entities.iter_mut() {
        e.mentions.clear();
    }
    for (k, m) in out.iter().enumerate() {
        entities[m.entity].mentions.push(k);
    }
    let n = entities.len();
    let mut kept: Vec<(usize, Entity)> = entities.into_iter().enumerate().filter(|(_, e)| !e.mentions.is_empty()).collect();
    crate::sort::sort_by(&mut kept, |(_, a), (_, b)| b.mentions.len().cmp(&a.mentions.len()).then(a.mentions[0].cmp(&b.mentions[0])));
    let mut new_id = vec![0; n];
    for (new, (old, _)) in kept.iter().enumerate() {
        new_id[*old] = new;
    }
    for m in out.iter_mut() {
        m.entity = new_id[m.entity];
    }
    (out, kept.into_iter().map(|(_, e)| e).collect())
}
