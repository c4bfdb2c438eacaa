use super::signatories::{authors, joint_parties, listed_members};

fn codes(t: &str) -> Vec<String> {
    authors(t).into_iter().map(|s| s.code).collect()
}

#[test]
fn a_name_cut_from_the_title_is_read_where_the_document_repeats_it() {
    let senders = |t: &str| -> Vec<String> {
        crate::parse(t)
            .unwrap()
            .sender
            .states
            .into_iter()
            .map(|s| s.code)
            .collect()
    };
    let annexed = "Letter dated 5 July 2021 from the Permanent Representative of to the United Nations addressed to the President of the Security Council I have the honour to convey a letter (see annex). (Signed) Taye Atskeselassie Amde Ambassador Permanent Representative Annex to the letter dated 5 July 2021 from the Permanent Representative of Ethiopia to the United Nations addressed to the President of the Security Council I would like to extend my best wishes.";
    assert_eq!(senders(annexed), ["ETH"]);
    // An annex heading that lost the name too says nothing.
    assert!(senders(&annexed.replace("of Ethiopia", "of")).is_empty());
    // The letter's own mentions are not evidence: it may talk of any State.
    let talked = "Letter dated 16 July 2020 from the Permanent Representative of to the United Nations addressed to the Secretary-General I am writing about Armenia\u{2019}s shelling of the border. (Signed) Mher Margaryan Ambassador Permanent Representative";
    assert!(senders(talked).is_empty());
    // A position the letter voices as a State's is its own (`voice::stance`).
    let voiced = talked.replace(
        "about Armenia\u{2019}s shelling of",
        "to express Armenia\u{2019}s grave concern about",
    );
    assert_eq!(senders(&voiced), ["ARM"]);
}

#[test]
fn items_named_by_their_titles_in_the_circulation_request() {
    let t = "Letter dated 15 January 1997 from the Permanent Representative of the Netherlands to the United Nations addressed to the Secretary-General I should be grateful if you would have this letter circulated as a document of the General Assembly, under the items entitled \u{201c}Question of Palestine\u{201d}, \"The situation in the Middle East\" and \u{201c}Human rights questions: human rights situations\u{201d}, and of the Security Council.";
    let d = crate::parse(t).unwrap();
    let titles: Vec<_> = d
        .agenda_items
        .iter()
        .map(|a| (a.number.as_deref(), a.title.as_deref()))
        .collect();
    assert_eq!(
        titles,
        [
            (None, Some("Question of Palestine")),
            (None, Some("The situation in the Middle East")),
            (
                None,
                Some("Human rights questions: human rights situations")
            ),
        ]
    );
}

#[test]
fn the_transmittal_sentence_names_the_authors_not_its_paragraph() {
    let signatories = |t: &str| -> Vec<String> {
        let mut v: Vec<String> = crate::parse(t)
            .unwrap()
            .signatories
            .into_iter()
            .map(|s| s.code)
            .collect();
        v.sort();
        v
    };
    let head = "Letter dated 20 September 2019 from the Permanent Representative of Cuba to the United Nations addressed to the Secretary-General ";
    // Statements "also delivered by" are enclosed too.
    let t = format!("{head}I have the honour to enclose herewith the statements delivered by the representatives of Belgium and China. Statements were also delivered by Mr. I. Dacic, Minister for Foreign Affairs of Serbia, and by Mr. G. Konjufca.");
    assert_eq!(signatories(&t), ["BEL", "CHN", "CUB", "SRB"]);
    // Another sentence of the paragraph names a Government that wrote nothing.
    let t = format!("{head}I write to denounce the hegemony of the Government of the United States of America in the region. I attach a letter from the Permanent Representatives of Indonesia, the Philippines and Thailand (see annex).");
    assert_eq!(signatories(&t), ["CUB", "IDN", "PHL", "THA"]);
    // "Ms. DiCarlo" does not end the sentence; the delegation wrote the statement, not the
    // Prime Minister it replies to.
    let t = format!("{head}I enclose herewith the statement of the delegation of the Republic of Cyprus in reply to the remarks made by Ms. A. Smith, Prime Minister of the Republic of Turkey (see annex).");
    assert_eq!(signatories(&t), ["CUB", "CYP"]);
}

#[test]
fn authors_named_by_their_office() {
    assert_eq!(
        codes("a statement by the Ministers for Foreign Affairs of Kazakhstan and Kyrgyzstan"),
        ["KAZ", "KGZ"]
    );
    let d = crate::parse("Letter dated 27 February 2007 from the Permanent Representative of Kuwait to the United Nations addressed to the Secretary-General I have the honour to send you this letter on behalf of the Arab States Members of the United Nations (the Hashemite Kingdom of Jordan, the United Arab Emirates, the Republic of Tunisia and the State of Kuwait). (Signed) Abdullah Almurad Permanent Representative").unwrap();
    let mut got: Vec<String> = d.signatories.into_iter().map(|s| s.code).collect();
    got.sort();
    assert_eq!(got, ["ARE", "JOR", "KWT", "TUN"]);
    let d = crate::parse("Letter dated 31 October 2024 from the Permanent Representative of Venezuela to the United Nations addressed to the Secretary-General I transmit the declaration (see annex). (Signed) Samuel Moncada Permanent Representative Annex Political declaration of the Group of Friends - We, representatives of Algeria, Belarus, Cuba and Zimbabwe, members of the Group of Friends, met in New York.").unwrap();
    let mut got: Vec<String> = d.signatories.into_iter().map(|s| s.code).collect();
    got.sort();
    assert_eq!(got, ["BLR", "CUB", "DZA", "VEN", "ZWE"]);
    let d = crate::parse("Letter dated 13 December 1989 from the Permanent Representative of El Salvador to the United Nations addressed to the Secretary-General I transmit the Declaration (see annex). (Signed) Ricardo Castaneda Permanent Representative ANNEX Declaration of San Isidro de Coronado The Presidents of Costa Rica, El Salvador, Guatemala, Honduras and Nicaragua, meeting at a special session, ratified the agreement.").unwrap();
    assert_eq!(d.signatories.len(), 5);
    // The recipients of a message are not its authors.
    assert!(codes("the Message of the Council to the Presidents of the Republic of Armenia and the Azerbaijan Republic").is_empty());
    assert_eq!(
        codes("the Heads of State or Government of Brazil, India and South Africa"),
        ["BRA", "IND", "ZAF"]
    );
}

#[test]
fn a_name_the_title_lost_is_read_from_the_signatures() {
    let codes = |t: &str| {
        let d = crate::parse(t).unwrap();
        let mut c: Vec<String> = d.sender.states.into_iter().map(|s| s.code).collect();
        c.sort();
        (
            c,
            d.diagnostics
                .iter()
                .any(|x| x.code == "sender-state-missing"),
        )
    };
    let t = "%%%|\n\nLetter dated 8 July 1992 from the Permanent Representatives of , Latvia and Lithuania to the United Nations addressed to the Secretary-General We have the honour to transmit the address. (Signed) Ernst JAAKSON Ambassador Permanent Representative of the Republic of Estonia to the United Nations (Signed) Aivars BAUMANIS Permanent Representative of the Republic of Latvia to the United Nations (Signed) Anicetas SIMUTIS Permanent Representative of the Republic of Lithuania to the United Nations";
    assert_eq!(
        codes(t),
        (vec!["EST".into(), "LTU".into(), "LVA".into()], true)
    );
    // No signature names the State: it stays empty, and the Document says why.
    let t = "%%%|\n\nLetter dated 1 July 1996 from the Permanent Representative of to the United Nations addressed to the Secretary-General I have the honour to transmit the press release. (Signed) Luis VALENCIA RODRIGUEZ Permanent Representative";
    assert_eq!(codes(t), (vec![], true));
    // An untitled letter signed by several is theirs.
    let t = "%%%|\n\nSecurity Council 26 September 1996 We have the honour to transmit herewith the statement. We should be grateful if you would have it circulated. (Signed) QIN Huasun (Signed) Alain DEJAMMET Permanent Representative of Permanent Representative of China to the United Nations France to the United Nations (Signed) Sergei V. LAVROV Permanent Representative of the Russian Federation to the United Nations";
    let d = crate::parse(t).unwrap();
    let mut c: Vec<&str> = d.sender.states.iter().map(|s| s.code.as_str()).collect();
    c.sort();
    assert_eq!(c, ["CHN", "FRA", "RUS"]);
    assert_eq!(d.sender.role.as_deref(), Some("Permanent Representatives"));
    // A title that lost nothing keeps its senders.
    let t = "%%%|\n\nLetter dated 1 July 1996 from the Permanent Representative of Peru to the United Nations addressed to the Secretary-General I have the honour. (Signed) A B Permanent Representative of Chile";
    assert_eq!(codes(t), (vec!["PER".into()], false));
}

#[test]
fn members_the_letter_lists() {
    let t = "I have the honour, on behalf of the Group, to inform you that the members of the Group are the following: Egypt, Cuba, India and Brazil. Israel is not.";
    let got: Vec<String> = listed_members(t).into_iter().map(|s| s.code).collect();
    assert_eq!(got, ["EGY", "CUB", "IND", "BRA"]);
    // A list of other things, or of States the letter only talks about: no members.
    assert!(listed_members("The dates are the following: 3 May. Egypt, Cuba").is_empty());
    assert!(listed_members("We condemn the attacks on the following: Egypt, Cuba").is_empty());
}

#[test]
fn the_assemblys_session_named_as_its_own() {
    let session = |t: &str| crate::parse(t).unwrap().session.and_then(|s| s.number);
    assert_eq!(session("I have the honour to transmit a letter. I should be grateful if you would have this letter circulated as a document of the General Assembly at its forty-eighth session, under agenda items 34 and 35."), Some(48));
    assert_eq!(session("I have the honour to transmit a letter. I should be grateful if you would have this letter circulated as a document of the Security Council and of the General Assembly under item 48 of the provisional agenda of its fifty-seventh session."), Some(57));
    // Another body's session is not the Assembly's.
    assert_eq!(session("I have the honour to transmit a letter. I should be grateful if you would have this letter circulated as a document of the Commission at its fifty-second session."), None);
}

#[test]
fn states_enumerated_as_the_texts_own_subject() {
    let joint = |t: &str| -> Vec<String> {
        super::signatories::joint_subject(t)
            .map(|j| j.1.into_iter().map(|s| s.code).collect())
            .unwrap_or_default()
    };
    assert_eq!(joint("The Arab Republic of Egypt and the Islamic Republic of Mauritania, in our respective capacities as Chair of the Arab Group, make the present request."), ["EGY", "MRT"]);
    assert_eq!(joint("The Mission has the honour to state their position as follows: \u{2013} France, Germany and the United Kingdom underline the importance of the freedom of navigation."), ["FRA", "DEU", "GBR"]);
    // States the text talks about, or one State alone: none.
    assert!(joint("The talks between France and Germany underline the point.").is_empty());
    assert!(joint("We regret that France and Germany were absent.").is_empty());
    let d = crate::parse("The Arab Republic of Egypt and the Islamic Republic of Mauritania, in our respective capacities as Chair of the Arab Group and of the OIC Group, make the present request for the resumption of the session.").unwrap();
    let got: Vec<&str> = d.sender.states.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(got, ["EGY", "MRT"]);
}

#[test]
fn the_parties_a_joint_texts_title_names() {
    let codes = |t: &str| -> Vec<String> { joint_parties(t).into_iter().map(|s| s.code).collect() };
    assert_eq!(
        codes("Joint communiqué of the Jordan-Palestine-Egypt tripartite summit held in Cairo on 5 July 1998"),
        ["JOR", "PSE", "EGY"]
    );
    assert_eq!(
        codes("Joint statement of the Russian Federation and the United States on Syria"),
        ["RUS", "USA"]
    );
    // One State, or a text that is not joint: none.
    assert!(codes("Joint statement of the Ministry of Foreign Affairs of Egypt").is_empty());
    assert!(codes("Communiqué of the summit of Egypt and Jordan").is_empty());
}

#[test]
fn the_authors_of_texts_a_letter_answers_are_none() {
    assert!(codes("I have the honour to transmit herewith to you China's position paper regarding the two letters and their annexes (A/68/942, A/68/943) dated 3 July 2014 from the Permanent Representative of Viet Nam to the United Nations").is_empty());
    assert_eq!(
        codes("I have the honour to transmit herewith the statement issued by the Ministers for Foreign Affairs of Peru and Ecuador"),
        ["PER", "ECU"]
    );
}

#[test]
fn the_authors_of_a_text_followed_up_are_none() {
    assert_eq!(codes("Upon instructions from my Government and further to the letter dated 23 December 2010 from the Permanent Representative of Turkey to the United Nations addressed to the Secretary-General, by which a press release issued by the Ministry of Foreign Affairs of Turkey on 21 December 2010 was circulated, I have the honour to transmit herewith a press release issued in response by the Ministry of Foreign Affairs of the Republic of Cyprus (see annex)."), ["CYP"]);
    assert!(codes("I am writing further to the letter dated 8 January 2021 from the Permanent Representative of the Bolivarian Republic of Venezuela, Ambassador Samuel Moncada.").is_empty());
}

#[test]
fn a_state_the_letter_talks_about_is_no_author() {
    assert!(codes("My Government reiterates the content of its letter of 8 October 2008, and insists that this renewed act of aggression by Rwanda should be condemned").is_empty());
    assert!(codes("a statement of the Government on the situation in Lebanon").is_empty());
}

#[test]
fn an_untitled_letter_signed_for_an_office_is_sent_by_it() {
    let t = "I have the honour to inform you that the members of the Council have decided \
             to send a mission. I should be grateful if you could have the present letter \
             circulated as a document of the Security Council. (Signed) Jorge Urbina \
             President of the Security Council Security Council mission to Afghanistan: \
             terms of reference 1. To reaffirm the Council's support.";
    let d = crate::parse(t).unwrap();
    assert_eq!(
        d.sender.role.as_deref(),
        Some("President of the Security Council")
    );
    assert!(d.sender.states.is_empty());
    assert_eq!(
        d.signatures[0].title.as_deref(),
        Some("President of the Security Council")
    );
    // A signer for a State names none: the role alone is no sender.
    let t = "I have the honour to transmit the text. (Signed) Ali Bengelloun Permanent \
             Representative";
    assert_eq!(crate::parse(t).unwrap().sender.role, None);
}

#[test]
fn states_written_for_after_a_colon_in_the_letters_own_voice() {
    let signatories = |t: &str| -> Vec<String> {
        crate::parse(t)
            .unwrap()
            .signatories
            .into_iter()
            .map(|s| s.code)
            .collect()
    };
    let title = "Letter dated 12 December 2007 from the Permanent Representative of Belgium to the United Nations addressed to the President of the Security Council ";
    let eu = format!("{title}I am writing to you on behalf of the members of the Security Council which are members of the European Union: France, Italy, Slovakia, the United Kingdom and my own country, Belgium. I have the honour to enclose the conclusions.");
    assert_eq!(signatories(&eu), ["FRA", "ITA", "SVK", "GBR", "BEL"]);
    // A list deep in a sentence about a draft is its co-sponsors, not the letter's authors.
    let cosponsors = format!("{title}I have the honour, on behalf of the Group, to request you to add the list below to the co-sponsors of the draft resolution presented on 18 January 2011 by Lebanon, on behalf of the following States members of the Organization: France, Italy, Slovakia.");
    assert_eq!(signatories(&cosponsors), ["BEL"]);
    // A list that opens with "the"; an aside before a colon that names others.
    let the = format!("{title}I am writing to you on behalf of the members of the European Union: the Netherlands, France and Italy. I enclose the conclusions.");
    assert_eq!(signatories(&the), ["BEL", "NLD", "FRA", "ITA"]);
    let aside = format!("{title}I have the honour, on behalf of the Group of Friends, to inform you that these States have joined the co-sponsors: Chile, Peru and Brazil.");
    assert_eq!(signatories(&aside), ["BEL"]);
}

#[test]
fn the_session_a_general_assembly_symbol_numbers() {
    let session = |symbol: &str| {
        let t = format!("United Nations {symbol} Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write.");
        crate::parse(&t)
            .unwrap()
            .session
            .map(|s| (s.number, s.kind, s.text))
    };
    use crate::model::SessionKind::*;
    assert_eq!(
        session("A/58/815-S/2004/438"),
        Some((Some(58), Regular, "58th session".into()))
    );
    assert_eq!(
        session("A/C.1/34/9"),
        Some((Some(34), Regular, "34th session".into()))
    );
    assert_eq!(
        session("A/ES-10/39-S/2000/1015"),
        Some((
            Some(10),
            EmergencySpecial,
            "10th emergency special session".into()
        ))
    );
    assert_eq!(
        session("A/61/12"),
        Some((Some(61), Regular, "61st session".into()))
    );
    // Not the Assembly's series, or no session in it.
    for other in ["A/HRC/25/G/13", "A/AC.154/383", "A/5763", "S/2004/438"] {
        assert_eq!(session(other), None, "{other}");
    }
}

#[test]
fn an_untitled_letters_role_is_its_signers_office_once_its_state_is_read() {
    let t = "Security Council Distr. GENERAL S/1997/354 6 May 1997 ENGLISH ORIGINAL: On instructions from my Government, I have the honour to transmit to you herewith a letter dated 6 May 1997 addressed to you by Mr. Mohammed Said Al-Sahaf, Minister for Foreign Affairs of the Republic of Iraq, concerning the border. I should be grateful if you would have the present letter circulated as a document of the Security Council. (Signed) Nizar HAMDOON Ambassador Permanent Representative";
    let d = crate::parse(t).unwrap();
    assert_eq!(d.sender.states[0].code, "IRQ");
    assert_eq!(d.sender.role.as_deref(), Some("Permanent Representative"));
    // Without a signer's title, no role is guessed.
    let bare = t.replace(" Ambassador Permanent Representative", "");
    assert!(crate::parse(&bare).unwrap().sender.role.is_none());
}

#[test]
fn authors_of_several_offices_in_one_list() {
    let t = "the text of the Trujillo Act, which was signed on 10 March 1996 by the heads of State of Bolivia, Colombia, Ecuador and Peru, the Personal Representative of the President of Venezuela and the President of Panama as an observer";
    assert_eq!(codes(t), ["BOL", "COL", "ECU", "PER", "VEN"]);
    // A State the list's next clause only talks of is no author.
    let t = "signed by the heads of State of Bolivia and Peru, the border with Chile being closed";
    assert_eq!(codes(t), ["BOL", "PER"]);
}

#[test]
fn those_that_attended_a_meeting_are_not_its_authors() {
    let t = "I have the honor to transmit herewith the Tripoli Declaration of the meeting of African Heads of State and Government held at Tripoli from 5 to 8 August 1982 and attended by the following countries: Algeria, Angola, Benin and Botswana.";
    assert!(listed_members(t).is_empty());
    let t = "The members of the Group are the following: Algeria, Angola, Benin and Botswana.";
    assert_eq!(listed_members(t).len(), 4);
}
