//! A person a news text introduces by what they do, in apposition (issue #5, acc22): "Mira
//! Tallon, a marine biologist at the institute, said …", "Ostrava Kell, an economist who …",
//! "Jannik, a 29-year-old technician, said …". A name no list holds, in a language the lists
//! lack, is read by either tagger as an organisation or a place as often as a person; the words
//! after the comma say it is a person. After either tagger, a span of capitalised words (at most
//! four, none in capitals, none an organisation's or a place's word, no listed name) read as an
//! organisation or a place, followed by ", a" or ", an", at most three words in lower case (or
//! an age: "29-year-old") and a noun of a person's trade or standing ([`ROLES`] or a trade's
//! ending: "-ist", "-ician", "-grapher"), which then ends its phrase ([`AFTER_ROLE`]), is a
//! person, unless the noun is one a company is described by too and its business follows ("a
//! builder of ferries": [`FIRM_ROLES`]) or the apposition says a company otherwise ("a
//! commodities trader, said it had", acc25: `firm_described`). So is such a name of two words
//! or more followed by ", who" ("Gerda Tjon, who sells cassava"), after no preposition, outside
//! a text about a match, where a club is "who" too (acc25); a name may hold particles in lower case ("Américo dos
//! Santos"). So is such a name of two words or more followed by a post without an article
//! (acc26: ", manager of", ", director at": [`POSTS`]), though a list holds its first word as a
//! place's ("Pemba Dorjee Sherpa, manager of a garden"). And so is each other span of the same
//! words, or of its last word alone.

use crate::lexicon::{lists, Lexicon};
use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::particles::is_particle;
use super::shared::{lower_word, name_word, occupation, plural_ending, sort_ids, NOT_CAPS};
use super::teams::{sporting, TEAM_WORDS};
use super::{EntityType, Evidence, Span};

/// Nouns of a person's trade or standing that an apposition after a name may end in.
const ROLES: WordSet = words![
    "researcher", "professor", "lecturer", "engineer", "farmer", "fisherman", "fisherwoman", "teacher", "worker", "nurse",
    "doctor", "lawyer", "student", "resident", "mother", "father", "owner", "trader", "driver", "director", "manager",
    "official", "adviser", "advisor", "consultant", "fellow", "historian", "writer", "author", "veteran", "pilot", "captain",
    "coach", "rider", "climber", "sprinter", "campaigner", "organiser", "organizer", "vendor", "shopkeeper", "mechanic",
    "chef", "employee", "commuter", "retiree", "pensioner", "volunteer", "founder", "co-founder", "chairman", "chairwoman",
    "surgeon", "architect", "diplomat", "negotiator", "senator", "lawmaker", "legislator", "judge", "prosecutor",
    "planner", "officer", "ranger", "guide", "fisher", "herder", "grower", "builder", "miner", "welder", "labourer", "laborer",
    "entrepreneur", "businessman", "businesswoman", "executive", "expert", "scholar", "priest", "pastor", "imam", "elder",
    "grandmother", "grandfather", "widow", "daughter", "son", "wife", "husband", "player", "striker", "midfielder",
    "defender", "goalkeeper", "spokesman", "spokeswoman", "spokesperson", "director-general", "candidate",
];

/// A person's posts that an apposition names without an article before "of", "at" or "for"
/// ("Ravi Menon, director of the institute"): no place and no company is one.
const POSTS: WordSet = words![
    "manager", "director", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson",
    "head", "secretary", "coordinator", "founder", "co-founder", "professor", "lecturer",
];

/// What may follow the role's noun, so that the noun ends its phrase: "a biologist at", "an
/// economist who", "a technician, said" (not "a research group" nor "a farmer cooperative").
const AFTER_ROLE: WordSet = words![
    "at", "of", "who", "whose", "with", "for", "in", "from", "and", "based", "on", "to", "working", "studying", ",", ".", ";",
    "—", "–",
];

/// Nouns of [`ROLES`] (and a trade's, "specialist") that describe a company as often as a
/// person: "Vumbua, a major player in the market", "Sundara, a grower of tea", "Marlow, an owner
/// and operator of hotels", "Kestrel, a specialist in drone mapping" (review21). Followed by a
/// word of [`FIRM_AFTER`], the apposition is no person's.
const FIRM_ROLES: WordSet = words!["player", "trader", "builder", "grower", "miner", "owner", "vendor", "specialist"];

/// Words after a noun of [`FIRM_ROLES`] that say a company's business ("a builder of ferries", "a
/// trader based in Geneva"), where a person's apposition goes on "at", "from", "who" or ends.
const FIRM_AFTER: WordSet = words!["of", "in", "and", "based", "for", "to", "on", "with"];

/// Lower-case words before a noun of [`FIRM_ROLES`] that describe a company, not a person: "a
/// global miner", "a state-owned trader".
const FIRM_MODIFIERS: WordSet = words![
    "global", "multinational", "state-owned", "state-run", "state-controlled", "listed", "diversified", "integrated",
    "family-owned", "privately-held", "publicly-traded", "international", "worldwide",
];

/// Whether the apposition from the comma at `j` to the noun of [`FIRM_ROLES`] at `r` describes a
/// company (acc25): a word of [`FIRM_MODIFIERS`] before the noun; after a name of one word, a
/// plural before it ("Trafigura, a commodities trader", where a person is "a fish trader"); or the
/// text goes on about the name with "it" or "its" before any "he", "she", "his" or "her", in the
/// rest of the sentence and the next one ("…, said it had bought two cargoes"). "It is" and "it
/// was" are left out: their "it" is as often a person's subject ("said it was a hard year").
fn firm_described(doc: &Doc<'_>, one_word: bool, j: usize, r: usize) -> bool {
    let mods = j + 2..r;
    if mods.clone().any(|k| FIRM_MODIFIERS.contains(doc.key(k))) {
        return true;
    }
    if one_word && r > j + 2 && doc.key(r - 1).len() >= 4 && plural_ending(doc.key(r - 1)) {
        return true;
    }
    let s = doc.sentence_of(r);
    let last = doc.seg.sentences.get(s + 1).unwrap_or(&doc.seg.sentences[s]).last as usize;
    for k in r + 1..last.min(doc.seg.tokens.len()) {
        match doc.key(k) {
            "its" => return true,
            "it" => return k + 1 >= last || !matches!(doc.key(k + 1), "is" | "was" | "'s" | "seems" | "seemed"),
            "he" | "she" | "his" | "her" | "him" => return false,
            _ => {}
        }
    }
    false
}

/// Retypes as persons the spans `out[start..]` the module's doc describes.
pub(crate) fn person_roles(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lex = Lexicon::get();
    let lower = |k: usize| lower_word(doc, k);
    let mut names: Vec<Vec<u32>> = Vec::new();
    // (whether the text is about a match: asked once, where ", who" follows a name)
    let mut sport: Option<bool> = None;
    for s in &out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        // (the cheap test first: most spans have no comma and article after them)
        if j + 3 >= n || doc.word(j) != "," {
            continue;
        }
        // (acc26) A person's post without an article, of a name of two words or more: "Pemba
        // Dorjee Sherpa, manager of a garden", read as a place for its listed first word.
        let post = j - i >= 2 && lower(j + 1) && POSTS.contains(doc.key(j + 1)) && matches!(doc.key(j + 2), "of" | "at" | "for");
        if !post && !matches!(doc.key(j + 1), "a" | "an" | "who") {
            continue;
        }
        if !matches!(s.ty, EntityType::Org | EntityType::Loc) || s.evidence == Evidence::Gazetteer || s.canonical.is_some() || j - i > 4 {
            continue;
        }
        // (a particle in lower case inside the name: "Américo dos Santos Nhantumbo")
        let word = |k: usize| name_word(doc, k, NOT_CAPS) || (k > i && k + 1 < j && lower(k) && is_particle(doc.key(k)));
        let plain = (i..j).all(|k| word(k) && !lex.listed(doc.key(k), lists::ORG_CUE | lists::LOC_CUE | lists::COMPANY | lists::STOPWORD));
        if !plain {
            continue;
        }
        if post {
            names.push((i..j).map(|k| doc.key_id_outlined(k)).collect());
            continue;
        }
        if doc.key(j + 1) == "who" {
            // A name of two words or more, no team's, outside a text about a match ("Arsenal,
            // who", "Kalobo Stars, who" are teams), after no preposition ("Senator Ana Ruiz of
            // Fuerza Nueva, who": "who" is the person's).
            let after_link = i > 0 && matches!(doc.key(i - 1), "of" | "at" | "from" | "for" | "in" | "with" | "by" | "to" | "on");
            if j - i >= 2 && !after_link && !(i..j).any(|k| TEAM_WORDS.contains(doc.key(k))) && !*sport.get_or_insert_with(|| sporting(doc)) {
                names.push((i..j).map(|k| doc.key_id_outlined(k)).collect());
            }
            continue;
        }
        // The apposition: at most three words in lower case before the role's noun.
        let end = doc.seg.sentences[doc.sentence_of(i)].last as usize;
        let role = (j + 2..(j + 6).min(end)).find(|&k| lower(k) && (ROLES.contains(doc.key(k)) || occupation(doc.key(k))));
        let Some(r) = role else { continue };
        if !(j + 2..r).all(lower) || r + 1 >= end || !AFTER_ROLE.contains(doc.key(r + 1)) {
            continue;
        }
        if FIRM_ROLES.contains(doc.key(r)) && (FIRM_AFTER.contains(doc.key(r + 1)) || firm_described(doc, j - i == 1, j, r)) {
            continue;
        }
        names.push((i..j).map(|k| doc.key_id_outlined(k)).collect());
    }
    if names.is_empty() {
        return;
    }
    // The surnames (last words) of the names found.
    let mut lasts: Vec<u32> = names.iter().filter(|v| v.len() >= 2).map(|v| v[v.len() - 1]).collect();
    names.sort_unstable();
    names.dedup();
    sort_ids(&mut lasts);
    let mut words = Vec::new();
    for s in &mut out[start..] {
        if !matches!(s.ty, EntityType::Org | EntityType::Loc) || s.evidence == Evidence::Gazetteer || s.canonical.is_some() {
            continue;
        }
        words.clear();
        words.extend((s.first..s.last).map(|k| doc.key_id_outlined(k as usize)));
        if names.binary_search(&words).is_ok() || (words.len() == 1 && lasts.binary_search(&words[0]).is_ok()) {
            s.ty = EntityType::Per;
            s.evidence = Evidence::Cue;
        }
    }
}
