//! The annex heads and headings, one test per form.
use super::*;

fn h(
    t: &str,
) -> (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
) {
    let hd = head(t, 0, t.len());
    (
        hd.title.map(|(a, b)| t[a..b].to_string()),
        hd.subtitle,
        hd.place,
        hd.date,
        t[hd.body_start..].chars().take(20).collect(),
    )
}

#[test]
fn seed_statement() {
    let (title, _, place, date, body) = h("Statement of the Ministers for Foreign Affairs of the Republic of Armenia and the Republic of Uzbekistan New York 26 September 2009 The Ministers for Foreign Affairs express");
    assert_eq!(title.as_deref(), Some("Statement of the Ministers for Foreign Affairs of the Republic of Armenia and the Republic of Uzbekistan"));
    assert_eq!(place.as_deref(), Some("New York"));
    assert_eq!(date.as_deref(), Some("2009-09-26"));
    assert!(body.starts_with("The Ministers"));
}

#[test]
fn heading_original_title_date() {
    let t = "Annex to the identical letters dated 18 August 2006 from the Chargé d\u{2019}affaires a.i. of the Permanent Mission of Lebanon to the United Nations addressed to the Secretary-General and the President of the Security Council [Original: Arabic] Decision of the Lebanese Cabinet 16 August 2006 The Lebanese cabinet has decided";
    let hd = head(t, 0, t.len());
    assert_eq!(hd.label.as_deref(), Some("Annex"));
    assert!(hd
        .heading
        .as_deref()
        .unwrap_or("")
        .ends_with("Security Council"));
    assert_eq!(hd.original_language.as_deref(), Some("Arabic"));
    let (a, b) = hd.title.unwrap();
    assert_eq!(&t[a..b], "Decision of the Lebanese Cabinet");
    assert_eq!(hd.date.as_deref(), Some("2006-08-16"));
    assert_eq!(hd.place, None);
}

#[test]
fn original_language_after_the_title() {
    let t = "Annex to the letter dated 3 November 2020 from the Permanent Representative of Argentina to the United Nations addressed to the Secretary-General 1820\u{2013}2020: Bicentennial of the first raising of the Argentine flag in the Malvinas Islands [Original: Spanish] Today, 6 November 2020, marks the 200th anniversary";
    let hd = head(t, 0, t.len());
    let (a, b) = hd.title.unwrap();
    assert!(t[a..b].ends_with("in the Malvinas Islands"), "{}", &t[a..b]);
    assert_eq!(hd.original_language.as_deref(), Some("Spanish"));
    assert!(t[hd.body_start..].starts_with("Today,"));
    let (title, ..) = h("Recommendations contained in the tenth report of the Monitoring Team: position of the Committee [Original: English] I. Introduction 1. After a thorough examination");
    assert_eq!(title.as_deref(), Some("Recommendations contained in the tenth report of the Monitoring Team: position of the Committee"));
}

#[test]
fn a_title_that_opens_with_the() {
    let (title, sub, ..) = h("The Netherlands' candidacy for re-election to the United Nations Human Rights Council for the period 2007-2010 Voluntary pledges and commitments, in accordance with General Assembly resolution 60/251 Our candidacy The Netherlands would like to continue");
    assert_eq!(title.as_deref(), Some("The Netherlands' candidacy for re-election to the United Nations Human Rights Council for the period 2007-2010"));
    assert!(sub.is_some());
    // A sentence that opens the annex is no title, however long its subject.
    let (title, ..) = h("The Ministers for Foreign Affairs of Armenia, Belarus, Kazakhstan, Kyrgyzstan, the Russian Federation, Tajikistan and Uzbekistan express their concern.");
    assert_eq!(title, None);
}

#[test]
fn titles_with_dates_inside() {
    let (title, ..) = h("Annex 1 Statement adopted by the Council of the League of Arab States on 14 September 1996 concerning the situation in northern Iraq The Council of the League");
    assert_eq!(title.as_deref(), Some("Statement adopted by the Council of the League of Arab States on 14 September 1996 concerning the situation in northern Iraq"));
    let (title, ..) = h("Annex Statement issued on 25 September 1997 by the Ministers for Foreign Affairs of the five permanent members of the Security Council following a meeting with the Secretary-General 1. On 25 September 1997, the Ministers");
    assert!(title.unwrap().ends_with("with the Secretary-General"));
}

#[test]
fn subtitle_and_subject_verb() {
    let (title, sub, ..) = h("Candidacy of Denmark to the Human Rights Council at the elections in 2007 Voluntary pledges and commitments in accordance with resolution 60/251 Denmark is strongly committed");
    assert_eq!(
        title.as_deref(),
        Some("Candidacy of Denmark to the Human Rights Council at the elections in 2007")
    );
    assert_eq!(
        sub.as_deref(),
        Some("Voluntary pledges and commitments in accordance with resolution 60/251")
    );
    let (title, sub, ..) = h("Voluntary pledges and commitments in accordance with General Assembly resolution 60/251 Switzerland is presenting");
    assert_eq!(title.as_deref(), Some("Voluntary pledges and commitments in accordance with General Assembly resolution 60/251"));
    assert_eq!(sub, None);
    let (title, ..) = h("The Government of the Republic of Cuba attaches the greatest importance");
    assert_eq!(title, None);
    let (title, sub, ..) = h("Candidature of Germany to the Human Rights Council, 2020\u{2013}2022 Voluntary pledges and commitments pursuant to General Assembly resolution 60/251 1. The Federal Republic");
    assert_eq!(
        title.as_deref(),
        Some("Candidature of Germany to the Human Rights Council, 2020\u{2013}2022")
    );
    assert!(sub.is_some());
    // Proper names capitalized inside one line are no second line.
    for one_line in [
        "Communiqué of the 1999 Summit of Heads of State or Government of the Southern African Development Community 1. The Summit",
        "Declaration concerning the Middle East adopted by the Ministers for Foreign Affairs of the twelve States members of the European Community at Copenhagen on 13 July 1987 1. The Arab-Israeli conflict",
        "FINAL COMMUNIQUÉ OF THE 1998 SUMMIT OF THE HEADS OF STATE OR GOVERNMENT OF THE SOUTHERN AFRICAN DEVELOPMENT COMMUNITY 1. The Summit",
    ] {
        let (_, sub, ..) = h(one_line);
        assert_eq!(sub, None, "{one_line}");
    }
}

#[test]
fn title_ending_with_its_date() {
    let (title, _, _, _, body) = h("Communique' of the seventeenth meeting of the Conference of Heads of Government of the Caribbean Community, held at Bridgetown from 3 to 7 July 1996 Heads of Government in attendance were: Mr. Lester Bird");
    assert!(title.unwrap().ends_with("from 3 to 7 July 1996"));
    assert!(body.starts_with("Heads of Government"));
}

#[test]
fn place_lines() {
    let (_, _, place, date, _) = h("Final communiqué of the Meeting of the Organization of the Islamic Conference United Nations \u{2013} New York 30 Shaa'ban 1422H 15 November 2001 1. The Annual");
    assert_eq!(place.as_deref(), Some("United Nations \u{2013} New York"));
    assert_eq!(date.as_deref(), Some("2001-11-15"));
    let (_, _, place, ..) =
        h("Statement on solidarity (COVID-19) Moscow, 26 May 2020 The States members");
    assert_eq!(place.as_deref(), Some("Moscow"));
}

#[test]
fn place_and_dateline_of_other_shapes() {
    for (t, title, place) in [
        (
            "FINAL COMMUNIQUE OF THE TWENTY-FIFTH SESSION OF THE ISLAMIC CONFERENCE OF FOREIGN MINISTERS (SESSION FOR A BETTER FUTURE) DOHA, STATE OF QATAR 17-19 DHUL QAADAH 1418 H (15-17 MARCH, 1998) 1. In response to the kind invitation",
            "FINAL COMMUNIQUE OF THE TWENTY-FIFTH SESSION OF THE ISLAMIC CONFERENCE OF FOREIGN MINISTERS (SESSION FOR A BETTER FUTURE)",
            "DOHA, STATE OF QATAR 17-19 DHUL QAADAH 1418 H (15-17 MARCH, 1998)",
        ),
        (
            "CAIRO FINAL COMMUNIQUE OF THE TWELFTH SESSION OF THE ISLAMIC SUMMIT CONFERENCE (SESSION OF NEW CHALLENGES) CAIRO-ARAB REPUBLIC OF EGYPT (6-7 FEBRUARY 2013) 1. The",
            "CAIRO FINAL COMMUNIQUE OF THE TWELFTH SESSION OF THE ISLAMIC SUMMIT CONFERENCE (SESSION OF NEW CHALLENGES)",
            "CAIRO-ARAB REPUBLIC OF EGYPT (6-7 FEBRUARY 2013)",
        ),
    ] {
        let (got, _, pl, ..) = h(t);
        assert_eq!(got.as_deref(), Some(title));
        assert_eq!(pl.as_deref(), Some(place));
    }
    // The Gregorian date in parentheses after a Hijri one with no H: the city before its State.
    let (title, _, place, date, body) = h("Final Report of the Fifteenth Session of the Supreme Council Manamah, the State of Bahrain, 19 Rajab 1415 (21 December 1994) Upon the invitation of His Highness");
    assert_eq!(
        title.as_deref(),
        Some("Final Report of the Fifteenth Session of the Supreme Council")
    );
    assert_eq!(place.as_deref(), Some("Manamah, the State of Bahrain"));
    assert_eq!(date.as_deref(), Some("1994-12-21"));
    assert!(body.starts_with("Upon"));
    // A day and a month inside a title with no place before them stay in it.
    let (title, ..) = h("Declaration adopted on 17-19 March by the Ministers The Ministers met");
    assert!(title.unwrap().contains("17-19 March"));
}

#[test]
fn dates_inside_a_title() {
    let (title, ..) = h("ANNEX Joint statement issued at Heracleion, Greece,on 4 November 1997, by the Heads of State and Government of countries of South-Eastern Europe We, the Heads");
    assert!(title.unwrap().ends_with("South-Eastern Europe"));
    let (title, ..) = h("Annex Press statement issued 5 August 1998 by the Ministry of Foreign Affairs of the State of Eritrea The Government of");
    assert!(title.unwrap().ends_with("State of Eritrea"));
    // A running header's page number after the label is no part of the title.
    let (title, ..) = h(
        "ANNEX Page 2 Statement by the Permanent Representative of Afghanistan In his statement",
    );
    assert_eq!(
        title.as_deref(),
        Some("Statement by the Permanent Representative of Afghanistan")
    );
}

#[test]
fn the_issuing_body_before_the_title() {
    for (t, title) in [
        ("Supreme Council Final Report of the Fifteenth Session of the Supreme Council Manamah, the State of Bahrain, 19 Rajab 1415 (21 December 1994) Upon the invitation", "Final Report of the Fifteenth Session of the Supreme Council"),
        ("Ministry of Foreign Affairs and Regional Cooperation Press release The Government of", "Press release"),
        ("Meeting of the League of Arab States at the level of permanent representatives (extraordinary session) Resolution 8042 concerning developments in the situation in Syria The Council of the League", "Resolution 8042 concerning developments in the situation in Syria"),
    ] {
        let hd = head(t, 0, t.len());
        let (a, b) = hd.title.unwrap();
        assert_eq!(&t[a..b], title);
        assert!(hd.issuer.is_some_and(|x| t.starts_with(&x)));
    }
    // A title that starts with its kind, or names a body after it, is one line.
    for t in [
        "Final communiqué of the Meeting of the Council of Ministers The Council met",
        "Statement by the Ministry of Foreign Affairs on the Final Report of the Commission The Ministry",
    ] {
        let hd = head(t, 0, t.len());
        assert!(hd.issuer.is_none(), "{t}");
    }
}

#[test]
fn held_out_regressions() {
    // An annexed letter with its own title and an "In …" opening.
    let (title, _, _, _, body) = h("ANNEX Letter dated 14 February 2000 from the Minister for Foreign Affairs of the Syrian Arab Republic addressed to the Secretary-General In his letter dated 9 February");
    assert!(title
        .unwrap()
        .ends_with("addressed to the Secretary-General"));
    assert!(body.starts_with("In his letter"));
    // Hijri date with a two-word month and the Gregorian date in parentheses.
    let (title, _, place, date, body) = h("FINAL COMMUNIQUE OF THE MEETING UNITED NATIONS HEADQUARTERS, NEW YORK 21 JUMADA AL-THANI, 1420H (1 OCTOBER 1999) The Annual");
    assert_eq!(title.as_deref(), Some("FINAL COMMUNIQUE OF THE MEETING"));
    assert_eq!(
        place.as_deref(),
        Some("UNITED NATIONS HEADQUARTERS, NEW YORK")
    );
    assert_eq!(date.as_deref(), Some("1999-10-01"));
    assert!(body.starts_with("The Annual"));
    // A day number before a Hijri month is no subtitle break.
    let (title, sub, ..) = h("Communiqué of the Meeting, held on Wednesday, 4 Rabiul Awal 1410 H, corresponding to 4 October 1989 1. The Ministers");
    assert!(title.unwrap().ends_with("4 October 1989"));
    assert_eq!(sub, None);
    // A text with no title never loses its body.
    let long = format!("Annex {}", "Word ".repeat(120));
    let hd = head(&long, 0, long.len());
    assert!(hd.body_start < 20);
    // A rule line before "Enclosure".
    assert_eq!(
        find_headings(
            "KAFANDO _____________ Enclosure [Original: Arabic] FINAL",
            &[]
        )
        .len(),
        1
    );
}

#[test]
fn headings_found() {
    let t = "circulated (see annex). (Signed) X Y Permanent Representative of Cuba Annex to the letter dated 6 June 2007 from Z. See annex I and Annex II Statement";
    let hs = find_headings(t, &[]);
    // "see annex I and Annex II" is a mention, not a heading.
    assert_eq!(hs.len(), 1, "{hs:?}");
    assert!(t[hs[0].start..].starts_with("Annex to the letter"));
    let hs = find_headings("to the United Nations Annex Statement issued", &[]);
    assert_eq!(hs.len(), 1);
}

#[test]
fn title_before_a_roman_section() {
    let (title, _, _, _, body) = h("Assessment of the work of the Security Council during the presidency of Argentina (October 2014) III. Middle East The situation in the Middle East");
    assert!(title.unwrap().ends_with("(October 2014)"));
    assert!(body.starts_with("III. Middle East"));
}

#[test]
fn title_closing_on_its_period() {
    let (title, _, _, _, body) = h("Assessment of the work of the Security Council during the Presidency of the Dominican Republic (April 2020) Introduction Under the presidency of the Dominican Republic");
    assert!(title.unwrap().ends_with("(April 2020)"));
    assert!(body.starts_with("Introduction Under"));
    // A year alone in parentheses closes it too: the year of the resolution the title names.
    let (title, _, _, _, body) = h("Report of the Security Council Committee established pursuant to resolution 1540 (2004) Summary While, overall, progress has been made");
    assert!(title.unwrap().ends_with("resolution 1540 (2004)"));
    assert!(body.starts_with("Summary While"));
    // A lower-case word after the year goes on with the title.
    let (title, _, _, _, _) = h("Report of the Committee established pursuant to resolution 1540 (2004) on its work The Committee met");
    assert!(title.unwrap().ends_with("on its work"));
}

#[test]
fn a_heading_after_a_closed_parenthesis_or_a_page_break() {
    let t = "Chairman Security Council Committee established pursuant to resolution 1267 (1999) Annex Letter dated 16 June 2003 from the Chairman of the Monitoring Group addressed to the Acting Chairman of the Committee On behalf of the members";
    assert_eq!(super::find_headings(t, &[]).len(), 1);
    // An open parenthesis is a reference: "(see annex)", "(Annex I)".
    assert!(super::find_headings("the list (annex I) of the", &[]).is_empty());
    assert!(super::find_headings("as set out in (see Annex II).", &[]).is_empty());
}

#[test]
fn a_subject_of_several_words_opens_the_text() {
    let (title, ..) = h("Statement issued by the Office of the President of the Arab Republic of Egypt on the current situation in the occupied Arab territories President Mubarak and the Egyptian people as a whole are following with deep concern");
    assert_eq!(title.as_deref(), Some("Statement issued by the Office of the President of the Arab Republic of Egypt on the current situation in the occupied Arab territories"));
    let (title, ..) =
        h("Biographical note Zeid Ra'ad Zeid Al-Hussein Prince Zeid is Jordan's Ambassador");
    assert_eq!(title.as_deref(), Some("Biographical note"));
    // No verb near: the capital after a lowercase word stays in the title.
    let (title, ..) = h("Declaration concerning the Middle East adopted by the Ministers for Foreign Affairs 1. The Arab-Israeli conflict");
    assert!(title.is_some_and(|t| t.contains("Middle East adopted")));
}

#[test]
fn a_message_titled_by_whom_it_is_from_and_to() {
    let (title, _, _, _, body) = h("Urgent telegram from the Lebanese Government addressed to the President of the Security Council and the Secretary-General At a meeting held today");
    assert_eq!(title.as_deref(), Some("Urgent telegram from the Lebanese Government addressed to the President of the Security Council and the Secretary-General"));
    assert!(body.starts_with("At a meeting"));
    // A sentence is no title: "We have received a letter from … addressed to …".
    let (title, ..) = h(
        "We have received a letter from the Government addressed to the Secretary-General. It says",
    );
    assert!(title.is_none_or(|t| !t.contains("addressed")));
}

#[test]
fn a_date_after_a_preposition_opens_the_text() {
    let (title, _, _, _, body) = h("Explanatory memorandum On 2 August 1998, the coalition troops of Rwanda and Uganda embarked upon an invasion");
    assert_eq!(title.as_deref(), Some("Explanatory memorandum"));
    assert!(body.starts_with("On 2 August"));
}

#[test]
fn a_span_of_dates_stays_in_the_title() {
    let (title, _, _, date, body) = h("REPORT ON THE STATUS OF THE OPERATIONS, DURING THE PERIOD 17 NOVEMBER 1950 TO 17 FEBRUARY 1951 I have the honour");
    assert_eq!(title.as_deref(), Some("REPORT ON THE STATUS OF THE OPERATIONS, DURING THE PERIOD 17 NOVEMBER 1950 TO 17 FEBRUARY 1951"));
    assert_eq!(date, None);
    assert!(body.starts_with("I have"));
}

#[test]
fn a_segment_that_opens_on_a_space() {
    let t = " Statement of the Ministry New York 26 September 2009 The Ministers express";
    let hd = head(t, 0, t.len());
    let (a, b) = hd.title.unwrap();
    assert_eq!(&t[a..b], "Statement of the Ministry");
}

#[test]
fn a_transmitted_letter_whose_annex_label_was_lost() {
    let t = "circulated as a document of the Security Council. Letter dated 9 October 1990 from the Secretary-General of the Organization of the Islamic Conference to the Secretary-General of the United Nations The Israeli Security Forces carried out";
    let hs = find_headings(t, &[]);
    assert_eq!(hs.len(), 1, "{hs:?}");
    let (title, _, _, _, body) = h(&t[hs[0].start..]);
    assert!(title.is_some_and(|t| t.ends_with("of the United Nations")));
    assert!(body.starts_with("The Israeli"));
    // Labelled: the "Annex" heading is the one found, not its title again.
    let t = "circulated. Annex [Original: Arabic] Letter dated 12 May 2010 from the Panel of Experts addressed to the President of the Security Council On behalf of";
    assert_eq!(find_headings(t, &[]).len(), 1);
    // Inside a sentence, or without a date, or to no office the list knows: a mention.
    for t in [
        "as set out in the Letter dated 9 October 1990 from the Minister to the Secretary-General The text",
        "circulated. Letter from the Minister to the Secretary-General The text",
        "circulated. Letter dated 9 October 1990 from the Minister to the people of Lebanon The text",
    ] {
        assert!(find_headings(t, &[]).is_empty(), "{t}");
    }
}

#[test]
fn a_second_line_after_a_name() {
    let (title, sub, ..) = h("Aide-memoire on the candidature of Norway for the Human Rights Council Strong supporter of the UN Norway has consistently been a strong supporter");
    assert_eq!(
        title.as_deref(),
        Some("Aide-memoire on the candidature of Norway for the Human Rights Council")
    );
    assert!(sub.is_some_and(|s| s.starts_with("Strong supporter")));
    // A name that goes on ("United Nations Headquarters on …") or a title's own noun after a
    // name ("… Group of 77 Summit held …") keeps the title whole.
    for t in [
        "Communiqué of the Meeting of the Organization of the Islamic Conference, held at United Nations Headquarters on Wednesday, 4 October 1989 The Ministers met",
        "Declaration of the African Union Summit held in Addis Ababa The Heads of State met",
    ] {
        let (_, sub, ..) = h(t);
        assert!(sub.is_none(), "{t}");
    }
}

#[test]
fn an_invocation_over_the_title() {
    let t = "Annex to the letter dated 14 June 2007 from the Permanent Representative of the Sudan to the United Nations addressed to the Secretary-General [Original: Arabic] In the name of God the Merciful, the Compassionate Statement of the Ministry of Foreign Affairs regarding the Paris conference on Darfur His Excellency Mr. Bernard Kouchner, Minister for Foreign Affairs of the French Republic, visited the Sudan on 10 and 11 June 2007";
    let hd = head(t, 0, t.len());
    let (a, b) = hd.title.unwrap();
    assert_eq!(
        &t[a..b],
        "Statement of the Ministry of Foreign Affairs regarding the Paris conference on Darfur"
    );
    assert_eq!(
        invocation_end(
            "In the name of God, the most Compassionate, the most Merciful No. 16",
            0
        ),
        Some("In the name of God, the most Compassionate, the most Merciful".len())
    );
    // Before a salutation, the invocation opens a letter: no title.
    let t = "Annex In the name of God, the Compassionate, the Merciful Mr. President, In my letter of 28 July 2006, I had requested to speak";
    assert_eq!(head(t, 0, t.len()).title, None);
}

#[test]
fn a_marker_or_a_reference_code_before_the_title() {
    let t = "ANNEX ICFM/16-86/FIN/DEC. Final communiqué of the Sixteenth Islamic Conference of Foreign Ministers The Sixteenth Islamic Conference of Foreign Ministers was held";
    let hd = head(t, 0, t.len());
    let (a, b) = hd.title.unwrap();
    assert!(t[a..b].starts_with("Final communiqué of the Sixteenth"));
    let t = "Annex * Compendium of the High-level Review of United Nations Sanctions The review was held";
    let (a, _) = head(t, 0, t.len()).title.unwrap();
    assert!(t[a..].starts_with("Compendium"));
    // A symbol or a code alone before a lowercase word is the title's own.
    assert_eq!(reference_len("A/64/842 and its annexes"), 0);
}

#[test]
fn a_spanish_title_ends_at_its_article_and_keeps_a_place_named_by_it() {
    let (title, ..) = h("Nota al Ministerio de Relaciones Exteriores de China El Ministerio de Relaciones Exteriores de Viet Nam desea señalar");
    assert_eq!(
        title.as_deref(),
        Some("Nota al Ministerio de Relaciones Exteriores de China")
    );
    let (title, ..) = h("Nota del Ministerio de Relaciones Exteriores sobre la situación en El Salvador El Ministerio desea señalar");
    assert_eq!(
        title.as_deref(),
        Some("Nota del Ministerio de Relaciones Exteriores sobre la situación en El Salvador")
    );
}

#[test]
fn a_place_and_date_the_title_runs_into_after_its_comma() {
    let (title, sub, place, _, body) = h("Tenth Summit of the Heads of State and Government of the Group of Fifteen, Cairo, 19-20 June 2000 Joint communiqué 1. We, the Heads of State");
    assert_eq!(title.as_deref(), Some("Tenth Summit of the Heads of State and Government of the Group of Fifteen, Cairo, 19-20 June 2000 Joint communiqué"));
    assert_eq!((sub, place), (None, None));
    assert!(body.starts_with("1. We"));
    let (title, _, place, _, body) = h("Final communiqué of the eighth session of the Supreme Council, Riyadh, Saudi Arabia, 6-9 Jumada I A.H., 1408 (26-29 December 1987) At the invitation of the King");
    assert_eq!(title.as_deref(), Some("Final communiqué of the eighth session of the Supreme Council, Riyadh, Saudi Arabia, 6-9 Jumada I A.H., 1408 (26-29 December 1987)"));
    assert_eq!(place, None);
    assert!(body.starts_with("At the"));
    // A line of its own under the title stays the place.
    let (title, _, place, _, _) = h("Final Report of the Fifteenth Session of the Supreme Council Manamah, the State of Bahrain 19-21 December 1994 The Supreme Council held");
    assert_eq!(
        title.as_deref(),
        Some("Final Report of the Fifteenth Session of the Supreme Council")
    );
    assert!(place.is_some());
}

#[test]
fn a_spanish_heading_refers_back_with_de_la() {
    let t = "Anexo de la carta de fecha 10 de agosto de 2007 dirigida al Presidente del Comité de Relaciones con el País Anfitrión por el Ministro Consejero de la Misión de los Estados Unidos ante las Naciones Unidas Nota verbal de fecha 10 de agosto de 2007 dirigida a la Misión Permanente de Cuba ante las Naciones Unidas por la Misión de los Estados Unidos ante las Naciones Unidas La Misión de los Estados Unidos saluda atentamente";
    let hd = head(t, 0, t.len());
    assert_eq!(hd.label.as_deref(), Some("Anexo"));
    assert!(hd
        .heading
        .as_deref()
        .unwrap_or("")
        .ends_with("Misión de los Estados Unidos ante las Naciones Unidas"));
    let (a, b) = hd.title.unwrap();
    assert!(t[a..b].starts_with("Nota verbal de fecha 10 de agosto"));
    assert!(t[hd.body_start..].starts_with("La Misión"));
    assert_eq!(find_headings(t, &[]).len(), 1);
}

#[test]
fn a_participle_or_throughout_opens_the_text() {
    let (title, ..) = h("Statement of the Verkhovna Rada of Ukraine on the elections in the temporarily occupied territories \u{2013} the Autonomous and the city of Sevastopol Reconfirming its devotion to the ideals of democracy, stating its respect");
    assert_eq!(title.as_deref(), Some("Statement of the Verkhovna Rada of Ukraine on the elections in the temporarily occupied territories \u{2013} the Autonomous and the city of Sevastopol"));
    let (title, ..) = h("Final report of the Panel of Experts on Yemen Throughout the reporting period, Yemen continued its slide");
    assert_eq!(
        title.as_deref(),
        Some("Final report of the Panel of Experts on Yemen")
    );
    // A participle after a function word is the title's own.
    let (title, ..) = h("Report on Strengthening the role of the Organization The Committee met");
    assert_eq!(
        title.as_deref(),
        Some("Report on Strengthening the role of the Organization")
    );
}

#[test]
fn group_heading_then_first_label() {
    let t = "Annexes to the letter dated 12 December 2001 from the Permanent Representative of Qatar to the United Nations addressed to the Secretary-General Annex I [Original: Arabic] Statement by the Emir of the State of Qatar Praise be to God. We meet today";
    assert_eq!(find_headings(t, &[]), vec![Heading { start: 0 }]);
    let hd = head(t, 0, t.len());
    assert_eq!(hd.label.as_deref(), Some("Annex I"));
    assert!(hd
        .heading
        .as_deref()
        .unwrap_or("")
        .ends_with("Secretary-General"));
    assert_eq!(hd.original_language.as_deref(), Some("Arabic"));
    let title = hd.title.map(|(a, b)| &t[a..b]);
    assert_eq!(title, Some("Statement by the Emir of the State of Qatar"));
}

#[test]
fn group_heading_spanish() {
    let t = "Anexos de la carta de fecha 3 de mayo de 2001 dirigida al Secretario General por el Representante Permanente de Qatar ante las Naciones Unidas Anexo I Declaración final de la Conferencia Islámica Los ministros reunidos";
    assert_eq!(find_headings(t, &[]), vec![Heading { start: 0 }]);
    assert_eq!(head(t, 0, t.len()).label.as_deref(), Some("Anexo I"));
}

#[test]
fn group_heading_original_over_the_label() {
    let t = "Annexes to the letter dated 11 October 2001 from the Permanent Representative of Qatar to the United Nations addressed to the Secretary-General [Original: Arabic] Annex I Address of the Emir at the opening session We meet today";
    assert_eq!(find_headings(t, &[]), vec![Heading { start: 0 }]);
    let hd = head(t, 0, t.len());
    assert_eq!(hd.label.as_deref(), Some("Annex I"));
    assert_eq!(hd.original_language.as_deref(), Some("Arabic"));
}

#[test]
fn group_heading_keeps_the_second_annex() {
    let t = "Annexes to the letter dated 12 December 2001 from the Permanent Representative of Qatar to the United Nations addressed to the Secretary-General Annex I Statement by the Emir We meet today. Annex II Final communiqué The Conference met.";
    let starts: Vec<usize> = find_headings(t, &[]).iter().map(|h| h.start).collect();
    assert_eq!(starts, vec![0, t.find("Annex II").unwrap()]);
}

#[test]
fn verbs_start_in_ascii_lower_case() {
    // `is_verb` reads the list only for such a word.
    for v in sentence::VERBS {
        assert!(v.as_bytes()[0].is_ascii_lowercase(), "{v}");
        assert!(sentence::is_verb(v));
    }
    assert!(!sentence::is_verb("Is"));
}

#[test]
fn a_names_initial_after_a_comma_is_no_section_number() {
    let (title, _, _, _, body) = h("Protocol on the outcome of consultations of the Trilateral Contact Group on joint steps aimed at the implementation of the Peace Plan of the President of Ukraine, P. Poroshenko, and the initiatives of the President of the Russian Federation, V. Putin Upon consideration and discussion of the proposals put forward");
    assert!(title.unwrap().ends_with("Russian Federation, V. Putin"));
    assert!(body.starts_with("Upon consideration"));
    // A roman section number after a title's last word still opens the text.
    let (title, ..) = h(
        "Report of the Monitoring Team (October 2014) III. Middle East The situation has changed",
    );
    assert!(title.unwrap().ends_with("(October 2014)"));
}

#[test]
fn a_title_case_body_established_pursuant_to_a_resolution() {
    let (title, _, _, _, body) = h("First Report of the Monitoring Group on Afghanistan Established Pursuant to Security Council Resolution 1363 (2001) Executive Summary In paragraph 5 of its resolution 1363 (2001) the Security Council requested");
    assert_eq!(
        title.as_deref(),
        Some("First Report of the Monitoring Group on Afghanistan Established Pursuant to Security Council Resolution 1363 (2001)")
    );
    assert!(body.starts_with("Executive Summary"));
    // A resolution after an issuing body's line is still that body's ("Meeting of the League
    // of Arab States … Resolution 8042 concerning …").
    assert_eq!(
        super::lines::issuer_end("Meeting of the Council of the League of Arab States Resolution 8042 concerning Jerusalem"),
        Some(52)
    );
}
