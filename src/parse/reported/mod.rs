//! A letter a page reports before it reprints it — a news item's or a ministry's lead, where
//! the UN's title would stand:
//!
//! - "Permanent Representative of Azerbaijan to the United Nations Ambassador Agshin Mehdiyev
//!   has sent a letter of protest to the UN Secretary General Ban Ki-moon": SENDER, a verb of
//!   sending, "letter", "to" ADDRESSEES;
//! - "Permanent Representative of Armenia to the United Nations Mher Margaryan’s letter to the
//!   Secretary General", "The Foreign Minister’s letters to the President of the UNSC (and
//!   Secretary General of UN)": the sender's possessive;
//! - "Letter from Israeli Ambassador Gillerman to the UN Secretary-General and President of the
//!   Security Council": the sender's role after its State's adjective;
//! - "the letter addressed by the Foreign Minister to the United Nations Secretary General,
//!   Presidents of the United Nations Security Council and United Nations General Assembly on 1
//!   August 2019:": the sender after "by" or "from".
//!
//! A headline's State before its verb ("Pakistan FM writes letter to President UNSC") names the
//! sender's State when the lead names the sender's office alone; so does a headline's State by
//! its adjective ("Text of South Korean letter to Security Council", "Eritrean Foreign Ministry
//! Sent Letter to President of the UN Security Council") and a headline's label, a State's name
//! before a colon ("Eritrea: President Isaias Afwerki's Letter to the UN Secretary General"). The letter's date is one the
//! lead gives it ("on 1 August 2019:", "his latest letter dated 12 December 2019"), never the
//! page's own. One letter to several offices stays a letter: the page says nothing of
//! identical texts.

use super::addressee::addressees_at;
use super::sender::{role_start, sender_of};
use crate::model::{Sender, State};
use crate::text::{date_at, phrase_at, skip_spaces, slice, words_iter, Word};

/// What the lead says of the letter.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Where the account that was read begins.
    pub start: usize,
    pub date: Option<String>,
    pub sender: Sender,
    pub addressees: Vec<String>,
}

/// How far into the text a lead is looked for: a headline and a paragraph or two.
pub const REACH: usize = 1500;

/// Verbs that send a letter, in the forms a report prints them.
const SENDING: &[&str] = &[
    "sent",
    "sends",
    "submitted",
    "submits",
    "written",
    "writes",
    "wrote",
    "addressed",
    "addresses",
    "presented",
    "presents",
    "delivered",
    "forwarded",
    "transmitted",
];

/// Words before "letter" that make it the writer's own earlier one, not the one reported.
const EARLIER: &[&str] = &["my", "our", "your", "previous", "earlier", "this", "that"];

/// The lead's account of the letter in the first `limit` bytes of `text`: the first account
/// that names the sender (an office or a State) and the offices it went to, with a State and a
/// date the lead's other accounts of it give.
pub fn find(text: &str, limit: usize) -> Option<Report> {
    let limit = limit.min(text.len());
    let letters: Vec<Word> = words_iter(text)
        .take_while(|w| w.start < limit)
        .filter(|w| is_letter(w.text(text)))
        .take(12)
        .collect();
    let accounts: Vec<Account> = letters.iter().filter_map(|w| account(text, *w)).collect();
    let chosen = accounts
        .iter()
        .find(|a| !a.addressees.is_empty() && a.sender.role.is_some())
        .or_else(|| {
            accounts
                .iter()
                .find(|a| !a.addressees.is_empty() && !a.sender.states.is_empty())
        })?;
    let mut sender = chosen.sender.clone();
    if sender.states.is_empty() {
        // The one State the other accounts give their sender.
        let mut states: Vec<&State> = accounts.iter().flat_map(|a| &a.sender.states).collect();
        states.dedup();
        if let [one] = states.as_slice() {
            sender.states.push((*one).clone());
        }
    }
    let date = chosen.date.clone().or_else(|| {
        letters
            .iter()
            .filter(|w| !w.text(text).to_ascii_lowercase().starts_with("letters"))
            .find_map(|w| dated(text, *w))
    });
    Some(Report {
        start: chosen.start,
        date,
        sender,
        addressees: chosen.addressees.clone(),
    })
}

/// One account of a letter: who sent it to whom, and when if it says.
struct Account {
    start: usize,
    sender: Sender,
    addressees: Vec<String>,
    date: Option<String>,
}

fn is_letter(w: &str) -> bool {
    let w = w.trim_end_matches([',', ':', ';', '.']);
    ["letter", "letters"]
        .iter()
        .any(|l| w.eq_ignore_ascii_case(l))
}

/// The account around the word "letter" at `w`.
fn account(text: &str, w: Word) -> Option<Account> {
    let word = w.text(text).trim_end_matches([',', ':', ';', '.']);
    let mut after = w.start + word.len();
    let (start, sender) = match sender_before(text, w) {
        Some(s) => s,
        None => {
            // "the letter addressed by the Foreign Minister to …", "a letter from … to …".
            let mut p = skip_spaces(text, after);
            for by in ["addressed by", "sent by", "from", "by"] {
                if let Some(e) = phrase_at(text, p, by) {
                    p = skip_spaces(text, e);
                    break;
                }
            }
            if p == skip_spaces(text, after) {
                // "Text of South Korean letter to Security Council": the State's adjective
                // right before "letter".
                let states = adjective_before(text, w.start)?;
                let (addressees, end) = offices_after(text, after)?;
                return Some(Account {
                    start: w.start,
                    sender: Sender {
                        role: None,
                        states,
                        organization: None,
                    },
                    addressees,
                    date: phrase_at(text, skip_spaces(text, end), "on")
                        .and_then(|e| date_at(text, skip_spaces(text, e)))
                        .map(|d| d.iso),
                });
            }
            let to = to_before_offices(text, p)?;
            let seg = slice(text, p, to);
            let mut sender = sender_of(seg);
            // "a letter from Israeli Ambassador Gillerman to …": the State's adjective before
            // the role.
            if sender.role.is_none() {
                let adjective = role_start(seg).filter(|&r| r > 0).map(|r| {
                    let states = super::described::adjective_state(slice(seg, 0, r));
                    (sender_of(slice(seg, r, seg.len())), states)
                });
                if let Some((mut s, states)) = adjective.filter(|(_, st)| !st.is_empty()) {
                    if s.states.is_empty() && s.organization.is_none() {
                        s.states = states;
                    }
                    sender = s;
                }
            }
            sender.role.as_ref()?;
            after = to;
            (w.start, sender)
        }
    };
    // A headline may name no office the list knows ("… to President UNSC"): its sender's State
    // still counts.
    let (addressees, end) = offices_after(text, after).unwrap_or((Vec::new(), after));
    // "… and United Nations General Assembly on 1 August 2019:".
    let p = skip_spaces(text, end);
    let date = phrase_at(text, p, "on")
        .and_then(|e| date_at(text, skip_spaces(text, e)))
        .map(|d| d.iso);
    Some(Account {
        start,
        sender,
        addressees,
        date,
    })
}

/// The sender a report names before "letter": a subject and a verb of sending ("… has sent a
/// letter", "… writes letter"), or the subject's possessive ("… Margaryan’s letter"). Returns
/// where the sender's words begin and what they say.
fn sender_before(text: &str, w: Word) -> Option<(usize, Sender)> {
    let from = crate::text::reach_back(text, w.start, 300);
    let window = slice(text, from, w.start);
    let ws: Vec<Word> = words_iter(window).collect();
    let last = ws.last()?;
    let last_text = last.text(window);
    if EARLIER.iter().any(|e| last_text.eq_ignore_ascii_case(e)) {
        return None;
    }
    // The subject's end: its possessive, or the word before the verb within a few words.
    let subject_end = if let Some(stem) = last_text
        .strip_suffix("\u{2019}s")
        .or_else(|| last_text.strip_suffix("'s"))
    {
        last.start + stem.len()
    } else {
        let n = ws.len();
        let verb = (n.saturating_sub(5)..n).find(|&k| {
            let t = ws[k].text(window).to_ascii_lowercase();
            SENDING.contains(&t.as_str())
        })?;
        // "has sent", "has a written": the auxiliary opens the predicate.
        let mut k = verb;
        while k > 0
            && k + 3 > verb
            && matches!(
                ws[k - 1].text(window).to_ascii_lowercase().as_str(),
                "has" | "have" | "had" | "a" | "also" | "today" | "yesterday"
            )
        {
            k -= 1;
        }
        ws.get(k.checked_sub(1)?)?.end
    };
    let subject_start = ws
        .iter()
        .rev()
        .find(|x| x.end <= subject_end && ends_sentence(x.text(window)))
        .map_or(0, |x| x.end);
    let subject = slice(window, subject_start, subject_end);
    let sender = match role_start(subject) {
        Some(r) => {
            // The role's phrase ends at its first comma ("…, Permanent Representative of
            // Azerbaijan to the UN, has submitted").
            let seg = slice(
                subject,
                r,
                super::sender::role_phrase_end(subject, r, subject.len()),
            );
            let mut sender = sender_of(seg);
            // "Eritrea: President Isaias Afwerki's Letter": the headline's label names the State.
            if sender.states.is_empty() && sender.organization.is_none() {
                sender.states = label_state(window, subject_start);
            }
            // "Head of the Permanent Representation of Azerbaijan to UN, Ambassador …": the
            // State the subject names before the role, when it names one.
            if sender.states.is_empty() && sender.organization.is_none() {
                let named = sender_of(subject).states;
                if named.len() == 1 {
                    sender.states = named;
                }
            }
            (from + subject_start + r, sender)
        }
        None => {
            // A headline's State and a word for its office: "Pakistan FM writes letter".
            let tail: Vec<Word> = words_iter(subject).collect();
            let tail = tail.get(tail.len().saturating_sub(3)..).unwrap_or(&[]);
            let seg = slice(subject, tail.first()?.start, subject.len());
            let mut states = sender_of(seg).states;
            if states.is_empty() {
                // "Eritrean Foreign Ministry Sent Letter": the State by its adjective.
                states = super::described::adjective_state(seg);
            }
            if states.len() != 1 {
                return None;
            }
            (
                from + subject_start + tail[0].start,
                Sender {
                    role: None,
                    states,
                    organization: None,
                },
            )
        }
    };
    (sender.1.role.is_some() || !sender.1.states.is_empty()).then_some(sender)
}

/// The one State a headline's label names before `at`: a State's name and a colon closing the
/// words before the subject ("Eritrea: President …"), else none.
fn label_state(window: &str, at: usize) -> Vec<State> {
    let before: Vec<Word> = words_iter(slice(window, 0, at)).collect();
    let Some(last) = before.last() else {
        return Vec::new();
    };
    if !last.text(window).ends_with(':') {
        return Vec::new();
    }
    // The label's own words: back to the previous sentence's end, at most four.
    let n = before.len();
    let first = (n.saturating_sub(4)..n)
        .rev()
        .find(|&k| k + 1 < n && ends_sentence(before[k].text(window)))
        .map_or(n.saturating_sub(4), |k| k + 1);
    let label = slice(window, before[first].start, last.end - 1);
    let states = sender_of(label).states;
    if states.len() == 1 {
        states
    } else {
        Vec::new()
    }
}

/// The one State named by its adjective in the two words right before "letter" at `at`, on the
/// same line ("South Korean letter").
fn adjective_before(text: &str, at: usize) -> Option<Vec<State>> {
    let from = crate::text::reach_back(text, at, 40);
    let window = slice(text, from, at);
    let line = window.rfind('\n').map_or(0, |i| i + 1);
    let ws: Vec<Word> = words_iter(slice(window, line, window.len())).collect();
    let tail = ws.get(ws.len().checked_sub(2)?..)?;
    let seg = slice(window, line + tail[0].start, window.len());
    let states = super::described::adjective_state(seg);
    (states.len() == 1).then_some(states)
}

/// Whether a word closes a sentence or a heading's part: "ARMENPRESS.", "NEW YORK:", "2009." —
/// not an initial or a title's stop ("A.", "Mr.", "U.N.").
fn ends_sentence(w: &str) -> bool {
    if w.ends_with(':') || w.ends_with(';') || w.ends_with('?') || w.ends_with('!') {
        return true;
    }
    let Some(stem) = w.strip_suffix('.') else {
        return false;
    };
    stem.chars().count() >= 3 && !stem.contains('.') && !["Mrs", "Messrs", "Nos"].contains(&stem)
}

/// The "to" after the sender's words that the offices follow, within the sentence's reach.
fn to_before_offices(text: &str, from: usize) -> Option<usize> {
    let end = crate::text::reach(text, from, 200);
    let window = slice(text, from, end);
    words_iter(window)
        .filter(|w| w.text(window).eq_ignore_ascii_case("to"))
        .map(|w| from + w.start)
        .find(|&at| offices_at(text, at + 2).is_some())
}

/// The offices after "to" past `from`, within the sentence's reach: "to the United Nations
/// addressed to Secretary General Ban Ki-moon" goes to the Secretary-General.
fn offices_after(text: &str, from: usize) -> Option<(Vec<String>, usize)> {
    let end = crate::text::reach(text, from, 200);
    let window = slice(text, from, end);
    words_iter(window)
        .take_while(|w| !ends_sentence(w.text(window)))
        .filter(|w| w.text(window).eq_ignore_ascii_case("to"))
        .find_map(|w| offices_at(text, from + w.end))
}

/// A list of offices as a report names them: each may carry "UN" or "United Nations" before it
/// and its holder's name after it ("the UN Secretary General Antonio Guterres"), and a letter to
/// "the Security Council" goes to its President.
pub(super) fn offices_at(text: &str, pos: usize) -> Option<(Vec<String>, usize)> {
    let mut out: Vec<String> = Vec::new();
    let mut p = pos;
    let mut end = pos;
    for _ in 0..4 {
        let mut q = skip_spaces(text, p);
        if let Some(e) = phrase_at(text, q, "the") {
            q = skip_spaces(text, e);
        }
        for un in ["un", "u.n.", "united nations"] {
            if let Some(e) = phrase_at(text, q, un) {
                let r = skip_spaces(text, e);
                if one_office(text, r).is_some() {
                    q = r;
                }
                break;
            }
        }
        let Some((names, e)) = one_office(text, q) else {
            break;
        };
        for n in names {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        end = holder_end(text, e);
        // ", the …", " and the …", " (and …)".
        let mut r = end;
        if slice(text, r, text.len()).starts_with(',') {
            r += 1;
        }
        r = skip_spaces(text, r);
        if slice(text, r, text.len()).starts_with('(') {
            r += 1;
        }
        match phrase_at(text, r, "and") {
            Some(a) => p = a,
            None if r > end => p = r,
            None => break,
        }
    }
    (!out.is_empty()).then_some((out, end))
}

fn one_office(text: &str, q: usize) -> Option<(Vec<String>, usize)> {
    // The Council by its abbreviation first: the organ list reads "the UNSC" as printed.
    // "President of the UN Security Council": a report's "UN" inside the office's name.
    for printed in [
        "president of the unsc",
        "president of the un security council",
    ] {
        if let Some(e) = phrase_at(text, q, printed) {
            return Some((vec!["President of the Security Council".to_string()], e));
        }
    }
    let (names, e) = addressees_at(text, q);
    if !names.is_empty() {
        return Some((names, e));
    }
    for (printed, office) in [
        ("security council", "President of the Security Council"),
        ("unsc", "President of the Security Council"),
    ] {
        if let Some(e) = phrase_at(text, q, printed) {
            return Some((vec![office.to_string()], e));
        }
    }
    None
}

/// The end of the holder's name after an office ("… Secretary General Ban Ki-moon", "… (UNSC)
/// Mr. Vassily A. Nebenzia"): up to five capitalized words, or none.
fn holder_end(text: &str, e: usize) -> usize {
    let rest = slice(text, e, crate::text::reach(text, e, 80));
    let mut end = e;
    for w in words_iter(rest).take(5) {
        let t = w.text(rest);
        let bare = t.trim_end_matches([',', ')']);
        let name = crate::text::is_capitalized(bare)
            && !["The", "And", "On", "In", "Of"].contains(&bare)
            && !bare.ends_with(':');
        if !name {
            break;
        }
        end = e + w.start + bare.len();
        if t.len() > bare.len() {
            break;
        }
    }
    end
}

/// The date right after a singular "letter" ("his latest letter dated 12 December 2019"), not
/// the writer's earlier one.
fn dated(text: &str, w: Word) -> Option<String> {
    let before = slice(text, crate::text::reach_back(text, w.start, 30), w.start);
    let earlier = words_iter(before).any(|x| {
        EARLIER
            .iter()
            .any(|e| x.text(before).eq_ignore_ascii_case(e))
    });
    if earlier {
        return None;
    }
    let p = skip_spaces(text, w.end);
    let e = phrase_at(text, p, "dated")?;
    date_at(text, skip_spaces(text, e)).map(|d| d.iso)
}

#[cfg(test)]
mod tests;
