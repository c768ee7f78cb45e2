//! Pathological input: each case must finish with sensible output, never panic or hang. Sizes are
//! moderate here (debug build); `cargo bench --bench stages` times the full-size versions.

use textlens::{analyze, Analysis, EntityType, Options, Report, TaggerKind, MAX_TOKEN_BYTES};

fn run(text: &str) -> Analysis {
    let a = analyze(text, &Options::default()).unwrap();
    // The report (UTF-16 offsets) must be consistent too.
    let r = Report::new(text, &a, 50);
    assert_eq!(r.characters, text.encode_utf16().count());
    a
}

#[test]
fn empty_and_blank() {
    for text in ["", " ", "\n\n\n", "\t\r\n", "\u{0}"] {
        let a = run(text);
        assert!(a.entities.is_empty() && a.terms.is_empty());
        assert_eq!(a.words, 0);
    }
}

#[test]
fn megabytes_without_spaces() {
    // No word is that long: the run is cut into tokens of at most MAX_TOKEN_BYTES (30 full ones
    // and a shorter last one: two distinct terms).
    let text = "a".repeat(2_000_000);
    let a = run(&text);
    assert_eq!((a.words, a.sentences, a.terms.len()), (2_000_000usize.div_ceil(MAX_TOKEN_BYTES), 1, 2));
    assert!(a.terms.iter().all(|t| t.term.len() <= MAX_TOKEN_BYTES));
    let text = "ab,".repeat(300_000);
    let a = run(&text);
    assert_eq!(a.terms[0].term, "ab");
    assert_eq!(a.terms[0].count, 300_000);
}

#[test]
fn one_capitalised_word_repeated() {
    let text = "Nairobi ".repeat(50_000);
    let a = run(&text);
    assert_eq!(a.entities.len(), 1);
    assert_eq!((a.entities[0].name.as_str(), a.entities[0].count()), ("Nairobi", 50_000));
    // An unknown name repeated in prose, no punctuation at all: one sentence, one entity for the
    // rules; the model, the default, reads this made-up word as no name at all.
    let text = "Zyxwv met officials and ".repeat(30_000);
    let a = run(&text);
    assert_eq!((a.sentences, a.tagger), (1, "model"));
    assert!(a.mentions.is_empty() && a.entities.is_empty());
    let rules = Options { tagger: TaggerKind::Rules, ..Options::default() };
    let a = analyze(&text, &rules).unwrap();
    assert_eq!(a.entities.len(), 1);
    assert_eq!((a.entities[0].name.as_str(), a.entities[0].count()), ("Zyxwv", 30_000));
    // A line of nothing but capitalised words reads as a headline: only known names count.
    assert!(run(&"Zyxwv ".repeat(30_000)).entities.is_empty());
}

#[test]
fn many_distinct_names_in_one_sentence() {
    let text: String = (0..10_000).map(|i| format!("Name{i:05} met ")).collect();
    let a = run(&text);
    assert!(!a.entities.is_empty());
    // Bounded pairs per sentence, however many names it holds.
    assert!(a.entity_pairs.len() <= 64 * 63 / 2);
}

#[test]
fn all_caps_text_only_finds_gazetteer_names() {
    let text = "KENYA AND UGANDA SIGN BORDER PACT AFTER TALKS IN NAIROBI\nOFFICIALS SAY TRADE WILL RESUME ON MONDAY";
    let a = run(text);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Kenya", "Uganda", "Nairobi"]);
}

#[test]
fn emoji_rtl_combining_and_control_characters() {
    let text = "👩‍👩‍👧‍👦 Kenya 🇰🇪 — مرحبا بكم في Nairobi. שלום Kenya\u{200F}. Zu\u{308}rich e\u{301}cole. \u{1}\u{7}\u{1b}[0m Uganda\u{0}said.";
    let a = run(text);
    let kenya = a.entities.iter().find(|e| e.name == "Kenya").unwrap();
    assert_eq!(kenya.count(), 2);
    assert!(a.entities.iter().any(|e| e.name == "Nairobi" && e.ty == EntityType::Loc));
    assert!(a.entities.iter().any(|e| e.name == "Uganda"));
}

#[test]
fn a_single_long_line() {
    let sentence = "Foreign Minister Amina Wekesa met Olena Kovalenko in Kyiv and Kovalenko said talks went well. ";
    let text = sentence.repeat(20_000);
    assert!(!text.contains('\n'));
    let a = run(&text);
    assert_eq!(a.sentences, 20_000);
    let kovalenko = a.entities.iter().find(|e| e.name == "Olena Kovalenko").unwrap();
    assert_eq!(kovalenko.count(), 40_000);
}

#[test]
fn max_length_is_a_clear_error() {
    let o = Options { max_length: 10, ..Options::default() };
    let err = analyze("Kenya and Uganda", &o).unwrap_err();
    assert_eq!(err.to_string(), "text is 16 UTF-16 code units long, over the `maxLength` option of 10");
    assert!(analyze("Kenya", &o).is_ok());
}

#[test]
fn a_long_sentence_of_names_after_the_in_a_text_about_a_river() {
    // Each "the X" may be a river (context.rs, rivers): its sentence is read once, not once per
    // candidate in it (this took minutes so, 20,000 names in one sentence).
    let names = invented(20_000);
    let text = format!("The river rose. Officials saw {}.", names.iter().map(|n| format!("the {n}")).collect::<Vec<_>>().join(" and "));
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(!a.entities.is_empty(), "{tagger:?}");
    }
}

/// `n` distinct invented words of letters only, each capitalised.
fn invented(n: u32) -> Vec<String> {
    (0..n).map(|i| format!("Zo{}ba", (0..4).map(|d| (b'a' + (i / 26u32.pow(d) % 26) as u8) as char).collect::<String>())).collect()
}

#[test]
fn thousands_of_languages_each_named_once() {
    // Each name beside a language's cue is a language (context.rs, languages), and so is every
    // span of its words: looked up, not compared with every name found (minutes so at this size).
    let text: String = invented(100_000).iter().map(|n| format!("Many of them speak {n} at home. ")).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(a.entities.iter().any(|e| e.ty == EntityType::Misc), "{tagger:?}");
    }
}

#[test]
fn thousands_of_names_with_the_same_initials() {
    // Alias merging indexes each wording of a name once (alias.rs, Expansions): a name is compared
    // with those worded alike, not with every name of its initials (minutes so at this size).
    let text: String = invented(100_000).iter().map(|n| format!("The {n} Water Board met. ")).collect::<String>() + "The ZWB said.";
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(!a.entities.is_empty(), "{tagger:?}");
    }
}

#[test]
fn thousands_of_long_names_sharing_a_word() {
    // Part of a person's name joins the nearest full name holding it (alias.rs): each wording is
    // looked up once among the spans of the names holding it, not compared with every such name
    // at each mention, and a group's thousands of distinct wordings are kept in a set (seconds
    // so at this size in a release build, 3,000 names of twelve words).
    let names = invented(33_000);
    let text: String = names.chunks(11).map(|c| format!("Mr {} Kovalenko {} said the plan was fine. Kovalenko agreed. ", c[..5].join(" "), c[5..].join(" "))).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        // Each lone "Kovalenko" joins the name just before it: 3,000 people who share a surname
        // are 3,000 entities (alias16; before, every "Kovalenko" was one key and joined them all
        // into one entity of 3,000 wordings).
        let e = a.entities.iter().find(|e| e.aliases.iter().any(|s| s == "Kovalenko")).unwrap();
        assert!(e.ty == EntityType::Per && e.name.contains(" Kovalenko "), "{tagger:?}");
        let people = a.entities.iter().filter(|e| e.ty == EntityType::Per && e.name.contains(" Kovalenko ") && e.aliases == ["Kovalenko"] && e.count() == 2).count();
        assert!(people > 2_900, "{tagger:?}: {people}");
    }
}

#[test]
fn many_distinct_words_alike_in_their_first_bytes() {
    // The maps' hash puts its well-mixed bits where a table reads a slot (hash.rs, MapHasher):
    // 8-byte words differing only after their first two bytes fell in a few dozen slots (seconds
    // so at this size in a release build, and four times as long at twice the size).
    let words = invented(150_000);
    let text = words.join(" ").to_lowercase() + ".";
    let a = run(&text);
    assert_eq!((a.words, a.sentences), (150_000, 1));
}

#[test]
fn thousands_of_kwic_queries() {
    // A token reads only the queries that begin with its word (kwic.rs, find), not every query
    // (2,000 queries over 1 MB took 15 s in a release build, 41 s over 2 MB).
    let names = invented(20_000);
    let text: String = names.iter().map(|n| format!("Lawyers at {n} said so. ")).collect();
    let queries: Vec<String> = names[..2_000].iter().map(|n| format!("{n} said")).chain(["lawyers".to_string()]).collect();
    let lines = textlens::Analyzer::new(Options::default()).unwrap().kwic(&text, &queries, 20, 0);
    assert_eq!(lines.len(), 22_000);
    assert_eq!(lines[1].matched, "Zoaaaaba said");
}

/// The mentions of `a` in text order, none over another.
fn assert_no_overlap(a: &Analysis, what: &str) {
    let mut spans: Vec<(usize, usize)> = a.mentions.iter().map(|m| (m.start, m.end)).collect();
    spans.sort();
    assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "{what}: overlapping mentions");
}

#[test]
fn the_news_and_team_passes_on_thousands_of_names() {
    // The passes of session 14 (news.rs, teams.rs, ministries.rs), each on a text made of what it
    // reads: names over ampersands in one chain and three at a time (two joins that meet: one
    // name, not two over the same word), results in a text about a match, ministries listing
    // their remits, institutions "for the" something "and the" something.
    let names = invented(6_000);
    let chain = format!("Lawyers at {} said so.", names.join(" & "));
    let threes: String = names.chunks(3).map(|c| format!("Officials met {} in the morning. ", c.join(" & "))).collect();
    let sport = "The coach said the match and the season mattered. ".to_string()
        + &names.chunks(2).map(|c| format!("{} beat {}. {} Stars drew with {}/{}. ", c[0], c[1], c[0], c[1], c[0])).collect::<String>();
    let remits: String = names.chunks(3).map(|c| format!("The Ministry of {}, {} and {} said so. ", c[0], c[1], c[2])).collect();
    let for_the: String = names.chunks(3).map(|c| format!("The Office for the {} and the {} of {} said so. ", c[0], c[1], c[2])).collect();
    for (what, text) in [("chain", &chain), ("threes", &threes), ("sport", &sport), ("remits", &remits), ("for the", &for_the)] {
        for tagger in [TaggerKind::Model, TaggerKind::Rules] {
            let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
            assert!(!a.entities.is_empty(), "{what} {tagger:?}");
            assert_no_overlap(&a, &format!("{what} {tagger:?}"));
        }
    }
}

#[test]
fn a_results_table_of_thousands_of_lines() {
    // Each team's name is looked up among the spans by a binary search (results.rs), not compared
    // with every span found (seconds so at this size in a release build, minutes in a debug one),
    // and so is each span among the clubs that may cover it.
    let names = invented(40_000);
    let scores: String = names.chunks(2).enumerate().map(|(i, c)| format!("{} {} {} United {}\n", c[0], i % 5, c[1], i % 3)).collect();
    let fixtures: String = "Zokalo 3 Zomarsa 1\nZostra 2 Zovik 2\n".to_string() + &names.chunks(2).map(|c| format!("{} v {}\n", c[0], c[1])).collect::<String>();
    for (what, text) in [("scores", &scores), ("fixtures", &fixtures)] {
        for tagger in [TaggerKind::Model, TaggerKind::Rules] {
            let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
            // (the rules find no club in a table whose every line names "… United", and read
            // "Zoaaaaba v Zobaaaba" lines as persons over the line ends: left open)
            if tagger == TaggerKind::Model {
                assert!(a.entities.iter().filter(|e| e.ty == EntityType::Org).count() > 1_000, "{what} {tagger:?}");
            }
            assert_no_overlap(&a, &format!("{what} {tagger:?}"));
        }
    }
}

#[test]
fn one_town_of_two_words_named_thousands_of_times() {
    // The two words after "from" are a town (news.rs, town_pairs): each pair and each word looked
    // up in sorted lists, not compared with every span (and every other pair) found.
    let text = "The crowd drove from Kosa Lenda on Monday. ".repeat(30_000);
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(a.entities.iter().any(|e| e.name == "Kosa Lenda" && e.ty == EntityType::Loc), "{tagger:?}");
    }
}

#[test]
fn a_place_with_the_written_thousands_of_times_inside_sentences() {
    // Each "The Hague" inside a sentence is one place the text writes with "The" (articles.rs):
    // kept once, not once a mention and then scanned for every span (4.4 s on 2 MB of this with
    // the rules before, in a release build).
    let text = "The Kavolo said it. Officials in The Hague met. ".repeat(25_000);
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(a.entities.iter().any(|e| e.name == "The Hague" && e.ty == EntityType::Loc), "{tagger:?}");
        assert_no_overlap(&a, &format!("{tagger:?}"));
    }
}

#[test]
fn thousands_of_organisations_after_their_kind_or_spokesperson() {
    // Each span is looked up among the joined names (appositions.rs), and each person among the
    // joins, not compared with every one (3 s on 2 MB of this before, in a release build).
    let names = invented(20_000);
    let text: String = names
        .chunks(4)
        .map(|c| format!("The environmental group {} {} said so, and {} {} agreed. A spokesperson for {} {} said no. ", c[0], c[1], c[2], c[3], c[2], c[0]))
        .collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(a.entities.iter().filter(|e| e.ty == EntityType::Org).count() > 1_000, "{tagger:?}");
        assert_no_overlap(&a, &format!("{tagger:?}"));
    }
}

#[test]
fn thousands_of_plural_sentence_openers_each_another() {
    // Each "Xs were halted" opening a sentence, "the x" written in lower case, is no name
    // (plain.rs, plural_openers): each singular looked up among the keys written in lower case,
    // not searched for among every key (40,000 of these, 1.9 MB: 5.37 s with the rules and 2.36 s
    // with the model before, 0.51 / 0.44 s after, CLI release build).
    let names = invented(40_000);
    let text: String = names.iter().map(|n| format!("{n}s were halted near the {} depot. ", n.to_lowercase())).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(a.entities.is_empty(), "{tagger:?}: {:?}", a.entities.first().map(|e| &e.name));
    }
}

#[test]
fn thousands_of_hyphenated_places_each_another() {
    // Each part of "Xa-Yb" is looked up among the places the entities name (hyphens.rs), not
    // compared with every entity: 10,000 towns, each named alone and then joined to the next.
    let names = invented(10_000);
    let text: String = names.windows(2).map(|w| format!("Buses left {a} at dawn. The {a}-{b} road was shut. ", a = w[0], b = w[1])).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert_no_overlap(&a, &format!("{tagger:?}"));
    }
}

/// Thousands of people sharing one surname, each named in full once and then by the surname:
/// each lone surname joins the nearest name before it (alias16), in time linear in the text.
#[test]
fn thousands_of_people_sharing_a_surname() {
    let text: String = (0..3000).map(|k| format!("Amina{k:x} Wekesa met traders. Wekesa said prices fell. ")).collect();
    let a = run(&text);
    // No person takes another's full name as an alias (before alias16, every "AminaN Wekesa"
    // the tagger read as a person was one entity through the lone "Wekesa").
    for e in a.entities.iter().filter(|e| e.ty == EntityType::Per) {
        assert!(e.aliases.iter().all(|alias| !alias.contains(' ')), "{}: {:?}", e.name, &e.aliases[..e.aliases.len().min(4)]);
    }
}

/// Thousands of acronyms "known by its initials" with no name to join: each looks back at most 64
/// names (alias16), not at every name before it.
#[test]
fn thousands_of_acronyms_known_by_their_initials() {
    let text: String = (0..5000).map(|k| format!("The Kalobo Water Board{k} met. The group, known by its local initials KW{}, said no. ", (b'A' + (k % 26) as u8) as char)).collect();
    let a = run(&text);
    // The first board's own initials still join it.
    assert!(a.entities.iter().any(|e| e.name.starts_with("Kalobo Water Board") && e.aliases.iter().any(|x| x == "KWB")));
}

/// A text about sport that ends in a one-word name and "and" (review18: the role test of teams.rs,
/// "the former Kalobo and Marsa skipper", read the token past the text's end and panicked).
#[test]
fn a_sport_text_ending_in_a_name_and_and() {
    for text in ["The coach praised the striker after the match. Fans of Kalobo and", "The coach praised the striker after the match, Kalobo and"] {
        for tagger in [TaggerKind::Model, TaggerKind::Rules] {
            let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
            assert!(a.mentions.iter().all(|m| m.end <= text.len()));
        }
    }
}

/// A text opening with ", known by its initials KEC" (review18: alias.rs read the word before the
/// comma, at index -1, and panicked).
#[test]
fn a_text_opening_with_known_by_its_initials() {
    for text in [", known by its initials KEC, raised prices.", ", known as its initials KEC."] {
        for tagger in [TaggerKind::Model, TaggerKind::Rules] {
            let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
            assert!(a.mentions.iter().all(|m| m.end <= text.len()));
        }
    }
}

/// Thousands of people each after a noun of their people ("Welshman Gareth Jones"): each noun is
/// split off as MISC (kinds::demonym_nouns) in time linear in the text (review19: a `Vec::insert`
/// per name moved every later span, 80 % of a 2 MB text's time in memmove).
#[test]
fn thousands_of_people_after_a_demonym_noun() {
    let text: String = (0..3000).map(|k| format!("The Welshman Gareth{k:x} Jones met the people. ")).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert_no_overlap(&a, &format!("{tagger:?}"));
    }
    // (the rule tagger reads each a person; the model, on this repeated invented text, reads some
    // an organisation, which the pass leaves whole)
    let a = analyze(&text, &Options { tagger: TaggerKind::Rules, ..Options::default() }).unwrap();
    assert!(a.entities.iter().all(|e| !e.name.starts_with("Welshman ")));
}

#[test]
fn thousands_of_companies_and_rivers_named_by_their_first_words() {
    // A company's first words join its name with a legal form, and "the X" a river or venue "X
    // River" (alias17): each looks up its words among at most four names a word (alias.rs,
    // by_end) or in a map, never every such name (thousands share "Norvik" and "Transport" here).
    let names = invented(20_000);
    let text: String = names
        .chunks(2)
        .map(|c| format!("Norvik {0} Transport Ltd and PT {0} Jaya Abadi met. {0} Jaya said so, and Norvik agreed. The {1} River rose, and the {1} fell near the {1} Stadium. ", c[0], c[1]))
        .collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(!a.entities.is_empty(), "{tagger:?}");
    }
}

#[test]
fn thousands_of_peoples_after_ethnic() {
    // Each word after "ethnic" that no tagger read becomes a span (peoples.rs, `unread`): the cues
    // and the spans are walked together, not every span read per cue (at 80,000 cues and 160,000
    // names, 6.6 s so in a release build, 1.7 s walked).
    let names = invented(60_000);
    let text: String = names.chunks(3).map(|c| format!("Amina {} met ethnic {} leaders in {} on Monday. ", c[0], c[1], c[2])).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(a.entities.iter().any(|e| e.ty == EntityType::Misc && e.name == names[1]), "{tagger:?}");
    }
}

/// The passes of sessions 19 and 20 (roles, listed_places, articled, given_places, legislatures,
/// connectors::field_pairs, kinds' place before a company, whereabouts' "and other towns",
/// alias.rs's ", known as", normalize's "-listed"; session 21's storms, military units, portfolios, sites and exchanges) at the text's edges (review21): every prefix
/// and every suffix of sentences made of their cues, cut at every character, so that each cue
/// stands as the text's first and last token, followed by nothing, by one token, and by curly
/// quotes, accents, CJK and emoji. A wrong bound panics here; every mention stays inside the text
/// and on its characters' boundaries.
#[test]
fn the_newest_passes_cut_at_every_character() {
    let sentences = [
        "Mira Tallon, a marine biologist at the institute, said “yes”.",
        "Jannik, a 29-year-old technician, said so. Tallon, an economist 日本",
        "Fishermen from Kallang Tor, Mui Bac and Da Nang say so; in Nairobi and Wanjiku Kamau said 😀",
        "Residents of Keswick, Oru and Lam Dinh, Éza, Ümit or Nairobi",
        "Shares fell on the Borsa Valletta before the Guardia Rural said, the Kessler Group",
        "Santiago Ferreyra Lugo of the team met Florence Wanjiru, a nurse; Victoria Okafor",
        "The Althing, the island’s parliament, met the Sejm, Poland's lower house, and Maneaba ni Maungatabu, the islands' parliament",
        "The International Ski and Snowboard Federation, known as FIS, met; the Zeeland Staal Groep N.V. and Nordland Fisk Holdings",
        "In Kasoma, Ruvenda and other villages; Mumbai-listed firms, Zürich-listed, 東京-listed, -listed, É-listed",
        "Bárður á Steig and Jenis av Rana met Ólavur í Gøtu, known as 🎉",
        ", a , an , known as , the , and other towns",
        "Officials said that Severe Tropical Cyclone Ndira met with Storm Ciarán over the sea, after the rains of Cyclone Idai, as forecasters in the region said Idai and Hurricane É would be the last of the season 😀",
        "The army's 3rd Division, the 47th Mechanised Brigade and the Sixth Fleet met the 101st Airborne Division; 3rd Army 1st",
        "Energy and Mines Minister Gloria Huamán met Gazprom and Energy Minister Novak and Trade and Minister",
        "Gas from the Camisea field and the Simandou deposit; Camisea field",
        "Shares rose on the Oslo Børs and the Bolsa de Valores de Lima; Borsa Istanbul and the Bourse de",
        "Roses sold before Valentine’s Day, Mother's Day and St Patrick's Day; Presidents' Day, 's Day, É's Day",
        "A Chinese-backed dam, the Serb-run enclave, French-speaking voters, a UN-authorised force and Iran\u{2011}backed groups; É-led, Zürich-run, 東京-backed, -led",
        "The Nile Basin Initiative met the United States Geological Survey and Peru's National Water Authority; Kenyans, Kenyan É Union",
        "Rain pushed the Revué and Mussapa rivers, the Lucite riverbed and Mussapa, river; the É and",
        "Prices rose, said Santa Cruz Mendez, director of the dairy; Nairobi, head of, Lamu É, manager",
        "Comboios de Portugal and Infraestruturas de Portugal met Ferrocarriles de Costa Rica; de Kenya, É de",
    ];
    for sentence in sentences {
        let cuts: Vec<usize> = sentence.char_indices().map(|(i, _)| i).chain([sentence.len()]).collect();
        for &cut in &cuts {
            for text in [&sentence[..cut], &sentence[cut..]] {
                for tagger in [TaggerKind::Model, TaggerKind::Rules] {
                    let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
                    for m in &a.mentions {
                        assert!(m.start < m.end && m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{tagger:?}: {text:?}");
                    }
                    assert_no_overlap(&a, &format!("{tagger:?}: {text:?}"));
                    // (the whole sentence is read: its names are found)
                    assert!(text.len() < sentence.len() || sentence.starts_with(',') || !a.mentions.is_empty(), "{tagger:?}: {text:?}");
                }
            }
        }
    }
}

/// Thousands of organisations of a word, a particle and a word ("Zoaaaaba de Zobaaaba"), and one
/// person of a particle and a surname: each organisation's last two words are looked up among the
/// persons' (particles.rs, `given_before`), not compared with every span (review21: 40,000 such
/// organisations took 3.3 s so in a release build, 80,000 6.5 s; 0.4 and 1.0 s looked up).
#[test]
fn thousands_of_organisations_with_a_particle_inside() {
    let names = invented(40_000);
    let text = "De Grandpré said so. Shares of Zoaaaaba de Grandpré rose. ".to_string() + &names.chunks(2).map(|c| format!("Shares of {} de {} rose. ", c[0], c[1])).collect::<String>();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert_no_overlap(&a, &format!("{tagger:?}"));
    }
    // (the rule tagger reads the two-word name a person's, and so the three-word one too)
    let a = analyze(&text, &Options { tagger: TaggerKind::Rules, ..Options::default() }).unwrap();
    assert!(a.entities.iter().any(|e| e.name == "Zoaaaaba de Grandpré" && e.ty == EntityType::Per));
    assert!(a.entities.iter().any(|e| e.name == format!("{} de {}", names[2], names[3]) && e.ty == EntityType::Org));
}

/// Thousands of laws named over "and" ("The X and Y Act"): each joins the spans inside it into
/// one name, those it takes in marked and dropped in one pass at the end (kinds.rs, `law_joins`;
/// review21: drained from the list at each law, 80,000 laws took 3.2 s so in a release build,
/// 0.7 s marked).
#[test]
fn thousands_of_laws_named_over_and() {
    let names = invented(40_000);
    let text: String = names.chunks(2).map(|c| format!("The {} and {} Act passed. ", c[0], c[1])).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert_no_overlap(&a, &format!("{tagger:?}"));
        let law = format!("{} and {} Act", names[0], names[1]);
        assert!(a.entities.iter().any(|e| e.name == law && e.ty == EntityType::Misc), "{tagger:?}");
    }
}

/// Thousands of numbered units and thousands of named storms, each of its own name (session 21:
/// military.rs and storms.rs): each unit's span is looked up, not sought among all spans, and
/// each storm's name alone is looked up among the storms' names.
#[test]
fn thousands_of_numbered_units_and_named_storms() {
    let names = invented(40_000);
    let text: String = names
        .chunks(2)
        .enumerate()
        .map(|(i, c)| format!("The {}th {} Brigade met Cyclone {} near {}. ", i % 900 + 4, c[0], c[1], c[0]))
        .collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert!(a.entities.iter().any(|e| e.ty == EntityType::Org && e.name.ends_with(" Brigade")), "{tagger:?}");
        assert!(a.entities.iter().any(|e| e.ty == EntityType::Misc && e.name.starts_with("Cyclone ")), "{tagger:?}");
    }
}

#[test]
fn thousands_of_organisation_pairs_over_and() {
    // Each "University of Ghana and X University" splits in two (org_pairs.rs); the spans are
    // rebuilt once, not shifted by one insertion per pair (30,000 pairs, 2.5 MB: 0.78 s before,
    // 0.50 s after, CLI release build, model).
    let names = invented(20_000);
    let text: String = names.iter().map(|n| format!("The grant went to the University of Ghana and {n} University, officials said. ")).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        let orgs = a.entities.iter().filter(|e| e.ty == EntityType::Org).count();
        assert!(orgs > 10_000, "{tagger:?}: {orgs} organisations");
        assert!(a.entities.iter().any(|e| e.name == "University of Ghana"), "{tagger:?}");
        assert_no_overlap(&a, &format!("{tagger:?}"));
    }
}

/// Thousands of organisations holding a place before their kind, each another (session 22:
/// held_places.rs): each span ending in a kind's word looks up the places inside it or the span
/// just before it, no other span; and a possessive place keeps out of the name.
#[test]
fn thousands_of_organisations_holding_a_place() {
    let names = invented(40_000);
    let text: String = names
        .chunks(2)
        .map(|c| format!("The Kenya {} {} Federation met the United States {} Survey and Peru's {} Authority. ", c[0], c[1], c[0], c[1]))
        .collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert_no_overlap(&a, &format!("{tagger:?}"));
        let federation = format!("Kenya {} {} Federation", names[0], names[1]);
        assert!(a.entities.iter().any(|e| e.name == federation && e.ty == EntityType::Org), "{tagger:?}");
        assert!(!a.entities.iter().any(|e| e.name.starts_with("Peru's")), "{tagger:?}");
    }
}

/// Thousands of rivers named before "rivers" and "river", each another (session 22: context.rs,
/// rivers): each span reads the word after it and the span after it only.
#[test]
fn thousands_of_names_listed_before_rivers() {
    let names = invented(40_000);
    let text: String = names.chunks(2).map(|c| format!("Floods hit the {} and {} rivers. The {} river rose. ", c[0], c[1], c[0])).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert_no_overlap(&a, &format!("{tagger:?}"));
        // (nearly every name a river: a few the model reads as no name or another's)
        assert!(a.entities.iter().filter(|e| e.ty == EntityType::Loc).count() > 35_000, "{tagger:?}");
    }
}

/// Thousands of companies named by a word, "de" and a country, each another (session 22:
/// country_firms.rs): each span looks up the country it ends in, no other span.
#[test]
fn thousands_of_companies_named_with_de_and_a_country() {
    let names = invented(40_000);
    let text: String = names.iter().map(|n| format!("Shares of {n} de Portugal rose. ")).collect();
    for tagger in [TaggerKind::Model, TaggerKind::Rules] {
        let a = analyze(&text, &Options { tagger, ..Options::default() }).unwrap();
        assert_no_overlap(&a, &format!("{tagger:?}"));
    }
}
