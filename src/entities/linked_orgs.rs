//! Long organisations' names whose capitalised words are linked by lower-case words (acc24):
//! Spanish, Portuguese and French names, "the Junta Regional para la Gestión de Aguas", "the
//! Instituto Estadual de Florestas, Pesca e Aquicultura", "the Fédération Nationale des Pêcheurs",
//! and any name with its acronym after it in brackets, "the Movement for the Defence of Coastal
//! Villages (MDCV)". Both taggers cut such a name at its links, leaving pieces of it names of
//! their own ("Gestión de Aguas" an organisation, "e Aquicultura" a person). After either tagger,
//! a run of capitalised words in a body sentence, joined by "de", "da", "do", "dos", "das", "del",
//! "des", "du", "e", "et", "y", "para la", "pour la" … or by commas in a list that one of those
//! "and"s ends, is one organisation when it opens with an organisation's head word of those
//! languages ("Instituto", "Fédération", "Banco" …); so is such a run, with the English links
//! "of", "for", "and" ("of the" …) as well, that its acronym follows in brackets, the acronym's
//! letters holding each word's initial. The run stops where a tagger's span starts inside a run
//! of capitals ("the Banco de Lusitânia Pedro Alves": a person after the bank).

use crate::text::segment::ALL_CAPS;
use crate::text::{Doc, SegmentKind, TokenKind};

use super::shared::{capword, join, AGREEMENTS, lower_word, name_word, Overlap, NOT_CAPS, NOT_STOP};
use super::{EntityType, Span};

/// Head words of organisations' names in Spanish, Portuguese and French (and the French-style
/// "Federation" of sports bodies' English names), as keys.
fn head(key: &str) -> bool {
    matches!(
        key,
        "instituto" | "institut" | "coordinadora" | "coordenação" | "coordenacao" | "coordination" |
        "confederação" | "confederacao" | "confederación" | "confederacion" | "confédération" |
        "confederation" | "federação" | "federacao" | "federación" | "federacion" | "fédération" |
        "federation" | "comisión" | "comision" | "comissão" | "comissao" | "commission" | "consejo" |
        "conselho" | "conseil" | "secretaría" | "secretaria" | "secrétariat" | "ministerio" | "ministério" |
        "ministère" | "ministere" | "banco" | "banque" | "agence" | "agencia" | "agência" | "office" |
        "oficina" | "superintendencia" | "superintendência" | "dirección" | "direccion" | "direção" |
        "direcao" | "direction" | "corporación" | "corporacion" | "sociedad" | "sociedade" | "société" |
        "societe" | "asociación" | "asociacion" | "associação" | "associacao" | "association" | "fundación" |
        "fundacion" | "fundação" | "fundacao" | "fondation" | "universidad" | "universidade" | "université" |
        "universite" | "partido" | "parti" | "frente" | "movimiento" | "movimento" | "mouvement" | "unión" |
        "union" | "união" | "uniao" | "centro" | "centre" | "servicio" | "serviço" | "servico" | "service" |
        "autoridad" | "autoridade" | "autorité" | "autorite" | "junta" | "empresa" | "caja" | "caixa" |
        "tribunal" | "corte" | "cour" | "procuraduría" | "procuraduria" | "defensoría" | "defensoria" |
        "fiscalía" | "fiscalia" | "registro" | "red" | "rede" | "réseau" | "reseau" | "compagnie" |
        "compañía" | "companhia" | "organización" | "organizacion" | "organização" | "organizacao" |
        "organisation" | "alianza" | "aliança" | "alliance" | "cámara" | "camara" | "câmara" | "chambre" |
        "assemblée" | "assemblea" | "asamblea" | "congreso" | "congresso" | "consejería" | "ente" | "grupo" |
        "groupe" | "departamento" | "département" | "prefectura" | "prefeitura" | "gobierno" | "governo" |
        "gouvernement" | "policía" | "polícia" | "police" | "guardia" | "gendarmerie" | "escuela" |
        "escola" | "école" | "hospital" | "hôpital" | "hopital" | "museo" | "museu" | "musée" |
        "biblioteca" | "bibliothèque" | "comité" | "comite" | "comitê"
    )
}

/// Romance links of one word between a name's capitalised words.
fn one_link(key: &str) -> bool {
    matches!(
        key,
        "de" | "da" | "do" | "dos" | "das" | "del" | "des" | "du" | "di" | "e" | "et" | "y"
    )
}

/// Romance prepositions that an article may follow in a link ("para la", "de los", "pour le").
fn preposition(key: &str) -> bool {
    matches!(
        key,
        "de" | "para" | "pour" | "por"
    )
}

/// Romance articles after one of [`preposition`].
fn article(key: &str) -> bool {
    matches!(
        key,
        "la" | "las" | "los" | "el" | "le" | "les"
    )
}

/// English links of one word, read before an acronym only.
fn english_link(key: &str) -> bool {
    matches!(
        key,
        "of" | "for" | "and" | "on"
    )
}

/// What a link joins: a list's comma, a list's closing "and", or anything else.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    Comma,
    And,
    Other,
}

/// The link at token `k` (before `end`) and its length in tokens, English links too if `english`.
fn link(doc: &Doc<'_>, k: usize, end: usize, english: bool) -> Option<(usize, Link)> {
    let t = doc.seg.tokens[k];
    if t.kind == TokenKind::Punct {
        return (doc.word(k) == ",").then_some((1, Link::Comma));
    }
    if !lower_word(doc, k) {
        return None;
    }
    let key = doc.key(k);
    let and = |key: &str| if matches!(key, "e" | "et" | "y" | "and") { Link::And } else { Link::Other };
    if k + 2 < end && lower_word(doc, k + 1) {
        let next = doc.key(k + 1);
        if (preposition(key) && article(next)) || (english && english_link(key) && next == "the") {
            return Some((2, Link::Other));
        }
    }
    (one_link(key) || (english && english_link(key))).then(|| (1, and(key)))
}

/// The run of capitalised words from `a` (before `end`) over links, as its end and the starts of
/// its runs of capitals between links; `english` reads English links too. A comma is kept only
/// when an "and" of the list follows it.
fn run(doc: &Doc<'_>, a: usize, end: usize, english: bool, starts: &dyn Fn(usize) -> bool, parts: &mut Vec<usize>) -> usize {
    parts.clear();
    let word = |k: usize| name_word(doc, k, NOT_CAPS);
    let segment = |c: usize| {
        let mut d = c + 1;
        while d < end && word(d) && !starts(d) {
            d += 1;
        }
        d
    };
    let mut b = segment(a);
    parts.push(a);
    // (before a comma no "and" has closed yet: the run's end and parts there)
    let mut pending: Option<(usize, usize)> = None;
    while b < end {
        let Some((len, kind)) = link(doc, b, end, english) else { break };
        let c = b + len;
        if c >= end || !name_word(doc, c, NOT_CAPS | NOT_STOP) {
            break;
        }
        match kind {
            Link::Comma if pending.is_none() => pending = Some((b, parts.len())),
            Link::And => pending = None,
            _ => {}
        }
        parts.push(c);
        b = segment(c);
    }
    if let Some((b0, n)) = pending {
        parts.truncate(n);
        b = b0;
    }
    b
}

/// A name's initial as an ASCII capital, accents dropped ("É" as "E").
fn initial(word: &str) -> u8 {
    let c = word.chars().next().unwrap_or(' ');
    let c = match c {
        'Á' | 'À' | 'Â' | 'Ã' | 'Ä' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'Ó' | 'Ò' | 'Ô' | 'Õ' | 'Ö' => 'O',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'Ç' => 'C',
        'Ñ' => 'N',
        c => c,
    };
    if c.is_ascii() {
        c.to_ascii_uppercase() as u8
    } else {
        0
    }
}

/// The acronym in brackets right after token `b` (`(` at `b`), if any: two to ten capitals.
fn acronym<'d>(doc: &'d Doc<'_>, b: usize) -> Option<&'d str> {
    if b + 2 >= doc.seg.tokens.len() {
        return None;
    }
    let w = doc.word(b + 1);
    (doc.word(b) == "("
        && doc.word(b + 2) == ")"
        && doc.seg.tokens[b + 1].has(ALL_CAPS)
        && (2..=10).contains(&w.len())
        && w.bytes().all(|c| c.is_ascii_uppercase()))
    .then_some(w)
}

/// Whether every capitalised word of tokens `[a, b)` has its initial in `acronym`, and the
/// acronym's first letter is one of theirs.
fn fits(doc: &Doc<'_>, a: usize, b: usize, acronym: &str) -> bool {
    let caps = || (a..b).filter(|&k| capword(doc, k)).map(|k| initial(doc.word(k)));
    caps().all(|c| acronym.as_bytes().contains(&c)) && caps().any(|c| c == acronym.as_bytes()[0])
}

/// Whether tokens `[a, b)` are one run of capitals from the start of a span, each span they meet
/// inside them and not one span already.
fn whole(out: &[Span], a: usize, b: usize) -> bool {
    let lo = super::shared::ending_after(out, a);
    let mut count = 0;
    for t in out[lo..].iter().take_while(|t| (t.first as usize) < b) {
        count += 1;
        if (t.first as usize) < a || t.last as usize > b || (t.first as usize == a && t.last as usize == b) {
            return false;
        }
    }
    count > 0
}

/// Joins into organisations the spans `out[start..]` the module's doc describes (a run whose first
/// words end in an agreement's word, "the Convention on …", into an agreement's MISC name).
// (a function of its own in a profile: measured so, 1 MB at +0.22 % instructions)
#[inline(never)]
pub(crate) fn linked_orgs(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let spans = &out[start..];
    let starts = |k: usize| spans.binary_search_by_key(&(k as u32), |s| s.first).is_ok();
    // A run's first word: capitalised, no stopword, after no word of a name.
    let opens = |a: usize| name_word(doc, a, NOT_CAPS | NOT_STOP) && !(a > 0 && name_word(doc, a - 1, NOT_STOP));
    let body = |a: usize| {
        let sentence = &doc.seg.sentences[doc.sentence_of(a)];
        (sentence.kind == SegmentKind::Body).then_some(sentence.last as usize)
    };
    // A Romance link right after a span (its bytes read first), or a comma after a span that holds
    // a link of its own ("Instituto Nacional de Sismología, …").
    let linked = |last: usize, a: usize| {
        if lower_word(doc, last) {
            let w = doc.word(last).as_bytes();
            w.len() <= 4 && matches!(w[0], b'd' | b'e' | b'y' | b'p') && {
                let key = doc.key(last);
                one_link(key) || preposition(key)
            }
        } else {
            tokens[last].kind == TokenKind::Punct && last >= a + 3 && (a + 1..last - 1).any(|k| lower_word(doc, k))
        }
    };
    let mut joins: Vec<Span> = Vec::new();
    let mut parts = Vec::new();
    let mut after = 0;
    for (r, s) in spans.iter().enumerate() {
        let (a, last) = (s.first as usize, s.last as usize);
        if a < after || last >= n {
            continue;
        }
        let mut found = None;
        // (the cheap tests first: a link or a comma after the span and a head word, or an acronym
        // in brackets)
        if linked(last, a) && head(doc.key(a)) && opens(a) {
            if let Some(end) = body(a) {
                let b = run(doc, a, end, false, &starts, &mut parts);
                if parts.len() >= 2 && whole(spans, a, b) {
                    found = Some((a, b, parts[1]));
                }
            }
        } else if last == a + 1 && a > 0 && tokens[a].has(ALL_CAPS) && acronym(doc, a - 1).is_some() {
            let (p, acr) = (a - 1, doc.word(a));
            // The spans that start in the words before it, the farthest first, each a run's
            // start; the longest run that ends at the bracket and that the acronym fits.
            let first = spans[..r].partition_point(|t| (t.first as usize) + 24 < p);
            for t in &spans[first..r] {
                let c = t.first as usize;
                if c < after || !opens(c) {
                    continue;
                }
                let Some(end) = body(c) else { continue };
                if run(doc, c, end, true, &starts, &mut parts) != p || parts.len() < 2 {
                    continue;
                }
                if let Some(x) = (0..parts.len() - 1).find(|&x| fits(doc, parts[x], p, acr)) {
                    if whole(spans, parts[x], p) {
                        found = Some((parts[x], p, parts[x + 1]));
                        break;
                    }
                }
            }
        }
        let Some((a, b, head)) = found else { continue };
        let agreement = (a..head).any(|k| capword(doc, k) && AGREEMENTS.contains(doc.key(k)));
        joins.push(Span::cue(a, b, if agreement { EntityType::Misc } else { EntityType::Org }));
        after = b;
    }
    join(out, start, &joins, Overlap::First);
}
