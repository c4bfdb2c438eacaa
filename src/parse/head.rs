//! The head of the document: its title, the front matter before the title, and the
//! document's own footnotes, numbered in reading order of their markers. Without a title, a
//! page's report of the letter fills what the opening did not say; a State's "Ambassador" it
//! names as writing to the United Nations' offices is read as its Permanent Representative.

use super::{annex, debris, footnotes, front, reported, text, title, Diagnostics};
use crate::model::*;
use crate::text::slice;

/// What the head leaves for the stages after it.
pub(super) struct Head {
    /// Where the letter starts in the text: after the title and a marker glued to it.
    pub(super) rest_start: usize,
    /// The footnote markers that stand in running text, with their note numbers.
    pub(super) markers_in_text: Vec<(String, u32)>,
}

/// Reads the title and the front matter into `doc`, and the document's own notes.
pub(super) fn read(
    doc: &mut Document,
    cleaned: &debris::Cleaned,
    foot: &footnotes::Extracted,
    diags: &mut Diagnostics,
) -> Head {
    let text = foot.text.as_str();

    // Title and front matter.
    let title = title::find(text, 8000).or_else(|| {
        let t = title::find_damaged(text, 8000)?;
        diags.warn(
            "title-damaged",
            "The title\u{2019}s first words are damaged; it was read from \u{201c}from \u{2026} addressed to \u{2026}\u{201d}.".into(),
            Some(t.start),
        );
        Some(t)
    }).or_else(|| {
        let t = super::described::find(text, 2000)?;
        diags.warn(
            "title-described",
            "No title was printed; the kind, sender and addressees were read from the copy\u{2019}s heading (\u{201c}Letter from \u{2026}, to \u{2026}:\u{201d}) and the date from the line before it or the dateline after it.".into(),
            Some(t.start),
        );
        Some(t)
    });
    // A title inside an annex heading ("Annex to the letter dated … addressed to …") is the
    // heading's account of the letter: the document prints no title, and its letter is the
    // text before that heading.
    let described = title
        .as_ref()
        .is_some_and(|t| annex::refers_back_before(text, t.start));
    // A title after a signed close ("… (Signed) Kofi A. ANNAN Letter dated 13 November 1998
    // from …"): the heading of the letter the untitled one encloses, read as its annex.
    let enclosed = !described
        && title
            .as_ref()
            .is_some_and(|t| super::signature::find_signed_before(text, 0, t.start).is_some());
    let title = if enclosed {
        diags.warn(
            "title-after-signature",
            "The first title stands after a signed close: it heads the letter the untitled one encloses, read as its annex.".into(),
            title.as_ref().map(|t| t.start),
        );
        None
    } else {
        title
    };
    // "Note by the Secretary-General" before any letter's title: the office's cover note, and
    // the letter it circulates is its annex.
    let note_by = title::find_note_by(text, title.as_ref().map_or(8000, |t| t.start));
    let (front_end, rest_start) = match (&note_by, &title) {
        (Some((s, e, _)), _) => (*s, *e),
        (None, Some(t)) if !described => (t.start, t.end),
        _ => (0, 0),
    };
    let front = front::parse(slice(text, 0, front_end));
    if !front.unknown.is_empty() {
        diags.warn(
            "front-matter-unread",
            format!(
                "Did not recognize in the front matter: \u{201c}{}\u{201d}.",
                front.unknown.join(" \u{2026} ")
            ),
            Some(0),
        );
    }
    doc.symbol = front.symbol.clone().or_else(|| {
        let s = cleaned.header_symbols.first()?.clone();
        Some(s)
    });
    doc.masthead = front.masthead.clone();
    doc.session = front.session.clone();
    doc.security_council_year = front.sc_year;
    doc.agenda_items = front.agenda.clone();
    let mut title_marker = None;
    let mut rest_start = rest_start;
    match (note_by, &title) {
        (Some((s, e, office)), _) => {
            doc.kind = DocumentKind::Other;
            doc.title = Some(slice(text, s, e).to_string());
            doc.sender = Sender {
                role: Some(office),
                ..Sender::default()
            };
        }
        (None, Some(t)) if described => {
            doc.kind = t.kind;
            doc.date = t.date.clone();
            doc.sender = t.sender.clone();
            doc.addressees = t.addressees.clone();
            diags.warn(
                "no-title",
                "The document prints no title; its kind, date, sender and addressee were read from its annex\u{2019}s heading (\u{201c}Annex to the letter dated \u{2026}\u{201d}).".into(),
                Some(t.start),
            );
        }
        (None, Some(t)) => {
            doc.kind = t.kind;
            doc.language = title::language_at(text, t.start).map(str::to_string);
            doc.date = t.date.clone();
            doc.sender = t.sender.clone();
            doc.addressees = t.addressees.clone();
            doc.title = Some(slice(text, t.start, t.end).to_string());
            let glued = text::glued_marker_len(text, t.end);
            if glued > 0 {
                title_marker = Some(slice(text, t.end, t.end + glued).to_string());
                rest_start += glued;
            }
            if !t.complete {
                diags.warn(
                    "title-end-guessed",
                    "The title names no known addressee; where it ends is a guess.".into(),
                    Some(t.start),
                );
            }
            if t.date.is_none() {
                diags.warn(
                    "title-without-date",
                    "The title gives no date the parser could read.".into(),
                    Some(t.start),
                );
            }
            // "the Permanent Representative of to the United Nations": a name the source lost;
            // the part of the name the title kept may fit one State only.
            let lost = title::lost_state_name(slice(text, t.start, t.end));
            if lost || doc.sender.states.is_empty() {
                let (a, b) = t.sender_span;
                let named = |n: &str| text::find_phrase(text, n, 0).is_some();
                if let Some((s, by_mention)) =
                    super::sender::completed_name(slice(text, a, b), named)
                {
                    if by_mention {
                        diags.warn(
                            "sender-state-completed",
                            format!("The title kept only part of the sender State\u{2019}s name; of the States it fits, {} is the one the document names.", s.name),
                            Some(a),
                        );
                    }
                    if !doc.sender.states.contains(&s) {
                        doc.sender.states.push(s);
                    }
                }
            }
            if lost {
                diags.warn(
                    "sender-state-missing",
                    "The title lost a State\u{2019}s name (\u{201c}of to the\u{201d}, \u{201c}of , Latvia\u{201d}); the senders are the States the title and the letter\u{2019}s signatures name, never a guess.".into(),
                    Some(t.start),
                );
            }
        }
        (None, None) => match super::opening::read(text) {
            Some(o) => {
                // The masthead above the first words: "Security Council 7 February 1967",
                // "General Assembly Agenda item 30 Question of … Security Council Fifty-ninth
                // year".
                take_masthead(doc, front::parse(slice(text, 0, o.start)));
                doc.kind = o.kind;
                doc.date = o.date;
                doc.sender = o.sender;
                doc.addressees = o.addressees;
                diags.warn(
                    "no-title",
                    "No title was found; the kind, sender and addressee were read from the opening formula (\u{201c}presents its compliments to \u{2026}\u{201d}, \u{201c}I have the honour \u{2026}\u{201d}).".into(),
                    Some(0),
                );
                // What the formula left unsaid, a page's lead before it may report.
                if let Some(r) = report(slice(
                    text,
                    0,
                    text::reach(text, 0, reported::REACH).min(o.start),
                )) {
                    take_report(doc, r, true, diags);
                }
            }
            None => match report(slice(text, 0, text::reach(text, 0, reported::REACH))) {
                Some(r) => {
                    doc.kind = DocumentKind::Letter;
                    take_report(doc, r, false, diags);
                }
                None => {
                    // A text cut before its title may still be a whole masthead (symbol, session,
                    // agenda items), when it opens with one: its symbol in its first line or two.
                    let head = slice(text, 0, text::reach(text, 0, MASTHEAD_MAX));
                    let opens =
                        |sym: &str| head.find(sym).is_some_and(|at| at < MASTHEAD_SYMBOL_WITHIN);
                    let masthead = front::parse(head);
                    let read = masthead.symbol.as_deref().is_some_and(opens)
                        && take_masthead(doc, masthead);
                    let also = if read {
                        " The masthead at its head was read."
                    } else {
                        ""
                    };
                    diags.warn(
                    "no-title",
                    format!("No title such as \u{201c}Letter dated \u{2026}\u{201d} or \u{201c}Note verbale dated \u{2026}\u{201d} was found; the whole text is read as the body.{also}"),
                    Some(0),
                );
                }
            },
        },
    }

    // The untitled letter that encloses one is a letter, dated by the date that opens it
    // ("14 November 1998 As I informed …") when no opening formula dated it.
    if enclosed {
        if doc.kind == DocumentKind::Other {
            doc.kind = DocumentKind::Letter;
        }
        if doc.date.is_none() {
            if let Some(d) = opening_date(text) {
                diags.warn(
                    "date-from-dateline",
                    "The untitled letter\u{2019}s date was read from the date that opens it."
                        .into(),
                    Some(d.start),
                );
                doc.date = Some(d.iso);
            }
        }
    }

    // Notes from the document itself, numbered in reading order of their markers.
    let mut markers_in_text: Vec<(String, u32)> = Vec::new();
    let mut ordered: Vec<(usize, NoteAnchor, &footnotes::FootText)> = Vec::new();
    for ft in &foot.notes {
        let anchor = if front.agenda_marker.as_deref() == Some(ft.marker.as_str()) {
            NoteAnchor::Agenda
        } else if title_marker.as_deref() == Some(ft.marker.as_str()) {
            NoteAnchor::Title
        } else if ft.marker_pos < front_end {
            NoteAnchor::Masthead
        } else {
            NoteAnchor::Text
        };
        ordered.push((ft.marker_pos, anchor, ft));
    }
    text::sort_by_key(&mut ordered, |o| o.0 as u64);
    for (n, (_, anchor, ft)) in ordered.iter().enumerate() {
        let number = n as u32 + 1;
        if *anchor == NoteAnchor::Text {
            markers_in_text.push((ft.marker.clone(), number));
        }
        doc.notes.push(Note {
            number,
            kind: NoteKind::Original,
            marker: Some(ft.marker.clone()),
            label: None,
            anchor: *anchor,
            target: None,
            text: ft.text.clone(),
            spans: Vec::new(),
            links: Vec::new(),
            list: None,
        });
    }

    Head {
        rest_start,
        markers_in_text,
    }
}

/// How near the text's start a date must stand to date an untitled letter: an organ's name
/// may precede it ("Security Council 29 March 1985").
const DATELINE_WITHIN: usize = 40;

/// The date among the first words of `text`, before any sentence has begun.
fn opening_date(text: &str) -> Option<crate::text::DateMatch> {
    let head = slice(text, 0, text::reach(text, 0, DATELINE_WITHIN + 24));
    let d = crate::text::find_dates(head).into_iter().next()?;
    let before = slice(text, 0, d.start);
    let sentence = before.contains(['.', ',']);
    (d.start <= DATELINE_WITHIN && !sentence).then_some(d)
}

/// A page's report of the letter in `lead` (its first words): its account of it, else a
/// heading at its top that names the addressee alone.
fn report(lead: &str) -> Option<reported::Report> {
    reported::find(lead, lead.len()).or_else(|| {
        let h = super::described::unsent(lead)?;
        Some(reported::Report {
            start: h.start,
            date: h.date,
            sender: h.sender,
            addressees: h.addressees,
        })
    })
}

/// Fills what `doc` lacks from a page's report of the letter ("… has sent a letter to the UN
/// Secretary General …"), and says so.
fn take_report(
    doc: &mut Document,
    mut r: reported::Report,
    formula: bool,
    diags: &mut Diagnostics,
) {
    let mut took = false;
    let named = r.sender.role.is_some() || !r.sender.states.is_empty();
    if named && doc.sender.role.is_none() && doc.sender.states.is_empty() {
        ambassador_as_office(&mut r, diags);
        doc.sender = r.sender;
        took = true;
    } else if named && doc.sender.states.is_empty() && doc.sender.organization.is_none() {
        doc.sender.states = r.sender.states;
        took |= !doc.sender.states.is_empty();
    }
    // The letter's first address block may name one of the offices the page says it went to
    // ("H.E. Mr. Ban Ki-moon … H.E. Mr. Marcello Spatafora President of the Security Council"):
    // the page's list holds it and more.
    let more = r.addressees.len() > doc.addressees.len()
        && doc.addressees.iter().all(|a| r.addressees.contains(a));
    if more {
        doc.addressees = r.addressees;
        took = true;
    }
    if doc.date.is_none() && r.date.is_some() {
        doc.date = r.date;
        took = true;
    }
    if took {
        let what = if formula {
            "what the opening formula did not say"
        } else {
            "the kind, sender, addressees and date"
        };
        diags.warn(
            "letter-reported",
            format!("No title was printed; {what} were read from the page\u{2019}s account of the letter (\u{201c}\u{2026} has sent a letter to \u{2026}\u{201d})."),
            Some(r.start),
        );
    }
}

/// A State's "Ambassador" writing to the United Nations' offices ("Georgian Ambassador’s
/// Letter to the UN Security Council", "Head of the Permanent Representation of Azerbaijan to
/// UN, Ambassador …"): a report names the rank, the letter is its Permanent Representative's.
fn ambassador_as_office(r: &mut reported::Report, diags: &mut Diagnostics) {
    let one_state = r.sender.states.len() == 1 && r.sender.organization.is_none();
    if r.sender.role.as_deref() != Some("Ambassador") || !one_state || r.addressees.is_empty() {
        return;
    }
    r.sender.role = Some("Permanent Representative".to_string());
    diags.warn(
        "role-from-rank",
        "The page names the sender by rank (\u{201c}Ambassador\u{201d}); a State\u{2019}s ambassador writing to the United Nations is read as its Permanent Representative.".into(),
        Some(r.start),
    );
}

/// The most text a masthead read without a title or an opening may take, and how near its
/// start the masthead's symbol must stand ("United Nations A/51/473 General Assembly …").
const MASTHEAD_MAX: usize = 8 * 1024;
const MASTHEAD_SYMBOL_WITHIN: usize = 200;

/// Takes `above` (the front matter read before a document's first words) as a UN masthead,
/// filling what the document lacks; whether it was one. A UN masthead prints the document's symbol: without one,
/// the organs and dates there are an address block's or a web page's. (A resolution's symbol is
/// one the text cites: no letter is issued as one.)
fn take_masthead(doc: &mut Document, above: front::Front) -> bool {
    let masthead =
        (above.symbol.as_deref()).is_some_and(|s| !s.contains("/RES/") && !s.contains("/PRST/"));
    if !masthead {
        return false;
    }
    doc.symbol = doc.symbol.take().or(above.symbol);
    doc.session = doc.session.take().or(above.session);
    doc.security_council_year = doc.security_council_year.or(above.sc_year);
    if doc.agenda_items.is_empty() {
        doc.agenda_items = above.agenda;
    }
    if doc.masthead.organs.is_empty() && doc.masthead.issued.is_none() {
        doc.masthead = above.masthead;
    }
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_text_that_opens_with_a_masthead_and_no_title_keeps_it() {
        // A joint masthead cut before its title (A/51/473), and a document of another kind
        // (A/64/100, an annotated list): symbol, session, agenda items and issue date are read.
        let joint = "%%%|\n\nUnited Nations A/51/473 General Assembly Distr. GENERAL 10 October 1996 ORIGINAL: SPANISH A/51/473 S/1996/839 GENERAL ASSEMBLY SECURITY COUNCIL Fifty-first session Fifty-first year Agenda items 10, 11 and 19 REPORT OF THE SECRETARY-GENERAL ON THE WORK OF THE ORGANIZATION REPORT OF THE SECURITY COUNCIL LAW OF THE SEA";
        let d = crate::parse(joint).unwrap();
        assert_eq!(d.symbol.as_deref(), Some("A/51/473"));
        assert_eq!(d.session.as_ref().and_then(|s| s.number), Some(51));
        let numbers: Vec<_> = d
            .agenda_items
            .iter()
            .filter_map(|a| a.number.as_deref())
            .collect();
        assert_eq!(numbers, ["10", "11", "19"]);
        let list = "%%%|\n\nUnited Nations A/64/100 General Assembly Distr.: General 15 June 2009 Original: English 09-33570 (E) 310709 *0933570* Sixty-fourth session Annotated preliminary list of items to be included in the provisional agenda of the sixty-fourth regular session of the General Assembly * Contents Page I. Introduction .......... 13";
        let d = crate::parse(list).unwrap();
        assert_eq!(d.symbol.as_deref(), Some("A/64/100"));
        assert_eq!(d.session.as_ref().and_then(|s| s.number), Some(64));
        assert_eq!(d.masthead.issued.as_deref(), Some("2009-06-15"));
        assert!(d
            .diagnostics
            .iter()
            .any(|x| x.code == "no-title" && x.message.contains("masthead")));
    }

    #[test]
    fn a_title_after_a_signed_close_heads_the_enclosed_letter() {
        // S/1998/1077 (labelled annex, no formula) and a 1985 letter (no label, a formula).
        for (t, date) in [
            ("14 November 1998 As I informed the members of the Council, I decided to write to the President. A copy is attached. (Signed) Kofi A. ANNAN Annex I Letter dated 13 November 1998 from the Secretary-General addressed to the President of the Republic of Iraq As you may know already, I returned to New York.", "1998-11-14"),
            ("Security Council 29 March 1985 I have the honour to transmit to you herewith a letter dated 28 March 1985 addressed to me. (Signed) Javier PEREZ DE CUELLAR Letter dated 28 March 1985 from the representatives of the troop-contributing countries addressed to the Secretary-General In view of recent developments, the Member States express their concern.", "1985-03-29"),
        ] {
            let d = crate::parse(t).unwrap();
            assert_eq!(d.title, None);
            assert_eq!(d.kind, crate::DocumentKind::Letter);
            assert_eq!(d.date.as_deref(), Some(date));
            assert_eq!(d.signatures.len(), 1);
            assert_eq!(d.annexes.len(), 1);
            assert!(d.annexes[0].title.as_deref().unwrap().starts_with("Letter dated"));
            assert!(d.diagnostics.iter().any(|x| x.code == "title-after-signature"));
        }
    }

    #[test]
    fn a_page_that_reports_the_letter_it_reprints() {
        let t = "%%%|\n\nEnvoy protests to UN Ambassador Agshin Mehdiyev, Permanent Representative of Azerbaijan to the UN, has sent a letter to the UN Secretary General Ban Ki-moon. The letter reads: \"According to mass media reports, the visit took place.";
        let d = crate::parse(t).unwrap();
        assert_eq!(d.kind, crate::DocumentKind::Letter);
        assert_eq!(d.sender.states[0].code, "AZE");
        assert_eq!(d.addressees, ["Secretary-General"]);
        assert!(d.diagnostics.iter().any(|x| x.code == "letter-reported"));
    }

    #[test]
    fn a_reported_ambassador_to_the_united_nations_is_the_permanent_representative() {
        for t in [
            "%%%|\n\nGeorgian Ambassador\u{2019}s Letter to the UN Security Council over Abkhazia New York, 26 July 2004 Excellency, I have the honour to write to you about the process.",
            "%%%|\n\nHead of the Permanent Representation of Azerbaijan to UN, Ambassador Agshin Mehdiyev sent a letter to the United Nations addressed to Secretary General Ban Ki-moon. The letter reads: \"According to mass media reports, the visit took place.",
        ] {
            let d = crate::parse(t).unwrap();
            assert_eq!(d.sender.role.as_deref(), Some("Permanent Representative"));
            assert_eq!(d.sender.states.len(), 1);
            assert!(d.diagnostics.iter().any(|x| x.code == "role-from-rank"));
        }
    }

    #[test]
    fn a_symbol_deep_in_an_untitled_text_is_no_masthead() {
        // A cable or a history's page that cites a document further on (uk_1947_letter_frus).
        let t = format!("%%%|\n\nThe British Representative to the Assistant Secretary General. Sir: I have received the following message from my Government. {} The question was placed on the agenda as document A/295 of the first session.", "It asks the Assembly to act. ".repeat(10));
        let d = crate::parse(&t).unwrap();
        assert_eq!(d.symbol, None);
        assert_eq!(d.session, None);
    }

    #[test]
    fn a_cover_note_circulates_its_annex() {
        for (t, office) in [
            ("A/56/144 United Nations General Assembly Distr.: General 6 July 2001 Original: English Fifty-sixth session Note by the Secretary-General I have the honour to transmit herewith a letter from the President of Kiribati. Annex Letter dated 22 May 2001 from the President of Kiribati to the Secretary-General Since the establishment of the Forum", "Secretary-General"),
            ("United Nations S/2010/571 Security Council Distr.: General 5 November 2010 NOTE BY THE PRESIDENT OF THE SECURITY COUNCIL The President hereby circulates the report (see annex). Annex Letter dated 12 May 2010 from the Panel of Experts established pursuant to resolution 1874 (2009) addressed to the President of the Security Council On behalf of the Panel", "President of the Security Council"),
        ] {
            let d = crate::parse(t).unwrap();
            assert_eq!(d.kind, crate::DocumentKind::Other);
            assert_eq!(d.sender.role.as_deref(), Some(office));
            assert!(d.title.as_deref().unwrap().to_lowercase().starts_with("note by the"));
            assert_eq!(d.date, None);
            assert_eq!(d.annexes.len(), 1);
            assert!(d.annexes[0].title.as_deref().unwrap().starts_with("Letter dated"));
        }
    }

    #[test]
    fn an_annex_heading_describes_an_untitled_letter() {
        let t = "%%%|\n\nWe have the honour to transmit the joint statement (see annex). (Signed) Vitaly Churkin Permanent Representative of the Russian Federation (Signed) Samantha Power Permanent Representative of the United States Annex to the identical letters dated 12 May 2016 from the Permanent Representatives of the Russian Federation and the United States of America to the United Nations addressed to the President of the Security Council Joint statement on Syria The Russian Federation and the United States recognize";
        let d = crate::parse(t).unwrap();
        assert_eq!(d.title, None);
        assert_eq!(d.kind, crate::DocumentKind::IdenticalLetters);
        assert_eq!(d.date.as_deref(), Some("2016-05-12"));
        assert_eq!(d.addressees, ["President of the Security Council"]);
        assert_eq!(d.signatures.len(), 2);
        assert!(d.body[0].text.starts_with("We have the honour"));
        assert_eq!(d.annexes.len(), 1);
        assert!(d.diagnostics.iter().any(|x| x.code == "no-title"));
    }

    #[test]
    fn the_masthead_above_an_untitled_letters_first_words() {
        let d = crate::parse("United Nations A/58/815–S/2004/438 General Assembly Distr.: General Security Council 28 May 2004 Original: English General Assembly Agenda item 30 Question of | | Security Council Fifty-ninth year | Letter dated I have the honour to refer to the policy of the Government. I should be grateful if you would circulate the present letter.").unwrap();
        assert_eq!(d.agenda_items[0].number.as_deref(), Some("30"));
        assert_eq!(d.symbol.as_deref(), Some("A/58/815-S/2004/438"));
        // Without a symbol, organs and a date above the first words are an address block's.
        let d = crate::parse("14 July 2004 H.E. Mr. Mihnea Motoc President of the Security Council United Nations New York Upon instructions from my Government, I have the honour to comment on the report. I should be grateful if you would circulate the present letter.").unwrap();
        assert!(d.masthead.organs.is_empty());
    }

    #[test]
    fn the_pages_account_names_more_offices_than_the_first_address_block() {
        let t = "%%%|\n\nLetter from Israeli Ambassador Gillerman to the UN Secretary-General and President of the Security Council 12 December 2007 H.E. Mr. Ban Ki-moon The United Nations New York H.E. Mr. Marcello Spatafora President of the Security Council The United Nations New York I write with regard to the attack carried out today. I should be grateful if you would have the contents of this letter circulated.";
        let d = crate::parse(t).unwrap();
        assert_eq!(
            d.addressees,
            ["Secretary-General", "President of the Security Council"]
        );
        assert_eq!(d.sender.role.as_deref(), Some("Permanent Representative"));
    }
}
