use super::*;

#[test]
fn name_words_are_lower_cased_as_std_does() {
    // `norm` and `name_words` use the crate's Latin lower case rather than std's. It is the
    // same on the names, and on any word that could equal one of them: the names' letters
    // are Latin, and where the Latin mapping leaves a character that std changes, std's
    // result has a letter that is not Latin.
    use crate::text::{is_latin, push_lower};
    let in_names = |c: char| is_latin(c) || !c.is_alphabetic();
    for w in name_words() {
        assert!(w.chars().all(in_names), "{w}");
    }
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let mut ours = String::new();
        push_lower(&mut ours, c);
        let by_std: String = c.to_lowercase().collect();
        let neither = !by_std.chars().all(in_names) && !ours.chars().all(in_names);
        assert!(ours == by_std || neither, "{c:?}");
    }
    let mut by_std = HashSet::new();
    let names = gazetteer::states()
        .iter()
        .flat_map(|s| [&s.name, &s.formal].into_iter().chain(&s.aliases))
        .chain(gazetteer::organizations().iter().flat_map(|o| {
            std::iter::once(&o.name)
                .chain(&o.aliases)
                .chain(o.acronym.as_ref())
        }))
        .chain(
            gazetteer::organs()
                .iter()
                .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases)),
        );
    for n in names {
        for w in n.split([' ', ',', '(', ')']).filter(|w| !w.is_empty()) {
            by_std.insert(fold_apostrophe(w.to_lowercase()));
        }
    }
    for h in HEADING_WORDS {
        by_std.remove(*h);
    }
    assert_eq!(&by_std, name_words());
    for w in ROLE_WORDS.iter().chain(HEADING_WORDS).chain(JOINERS) {
        assert!(w.chars().all(in_names), "{w}");
    }
    assert_eq!(norm("(KELVIN)"), "kelvin");
    assert_eq!(norm("\u{212a}enya"), "kenya");
}

fn run(t: &str) -> (Vec<Signature>, String) {
    let mut d = Diagnostics::default();
    let (s, e) = parse_blocks(t, 0, t.len(), &[], &mut d);
    (s, t[e..].to_string())
}

#[test]
fn seed_signature_then_statement() {
    let (s, rest) = run("(Signed) Vitaly Churkin Statement of the Ministers for Foreign Affairs");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].name, "Vitaly Churkin");
    assert_eq!(s[0].title, None);
    assert!(rest.starts_with("Statement of"));
}

#[test]
fn five_blocks() {
    let (s, rest) = run("(Signed) QIN Huasun Permanent Representative of China to the United Nations (Signed) Alain DEJAMMET Permanent Representative of France to the United Nations (Signed) Bill RICHARDSON Permanent Representative of the United States of America to the United Nations Annex Statement");
    let names: Vec<_> = s.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["QIN Huasun", "Alain DEJAMMET", "Bill RICHARDSON"]);
    assert_eq!(s[2].state.as_ref().map(|x| x.code.as_str()), Some("USA"));
    assert!(rest.starts_with("Annex"));
}

#[test]
fn glued_and_spaced_marks() {
    let (s, _) = run("(Signed)Gunter Pleuger Permanent Representative of Germany");
    assert_eq!(s[0].name, "Gunter Pleuger");
    assert_eq!(
        s[0].title.as_deref(),
        Some("Permanent Representative of Germany")
    );
    let (s, _) = run("(Signed ) Moctar Ouane Ambassador Extraordinary and Plenipotentiary Permanent Representative of the Republic of Mali to the United Nations");
    assert_eq!(s[0].name, "Moctar Ouane");
    assert_eq!(s[0].state.as_ref().map(|x| x.code.as_str()), Some("MLI"));
}

#[test]
fn lowercase_continuation_stays_in_title() {
    let (s, rest) = run("(Signed) Andre ERNEMANN Permanent Representative of Belgium, current President of the Council of the European Communities");
    assert_eq!(s[0].name, "Andre ERNEMANN");
    assert!(s[0]
        .title
        .as_deref()
        .unwrap_or("")
        .ends_with("European Communities"));
    assert_eq!(rest, "");
}

#[test]
fn surnames_that_look_like_roles() {
    let (s, _) = run("(Signed) Inga Rhonda King Permanent Representative");
    assert_eq!(s[0].name, "Inga Rhonda King");
    assert_eq!(s[0].title.as_deref(), Some("Permanent Representative"));
}

#[test]
fn offices_named_freely() {
    let (s, rest) = run("(Signed) Khiphusizi J. JELE Ambassador and Permanent Representative Personal Representative of the current Chairman of the Southern African Development Community");
    assert_eq!(s[0].title.as_deref(), Some("Ambassador and Permanent Representative Personal Representative of the current Chairman of the Southern African Development Community"));
    assert!(rest.is_empty());
    let (s, _) = run("(Signed) Jorge Voto-Bernales Chairman Working Group established pursuant to resolution 1566 (2004)");
    assert!(s[0]
        .title
        .as_deref()
        .unwrap()
        .starts_with("Chairman Working Group established"));
}

#[test]
fn marks_one_letter_off() {
    for t in [
        "(Sjgned) Draqnmir DJOKIC Ambassador",
        "(Siqned) Draqnmir DJOKIC Ambassador",
    ] {
        let (s, _) = run(t);
        assert_eq!(s[0].name, "Draqnmir DJOKIC", "{t}");
    }
    assert_eq!(find_signed("the (aligned) text (Sjgned) A", 0), Some(19));
    assert_eq!(find_signed("(Signal) x", 0), None);
}

#[test]
fn marks_as_printed() {
    for t in [
        "( Signed) Fayssal Mekdad Permanent Representative",
        "[Signed] Fayssal Mekdad Permanent Representative",
        "(Signed ): Fayssal Mekdad Permanent Representative",
    ] {
        let (s, _) = run(t);
        assert_eq!(s[0].name, "Fayssal Mekdad", "{t}");
    }
    // Glued to the title before it, a whole mark still starts a block; a word never holds one.
    let (s, _) = run("(Signed) Emilia CASTRO Ambassador Chargé d'affaires a.i.(Signed) Fernando ANDRADE Ambassador");
    let names: Vec<_> = s.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Emilia CASTRO", "Fernando ANDRADE"]);
    assert_eq!(find_signed("undersigned) x", 0), None);
    assert_eq!(find_signed("the [signed agreement]", 0), None);
}

#[test]
fn a_comma_ends_a_name_of_two_words_or_more() {
    let (s, _) = run("(Signed) W. E. Riley, Major General, USMC");
    assert_eq!(s[0].name, "W. E. Riley");
    let (s, _) = run("(Signed) David SAMUDIO, Jr. Permanent Representative");
    assert_eq!(s[0].name, "David SAMUDIO, Jr.");
}

#[test]
fn interleaved_columns() {
    let (s, rest) = run("(Signed) S. LAVROV (Signed) WANG Xuexian Ambassador Ambassador Permanent Representative Acting Permanent Representative of the Russian Federation of the People's Republic of to the United Nations China to the United Nations Russian-Chinese Joint Declaration");
    let names: Vec<_> = s.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["S. LAVROV", "WANG Xuexian"]);
    assert!(rest.starts_with("Russian-Chinese"));
    let codes: Vec<_> = s
        .iter()
        .map(|x| x.state.as_ref().unwrap().code.as_str())
        .collect();
    assert_eq!(codes, ["RUS", "CHN"]);
    // Two runs of two columns, then one block alone.
    let (s, _) = run("(Signed) QIN Huasun (Signed) Alain DEJAMMET Permanent Representative of Permanent Representative of China to the United Nations France to the United Nations (Signed) Sergei V. LAVROV (Signed) John WESTON Permanent Representative of Permanent Representative of the Russian Federation to the United Kingdom of Great the United Nations Britain and Northern Ireland to the United Nations (Signed) Madeleine K. ALBRIGHT Permanent Representative of the United States of America to the United Nations");
    let codes: Vec<_> = s
        .iter()
        .map(|x| x.state.as_ref().map(|s| s.code.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            Some("CHN"),
            Some("FRA"),
            Some("RUS"),
            Some("GBR"),
            Some("USA")
        ]
    );
    // A scan's stray quote before a State's name keeps the title going.
    let (s, _) = run("(Signed) David SAMUDIO, Jr. (Signed) Carlos ALZAMORA Permanent Representative Permanent Representative of 'Panama of Peru");
    let codes: Vec<_> = s
        .iter()
        .map(|x| x.state.as_ref().map(|s| s.code.as_str()))
        .collect();
    assert_eq!(codes, [Some("PAN"), Some("PER")]);
    // A merged title that names fewer States than the run has signers gives none.
    let (s, _) = run("(Signed) A Bcd (Signed) E Fgh Ambassador Ambassador Permanent Representative Permanent Representative");
    assert!(s.iter().all(|x| x.state.is_none()));
}

#[test]
fn a_page_break_ends_a_block_before_the_next_pages_annex() {
    let t = "(Signed) Pedro Afonso President of the Security Council Terms of reference of the mission 1. The Council";
    let b = t.find("Terms").unwrap();
    let mut d = Diagnostics::default();
    let (s, e) = parse_blocks(t, 0, t.len(), &[b], &mut d);
    assert_eq!(
        s[0].title.as_deref(),
        Some("President of the Security Council")
    );
    assert_eq!(e, b);
    // A title that goes on over the page: a lowercase or title word after the break.
    let t = "(Signed) Ib Hansen Chargé d'affaires a.i. Permanent Mission of Denmark to the United Nations";
    let b = t.find("d'affaires").unwrap();
    let (s, _) = parse_blocks(t, 0, t.len(), &[b], &mut d);
    assert!(s[0]
        .title
        .as_deref()
        .unwrap()
        .ends_with("Denmark to the United Nations"));
}

#[test]
fn a_colon_after_the_mark_and_a_rank_before_the_name() {
    let t = "(Signed): Li Baodong Permanent Representative of China (Signed) Ambassador Hisham Badr Permanent Representative of Egypt";
    let mut d = Diagnostics::default();
    let (s, _) = parse_blocks(t, 0, t.len(), &[], &mut d);
    let names: Vec<&str> = s.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Li Baodong", "Hisham Badr"]);
    // A name of two words after the rank keeps both.
    let t = "(Signed) Ambassador Smith Permanent Representative";
    let (s, _) = parse_blocks(t, 0, t.len(), &[], &mut d);
    assert_eq!(s[0].name, "Ambassador Smith");
}

#[test]
fn a_particle_joined_by_a_hyphen_is_part_of_the_name() {
    let d = crate::parse("Letter dated 5 September 2006 from the Minister for Foreign Affairs of Jordan addressed to the Secretary-General I write. (Signed) Abdelelah M. al-Khatib Enclosure Biographical note").unwrap();
    assert_eq!(d.signatures[0].name, "Abdelelah M. al-Khatib");
}

#[test]
fn a_panel_member_signs_as_expert() {
    let d = crate::parse("Letter dated 16 June 2003 from the Chairman of the Monitoring Group addressed to the Chairman of the Committee I write. (Signed) Michael Chandler Chairman (Signed) Hasan Abaza Expert member (Signed) Philippe Graver Expert member").unwrap();
    let names: Vec<&str> = d.signatures.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["Michael Chandler", "Hasan Abaza", "Philippe Graver"]
    );
}

#[test]
fn an_annual_report_after_the_signature_is_not_the_signers() {
    let d = crate::parse("Letter dated 20 July 2009 from the Permanent Representative of Mexico to the United Nations addressed to the President of the Security Council I enclose the report. (Signed) Claude Heller Annual report on the activities of the Working Group (1 July 2008 to 30 June 2009) 1. The Working Group met.").unwrap();
    assert_eq!(d.signatures[0].name, "Claude Heller");
}

#[test]
fn a_paragraph_after_a_signature_is_not_its_title() {
    let t = format!(
        "(Signed) Rachid FAKHOURY Permanent Representative Urgent telegram from the Lebanese Government addressed to the Council {}",
        "and the Government decided to draw the attention of the Council to the need for reaffirmation of its resolution ".repeat(3)
    );
    let (s, rest) = run(&t);
    assert!(
        s[0].title
            .as_deref()
            .is_some_and(|x| x.split(' ').count() < 6),
        "{:?}",
        s[0].title
    );
    assert!(rest.contains("telegram from the Lebanese Government"));
}

#[test]
fn a_role_word_a_scan_damaged_ends_the_name() {
    let (s, _) = run("(Signed) R. SISILO Chargi d'Affaires a. i.");
    assert_eq!(s[0].name, "R. SISILO");
    let (s, _) = run("(Signed) Charles FLORES Ambassador");
    assert_eq!(s[0].name, "Charles FLORES");
}

#[test]
fn a_full_stop_closes_the_title_before_a_heading() {
    let (s, rest) = run("(Signed) W. E. Riley, Major General, USMC, Chief of Staff. REPORT ON THE STATUS OF THE OPERATIONS");
    assert_eq!(
        s[0].title.as_deref(),
        Some("Major General, USMC, Chief of Staff.")
    );
    assert!(rest.starts_with("REPORT"));
}

#[test]
fn a_role_word_cut_short_or_scanned_ends_the_name() {
    // The abbreviation at the end of a letter as sent, and a truncation the conversion left.
    let (s, _) = run("(Signed) Ron Prosor Amb");
    assert_eq!(s[0].name, "Ron Prosor");
    let (s, _) = run("(Signed) Nguyen Trac Ba Charg daffaires a.i.");
    assert_eq!(s[0].name, "Nguyen Trac Ba");
    let (s, _) = run("(Signed) Ron Prosor Amb. Permanent Representative");
    assert_eq!(s[0].name, "Ron Prosor");
    // "Ambassador" as a scan left it, three letters off.
    let (s, _) = run("(Sjgned) Draqnmir DJOKIC AIRJ:)ass.ador Charqe d 4 affaire~ a.i.");
    assert_eq!(s[0].name, "Draqnmir DJOKIC");
    // A name that begins like a role word stays whole when more of the name follows.
    let (s, _) = run("(Signed) Kim Min Jung Permanent Representative");
    assert_eq!(s[0].name, "Kim Min Jung");
    let (s, _) = run("(Signed) Presley Perm Ambassador");
    assert_eq!(s[0].name, "Presley");
}

#[test]
fn particles_in_a_row_and_a_sentence_after_the_name() {
    let (s, _) = run("(Signed) Dirk Jan van den Berg Permanent Representative of the Netherlands");
    assert_eq!(s[0].name, "Dirk Jan van den Berg");
    let (s, _) = run("(signed) Jeremy Greenstock This work is excerpted from an official document");
    assert_eq!(s[0].name, "Jeremy Greenstock");
}

#[test]
fn an_adjective_before_a_text_noun_begins_a_heading() {
    let (s, rest) =
        run("(Signed) Rachid FAKHOURY Permanent Representative Urgent telegram from the Lebanese Government addressed to the President");
    assert_eq!(s[0].title.as_deref(), Some("Permanent Representative"));
    assert!(rest.starts_with("Urgent telegram"));
    let (s, _) =
        run("(Signed) Andre Kapanga Permanent Representative Explanatory memorandum The draft");
    assert_eq!(s[0].title.as_deref(), Some("Permanent Representative"));
}
