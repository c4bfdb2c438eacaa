//! Facts drawn from the parts already read: session and agenda items from the circulation
//! request, the signatories, and the organizations and organs mentioned.

mod signatories;
mod voice;

use super::agenda;
use crate::gazetteer;
use crate::model::*;
use crate::text::{find_phrase, ordinal_at, phrase_at, reach_back, skip_spaces, slice, words};
use signatories::signatories;

/// Fills the facts of `doc` that the body and the annexes give (signatory groups wait for
/// the day: see `dated`).
pub(super) fn collect(doc: &mut Document, body_text: &str, diags: &mut super::Diagnostics) {
    circulation(doc, body_text);
    session_of_symbol(doc, diags);
    senders_from_signatures(doc);
    sender_from_voice(doc, body_text, diags);
    signer_state(doc);
    doc.signatories = signatories(doc);
    collect_entities(doc);
}

/// A title that lost a State's name ("from the Permanent Representatives of , Latvia and
/// Lithuania") has its senders in the letter's signatures ("Permanent Representative of the
/// Republic of Estonia"): a State a signature names joins the senders; none is guessed.
/// A letter without a title, signed by several ("(Signed) QIN Huasun … Permanent
/// Representative of China"), is sent by its signers likewise.
fn senders_from_signatures(doc: &mut Document) {
    let lost = doc
        .title
        .as_deref()
        .is_some_and(super::title::lost_state_name);
    let untitled = doc.title.is_none()
        && doc.kind != DocumentKind::Other
        && doc.sender.states.is_empty()
        && doc.sender.role.is_none();
    if !(lost || untitled) || doc.sender.organization.is_some() {
        return;
    }
    if lost {
        // An annex heading that repeats the title whole ("Annex to the letter dated … from
        // the Permanent Representative of Ethiopia …").
        for h in doc.annexes.iter().filter_map(|a| a.heading.as_deref()) {
            let restated = crate::text::words_iter(h)
                .find_map(|w| super::title::parse_at(h, w.start))
                .filter(|t| !super::title::lost_state_name(slice(h, t.start, t.end)));
            for s in restated.map(|t| t.sender.states).unwrap_or_default() {
                push_unique(&mut doc.sender.states, s);
            }
        }
    }
    for s in doc.signatures.iter().filter_map(|s| s.state.clone()) {
        push_unique(&mut doc.sender.states, s);
    }
    if !untitled {
        return;
    }
    // The signers' role: "Permanent Representative", several of them "… Representatives"; an
    // office held for a body ("President of the Security Council") sends with no State.
    let role = doc
        .signatures
        .iter()
        .filter_map(|s| s.title.as_deref())
        .map(super::sender::sender_of_signer)
        .find(|s| s.role.is_some())
        .filter(|s| !doc.sender.states.is_empty() || super::sender::holds_an_office(s))
        .and_then(|s| s.role);
    doc.sender.role = role.map(|r| {
        let several = doc.sender.states.len() > 1;
        if several && (r.ends_with("Representative") || r.ends_with("Observer")) {
            r + "s"
        } else {
            r
        }
    });
}

/// A letter whose title lost its State's name, or that has none, and whose signatures name no
/// State: the State the letter speaks for, as `voice::speaker` reads it.
fn sender_from_voice(doc: &mut Document, body: &str, diags: &mut super::Diagnostics) {
    let lost = doc
        .title
        .as_deref()
        .is_some_and(super::title::lost_state_name)
        || voice::state_role_without_state(doc);
    let untitled = doc.title.is_none() && doc.kind != DocumentKind::Other;
    if !(lost || untitled) || !doc.sender.states.is_empty() || doc.sender.organization.is_some() {
        return;
    }
    if let Some((s, how)) = voice::speaker(doc, body, lost) {
        diags.warn(
            "sender-state-from-letter",
            format!("The sender\u{2019}s State is not printed in the title; {how} {}, read as the sender\u{2019}s.", s.name),
            None,
        );
        doc.sender.states.push(s);
    }
}

/// The one signer of a letter from one State signs for it (however often the name is printed).
fn signer_state(doc: &mut Document) {
    let [state] = doc.sender.states.as_slice() else {
        return;
    };
    if doc.one_signer() {
        let state = state.clone();
        for s in &mut doc.signatures {
            s.state.get_or_insert_with(|| state.clone());
        }
    }
}

fn state_of(i: u16) -> Option<State> {
    gazetteer::states().get(i as usize).map(|s| State {
        code: s.code.to_string(),
        name: s.name.to_string(),
    })
}

fn push_unique(list: &mut Vec<State>, s: State) {
    if !list.iter().any(|x| x.code == s.code) {
        list.push(s);
    }
}

/// The General Assembly session a symbol numbers, when nothing else gives one: "A/58/815" (the
/// fifty-eighth session), "A/C.1/34/9" (its committees' too), "A/ES-10/39", "A/S-28/2". Only
/// the Assembly's own series: "A/HRC/25/…" numbers the Council's session, "A/AC.154/383" none.
fn session_of_symbol(doc: &mut Document, diags: &mut super::Diagnostics) {
    if doc.session.is_some() {
        return;
    }
    let Some(symbol) = doc.symbol.as_deref() else {
        return;
    };
    let Some(rest) = symbol.strip_prefix("A/") else {
        return;
    };
    // A main committee's documents: "C.1/34/9".
    let rest = match rest.strip_prefix("C.") {
        Some(c) => match c.split_once('/') {
            Some((n, r)) if n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()) => r,
            _ => return,
        },
        None => rest,
    };
    let (kind, rest, words) = if let Some(r) = rest.strip_prefix("ES-") {
        (
            SessionKind::EmergencySpecial,
            r,
            "emergency special session",
        )
    } else if let Some(r) = rest.strip_prefix("S-") {
        (SessionKind::Special, r, "special session")
    } else {
        (SessionKind::Regular, rest, "session")
    };
    let Some((n, tail)) = rest.split_once('/') else {
        return;
    };
    let number: u32 = match n.parse() {
        Ok(v) if (1..=150).contains(&v) && n.len() <= 3 && !tail.is_empty() => v,
        _ => return,
    };
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    doc.session = Some(Session {
        number: Some(number),
        kind,
        text: format!("{number}{suffix} {words}"),
    });
    diags.info(
        "session-from-symbol",
        format!(
            "The session is read from the symbol {symbol}: the document prints no session line."
        ),
        None,
    );
}

/// Session and agenda items from the circulation request in the body ("circulated as a document
/// of the fifty sixth session of the General Assembly under agenda items 10, 20, 21 (d) …") when
/// the front matter gives none.
fn circulation(doc: &mut Document, body: &str) {
    let sentence_with = |body: &str| -> Option<(usize, usize)> {
        for verb in [
            "circulated",
            "distributed",
            "circulate",
            "circulation",
            "issued as",
        ] {
            if let Some(p) = find_phrase(body, verb, 0) {
                let start = body[..p].rfind(". ").map_or(0, |i| i + 2);
                let end = body[p..].find(". ").map_or(body.len(), |i| p + i + 1);
                return Some((start, end));
            }
        }
        None
    };
    let Some((s, e)) = sentence_with(body) else {
        return;
    };
    let sentence = slice(body, s, e);
    if doc.session.is_none() {
        for w in words(sentence) {
            if let Some((n, oe)) = ordinal_at(sentence, w.start) {
                let q = skip_spaces(sentence, oe);
                // "… of the General Assembly under item 48 of the provisional agenda of its
                // fifty-seventh session": the Assembly's own, named before.
                let its = slice(sentence, reach_back(sentence, w.start, 5), w.start)
                    .trim_end()
                    .ends_with("its")
                    && phrase_at(sentence, q, "session").is_some()
                    && find_phrase(sentence, "general assembly", 0).is_some_and(|g| g < w.start);
                if phrase_at(sentence, q, "session of the general assembly").is_some() || its {
                    let printed = slice(sentence, w.start, q + "session".len()).to_string();
                    doc.session = Some(Session {
                        number: Some(n),
                        kind: SessionKind::Regular,
                        text: printed,
                    });
                    break;
                }
            }
        }
    }
    if doc.agenda_items.is_empty() {
        for head in [
            "under agenda items",
            "under agenda item",
            "under items",
            "under item",
        ] {
            if let Some(p) = find_phrase(sentence, head, 0) {
                let (numbers, _, _) = agenda::agenda_numbers_at(sentence, p + head.len());
                doc.agenda_items = numbers
                    .into_iter()
                    .map(|number| AgendaItem {
                        number: Some(number),
                        title: None,
                    })
                    .collect();
                break;
            }
        }
    }
    // "under the agenda item entitled “Human rights questions: …”", "under the items entitled
    // “…”, “…” and “…”": items named by their titles alone.
    if doc.agenda_items.is_empty() {
        if let Some(p) = find_phrase(sentence, "entitled", 0)
            .filter(|&p| slice(sentence, reach_back(sentence, p, 30), p).contains("item"))
        {
            doc.agenda_items = quoted_titles(slice(sentence, p + "entitled".len(), sentence.len()))
                .into_iter()
                .map(|t| AgendaItem {
                    number: None,
                    title: Some(t),
                })
                .collect();
        }
    }
}

/// The quoted titles a list opens with: “A”, “B” and “C” (curly or straight quotes); a few at
/// most, each of a title's length.
fn quoted_titles(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = list.trim_start();
    while out.len() < 30 {
        let Some(open) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\u{201c}'))
        else {
            break;
        };
        let inner = &rest[open.len_utf8()..];
        let Some(close) = inner.find(['"', '\u{201d}']).filter(|&c| c > 0 && c <= 300) else {
            break;
        };
        out.push(inner[..close].trim_end_matches([',', '.']).to_string());
        let after = inner[close..].chars().next().map_or(0, char::len_utf8);
        let tail = inner[close + after..].trim_start_matches([',', ' ']);
        rest = tail.strip_prefix("and ").unwrap_or(tail);
    }
    out
}

/// Organizations and organs in order of first mention.
fn collect_entities(doc: &mut Document) {
    let mut all: Vec<&Span> = Vec::new();
    all.extend(doc.title_spans.iter());
    for p in &doc.body {
        all.extend(p.spans.iter());
    }
    for a in &doc.annexes {
        all.extend(a.title_spans.iter());
        for p in &a.body {
            all.extend(p.spans.iter());
        }
    }
    let mut orgs: Vec<Organization> = Vec::new();
    let mut organs: Vec<Organ> = Vec::new();
    for sp in all {
        match &sp.kind {
            SpanKind::Organization { id } if !orgs.iter().any(|o| &o.id == id) => {
                if let Some(o) = gazetteer::organization_by_id(id) {
                    orgs.push(Organization {
                        id: o.id.to_string(),
                        acronym: o.acronym.map(str::to_string),
                        name: o.name.to_string(),
                    });
                }
            }
            SpanKind::Organ { id } if !organs.iter().any(|o| &o.id == id) => {
                if let Some(o) = gazetteer::organ_by_id(id) {
                    organs.push(Organ {
                        id: o.id.to_string(),
                        name: o.name.to_string(),
                    });
                }
            }
            _ => {}
        }
    }
    doc.organizations = orgs;
    doc.organs = organs;
}

#[cfg(test)]
mod tests {
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
        let talked = "Letter dated 16 July 2020 from the Permanent Representative of to the United Nations addressed to the Secretary-General I am writing to express Armenia\u{2019}s grave concern. (Signed) Mher Margaryan Ambassador Permanent Representative";
        assert!(senders(talked).is_empty());
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
    fn the_parties_a_joint_texts_title_names() {
        let codes =
            |t: &str| -> Vec<String> { joint_parties(t).into_iter().map(|s| s.code).collect() };
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
}
