//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 16, acc14: read on `tests/fixtures/dev8`).

mod common;
use common::{entities, has, BOTH};

/// An arena is a place, named after a person or not ("on Dora Vell Arena"); a person's surname
/// "Arena" stays a person's where no preposition of place comes before the name.
#[test]
fn an_arena_named_after_a_person() {
    let text = "Kovalenko won 6-3, 6-4 on Dora Vell Arena before a late match on Peter Marsh Arena. \
The final will be played at Ostrava Arena. Coach Teodor Arena said the roof would stay shut.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Dora Vell Arena", "Peter Marsh Arena", "Ostrava Arena"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "Teodor Arena", "LOC"), "{tagger:?}: {found:?}");
    }
}
