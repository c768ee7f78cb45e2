//! A party or movement named in Spanish, Portuguese, Italian or French is an organisation (issue
//! #5, session 21): "Fuerza Popular", "Perú Libre", "Renovación Popular", "Partido Popular",
//! "Izquierda Unida", "Frente Amplio", "Rassemblement National", "Movimento 5 Stelle". English
//! news names them untranslated; the model reads one holding a place ("Perú Libre") or none at
//! all ("Fuerza Popular") as a place, the rules read two capitalised words as a person. After
//! either tagger, a span of two to five words opening with a party's head word ([`HEADS`]) or
//! ending with a party's adjective ([`ENDS`]) is an organisation, unless it opens with a place's
//! head word ("Parque Nacional", "Estadio Nacional", "Avenida Popular").
//!
//! Such a name joins its words with its own language's "y", "e" or "et", never with English
//! "and": a span that holds a lower-case "and" with a party's name (as above) either side of it
//! ("The Partido Popular and Izquierda Unida voted against") is two organisations (fix22).

use crate::text::segment::CAP;
use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::{EntityType, Evidence, Span};

/// Words a party's or movement's name opens with.
const HEADS: WordSet = words![
    "Partido", "Parti", "Partito", "Frente", "Fronte", "Front", "Fuerza", "Força", "Forza", "Movimiento", "Movimento",
    "Mouvement", "Alianza", "Aliança", "Alleanza", "Renovación", "Acción", "Ação", "Coalición", "Convergencia",
    "Izquierda", "Rassemblement", "Fratelli", "Lega",
];

/// Adjectives a party's or movement's name ends with.
const ENDS: WordSet = words![
    "Popular", "Libre", "Nacional", "Nacionalista", "Socialista", "Comunista", "Demócrata", "Democrático", "Democrática",
    "Democrata", "Democratico", "Democratica", "Republicano", "Republicana", "Unida", "Unido", "Amplio", "Progresista",
    "Ciudadana", "Popolare", "Socialiste", "Républicain", "Insoumise",
];

/// Words a place's name opens with, which no party's does.
const PLACES: WordSet = words![
    "Parque", "Plaza", "Praça", "Estadio", "Estádio", "Palacio", "Palácio", "Avenida", "Calle", "Rua", "Carretera", "Ruta",
    "Autopista", "Puerto", "Porto", "Playa", "Isla", "Ilha", "Cerro", "Sierra", "Río", "Rio", "Lago", "Laguna", "Teatro",
];

/// Retypes as organisations the parties in spans `out[start..]` the module's doc describes.
pub(crate) fn parties(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let party = |i: usize, j: usize| {
        (2..=4).contains(&(j - i))
            && (i..j).all(|k| tokens[k].has(CAP))
            && (HEADS.contains(doc.word(i)) || ENDS.contains(doc.word(j - 1)))
            && !PLACES.contains(doc.word(i))
    };
    // Two parties over "and": the span's index and its "and", at most a few.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (x, s) in out[start..].iter().enumerate() {
        let (i, j) = (s.first as usize, s.last as usize);
        if j - i < 5 || j - i > 9 || !s.unlisted() {
            continue;
        }
        if let Some(and) = (i + 2..j - 2).find(|&k| doc.word(k) == "and") {
            if party(i, and) && party(and + 1, j) {
                pairs.push((start + x, and));
            }
        }
    }
    for &(x, and) in pairs.iter().rev() {
        let s = out[x];
        out[x] = Span::cue(s.first as usize, and, EntityType::Org);
        out.insert(x + 1, Span::cue(and + 1, s.last as usize, EntityType::Org));
    }
    for s in &mut out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        if s.ty == EntityType::Org || !(2..=5).contains(&(j - i)) || !tokens[i].has(CAP) || !tokens[j - 1].has(CAP) {
            continue;
        }
        let (first, last) = (doc.word(i), doc.word(j - 1));
        if (HEADS.contains(first) || ENDS.contains(last)) && !PLACES.contains(first) {
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
        }
    }
}
