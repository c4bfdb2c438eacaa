//! The sender of a title: "the Permanent Representative of the Russian Federation to the
//! United Nations", "the Permanent Representatives of China and the Russian Federation", "the
//! Chairman of the Committee on the Exercise of the Inalienable Rights of the Palestinian
//! People" (an office, whose role keeps its body and names no State).

use crate::gazetteer::{self, Entity};
use crate::model::{Sender, State};
use crate::text::{find_phrase_within, phrase_at, skip_spaces, slice, words_iter};

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
    ("chargé d'affaires a. i", "Chargé d'affaires a.i."),
    ("charge d'affaires a. i", "Chargé d'affaires a.i."),
    ("charge d\u{2019}affaires a.i.", "Chargé d'affaires a.i."),
    ("chargÉ d'affaires a.i.", "Chargé d'affaires a.i."),
    ("chargÉ d\u{2019}affaires a.i.", "Chargé d'affaires a.i."),
    ("chargé d'affaires", "Chargé d'affaires"),
    ("charge d'affaires", "Chargé d'affaires"),
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
        })
        .map(|first| co_sender_roles(seg, p, first));
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
    let office = role.as_deref().is_some_and(|r| OFFICES.contains(&r));
    // "Chairman of the Security Council Committee established pursuant to resolution 1533
    // (2004) concerning the Democratic Republic of the Congo": the State is the body's subject.
    if office && chairs_a_body(seg, p) {
        states.clear();
    }
    if !states.is_empty() {
        organization = None;
    }
    // An office speaks for a body, not a State: its role is the whole phrase ("Chairman of the
    // Committee on the Exercise of …", "President of the Security Council").
    let role = match role {
        Some(_) if office && states.is_empty() => Some(office_phrase(slice(seg, p, seg.len()))),
        r => r,
    };
    Sender {
        role,
        states,
        organization,
    }
}

/// Co-senders of different ranks: "the Permanent Representative of the Russian Federation
/// and the Permanent Observer of Palestine" is sent by a "Permanent Representative and
/// Permanent Observer". The roles named after "and the", each once, in order.
fn co_sender_roles(seg: &str, p: usize, first: String) -> String {
    let mut roles = vec![first];
    let mut from = p;
    while let Some(a) = crate::text::find_phrase(seg, "and the", from) {
        from = a + 1;
        let q = skip_spaces(seg, a + "and the".len());
        let Some(canon) = ROLES
            .iter()
            .find_map(|(r, canon)| phrase_at(seg, q, r).map(|_| *canon))
        else {
            continue;
        };
        // Roles of people, not of bodies ("and the Government of …" names no co-sender).
        let person = !matches!(
            canon,
            "Government"
                | "Delegation"
                | "Embassy"
                | "Permanent Mission"
                | "Permanent Missions"
                | "Observer Mission"
        );
        if person && !roles.iter().any(|r| r.eq_ignore_ascii_case(canon)) {
            roles.push(canon.to_string());
        }
    }
    roles.join(" and ")
}

/// Whether the office at `p` of `seg` is held in a committee, working group, panel or
/// commission ("Chairman of the Security Council Committee established pursuant to …").
fn chairs_a_body(seg: &str, p: usize) -> bool {
    let Some(of) = find_phrase_within(seg, p, "of the", 3) else {
        return false;
    };
    words_iter(slice(seg, of, seg.len()))
        .skip(2)
        .take(4)
        .any(|w| {
            let w = w.text(&seg[of..]).to_ascii_lowercase();
            matches!(
                w.as_str(),
                "committee" | "working" | "panel" | "commission" | "subcommittee"
            )
        })
}

/// Roles held for a body rather than for a State.
const OFFICES: &[&str] = &[
    "Chairman",
    "Chairperson",
    "Chair",
    "President",
    "Secretary-General",
    "Deputy Secretary-General",
];

/// The office as printed up to "to the United Nations", capitals of a shouted title lowered.
fn office_phrase(seg: &str) -> String {
    let end = find_phrase_within(seg, 0, "to the united nations", 40).unwrap_or(seg.len());
    let phrase = seg[..end].trim().trim_end_matches([',', ';']);
    if !phrase.chars().any(|c| c.is_lowercase()) {
        let words: Vec<String> = phrase
            .split(' ')
            .enumerate()
            .map(|(i, w)| {
                let low = crate::text::latin_lowercase(w);
                if i > 0 && crate::text::is_function_word(&low) {
                    low
                } else {
                    crate::text::latin_upper_first(&low)
                }
            })
            .collect();
        return words.join(" ");
    }
    phrase.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::title::find;

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
        let t = find("Letter dated 2 May 2001 from the President of the Security Council addressed to the Secretary-General", 100).unwrap();
        assert_eq!(
            t.sender.role.as_deref(),
            Some("President of the Security Council")
        );
        // A State's representative keeps the short role.
        let t = find("Letter dated 2 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General", 100).unwrap();
        assert_eq!(t.sender.role.as_deref(), Some("Permanent Representative"));
    }
}
