//! Entity mentions: detection ([`Tagger`]), typing, and alias merging into [`Entity`]s.

mod abbreviations;
mod alias;
mod appositions;
mod articles;
mod based;
mod clubs;
mod connectors;
mod context;
mod detect;
mod discourse;
mod hyphens;
mod kinds;
mod labels;
mod languages;
mod ministries;
mod model;
mod news;
mod papers;
mod particles;
mod plain;
mod possessives;
mod results;
mod rosters;
mod shared;
mod slogans;
mod teams;
mod transfers;
mod whereabouts;
mod wire;
mod works;
mod peoples;
mod vessels;
mod club_names;
mod institutions;
mod linked_orgs;
mod leading_the;
mod roles;
mod listed_places;
mod articled;
mod given_places;
mod holidays;
mod legislatures;
mod national_bodies;
mod firm_ends;
mod org_pairs;
mod missions;
mod firms;
mod storms;
mod military;
mod parties;
mod portfolios;
mod sites;
mod bourses;
mod held_places;
mod country_firms;

use std::fmt;

pub use alias::merge;
pub use detect::RuleTagger;
pub(crate) use hyphens::{hyphen_parts, listed_place};
pub use model::{train, ModelTagger};

use crate::text::Doc;

/// CoNLL-2003 entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// People.
    Per,
    /// Organisations.
    Org,
    /// Places: countries, cities, regions, geographic features.
    Loc,
    /// Other names: nationalities and demonyms, events, languages, religions.
    Misc,
}

impl EntityType {
    /// All four types, in this order.
    pub const ALL: [EntityType; 4] = [EntityType::Per, EntityType::Org, EntityType::Loc, EntityType::Misc];

    /// `"PER"`, `"ORG"`, `"LOC"` or `"MISC"`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }

    /// Parses `"PER"`, `"ORG"`, `"LOC"` or `"MISC"` (exactly).
    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure a tagger is of a span's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// A fallback guess: other mentions of the same entity decide.
    Weak,
    /// A context cue (a title, "in", "said", an organisation word) or the model.
    Cue,
    /// A gazetteer entry.
    Gazetteer,
}

/// A tagged token range, before alias merging.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// First token.
    pub first: u32,
    /// One past the last token.
    pub last: u32,
    /// The type.
    pub ty: EntityType,
    /// How sure the tagger is of the type.
    pub evidence: Evidence,
    /// The gazetteer's canonical name, when a gazetteer entry matched.
    pub canonical: Option<&'static str>,
}

impl Span {
    /// A span over tokens `[first, last)` of type `ty` that a cue found, no list: what the passes
    /// after either tagger join ([`shared::join`]).
    pub(crate) fn cue(first: usize, last: usize, ty: EntityType) -> Span {
        Span { first: first as u32, last: last as u32, ty, evidence: Evidence::Cue, canonical: None }
    }

    /// Whether no list named the span: no gazetteer entry matched it and it has no canonical name
    /// from one. What most passes may retype.
    pub(crate) fn unlisted(&self) -> bool {
        self.evidence != Evidence::Gazetteer && self.canonical.is_none()
    }
}

/// The passes both taggers run after their own spans `out[start..]` (in token order, not
/// overlapping), each reading the spans as a tagger left them and mending them alike; what
/// several of them ask of the whole text is found here, once. Three groups of them can be left
/// out of a build (features `passes-context`, `passes-news`, `passes-rest`: Cargo.toml).
fn after_tagger(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    #[cfg(feature = "passes-rest")]
    particles::particle_names(doc, out, start);
    #[cfg(feature = "passes-rest")]
    kinds::name_kinds(doc, out, start);
    #[cfg(feature = "passes-rest")]
    slogans::slogans(doc, out, start);
    // (the text is about a match: teams.rs, transfers.rs and plain.rs ask; no pass runs on no
    // spans)
    let tagged = out.len() > start;
    let sport = tagged && teams::sporting(doc);
    #[cfg(feature = "passes-context")]
    context::context_names(doc, out, start, sport);
    #[cfg(feature = "passes-news")]
    news::news_names(doc, out, start, sport);
    #[cfg(feature = "passes-rest")]
    discourse::discourse_names(doc, out, start);
    #[cfg(feature = "passes-rest")]
    wire::wire_names(doc, out, start);
    #[cfg(feature = "passes-rest")]
    rosters::rosters(doc, out, start);
    #[cfg(feature = "passes-rest")]
    papers::newspapers(doc, out, start);
    // (clubs may be added where the tagger found no span, after the passes above found some: the
    // text's sport asked there, not read as `false`, so that output is as when clubs.rs asked)
    #[cfg(feature = "passes-rest")]
    clubs::opening_clubs(doc, out, start, || sport || (!tagged && teams::sporting(doc)));
    #[cfg(feature = "passes-rest")]
    teams::team_word_names(doc, out, start);
    #[cfg(feature = "passes-rest")]
    connectors::institution_links(doc, out, start);
    #[cfg(feature = "passes-rest")]
    connectors::field_pairs(doc, out, start);
    #[cfg(feature = "passes-rest")]
    whereabouts::whereabouts(doc, out, start);
    #[cfg(feature = "passes-rest")]
    labels::labels(doc, out, start);
    #[cfg(feature = "passes-rest")]
    kinds::demonym_nouns(doc, out, start);
    #[cfg(feature = "passes-rest")]
    works::works(doc, out, start, sport);
    #[cfg(feature = "passes-rest")]
    peoples::peoples(doc, out, start);
    #[cfg(feature = "passes-rest")]
    vessels::vessels(doc, out, start);
    #[cfg(feature = "passes-rest")]
    club_names::club_names(doc, out, start, sport);
    #[cfg(feature = "passes-rest")]
    institutions::long_institutions(doc, out, start);
    #[cfg(feature = "passes-rest")]
    linked_orgs::linked_orgs(doc, out, start);
    #[cfg(feature = "passes-rest")]
    legislatures::legislatures(doc, out, start);
    #[cfg(feature = "passes-rest")]
    missions::missions(doc, out, start);
    #[cfg(feature = "passes-rest")]
    firms::firms(doc, out, start);
    #[cfg(feature = "passes-rest")]
    leading_the::leading_the(doc, out, start);
    #[cfg(feature = "passes-rest")]
    given_places::given_places(doc, out, start);
    #[cfg(feature = "passes-rest")]
    listed_places::listed_places(doc, out, start);
    #[cfg(feature = "passes-rest")]
    roles::person_roles(doc, out, start);
    #[cfg(feature = "passes-rest")]
    articled::articled(doc, out, start);
    #[cfg(feature = "passes-rest")]
    national_bodies::national_bodies(doc, out, start);
    #[cfg(feature = "passes-rest")]
    firm_ends::firm_ends(doc, out, start);
    #[cfg(feature = "passes-rest")]
    org_pairs::org_pairs(doc, out, start);
    #[cfg(feature = "passes-rest")]
    storms::storms(doc, out, start);
    #[cfg(feature = "passes-rest")]
    military::military(doc, out, start);
    #[cfg(feature = "passes-rest")]
    parties::parties(doc, out, start);
    #[cfg(feature = "passes-rest")]
    portfolios::portfolios(doc, out, start);
    #[cfg(feature = "passes-rest")]
    sites::sites(doc, out, start);
    #[cfg(feature = "passes-rest")]
    bourses::bourses(doc, out, start);
    #[cfg(feature = "passes-rest")]
    appositions::acronym_appositions(doc, out, start);
    #[cfg(feature = "passes-rest")]
    held_places::held_places(doc, out, start);
    #[cfg(feature = "passes-rest")]
    country_firms::country_firms(doc, out, start);
    #[cfg(feature = "passes-rest")]
    hyphens::modifier_names(doc, out, start);
    #[cfg(feature = "passes-rest")]
    holidays::holidays(doc, out, start);
    #[cfg(not(any(feature = "passes-context", feature = "passes-news", feature = "passes-rest")))]
    let _ = sport;
}

/// Finds entity spans in a segmented document.
///
/// The trained [`ModelTagger`] is the default, the rule-based [`RuleTagger`] the alternative.
/// Spans must be in token order and must not overlap.
pub trait Tagger {
    /// Appends the document's spans to `out`.
    fn tag(&self, doc: &Doc<'_>, out: &mut Vec<Span>);

    /// Which tagger ran, as results report it (`Analysis::tagger`): `"rules"`, `"model"`, or
    /// `"custom"` (the default) for another implementation.
    fn name(&self) -> &'static str {
        "custom"
    }
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the mention's start.
    pub start: usize,
    /// Byte offset of its end (a possessive `’s` is not part of it).
    pub end: usize,
    /// The type this mention was read as: usually its entity's, but a name read two ways
    /// ("Leeds" the club and the city) is one entity, typed by its mentions' vote, whose mentions
    /// keep their own types. A mention only guessed from its capitals takes the entity's type.
    pub ty: EntityType,
    /// Index into the entity list.
    pub entity: usize,
    /// Index of the sentence.
    pub sentence: usize,
}

/// An entity: its mentions grouped, aliases merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Canonical name: the fullest form.
    pub name: String,
    /// The type.
    pub ty: EntityType,
    /// Other forms seen in the text, in order of first appearance.
    pub aliases: Vec<String>,
    /// Indices of its mentions, in text order.
    pub mentions: Vec<usize>,
}

impl Entity {
    /// Number of mentions.
    pub fn count(&self) -> usize {
        self.mentions.len()
    }
}
