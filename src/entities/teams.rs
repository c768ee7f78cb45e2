//! Teams named after their towns, read alike after either tagger. In a text about a match (three
//! or more of [`sport`]'s words), a name that plays ("Lahore beat Karachi", "drew 2-2 with
//! Kalobo", "Kalobo's coach", "Kalobo striker Ali Noor", "the former Kalobo and Marsa skipper") is
//! a club, not the town, and so is every other mention of it but where a preposition of place or
//! a comma stands before it ("fans in Kalobo", a dateline's "ARLINGTON, Kalobo"); a place followed
//! by a team's word ("Kalobo Stars", "Marsa United", a plural the lists do not hold after a listed
//! place) is one club, and a club's name joined by a slash ("Ostra/Vik") is one name. A country
//! stays a place: CoNLL-2003 reads national sides as their countries.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{CAP, SPACE_BEFORE};
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::{name_word, plural_ending, NOT_CAPS};
use super::{EntityType, Evidence, Span};

/// A word of a text about a match: three distinct ones make it one. (A `match`, not a list:
/// every key of the text is asked.)
fn sport(key: &str) -> bool {
    matches!(
        key,
        "match" | "matches" | "season" | "coach" | "club" | "clubs" | "league" | "final" | "goal" | "goals" | "striker"
            | "midfielder" | "goalkeeper" | "defender" | "innings" | "wicket" | "wickets" | "half-time" | "kick-off"
            | "fixture" | "fixtures" | "premiership" | "semi-final" | "quarter-final" | "tournament" | "batsman" | "bowler"
            | "halfback" | "winger" | "referee" | "stadium" | "scored" | "soccer" | "football" | "rugby" | "cricket"
            | "baseball" | "squad" | "footballer" | "qualifier" | "captaincy" | "skipper"
    )
}

/// A team's word after its town ("Kalobo Stars", "Marsa United").
pub(super) const TEAM_WORDS: WordSet = words![
    "united", "rovers", "wanderers", "rangers", "athletic", "albion", "stars", "fc", "sc", "kings", "knights",
    "warriors", "lions", "tigers", "eagles", "hawks", "wolves", "bears", "bulls", "giants", "titans", "raiders", "dragons",
    "sharks", "chiefs", "royals", "strikers", "jets", "rockets", "hornets", "falcons", "panthers", "broncos", "cobras",
    "gladiators", "leopards", "stallions", "mariners", "pirates",
];

/// A team's word before its town ("Atlético Kalobo", "Sporting Marsa").
const TEAM_FIRST: WordSet = words!["atlético", "atletico", "deportivo", "sporting", "dynamo", "dinamo", "olympique", "racing", "real"];

/// Plural words of a place's kind, never a team's ("Victoria Falls", "Golan Heights").
const PLACE_PLURALS: WordSet = words![
    "falls", "islands", "isles", "heights", "springs", "hills", "lakes", "gardens", "sands", "rapids", "mountains", "plains",
    "keys", "fields", "downs", "woods", "meadows", "rocks", "narrows", "flats", "highlands", "lowlands", "territories",
    "states", "emirates", "provinces", "marshes", "wells", "banks",
];

/// Verbs of a result after a team: "Lahore beat Karachi", "Kalobo hold Marsa".
const PLAYS: WordSet = words![
    "beat", "beats", "drew", "draw", "draws", "hold", "holds", "lost", "loses", "defeated", "edged", "thrashed", "routed",
    "hammered", "overcame", "face", "faces", "host", "hosts", "hosted",
];

/// Words before a team: "beat Karachi", "face Marsa", "lost to Kalobo".
const PLAYED: WordSet = words!["beat", "beating", "defeated", "face", "faces", "facing", "host", "hosts", "hosting", "hold", "holds"];

/// A team's people after its name: "Kalobo's coach", "Marsa captain Ali Noor".
const ROLES: WordSet = words![
    "coach", "captain", "manager", "striker", "goalkeeper", "midfielder", "defender", "winger", "halfback", "skipper", "forward",
    "keeper", "playmaker",
];

/// Prepositions of place: a club's town after one is the town ("fans in Kalobo").
pub(super) const PLACE_BEFORE: WordSet = words!["in", "at", "from", "to", "near", "outside", "of", "into", "across", "around", "toward", "towards"];

/// Whether the document is about a match: asked once per text, before the passes after either
/// tagger (`entities::after_tagger`). (Out of line: inlined there, its scan of the keys cost
/// 1 MB of news 0.2M instructions more, callgrind.)
#[inline(never)]
pub(super) fn sporting(doc: &Doc<'_>) -> bool {
    (0..doc.key_count() as u32).filter(|&id| sport(doc.key_of(id))).take(3).count() == 3
}

/// Nations that play as countries without being states.
const HOME_NATIONS: WordSet = words!["England", "Scotland", "Wales", "Northern Ireland"];

/// A listed country or its people: a national side is its country ("face Brazilian side X").
pub(super) fn country(s: &Span) -> bool {
    let lex = Lexicon::get();
    s.canonical.is_some_and(|c| HOME_NATIONS.contains(c) || lex.country(c))
}

/// Token `k` is a capitalised word, not in capitals.
fn capitalised(doc: &Doc<'_>, k: usize) -> bool {
    name_word(doc, k, NOT_CAPS)
}

/// Token `k` is a capitalised plural no list holds, not a place's kind ("Qalandars").
fn plural(doc: &Doc<'_>, k: usize) -> bool {
    let key = doc.key(k);
    capitalised(doc, k)
        && key.len() >= 5
        && plural_ending(key)
        && !PLACE_PLURALS.contains(key)
        && Lexicon::get().word_flags(key) == 0
}

/// Joins and retypes some of the spans `out[start..]` (in token order, not overlapping): see the
/// module's doc. `sport`: the text is about a match ([`sporting`]).
pub(crate) fn teams(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, sport: bool) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let key = |k: usize| doc.key(k);
    if out.len() == start || !sport {
        return;
    }
    let lex = Lexicon::get();
    let club = |s: &mut Span| {
        s.ty = EntityType::Org;
        s.evidence = Evidence::Cue;
        s.canonical = None;
    };
    // A town and a team's word, or two names over a slash, are one club.
    let mut w = start;
    let mut r = start;
    while r < out.len() {
        let mut s = out[r];
        let (a, b) = (s.first as usize, s.last as usize);
        let next = out.get(r + 1).copied();
        // (the name after the slash a span of its own, or a capitalised word no tagger took)
        let slash = b + 1 < n && doc.word(b) == "/" && !tokens[b].has(SPACE_BEFORE) && !tokens[b + 1].has(SPACE_BEFORE) && capitalised(doc, b + 1);
        let next = next.filter(|t| t.first as usize == b + if slash { 1 } else { 0 });
        let slash = slash && next.map_or(true, |t| t.first as usize == b + 1);
        let town = s.ty == EntityType::Loc && !country(&s) && b - a <= 2;
        let word = next.is_some_and(|t| {
            t.first as usize == b && t.last == t.first + 1 && (TEAM_WORDS.contains(key(b)) || (s.canonical.is_some() && plural(doc, b)))
        });
        if s.ty != EntityType::Misc && (slash || (town && word)) {
            s.last = next.map_or(b as u32 + 2, |t| t.last);
            club(&mut s);
            r += usize::from(next.is_some());
        } else if b - a == 2 && s.ty != EntityType::Org && s.ty != EntityType::Misc && s.canonical.is_none() {
            // One span: "Kalobo Stars" read as a person or a place, "Atlético Kalobo".
            let last = b - 1;
            // (a plural after a listed town: "Peshawar Zalmis")
            let town = s.ty == EntityType::Loc && lex.gazetteer.map.contains_key(key(a)) && plural(doc, last);
            let team = capitalised(doc, last) && (TEAM_WORDS.contains(key(last)) || TEAM_FIRST.contains(key(a)) || town);
            let given = lex.listed(key(a), lists::GIVEN | lists::GIVEN_AMBIGUOUS | lists::TITLE | lists::STARTS_TITLE);
            if team && !given && !PLACE_PLURALS.contains(key(last)) {
                club(&mut s);
            }
        }
        out[w] = s;
        w += 1;
        r += 1;
    }
    out.truncate(w);
    // Names that play: their keys (one word each).
    let after = |k: usize| k < n && tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
    let plays = |s: &Span| {
        let (a, b) = (s.first as usize, s.last as usize);
        if b - a != 1 || s.ty == EntityType::Per || country(s) {
            return false;
        }
        let subject = after(b) && PLAYS.contains(key(b));
        let object = a > 0 && after(a - 1) && (PLAYED.contains(key(a - 1)) || (key(a - 1) == "to" && a > 1 && matches!(key(a - 2), "lost" | "losing")));
        // "drew 2-2 with Kalobo", "draw with Kalobo"
        let with = a > 1 && key(a - 1) == "with" && (a.saturating_sub(4)..a - 1).any(|k| matches!(key(k), "draw" | "drew" | "draws" | "drawn"));
        // ("Norwich striker", "the former Blackburn and Southampton skipper"; `after(b + 2)` first:
        // it holds no token past the text's end, "Fans of Kalobo and" ending a text)
        let role = after(b) && (ROLES.contains(key(b)) || (key(b) == "and" && after(b + 2) && capitalised(doc, b + 1) && ROLES.contains(key(b + 2))));
        let role = role && s.ty != EntityType::Misc;
        subject || object || with || role
    };
    let mut playing = vec![false; doc.key_count()];
    // The second words of clubs: "the Stars" alone, whatever a tagger read it as.
    let mut team_word = vec![false; doc.key_count()];
    let mut any = false;
    for s in &out[start..] {
        let (a, b) = (s.first as usize, s.last as usize);
        if s.ty == EntityType::Org && b - a == 2 && s.canonical.is_none() && (TEAM_WORDS.contains(key(a + 1)) || plural(doc, a + 1)) {
            // "Kalobo" and "Stars" alone after "Kalobo Stars".
            playing[doc.key_id(a) as usize] = true;
            playing[doc.key_id(a + 1) as usize] = true;
            team_word[doc.key_id(a + 1) as usize] = true;
            any = true;
        }
        if plays(s) {
            playing[doc.key_id(a) as usize] = true;
            any = true;
        }
    }
    if !any {
        return;
    }
    for s in out[start..].iter_mut() {
        let (a, b) = (s.first as usize, s.last as usize);
        if b - a != 1 || (s.ty == EntityType::Per && !team_word[doc.key_id(a) as usize]) || country(s) || !playing[doc.key_id(a) as usize] {
            continue;
        }
        // (a place after a comma is a dateline's or a place's: "ARLINGTON, Kalobo")
        let place = a > 0 && (PLACE_BEFORE.contains(key(a - 1)) || key(a - 1) == ",");
        if plays(s) || !place {
            club(s);
        }
    }
}

/// Names a capitalised "Team" holds ("Team Visma", "UAE Team Emirates", "Team Jayco AlUla",
/// "Disaster Response Team"), read alike after either tagger (acc25): a tagger reads "Team Visma"
/// as a person's name, or "UAE" as the country and "Emirates" apart. After either tagger, in any
/// text, the word "Team" in title case with the capitalised words (or words in capitals) right
/// before and after it in the sentence, at most [`TEAM_SIDE`] each side and one at least, none a
/// stopword, a title's word or a possessive before its end, is one organisation, where every span
/// it meets lies within it, none read as an other name (MISC), and none beside "Team" is a person's name of two words or more ("Team
/// USA Ana Ruiz", a listed given name opening it, is no team's name; "Team Visma", read whole as a
/// person's, is one); and an event
/// where a word of [`TEAM_EVENTS`] ends it ("World Team Championships"). "Team" alone opening a
/// sentence before a word in lower case is no name.
pub(crate) fn team_word_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let lex = Lexicon::get();
    let mut joins: Vec<Span> = Vec::new();
    // (the token's capital, length and first byte before its text: this looks at every token)
    let bytes = doc.text.as_bytes();
    let team = |t: usize| {
        let tok = &tokens[t];
        tok.has(CAP) && tok.end() - tok.start == 4 && bytes[tok.start as usize] == b'T' && doc.word(t) == "Team"
    };
    for (first, end) in super::shared::prose(doc) {
        for t in first..end {
            if !team(t) {
                continue;
            }
            let part = |k: usize| {
                tokens[k].kind == TokenKind::Word
                    && tokens[k].has(CAP)
                    && doc.key(k) != "team"
                    && !lex.listed(doc.key(k), lists::STOPWORD | lists::TITLE | lists::STARTS_TITLE)
                    && !super::shared::calendar(doc.key(k))
            };
            let mut left = (1..=TEAM_SIDE).take_while(|&d| t >= first + d && part(t - d) && !tokens[t - d].has(crate::text::segment::POSSESSIVE)).count();
            // (a sentence's first word is no part of it if a list holds it as a common word)
            if left > 0 && doc.opens_sentence(t - left) && lex.listed(doc.key(t - left), lists::COMMON) {
                left -= 1;
            }
            // (a possessive ends the name: "Team Visma's leader")
            let mut right = 0;
            while right < TEAM_SIDE && t + 1 + right < end && part(t + 1 + right) {
                right += 1;
                if tokens[t + right].has(crate::text::segment::POSSESSIVE) {
                    break;
                }
            }
            if left + right == 0 {
                continue;
            }
            let (a, b) = (t - left, t + 1 + right);
            let from = super::shared::ending_after(&out[start..], a) + start;
            let fits = out[from..].iter().take_while(|s| (s.first as usize) < b).all(|s| {
                s.first as usize >= a && s.last as usize <= b && s.ty != EntityType::Misc && !(s.ty == EntityType::Per && s.last - s.first >= 2 && (s.first as usize > t || (s.last as usize) <= t) && lex.listed(doc.key(s.first as usize), lists::GIVEN))
            });
            if fits && joins.last().map_or(true, |j| j.last as usize <= a) {
                // (an event's word last makes an event of it: "World Team Championships")
                let ty = if TEAM_EVENTS.contains(doc.key(b - 1)) { EntityType::Misc } else { EntityType::Org };
                joins.push(Span::cue(a, b, ty));
            }
        }
    }
    super::shared::join(out, start, &joins, super::shared::Overlap::First);
    // "Team" alone opening a sentence before a word in lower case is no name ("Team captain …").
    // (the pass's own spans only, `out[start..]`: the counter is the span's index)
    let mut k = 0;
    out.retain(|s| {
        k += 1;
        let (a, b) = (s.first as usize, s.last as usize);
        k <= start || !(b == a + 1 && team(a) && doc.opens_sentence(a) && b < tokens.len() && super::shared::lower_word(doc, b))
    });
}

/// Words that end an event's name, not a team's: "World Team Championships", "Team Sprint Cup".
const TEAM_EVENTS: WordSet = words![
    "championship", "championships", "cup", "games", "trophy", "series", "tournament", "classic", "open", "challenge",
    "relay", "race", "pursuit", "sprint", "event", "final", "finals", "competition", "trials",
];

/// At most this many capitalised words on either side of "Team" in its name.
const TEAM_SIDE: usize = 3;
