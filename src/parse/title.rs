//! The title: "Letter dated 30 September 2009 from the Permanent Representative of the Russian
//! Federation to the United Nations addressed to the Secretary-General".
//!
//! The same grammar reads annex headings ("Annex I to the letter dated … addressed to …"), so
//! [`parse_at`] takes any position where a title starter stands.

use crate::gazetteer::{self, Entity};
use crate::model::{DocumentKind, Sender, State};
use crate::text::{date_at, is_capitalized, phrase_at, skip_spaces, slice, words_iter};

/// Phrases that open a title, with the kind they give. Longer phrases come first.
const STARTERS: &[(&str, DocumentKind)] = &[
    ("identical letters dated", DocumentKind::IdenticalLetters),
    ("identical notes verbales dated", DocumentKind::NoteVerbale),
    ("joint letter dated", DocumentKind::Letter),
    ("letters dated", DocumentKind::Letter),
    ("letter dated", DocumentKind::Letter),
    ("notes verbales dated", DocumentKind::NoteVerbale),
    ("note verbale dated", DocumentKind::NoteVerbale),
];

/// Sender roles as printed (ASCII case-insensitive) and their canonical form.
const ROLES: &[(&str, &str)] = &[
    (
        "deputy permanent representatives",
        "Deputy Permanent Representatives",
    ),
    (
        "deputy permanent representative",
        "Deputy Permanent Representative",
    ),
    (
        "acting permanent representatives",
        "Acting Permanent Representatives",
    ),
    (
        "acting permanent representative",
        "Acting Permanent Representative",
    ),
    (
        "alternate permanent representative",
        "Alternate Permanent Representative",
    ),
    ("permanent representatives", "Permanent Representatives"),
    ("permanent representative", "Permanent Representative"),
    ("chargés d'affaires a.i.", "Chargés d'affaires a.i."),
    ("chargés d\u{2019}affaires a.i.", "Chargés d'affaires a.i."),
    ("chargé d'affaires a.i.", "Chargé d'affaires a.i."),
    ("chargé d\u{2019}affaires a.i.", "Chargé d'affaires a.i."),
    ("charge d'affaires a.i.", "Chargé d'affaires a.i."),
    ("charge d\u{2019}affaires a.i.", "Chargé d'affaires a.i."),
    ("chargÉ d'affaires a.i.", "Chargé d'affaires a.i."),
    ("chargÉ d\u{2019}affaires a.i.", "Chargé d'affaires a.i."),
    ("chargé d'affaires", "Chargé d'affaires"),
    ("chargé d\u{2019}affaires", "Chargé d'affaires"),
    ("permanent observers", "Permanent Observers"),
    ("permanent observer", "Permanent Observer"),
    ("permanent missions", "Permanent Missions"),
    ("permanent mission", "Permanent Mission"),
    ("observer mission", "Observer Mission"),
    (
        "minister for foreign affairs",
        "Minister for Foreign Affairs",
    ),
    (
        "minister of foreign affairs",
        "Minister for Foreign Affairs",
    ),
    (
        "ministers for foreign affairs",
        "Ministers for Foreign Affairs",
    ),
    ("deputy secretary-general", "Deputy Secretary-General"),
    ("secretary-general", "Secretary-General"),
    ("prime minister", "Prime Minister"),
    ("head of the delegation", "Head of the Delegation"),
    ("head of delegation", "Head of Delegation"),
    ("representatives", "Representatives"),
    ("representative", "Representative"),
    ("president", "President"),
    ("chairperson", "Chairperson"),
    ("chairman", "Chairman"),
    ("chair", "Chair"),
    ("ambassador", "Ambassador"),
    ("delegation", "Delegation"),
    ("government", "Government"),
    ("embassy", "Embassy"),
    ("observer", "Observer"),
];

/// Addressees as printed and their canonical form.
const ADDRESSEES: &[(&str, &str)] = &[
    (
        "secretary-general of the united nations",
        "Secretary-General",
    ),
    ("deputy secretary-general", "Deputy Secretary-General"),
    ("secretary-general", "Secretary-General"),
    ("secretarygeneral", "Secretary-General"),
    ("secretary general", "Secretary-General"),
    (
        "president of the security council",
        "President of the Security Council",
    ),
    (
        "president of the general assembly",
        "President of the General Assembly",
    ),
    (
        "president of the economic and social council",
        "President of the Economic and Social Council",
    ),
    (
        "president of the human rights council",
        "President of the Human Rights Council",
    ),
    (
        "president of the trusteeship council",
        "President of the Trusteeship Council",
    ),
    (
        "president of the international court of justice",
        "President of the International Court of Justice",
    ),
    (
        "united nations high commissioner for human rights",
        "United Nations High Commissioner for Human Rights",
    ),
    (
        "high commissioner for human rights",
        "United Nations High Commissioner for Human Rights",
    ),
    (
        "united nations high commissioner for refugees",
        "United Nations High Commissioner for Refugees",
    ),
];

/// A parsed title.
#[derive(Debug, Clone)]
pub struct Title {
    pub start: usize,
    pub end: usize,
    pub kind: DocumentKind,
    pub date: Option<String>,
    pub sender: Sender,
    pub addressees: Vec<String>,
    /// Whether "addressed to …" was found; without it the end is a guess.
    pub complete: bool,
}

/// Finds the document's own title: the first title starter in `text` (capitalized, at a word
/// start) that parses. Only the first `limit` bytes are searched: a title never stands deep in
/// a document, while letters quoted in the body do.
pub fn find(text: &str, limit: usize) -> Option<Title> {
    for w in words_iter(text) {
        if w.start > limit {
            break;
        }
        if !is_capitalized(w.text(text)) {
            continue;
        }
        if let Some(t) = parse_at(text, w.start) {
            return Some(t);
        }
    }
    None
}

/// Parses a title whose starter stands at `pos`.
pub fn parse_at(text: &str, pos: usize) -> Option<Title> {
    let (kind, after) = STARTERS
        .iter()
        .find_map(|(p, k)| phrase_at(text, pos, p).map(|e| (*k, e)))?;
    let mut cur = skip_spaces(text, after);
    let date = date_at(text, cur).map(|d| {
        cur = d.end;
        d.iso
    });
    // "from the …": the sender segment, within a few words.
    let from = find_within(text, cur, "from", 12)?;
    let sender_start = skip_spaces(text, from + "from".len());
    let addressed = find_within(text, sender_start, "addressed to", 60);
    let (sender_end, end, addressees, complete) = match addressed {
        Some(a) => {
            let (list, end) = addressees_at(text, a + "addressed to".len());
            if list.is_empty() {
                // Unknown addressee: keep the title to the end of the sender segment.
                (a, a, list, false)
            } else {
                (a, end, list, true)
            }
        }
        None => {
            let to_un = find_within(text, sender_start, "to the united nations", 30)
                .map(|p| p + "to the united nations".len());
            let e = to_un.unwrap_or(sender_start);
            (e, e, Vec::new(), false)
        }
    };
    let sender = sender_of(slice(text, sender_start, sender_end));
    Some(Title {
        start: pos,
        end,
        kind,
        date,
        sender,
        addressees,
        complete,
    })
}

/// The first occurrence of `phrase` at a word start within `max_words` words after `from`.
fn find_within(text: &str, from: usize, phrase: &str, max_words: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    for (n, w) in words_iter(rest).enumerate() {
        if n > max_words {
            break;
        }
        if phrase_at(rest, w.start, phrase).is_some() {
            return Some(from + w.start);
        }
    }
    None
}

/// Reads a list of addressees at `pos`: "the Secretary-General, the President of the General
/// Assembly and the President of the Security Council". Returns canonical names and the end.
pub fn addressees_at(text: &str, pos: usize) -> (Vec<String>, usize) {
    let mut out = Vec::new();
    let mut cur = pos;
    let mut end = pos;
    loop {
        let mut p = skip_spaces(text, cur);
        if let Some(e) = phrase_at(text, p, "the") {
            p = skip_spaces(text, e);
        }
        let Some((name, e)) = addressee_at(text, p) else {
            break;
        };
        if !out.contains(&name) {
            out.push(name);
        }
        end = e;
        // Separators: ", the", " and the", ", and the", " and to the".
        let mut q = e;
        if text[q..].starts_with(',') {
            q += 1;
        }
        q = skip_spaces(text, q);
        if let Some(a) = phrase_at(text, q, "and") {
            q = skip_spaces(text, a);
            if let Some(t) = phrase_at(text, q, "to") {
                q = skip_spaces(text, t);
            }
        } else if q == e || !text[e..].starts_with(',') {
            break;
        }
        cur = q;
    }
    (out, end)
}

fn addressee_at(text: &str, pos: usize) -> Option<(String, usize)> {
    for (p, canon) in ADDRESSEES {
        if let Some(e) = phrase_at(text, pos, p) {
            return Some((canon.to_string(), e));
        }
        // A footnote number glued to the addressee: "Secretary-General1 List of …".
        if let Some(e) = phrase_at(text, pos, &format!("{p}1"))
            .or_else(|| phrase_at(text, pos, &format!("{p}2")))
        {
            return Some((canon.to_string(), e - 1));
        }
    }
    // "President of the <organ>", "Chair of the Security Council Committee established pursuant
    // to resolution 1540 (2004)".
    for head in [
        "president of the ",
        "chairperson of the ",
        "chairman of the ",
        "chair of the ",
    ] {
        let Some(e) = phrase_at(text, pos, head.trim_end()) else {
            continue;
        };
        let org_start = skip_spaces(text, e);
        if let Some(m) = gazetteer::find_iter(slice(text, org_start, text.len()))
            .next()
            .filter(|m| m.start == 0 && matches!(m.entity, Entity::Organ(_)))
        {
            let mut end = org_start + m.end;
            let tail = "committee established pursuant to resolution";
            let after = skip_spaces(text, end);
            if let Some(t) = phrase_at(text, after, tail) {
                // " 1540 (2004)"
                let rest = slice(text, t, text.len());
                let num_len = rest.trim_start().find(' ').unwrap_or(0);
                let mut q = skip_spaces(text, t) + num_len;
                let r2 = slice(text, q, text.len());
                if let Some(close) = r2.find(')').filter(|&c| c <= 7) {
                    q += close + 1;
                }
                end = q;
            }
            let printed = slice(text, pos, end);
            return Some((capitalize_head(printed), end));
        }
    }
    None
}

/// "PRESIDENT OF THE X" stays as printed except for the first word.
fn capitalize_head(s: &str) -> String {
    super::text::latin_upper_first(s)
}

/// Reads the sender segment: "the Permanent Representative of the Russian Federation to the
/// United Nations".
pub fn sender_of(seg: &str) -> Sender {
    let seg = seg.trim();
    let mut p = 0;
    if let Some(e) = phrase_at(seg, 0, "the") {
        p = skip_spaces(seg, e);
    }
    let role = ROLES
        .iter()
        .find_map(|(r, canon)| phrase_at(seg, p, r).map(|_| canon.to_string()))
        .or_else(|| {
            // Unknown role: the words up to " of " / " for ".
            let rest = slice(seg, p, seg.len());
            let cut = [" of ", " for "]
                .iter()
                .filter_map(|s| rest.find(s))
                .min()?;
            let r = rest[..cut].trim();
            (!r.is_empty() && r.split(' ').count() <= 6).then(|| r.to_string())
        });
    let mut states: Vec<State> = Vec::new();
    let mut organization = None;
    for m in gazetteer::find(seg) {
        match m.entity {
            Entity::State(i) => {
                if let Some(s) = gazetteer::states().get(i as usize) {
                    let st = State {
                        code: s.code.to_string(),
                        name: s.name.to_string(),
                    };
                    if !states.contains(&st) {
                        states.push(st);
                    }
                }
            }
            Entity::Organization(i) => {
                if let Some(o) = gazetteer::organizations().get(i as usize) {
                    if o.id != "UN" && organization.is_none() {
                        organization = Some(o.name.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    if !states.is_empty() {
        organization = None;
    }
    Sender {
        role,
        states,
        organization,
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(title.sender.role.as_deref(), Some("Permanent Observer"));
        assert_eq!(
            title.sender.organization.as_deref(),
            Some("League of Arab States")
        );
        assert!(title.sender.states.is_empty());
        assert_eq!(title.addressees, vec!["Secretary-General"]);
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
}
