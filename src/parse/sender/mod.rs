//! The sender of a title: "the Permanent Representative of the Russian Federation to the
//! United Nations", "the Permanent Representatives of China and the Russian Federation", "the
//! Chairman of the Committee on the Exercise of the Inalienable Rights of the Palestinian
//! People" (an office, whose role keeps its body and names no State); and a signer's title,
//! whose office stands over its body with no "of the" ("President United Nations Council for
//! Namibia"). A role's phrase ends at its first comma, not at the one before a chargé
//! d'affaires's interim mark ("Charge d’affaires, a.i. of the Permanent Observer Mission of …").

use crate::gazetteer::{self, Entity};
use crate::model::{Sender, State};
use crate::text::one_of;
use crate::text::{find_phrase_within, is_capitalized, phrase_at, skip_spaces, slice, words_iter};

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
    // As headlines and cables abbreviate it: "Perm. Rep. of DR Congo", "LIBYAN PERM REP".
    ("perm. rep.", "Permanent Representative"),
    ("perm rep", "Permanent Representative"),
    ("permrep", "Permanent Representative"),
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
    ("charge d'affairs", "Chargé d'affaires"),
    ("chargé d\u{2019}affaires", "Chargé d'affaires"),
    ("charge d\u{2019}affaires", "Chargé d'affaires"),
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
    // As a ministry's release names its minister: "the letter addressed by the Foreign Minister".
    ("foreign minister", "Foreign Minister"),
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

/// Where the words start after a leading "the".
fn after_the(seg: &str) -> usize {
    phrase_at(seg, 0, "the").map_or(0, |e| skip_spaces(seg, e))
}

/// The model's State for a gazetteer row.
pub(crate) fn state(s: &gazetteer::StateInfo) -> State {
    State {
        code: s.code.to_string(),
        name: s.name.to_string(),
    }
}

/// Reads the sender segment: "the Permanent Representative of the Russian Federation to the
/// United Nations".
pub fn sender_of(seg: &str) -> Sender {
    let seg = seg.trim();
    let p = after_the(seg);
    let known = ROLES
        .iter()
        .find_map(|(r, canon)| phrase_at(seg, p, r).map(|e| interim(canon, seg, e)))
        .or_else(|| scanned_role(seg, p));
    let unknown = known.is_none();
    let role = known
        .or_else(|| {
            // Unknown role: the words up to " of " / " for ".
            let rest = slice(seg, p, seg.len());
            let lower = rest.to_ascii_lowercase();
            let cut = [" of ", " for "]
                .iter()
                .filter_map(|s| lower.find(s))
                .min()?;
            // "Deputy Prime Minister and Minister for Foreign Affairs of Egypt": a known role
            // the words run into before "of" ends the role.
            let of = lower.find(" of ").unwrap_or(lower.len());
            let known_end = ROLES
                .iter()
                .filter(|(r, _)| r.contains(' '))
                .filter_map(|(r, _)| lower[..of].find(r).map(|q| q + r.len()))
                .filter(|&e| e > cut && e <= of)
                .max();
            let r = rest[..known_end.unwrap_or(cut)].trim();
            let most = if known_end.is_some() { 10 } else { 6 };
            (!r.is_empty() && r.split(' ').count() <= most).then(|| r.to_string())
        })
        .map(|first| co_sender_roles(seg, p, first));
    let mut states: Vec<State> = Vec::new();
    let mut organization = None;
    for m in gazetteer::find(seg) {
        match m.entity {
            Entity::State(i) => {
                if let Some(s) = gazetteer::states().get(i as usize) {
                    let st = state(s);
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
    if states.is_empty() && organization.is_none() {
        states.extend(scanned_state(seg));
    }
    let office = role.as_deref().is_some_and(is_office);
    // "the Panel of Experts on Yemen": a body writes, and the State it names is its subject.
    if unknown && role.as_deref().is_some_and(is_body) {
        states.clear();
    }
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
    // So does the representative of an organization ("Permanent Observer of the League of Arab
    // States"): without a State, the body is what the role says.
    // And so does a role no list knows, held for no State ("Chief of Staff of the Truce
    // Supervision Organization", "Panel of Experts established pursuant to …").
    let of_body = states.is_empty() && (organization.is_some() || unknown);
    let role = match role {
        Some(_) if (office || of_body) && states.is_empty() => {
            let phrase = office_phrase(slice(seg, p, seg.len()));
            Some(match super::addressee::known_office(&phrase) {
                Some(known) => known.to_string(),
                None => phrase,
            })
        }
        r => r,
    };
    Sender {
        role,
        states,
        organization,
    }
}

/// Reads a signer's title as a sender: under an office's name the body it is held for follows
/// on the next line with no "of the" ("Chairman Security Council Committee established …",
/// "President United Nations Council for Namibia"), which a title prints as "Chairman of the …".
pub fn sender_of_signer(title: &str) -> Sender {
    let ws: Vec<_> = words_iter(title).collect();
    let ranked = ws
        .iter()
        .take_while(|w| one_of(RANKS, w.text(title)))
        .count();
    let held = ws
        .get(ranked)
        .is_some_and(|w| one_of(OFFICES, w.text(title)))
        && ws.get(ranked + 1).is_some_and(|w| {
            let w = w.text(title);
            is_capitalized(w) && !crate::text::is_function_word(&crate::text::latin_lowercase(w))
        });
    match (held, ws.get(ranked)) {
        (true, Some(office)) => {
            let (head, body) = title.split_at(office.start + office.text(title).len());
            sender_of(&format!("{head} of the {}", body.trim_start()))
        }
        _ => sender_of(title),
    }
}

/// A chargé d'affaires's role with its interim mark however printed after it ("a.i", "a. i.",
/// "ad interim"), which the list's rows do not all spell.
fn interim(canon: &str, seg: &str, end: usize) -> String {
    let rest = crate::text::latin_lowercase(slice(seg, end, (end + 14).min(seg.len())));
    let rest = rest.trim_start_matches([',', ' ']);
    let marked = ["a.i", "a. i", "ad interim"]
        .iter()
        .any(|m| rest.starts_with(m));
    if canon.ends_with("d'affaires") && marked {
        format!("{canon} a.i.")
    } else {
        canon.to_string()
    }
}

/// The end of a role's phrase that starts at `role` and runs to `to` at the latest: its first
/// comma ("… to the U.N., Chairman of …"), past a comma before a chargé d'affaires's interim
/// mark ("Charge d’affaires, a.i. of the Permanent Observer Mission of Palestine").
pub fn role_phrase_end(text: &str, role: usize, to: usize) -> usize {
    let seg = slice(text, role, to);
    let mut from = 0;
    while let Some(c) = seg.get(from..).and_then(|r| r.find(", ")).map(|c| from + c) {
        let after = crate::text::latin_lowercase(slice(seg, c + 2, (c + 14).min(seg.len())));
        if !["a.i", "a. i", "ad interim"]
            .iter()
            .any(|m| after.starts_with(m))
        {
            return role + c;
        }
        from = c + 2;
    }
    to
}

/// Where the first role a list knows begins in `seg` (a role of several words before a role of
/// one: "Ambassador and Permanent Observer of …" is sent by its Permanent Observer).
pub fn role_start(seg: &str) -> Option<usize> {
    let at = |many: bool| {
        words_iter(seg).map(|w| w.start).find(|&p| {
            ROLES
                .iter()
                .filter(|(r, _)| r.contains(' ') == many)
                .any(|(r, _)| phrase_at(seg, p, r).is_some())
        })
    };
    // A role of several words wins only where it belongs to the first role's phrase
    // ("Ambassador and Permanent Observer"), not one a later sentence names.
    match (at(true), at(false)) {
        (Some(many), Some(one)) if many > one + 40 => Some(one),
        (many, one) => many.or(one),
    }
}

/// Whether the segment opens on a role a list knows, as printed or as a scan left it: what a
/// damaged title's sender must be ("from repeated acts of aggression by …" is a sentence's).
pub fn opens_on_a_role(seg: &str) -> bool {
    let seg = seg.trim();
    let p = after_the(seg);
    ROLES.iter().any(|(r, _)| phrase_at(seg, p, r).is_some()) || scanned_role(seg, p).is_some()
}

/// A role of two words or more as a scan left it ("PERMAHEHT REPRESENTATIVE", "CHARGED'AFFAIRFS
/// A.I."): the longest role whose letters the first words' letters match within a scan's budget.
fn scanned_role(seg: &str, p: usize) -> Option<String> {
    let rest = slice(seg, p, seg.len());
    let ws: Vec<_> = words_iter(rest).take(5).collect();
    // The nearest, and of two as near the longest.
    let mut best: Option<(usize, usize, &str)> = None;
    for (printed, canon) in ROLES.iter().filter(|r| r.0.contains(' ')) {
        let want: String = printed.chars().filter(|c| c.is_alphanumeric()).collect();
        for w in &ws {
            let got = slice(rest, 0, w.end);
            let Some(d) = crate::text::ocr::scanned_distance(got, &want) else {
                continue;
            };
            if best.is_none_or(|b| d < b.0 || (d == b.0 && printed.len() > b.1)) {
                best = Some((d, printed.len(), canon));
            }
        }
    }
    best.map(|b| b.2.to_string())
}

/// The one State a scan misspelt in a sender segment ("OF ANOOLA TO THE"): a word one letter off
/// a one-word State name of six letters or more, and off no other.
fn scanned_state(seg: &str) -> Option<State> {
    let mut found = None;
    for w in words_iter(seg) {
        let t = crate::text::latin_lowercase(w.text(seg).trim_end_matches([',', '.']));
        let len = t.chars().count();
        if len < 6 || !t.chars().all(char::is_alphabetic) {
            continue;
        }
        // Names of another length by more than one letter are passed over before any is lowered.
        let mut near = gazetteer::states().iter().filter(|s| {
            !s.name.contains(' ')
                && s.name.len() >= 6
                && s.name.chars().count().abs_diff(len) <= 1
                && crate::text::ocr::edit_distance(&t, &crate::text::latin_lowercase(s.name))
                    == Some(1)
        });
        if let (Some(s), None) = (near.next(), near.next()) {
            if found.is_some() {
                return None;
            }
            found = Some(state(s));
        }
    }
    found
}

/// The State whose name a title kept only part of, the rest cut out by the source: "of the
/// Bolivarian Republic of to the United Nations", "OF THE ’S DEMOCRATIC REPUBLIC TG THE UNITED
/// NATIONS", "of South to the United Nations". Taken when one State's name (short, formal or
/// former) starts with the part left before the gap, or ends with the part left after it; when
/// several do, only if `named` (the document has that name) holds for exactly one of them. The
/// second value says whether the document's naming decided.
pub fn completed_name(seg: &str, named: impl Fn(&str) -> bool) -> Option<(State, bool)> {
    let seg = seg.trim();
    let p = after_the(seg);
    let role_end = ROLES.iter().find_map(|(r, _)| phrase_at(seg, p, r))?;
    let mut q = skip_spaces(seg, phrase_at(seg, skip_spaces(seg, role_end), "of")?);
    // "the Chargé d'affaires a.i. of the Permanent Mission of South to …".
    for head in ["the", "permanent mission of", "the"] {
        if let Some(e) = phrase_at(seg, q, head) {
            q = skip_spaces(seg, e);
        }
    }
    // The name ends before "to the United Nations" ("TG THE" as a scan may print it).
    let un = find_phrase_within(seg, q, "the united nations", 12).unwrap_or(seg.len());
    let part = slice(seg, q, un).trim_end();
    let part = match part.rsplit_once(' ') {
        Some((head, to)) if to.len() == 2 && to[..1].eq_ignore_ascii_case("t") => head,
        _ if part.len() == 2 => "",
        _ => part,
    };
    let frag = crate::text::latin_lowercase(part.trim()).replace('\u{2019}', "'");
    let before_gap = frag.ends_with(" of");
    let after_gap = frag.starts_with("'s ");
    // "of South to the United Nations": the name's first words, capitalized, the rest cut.
    let first_words = !frag.is_empty()
        && part
            .split(' ')
            .all(|w| is_capitalized(w) && !crate::text::is_function_word(w));
    if !((before_gap || after_gap) && frag.split(' ').count() >= 2 || first_words) {
        return None;
    }
    let fits = |name: &str| {
        let n = crate::text::latin_lowercase(name).replace('\u{2019}', "'");
        n.len() > frag.len()
            && (((before_gap || first_words)
                && n.starts_with(&frag)
                && n.as_bytes()[frag.len()] == b' ')
                || (after_gap && n.ends_with(&frag)))
    };
    let names = |s: &'static gazetteer::StateInfo| {
        [s.name, s.formal]
            .into_iter()
            .chain(s.aliases.iter().copied())
    };
    let fitting: Vec<&gazetteer::StateInfo> = gazetteer::states()
        .iter()
        .filter(|s| names(s).any(&fits))
        .collect();
    if let [one] = fitting.as_slice() {
        return Some((state(one), false));
    }
    // Only the very name the fragment completes to counts ("South Sudan" for "South"): a
    // source that cut the name out of the title may have cut it everywhere else too.
    let mut named_ones = fitting
        .into_iter()
        .filter(|s| names(s).any(|n| fits(n) && named(n)));
    match (named_ones.next(), named_ones.next()) {
        (Some(s), None) => Some((state(s), true)),
        _ => None,
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
    // "President of the United Nations Council for Namibia": a United Nations body.
    if phrase_at(seg, skip_spaces(seg, of + "of the".len()), "united nations").is_some() {
        return true;
    }
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

/// Whether `role` names a body of experts or members rather than a person ("Panel", "Group of
/// Experts", "Monitoring Team").
fn is_body(role: &str) -> bool {
    let first = role.split(' ').next().unwrap_or(role);
    [
        "Panel",
        "Team",
        "Mechanism",
        "Commission",
        "Committee",
        "Monitoring",
    ]
    .iter()
    .any(|b| b.eq_ignore_ascii_case(first))
        || role.eq_ignore_ascii_case("Group")
}

/// Whether `sender` is an office held for a body, named with it and no State ("President of
/// the Security Council", "Chairman of the Committee …").
pub fn holds_an_office(sender: &Sender) -> bool {
    sender.states.is_empty()
        && sender.organization.is_none()
        && sender
            .role
            .as_deref()
            .and_then(|r| r.split_once(" of "))
            .is_some_and(|(office, _)| is_office(office))
}

/// Whether `role` is an office held for a body, with a rank before it or not ("Acting Chairman",
/// "Executive Chairman", "Vice-President").
fn is_office(role: &str) -> bool {
    let head = role.rsplit([' ', '-']).next().unwrap_or(role);
    one_of(OFFICES, role)
        || (role.split(' ').count() <= 3
            && OFFICES.iter().any(|o| o.eq_ignore_ascii_case(head))
            && role.split([' ', '-']).all(|w| {
                RANKS.iter().any(|r| r.eq_ignore_ascii_case(w))
                    || OFFICES.iter().any(|o| o.eq_ignore_ascii_case(w))
            }))
}

/// Words that rank an office ("Acting Chairman", "Vice-Chair").
const RANKS: &[&str] = &[
    "Acting",
    "Executive",
    "Vice",
    "Co",
    "Interim",
    "Outgoing",
    "Incoming",
];

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
    // "… PARAGRAPH 9 (b) (i) OF …" is printed in capitals too.
    if !phrase.chars().any(char::is_lowercase) || crate::text::in_capitals(phrase) {
        let words: Vec<String> = phrase
            .split(' ')
            .enumerate()
            .map(|(i, w)| {
                let low = crate::text::latin_lowercase(w);
                if i > 0 && crate::text::is_function_word(&low) {
                    low
                } else {
                    // "Secretary-General": each part of a hyphened word.
                    low.split('-')
                        .map(crate::text::latin_upper_first)
                        .collect::<Vec<_>>()
                        .join("-")
                }
            })
            .collect();
        return words.join(" ");
    }
    phrase.to_string()
}

#[cfg(test)]
mod tests;
