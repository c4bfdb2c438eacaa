use super::*;

#[test]
fn seed_title() {
    let t = "Sixty-fourth session Letter dated 30 September 2009 from the Permanent Representative of the Russian Federation to the United Nations addressed to the Secretary-General I have the honour";
    let title = find(t, 4000).unwrap();
    assert_eq!(title.kind, DocumentKind::Letter);
    assert_eq!(title.date.as_deref(), Some("2009-09-30"));
    assert_eq!(
        title.sender.role.as_deref(),
        Some("Permanent Representative")
    );
    assert_eq!(title.sender.states[0].code, "RUS");
    assert_eq!(title.addressees, vec!["Secretary-General"]);
    assert!(t[title.end..].starts_with(" I have"));
}

#[test]
fn the_members_of_the_council_as_addressees() {
    let t = find("Letter dated 27 January 2021 from the President of the Security Council addressed to the Secretary-General and the Permanent Representatives of the members of the Security Council I have the honour", 4000).unwrap();
    assert_eq!(
        t.addressees,
        [
            "Secretary-General",
            "Permanent Representatives of the members of the Security Council"
        ]
    );
}

#[test]
fn several_addressees_and_senders() {
    let t = "Letter dated 22 June 2010 from the Permanent Representatives of Egypt, the Libyan Arab Jamahiriya and the Syrian Arab Republic to the United Nations addressed to the Secretary-General, the President of the General Assembly and the President of the Security Council We, Chairs";
    let title = find(t, 4000).unwrap();
    let codes: Vec<_> = title
        .sender
        .states
        .iter()
        .map(|s| s.code.as_str())
        .collect();
    assert_eq!(codes, ["EGY", "LBY", "SYR"]);
    assert_eq!(
        title.sender.role.as_deref(),
        Some("Permanent Representatives")
    );
    assert_eq!(title.addressees.len(), 3);
    assert!(t[title.end..].starts_with(" We,"));
}

#[test]
fn capitals_and_observer() {
    let t = "LETTER DATED 24 SEPTEMBER 1996 FROM THE PERMANENT OBSERVER FOR THE LEAGUE OF ARAB STATES TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL Pursuant";
    let title = find(t, 4000).unwrap();
    assert_eq!(title.date.as_deref(), Some("1996-09-24"));
    assert_eq!(
        title.sender.role.as_deref(),
        Some("Permanent Observer for the League of Arab States")
    );
    assert_eq!(
        title.sender.organization.as_deref(),
        Some("League of Arab States")
    );
    assert!(title.sender.states.is_empty());
    assert_eq!(title.addressees, vec!["Secretary-General"]);
}

#[test]
fn glued_by_the_conversion() {
    let t = find("Original: EnglishLetter dated 2 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General", 200).unwrap();
    assert_eq!(t.date.as_deref(), Some("2001-05-02"));
    let t = find("PEOPLES -~----,-7---Letter dated 26 February 1976 from the Permanent Representative of Spain to the United Nationsaddressedtothe Secretary-General On", 200).unwrap();
    assert_eq!(t.addressees, ["Secretary-General"]);
    assert_eq!(t.sender.states[0].code, "ESP");
    assert!(find("<html><body><p>Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General", 200).is_none());
    // "to" glued to "the"; a stray stop inside the office.
    let t = find("Letter dated 28 May 2014 from the Permanent Representative of Viet Nam to the United Nations addressed tothe Secretary-General Upon instructions", 200).unwrap();
    assert_eq!(t.addressees, ["Secretary-General"]);
    let t = find("Letter dated 2 July 1968 from the representative of Pakistan A. Shahi to the President of the Security. Council Under instructions from the Government", 200).unwrap();
    assert_eq!(t.addressees, ["President of the Security Council"]);
    assert_eq!(t.sender.states[0].code, "PAK");
    assert!(t.complete);
}

#[test]
fn to_without_addressed() {
    let t = find("Letter dated 28 December 2007 from the President of the Security Council to the Secretary-General I am writing with reference to the letter addressed to the Secretary-General", 200).unwrap();
    assert_eq!(
        t.sender.role.as_deref(),
        Some("President of the Security Council")
    );
    assert_eq!(t.addressees, ["Secretary-General"]);
}

#[test]
fn addressees_by_office() {
    for (printed, canon) in [
        (
            "the President of the 60th session of the General Assembly",
            "President of the General Assembly",
        ),
        (
            "the President of the sixtieth session of the General Assembly",
            "President of the General Assembly",
        ),
        (
            "the secretariat of the Commission on Human Rights",
            "Secretariat of the Commission on Human Rights",
        ),
    ] {
        let (list, _) = addressees_at(printed, 0);
        assert_eq!(list, [canon], "{printed}");
    }
}

#[test]
fn heading_ends() {
    assert_eq!(trim_heading_end("regarding Israel -"), "regarding Israel");
    assert_eq!(
        trim_heading_end("COLONIAL COUNTRIES AND PEOPLES -~----,-7---"),
        "COLONIAL COUNTRIES AND PEOPLES"
    );
    assert_eq!(
        trim_heading_end("Council, 2020\u{2013}2022"),
        "Council, 2020\u{2013}2022"
    );
    assert_eq!(
        trim_heading_end("resolution 1566 (2004)"),
        "resolution 1566 (2004)"
    );
    assert_eq!(trim_heading_end("Communique'"), "Communique'");
}

#[test]
fn scanned_address_words() {
    for t in [
        "LETTER DATED 28 APRIL 1982 FROM THE PERMANENT REPRESENTATIVE OF THE UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND To THE UNITED NATIONS ADDRESSED TD THE PRESIDENT OF THE SECURITY COUNCIL I have the honour",
        "LETTER DATED 2 MARGE 1962 FROM THE PERMANENT REPRESENTATIVE OF.. THE SYRIAN ARAB REPUBLIC . ADDRESSED, TO THE PRESIDENT OF THE 'SECURITY COUNCIL On the orders",
    ] {
        let title = find(t, 100).unwrap();
        assert_eq!(title.addressees, ["President of the Security Council"], "{t}");
        assert_eq!(title.sender.role.as_deref(), Some("Permanent Representative"));
    }
    assert_eq!(find("LETTER DATED 2 MARGE 1962 FROM THE PERMANENT REPRESENTATIVE OF THE SYRIAN ARAB REPUBLIC ADDRESSED TO THE SECRETARY-GENERAL On", 10).unwrap().date.as_deref(), Some("1962-03-02"));
    assert_eq!(scanned_addressed_to("ADDRESSED THE", 0), None);
}

#[test]
fn damaged_starters() {
    let t = find_damaged("21 September 1992 ORIGINAL: ENGl.ISB LEttER OA.rED U S!PTIMBER 1992 FROM 'I'BE CHARGE D'AFFAIRES A. I OF THE P\u{a3}RMANEIT MISSION OF YUGOSLAVIA TO TBB UNITED NATIONS ADDRESSED TO THE PRESIDENT OF THt SECURITY COUWCIL I have tbe honour", 4000).unwrap();
    assert_eq!(t.addressees, ["President of the Security Council"]);
    assert_eq!(t.sender.states[0].code, "YUG");
    let t = find_damaged("Distr. GENERAL Dated 1 December 1997 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I have", 4000).unwrap();
    assert_eq!(t.date.as_deref(), Some("1997-12-01"));
    assert_eq!(t.kind, DocumentKind::Letter);
    let t = find_damaged("LETTER DATED 23'DECEMBER 1998 FROM THE PERMANENT REPRESENTATIVE OF CHILE TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL I have", 4000).unwrap();
    assert_eq!(t.date.as_deref(), Some("1998-12-23"));
    // A letter the body quotes, with no known sender, is no title.
    assert!(find_damaged(
        "I refer to the message from my friend addressed to the Secretary-General",
        4000
    )
    .is_none());
}

#[test]
fn a_headlines_abbreviations() {
    let t = find("DR Congo Letter dated 28 Jan 2000 from Perm. Rep. of DR Congo to the UN On the instructions of my Government", 4000).unwrap();
    assert_eq!(t.sender.role.as_deref(), Some("Permanent Representative"));
    assert_eq!(t.sender.states[0].code, "COD");
    assert_eq!(t.date.as_deref(), Some("2000-01-28"));
}

#[test]
fn a_from_the_scan_left_as_marks() {
    let t = find("LETTER DATED 9 APRIL 1956 ~~OM TEE FERlfillNENT REPRESENTATIVE OF ISRAEL, ADDREGSED TO THE PRESIDENT OF THE SECURITY COUNCIL I have the honour", 4000).unwrap();
    assert_eq!(t.date.as_deref(), Some("1956-04-09"));
    assert_eq!(t.sender.states[0].code, "ISR");
    assert_eq!(t.addressees, ["President of the Security Council"]);
    // Without a known addressee after it, or without a date before it, no title is read.
    assert!(find(
        "LETTER DATED 9 APRIL 1956 ~~OM TEE REPRESENTATIVE OF ISRAEL I have the honour",
        4000
    )
    .is_none());
    assert!(find(
        "Letter ~~om the Representative of Israel to the President of the Security Council",
        4000
    )
    .is_none());
}

#[test]
fn identical_letters_and_charge() {
    let t = "Identical letters dated 18 August 2006 from the Chargé d\u{2019}affaires a.i. of the Permanent Mission of Lebanon to the United Nations addressed to the Secretary-General and the President of the Security Council On";
    let title = find(t, 4000).unwrap();
    assert_eq!(title.kind, DocumentKind::IdenticalLetters);
    assert_eq!(title.sender.role.as_deref(), Some("Chargé d'affaires a.i."));
    assert_eq!(title.sender.states[0].code, "LBN");
    assert_eq!(
        title.addressees,
        vec!["Secretary-General", "President of the Security Council"]
    );
}

mod find {
    #[test]
    fn a_cable_sentence_gives_way_to_the_quoted_title() {
        let t = "FOLLOWING IS THE TEXT OF A LETTER DATED OCTOBER 10 FROM MEXICAN PERMREP GARCIA ROBLES TO UN SECRETARY GENERAL. LETTER WAS CIRCULATED AS UN DOCUMENT A/10296. QUOTE LETTER DATED 10 OCTOBER 1975 FROM THE PERMANENT REPRESENTATIVE OF MEXICO TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL I HAVE TODAY RECEIVED";
        let found = super::super::find(t, 8000).unwrap();
        assert_eq!(
            found.date.as_deref(),
            Some("1975-10-10"),
            "{}",
            &t[found.start..found.end]
        );
    }
}
