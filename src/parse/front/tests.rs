//! The front matter: one test per masthead form.
use super::*;

#[test]
fn agenda_titles_without_numbers() {
    let f = parse("United Nations A/51/62 S/1996/74 GENERAL ASSEMBLY SECURITY COUNCIL Fifty-first session Fifty-first year MAINTENANCE OF INTERNATIONAL SECURITY COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF PEACE-KEEPING OPERATIONS IN ALL THEIR ASPECTS");
    let t: Vec<_> = f
        .agenda
        .iter()
        .map(|a| (a.number.as_deref(), a.title.as_deref()))
        .collect();
    assert_eq!(
        t,
        [
            (None, Some("MAINTENANCE OF INTERNATIONAL SECURITY")),
            (None, Some("COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF PEACE-KEEPING OPERATIONS IN ALL THEIR ASPECTS")),
        ]
    );
    // A session the title names stays in it; columns interleaved by the layout.
    let f = parse("UNITED NATIONS General Assembly Distr. Security Council GENERAL A/51/188 Fifty-first session Items 71 (g) and 72 of the preliminary list* GENERAL AND COMPLETE DISARMAMENT: REGIONAL DISARMAMENT REVIEW AND IMPLEMENTATION OF THE CONCLUDING DOCUMENT OF THE TWELFTH SPECIAL SESSION OF THE GENERAL ASSEMBLY");
    assert!(f.agenda[1]
        .title
        .as_deref()
        .is_some_and(|t| t.ends_with("TWELFTH SPECIAL SESSION OF THE GENERAL ASSEMBLY")));
    assert_eq!(f.masthead.distribution.as_deref(), Some("General"));
    let f = parse("United Nations General Assembly 25 April 1997 IMPLEMENTATION OF AGENDA 21");
    assert_eq!(f.agenda.len(), 1);
    let f = parse("GENERAL ASSEMBLY Forty-third session QUESTION OF PALESTINE THE SITUATION IN THE MIDDLE EAST");
    assert_eq!(f.agenda.len(), 2);
    // A scan's stray lowercase letters; the British "CO-OPERATION" opens a title too.
    let f = parse("GENERAL ASSEMBLY Forty-third session CO-OPERATION BETTiEEN THE UNITED NATIONS AND THE ORGANIZATION OF THE ISLAMIC CONFERENCE QUESTION OF PATESTINE THE SITUATION IN THE MIDDLE EAST REPORT OF THE HUI.{AIiI RIGHTS COMMITTEE");
    let t: Vec<_> = f.agenda.iter().filter_map(|a| a.title.as_deref()).collect();
    assert_eq!(t, ["CO-OPERATION BETTiEEN THE UNITED NATIONS AND THE ORGANIZATION OF THE ISLAMIC CONFERENCE", "QUESTION OF PATESTINE", "THE SITUATION IN THE MIDDLE EAST", "REPORT OF THE HUI.{AIiI RIGHTS COMMITTEE"]);
    // Sentence case is not a run of capitals.
    let f = parse("GENERAL ASSEMBLY Forty-third session QUESTION OF Palestine and the situation");
    assert!(f.agenda.is_empty());
    // Capitals that open no title are left unread.
    let f = parse("United Nations General Assembly DRAFT FOR COMMENT ONLY");
    assert!(f.agenda.is_empty());
    assert!(!f.unknown.is_empty());
}

#[test]
fn masthead() {
    let f = parse("United Nations A/74/896\u{2013}S/2020/532 General Assembly Distr.: General 17 June 2020 Security Council English Original: Russian General Assembly Security Council Seventy-fourth session Seventy-fifth year Agenda item 126 Global health and foreign policy");
    assert_eq!(f.symbol.as_deref(), Some("A/74/896-S/2020/532"));
    assert_eq!(f.masthead.distribution.as_deref(), Some("General"));
    assert_eq!(f.masthead.issued.as_deref(), Some("2020-06-17"));
    assert_eq!(f.masthead.original_language.as_deref(), Some("Russian"));
    assert_eq!(f.masthead.organs, ["General Assembly", "Security Council"]);
    assert_eq!(f.session.as_ref().and_then(|s| s.number), Some(74));
    assert_eq!(f.sc_year, Some(75));
    assert_eq!(
        f.agenda,
        vec![AgendaItem {
            number: Some("126".into()),
            title: Some("Global health and foreign policy".into())
        }]
    );
    assert!(f.unknown.is_empty(), "{:?}", f.unknown);
}

#[test]
fn a_line_glued_to_the_last_title() {
    let f = parse("GENERAL ASSEMBLY Forty-second session Agenda item 34 THE SITUATION IN CENTRAL AMERICA: THREATS TO INTERNATIONAL PEACE AND SECURITY AND PEACE INITIATIVESSECURITY COUNCIL Forty-third year");
    assert_eq!(f.agenda.len(), 1);
    assert!(f.agenda[0]
        .title
        .as_deref()
        .is_some_and(|t| t.ends_with("AND PEACE INITIATIVES")));
    assert_eq!(f.sc_year, Some(43));
    // A word that only ends like an organ's name stays whole.
    let f = parse("Agenda item 12 REPORT OF THE ECONOMIC AND SOCIAL COUNCIL Forty-third year");
    assert!(f.agenda[0]
        .title
        .as_deref()
        .is_some_and(|t| t.ends_with("SOCIAL COUNCIL")));
}

#[test]
fn glued_symbols_and_two_titles() {
    let f = parse("United Nations A/62/667S/2008/55 Distr.: General 30 January 2008 Original: English General Assembly Security Council General Assembly Sixty-second session Agenda items 17 and 18 The situation in the Middle East Question of Palestine Security Council Sixty-third year");
    assert_eq!(f.symbol.as_deref(), Some("A/62/667-S/2008/55"));
    let t: Vec<_> = f
        .agenda
        .iter()
        .map(|a| a.title.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        t,
        ["The situation in the Middle East", "Question of Palestine"]
    );
    assert_eq!(f.sc_year, Some(63));
}

#[test]
fn agenda_item_one_letter_off() {
    for t in [
        "Agenda iem 35 Question of Palestine",
        "Agenda ltem 35 Question of Palestine",
        "AGENDA ITEN 35 Question of Palestine",
    ] {
        let f = parse(t);
        assert_eq!(f.agenda.len(), 1, "{t}");
        assert_eq!(f.agenda[0].number.as_deref(), Some("35"));
    }
    assert!(parse("Agenda setting 35 Question").agenda.is_empty());
}

#[test]
fn marker_set_apart() {
    let f = parse(
        "Forty-fourth session Item 34 of the preliminary list |*| THE SITUATION IN CENTRAL AMERICA",
    );
    assert_eq!(f.agenda_marker.as_deref(), Some("*"));
    assert_eq!(
        f.agenda[0].title.as_deref(),
        Some("THE SITUATION IN CENTRAL AMERICA")
    );
}

#[test]
fn preliminary_list_with_marker() {
    let f = parse("Fifty-second session Fifty-second year Items 20, 64, 71, 81, 88 and 99 of the preliminary list*");
    let n: Vec<_> = f
        .agenda
        .iter()
        .filter_map(|a| a.number.as_deref())
        .collect();
    assert_eq!(n, ["20", "64", "71", "81", "88", "99"]);
    assert!(f.agenda.iter().all(|a| a.title.is_none()));
    assert_eq!(f.agenda_marker.as_deref(), Some("*"));
}

#[test]
fn held_out_regressions() {
    // A comma lost at a line wrap.
    let (n, _, _) = agenda_numbers_at("37, 39 48, 53 and 106 Forty-fourth year", 0);
    assert_eq!(n, ["37", "39", "48", "53", "106"]);
    // An organ inside a title does not end it.
    let f = parse("Agenda item 122 Question of equitable representation and related matters related to the Security Council");
    assert!(f.agenda[0]
        .title
        .as_deref()
        .unwrap_or("")
        .ends_with("the Security Council"));
    assert!(f.masthead.organs.is_empty());
}

#[test]
fn sub_items_and_emergency_session() {
    let f = parse("Tenth emergency special session Agenda item 5 Illegal Israeli actions");
    let s = f.session.unwrap();
    assert_eq!(
        (s.number, s.kind),
        (Some(10), SessionKind::EmergencySpecial)
    );
    let (n, _, _) = agenda_numbers_at("10, 20, 21 (d), 25 and 166, and of", 0);
    assert_eq!(n, ["10", "20", "21 (d)", "25", "166"]);
    // A masthead printed in capitals: "AGENDA ITEM 112 (E)"; mixed case is no sub-item.
    let (n, _, _) = agenda_numbers_at("112 (E) ELECTIONS TO FILL VACANCIES", 0);
    assert_eq!(n, ["112 (E)"]);
    let (n, _, _) = agenda_numbers_at("112 (Ab) x", 0);
    assert_eq!(n, ["112"]);
}

#[test]
fn a_sessions_dates_interleaved_before_a_title() {
    let f = parse("United Nations A/65/714–E/2011/70 General Assembly Distr.: General 3 February 2011 Economic and Social Council Sixty-fifth session Organizational session for 2011 18 January, 15-18 February and Agenda item 24 27 and 28 April 2011 Eradication of poverty and other development issues");
    assert_eq!(
        f.agenda[0].title.as_deref(),
        Some("Eradication of poverty and other development issues")
    );
    assert_eq!(session_dates_end("27 and 28 April 2011 Eradication", 0), 21);
    assert_eq!(session_dates_end("15-18 February, Question", 0), 16);
    // A number that no month follows is no date: "2 Question of …" stays.
    assert_eq!(session_dates_end("2 Question of Palestine", 0), 0);
}

#[test]
fn symbols_in_parentheses_by_the_date() {
    let f = parse("4 October 2000 (A/55/450, S/2000/957)");
    assert_eq!(f.symbol.as_deref(), Some("A/55/450-S/2000/957"));
    assert_eq!(f.masthead.issued.as_deref(), Some("2000-10-04"));
}

#[test]
fn dates_of_issue_in_spanish_and_french() {
    let f = parse("A/60/194 Naciones Unidas Asamblea General Distr. general 15 de agosto de 2005 Español Original: inglés Sexagésimo período de sesiones");
    assert_eq!(f.masthead.issued.as_deref(), Some("2005-08-15"));
    assert_eq!(f.session.and_then(|s| s.number), Some(60));
    let f = parse("Distr. GENERALE A/34/487 18 septembre 1979 FRANCAIS ORIGINAL : ANGLAIS Trente-quatrième session");
    assert_eq!(f.masthead.issued.as_deref(), Some("1979-09-18"));
}

#[test]
fn a_symbol_ends_the_agenda_titles() {
    // A job number, and a symbol with its label.
    let f = parse("Fiftieth session Items 70 and 149 of the preliminary list* GENERAL AND COMPLETE DISARMAMENT MEASURES TO ELIMINATE INTERNATIONAL TERRORISM 140695/...");
    assert_eq!(
        f.agenda[1].title.as_deref(),
        Some("MEASURES TO ELIMINATE INTERNATIONAL TERRORISM")
    );
    let f = parse("Sixty-sixth session Agenda item 45 Question of the Falkland Islands (Malvinas) United Nations Document A/66/653");
    assert_eq!(
        f.agenda[0].title.as_deref(),
        Some("Question of the Falkland Islands (Malvinas)")
    );
    // A document a title names stays in it.
    let f = parse("Agenda item 71 Review and implementation of the Concluding Document of the Twelfth Special Session");
    assert!(f.agenda[0]
        .title
        .as_deref()
        .unwrap()
        .ends_with("Special Session"));
}
