//! Senders: roles, States, names a title cut, one test per form.
use super::super::title::find;

#[test]
fn a_role_no_list_knows_runs_into_one_it_knows() {
    let s = super::sender_of("the Deputy Prime Minister and Minister for Foreign Affairs of Egypt");
    assert_eq!(
        s.role.as_deref(),
        Some("Deputy Prime Minister and Minister for Foreign Affairs")
    );
    assert_eq!(s.states[0].code, "EGY");
}

#[test]
fn the_interim_mark_however_printed() {
    for seg in [
        "the Chargé d\u{2019}Affaires a.i of the Permanent Mission of Chile",
        "THE CHARGE D'AFFAIRS AD INTERIM OF THE PERMANENT MISSION OF CUBA",
        "the Chargé d'affaires, a.i., of Chile",
        "Charge d\u{2019}affaires, a.i. of the Permanent Observer Mission of Palestine",
    ] {
        assert_eq!(
            super::sender_of(seg).role.as_deref(),
            Some("Chargé d'affaires a.i."),
            "{seg}"
        );
    }
    assert_eq!(
        super::sender_of("the Chargé d'affaires of Chile")
            .role
            .as_deref(),
        Some("Chargé d'affaires")
    );
}

#[test]
fn a_damaged_title_needs_a_role() {
    assert!(super::opens_on_a_role(
        "the PERMAHEHT REPRESENTATIVE OF ANOOLA"
    ));
    assert!(!super::opens_on_a_role(
        "repeated acts of aggression by South Africa"
    ));
}

#[test]
fn a_name_cut_out_is_completed_only_when_one_state_fits() {
    let code = |seg| super::completed_name(seg, |_| false).map(|s| s.0.code);
    assert_eq!(
        code("the Permanent Representative of the Bolivarian Republic of to the United Nations"),
        Some("VEN".into())
    );
    assert_eq!(
        code("THE PERMANENT REPRESENTATIVE OF THE \u{2019}S DEMOCRATIC REPUBLIC TG THE UNITED NATIONS"),
        Some("LAO".into())
    );
    // Several States are "State of …", many a "Republic of …"; nothing is left to complete.
    assert_eq!(
        code("the Permanent Observer of the State of to the United Nations"),
        None
    );
    assert_eq!(
        code("the Permanent Representative of the Republic of to the United Nations"),
        None
    );
    assert_eq!(
        code("the Permanent Representative of to the United Nations"),
        None
    );
}

#[test]
fn a_name_that_fits_several_states_is_the_one_the_document_names() {
    let seg = "the Acting Permanent Representative of South to the United Nations";
    // South Africa and South Sudan both fit: a guess, unless the document names one.
    assert_eq!(super::completed_name(seg, |_| false), None);
    let (s, by_mention) = super::completed_name(seg, |n| n == "South Sudan").unwrap();
    assert_eq!((s.code.as_str(), by_mention), ("SSD", true));
    assert_eq!(super::completed_name(seg, |n| n.starts_with("South")), None);
    let seg = "the Chargé d’affaires a.i. of the Permanent Mission of South to the United Nations";
    assert_eq!(
        super::completed_name(seg, |n| n == "South Sudan").map(|s| s.0.code),
        Some("SSD".into())
    );
    let seg = "the Permanent Representative of the Islamic Republic of to the United Nations";
    assert_eq!(
        super::completed_name(seg, |n| n == "Islamic Republic of Iran").map(|s| s.0.code),
        Some("IRN".into())
    );
    // "State of" named only as "Israel": the document does not have the name that fits.
    let seg = "the Permanent Observer of the State of to the United Nations";
    assert_eq!(super::completed_name(seg, |n| n == "Israel"), None);
    // A word that opens no State's name, or a lowercase one, completes nothing.
    for seg in [
        "the Permanent Representative of Atlantis to the United Nations",
        "the Permanent Representative of south to the United Nations",
    ] {
        assert_eq!(super::completed_name(seg, |_| true), None, "{seg}");
    }
}

#[test]
fn an_office_no_list_knows_is_its_whole_phrase() {
    let t = find("LETTER DATED 12 MARCH 1951 FROM THE CHIEF OF STAFF OF THE TRUCE SUPERVISION ORGANIZATION TO THE SECRETARY-GENERAL", 300).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("Chief of Staff of the Truce Supervision Organization")
    );
    assert!(t.sender.states.is_empty());
    // A role held for a State keeps to the role.
    let t = find("Letter dated 1 May 1990 from the Minister for Foreign Affairs of Chile addressed to the Secretary-General", 300).unwrap();
    assert_eq!(t.sender.states[0].code, "CHL");
    assert!(!t.sender.role.unwrap().contains("Chile"));
}

#[test]
fn co_senders_of_different_ranks() {
    let t = find("Letter dated 22 July 1996 from the Permanent Representative of the Russian Federation and the Permanent Observer of Palestine to the United Nations addressed to the Secretary-General", 300).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("Permanent Representative and Permanent Observer")
    );
    let t = find("Letter dated 2 May 2001 from the Permanent Representative of Chile and the Permanent Representative of Peru to the United Nations addressed to the Secretary-General", 300).unwrap();
    assert_eq!(t.sender.role.as_deref(), Some("Permanent Representative"));
    let t = find("Letter dated 2 May 2001 from the Permanent Representative of Egypt and the Chargé d'affaires a.i. of the Permanent Mission of Cuba to the United Nations addressed to the Secretary-General", 300).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("Permanent Representative and Chargé d'affaires a.i.")
    );
}

#[test]
fn scanned_senders() {
    for (t, role, code) in [
        ("LETTER DATED 27 AUGUST 1981 FROMTHE CHARGED'AFFAIRFS A.I. OF THE PERMANENTMISSION OF SOUTH AFRICA TO THE UNITED NATIONS ADDRESSEDTO THE SECRETARY-GENERAL At the", "Chargé d'affaires a.i.", "ZAF"),
        ("LETTER DATED 1 JULY 1965 FROM THE PERMAHEHT REPRESENTATIVE OF ISRAEL ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL I have", "Permanent Representative", "ISR"),
        ("LETTER DATED 5 DECEMBER 1983 FROM THE PERMANENT REPRESENTATIVE OF ANOOLA TO THE UNITED NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL Upon", "Permanent Representative", "AGO"),
    ] {
        let t = find(t, 100).unwrap();
        assert_eq!(t.sender.role.as_deref(), Some(role));
        assert_eq!(t.sender.states[0].code, code);
    }
    // A word one letter off two States names neither.
    assert!(super::scanned_state("OF GAMBIA ZAMBIA").is_none());
    assert!(super::scanned_state("of the Republic").is_none());
}

#[test]
fn offices_keep_their_body() {
    let t = find("LETTER DATED 8 JUNE 1977 FROM THE CHAIRMAN OF THE COMMITTEE ON THE EXERCISE OF THE INALIENABLE RIGHTS OF THE PALESTINIAN PEOPLE ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL I have", 100).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("Chairman of the Committee on the Exercise of the Inalienable Rights of the Palestinian People")
    );
    let t = find("Letter dated 26 December 2007 from the Chairman of the working group established pursuant to resolution 1566 (2004) addressed to the President of the Security Council", 100).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("Chairman of the working group established pursuant to resolution 1566 (2004)")
    );
    let t = find("Letter dated 3 August 2006 from the Acting Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism addressed to the President of the Security Council", 100).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("Acting Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism")
    );
    let t = find("LETTER DATED 2 MAY 1998 FROM THE EXECUTIVE CHAIRMAN OF THE SPECIAL COMMISSION ESTABLISHED BY THE SECRETARY-GENERAL PURSUANT TO PARAGRAPH 9 (B) (I) OF SECURITY COUNCIL RESOLUTION 687 (1991) ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL", 100).unwrap();
    assert!(t.sender.role.unwrap().eq_ignore_ascii_case("Executive Chairman of the Special Commission established by the Secretary-General pursuant to paragraph 9 (b) (i) of Security Council resolution 687 (1991)"));
    // A rank alone is no office: the Acting Permanent Representative speaks for a State.
    let t = find("Letter dated 2 May 2001 from the Acting Permanent Representative of Chile to the United Nations addressed to the Secretary-General", 100).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("Acting Permanent Representative")
    );
    let t = find("Letter dated 2 May 2001 from the President of the Security Council addressed to the Secretary-General", 100).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("President of the Security Council")
    );
    // A State's representative keeps the short role.
    let t = find("Letter dated 2 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General", 100).unwrap();
    assert_eq!(t.sender.role.as_deref(), Some("Permanent Representative"));
}

#[test]
fn an_office_with_a_space_in_a_word_is_the_office() {
    let s = super::sender_of("the President of the Securit y Council");
    assert_eq!(s.role.as_deref(), Some("President of the Security Council"));
    let s = super::sender_of("the President of the United Nations Security Council");
    assert_eq!(s.role.as_deref(), Some("President of the Security Council"));
    // An office no list knows keeps its words.
    let s = super::sender_of("the Chairman of the Committee on Information");
    assert_eq!(
        s.role.as_deref(),
        Some("Chairman of the Committee on Information")
    );
}

#[test]
fn a_body_that_writes_names_its_subject_not_its_state() {
    for (seg, role) in [
        ("the Panel of Experts on Yemen", "Panel of Experts on Yemen"),
        (
            "the Group of Experts on the Democratic Republic of the Congo",
            "Group of Experts on the Democratic Republic of the Congo",
        ),
        (
            "the Commission of Inquiry on Burundi",
            "Commission of Inquiry on Burundi",
        ),
    ] {
        let s = super::sender_of(seg);
        assert!(s.states.is_empty(), "{seg}");
        assert_eq!(s.role.as_deref(), Some(role), "{seg}");
    }
    // A person of a State is still the State's.
    assert_eq!(
        super::sender_of("the Special Envoy of Norway").states[0].code,
        "NOR"
    );
}

#[test]
fn a_signers_office_over_the_body_it_is_held_for() {
    // un_council_namibia_1972_letter; the committee chairs' signatures (S/2003/669, S/2017/126).
    for (title, role) in [
        (
            "President United Nations Council for Namibia",
            "President of the United Nations Council for Namibia",
        ),
        (
            "Chair Security Council Committee established pursuant to resolution 1540 (2004)",
            "Chair of the Security Council Committee established pursuant to resolution 1540 (2004)",
        ),
        ("Permanent Representative of Chile", "Permanent Representative"),
    ] {
        let s = super::sender_of_signer(title);
        assert_eq!(s.role.as_deref(), Some(role), "{title}");
    }
    assert!(
        super::sender_of_signer("President United Nations Council for Namibia")
            .states
            .is_empty()
    );
}

#[test]
fn a_roles_phrase_ends_at_its_comma_not_at_the_interim_marks() {
    let t = "Charge d\u{2019}affaires, a.i. of the Permanent Observer Mission of Palestine to the U.N., to the Secretary-General";
    let end = super::role_phrase_end(t, 0, t.len());
    assert_eq!(
        &t[..end],
        "Charge d\u{2019}affaires, a.i. of the Permanent Observer Mission of Palestine to the U.N."
    );
    let t = "Permanent Representative of Chile, Chairman of the Group";
    assert_eq!(super::role_phrase_end(t, 0, t.len()), 33);
}
