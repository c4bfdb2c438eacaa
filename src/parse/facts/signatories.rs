//! The signatories: the senders' States, States written for ("on behalf of …", a list of a
//! group's members), States enumerated as the subject of the text's own statement, the
//! authors a transmitted statement names (and the further statements "also delivered by"), and
//! the States of the signatures, in order of first mention.

use std::collections::HashSet;

use super::{push_unique, state_of, state_of_match};
use crate::gazetteer::{self, Entity};
use crate::model::*;
use crate::text::{self, find_phrase, is_capitalized, next_word, reach_back, rfind_short, slice};

/// Words that name who issues a statement.
const AUTHOR_NOUNS: &[&str] = &[
    "Ministers",
    "Minister",
    "Heads of State",
    // "signed on 10 March 1996 by the heads of State of Bolivia, Colombia, Ecuador and Peru".
    "heads of State",
    "Government",
    "Governments",
    "Presidents",
    "President",
    "Leaders",
    "Ministry",
    "Ministries",
    "Parliaments",
    "Delegations",
    "Delegation",
    "delegations",
    "delegation",
    "Permanent Representatives",
    "Permanent Representative",
    "representatives",
    "Representatives",
];

/// The sentence of `text` around byte `at`: from after the last full stop before it to its own,
/// a stop after a title or an initial ("Ms. DiCarlo", "H.E. Mr.", "U.N.") being none.
pub(super) fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let stop = |i: usize| {
        let word = text[..i].rsplit(' ').next().unwrap_or("");
        let abbreviation = matches!(word, "Mr" | "Ms" | "Mrs" | "Dr" | "St" | "No" | "Prof")
            || word.contains('.')
            || word.chars().count() == 1;
        !abbreviation
    };
    let start = text[..at]
        .match_indices(". ")
        .map(|(i, _)| i)
        .filter(|&i| stop(i))
        .last()
        .map_or(0, |i| i + 2);
    let end = text[at..]
        .match_indices(". ")
        .map(|(i, _)| at + i)
        .find(|&i| stop(i))
        .map_or(text.len(), |i| i + 1);
    (start, end)
}

/// States enumerated as the authors of a statement: "Statement of the Ministers for Foreign
/// Affairs of the Republic of Armenia, …, and the Republic of Uzbekistan". States after "on",
/// "concerning" or "against" are its subject, not its authors.
pub(super) fn authors(text: &str) -> Vec<State> {
    let ms = gazetteer::find_states(text);
    let mut k = 0;
    while k < ms.len() {
        let j = run_end(text, &ms, k);
        let before = slice(text, 0, ms[k].start).trim_end();
        let before = before.strip_suffix("the").unwrap_or(before).trim_end();
        let introduced =
            before.ends_with(" of") || before.ends_with(" by") || before.ends_with(" of:");
        // The noun stands right before: "the Ministers for Foreign Affairs of", not "My
        // Government reiterates … this act of aggression by".
        // Searched for only after the sixth space from the end: no nearer noun is further back.
        let near_from = before.rmatch_indices(' ').nth(5).map_or(0, |(i, _)| i + 1);
        let noun_at = AUTHOR_NOUNS
            .iter()
            .filter_map(|n| rfind_short(&before[near_from..], n))
            .max()
            .map(|np| near_from + np)
            .filter(|&np| before[np..].split(' ').count() <= 6);
        if let (true, Some(np)) = (introduced, noun_at) {
            let between = &before[np..];
            let topical = [
                " on ",
                " concerning ",
                " against ",
                " regarding ",
                " about ",
                " to ",
            ]
            .iter()
            .any(|t| between.contains(t));
            // "a Message … to the Presidents of Armenia and Azerbaijan": those it is sent to.
            let pre = before[..np].trim_end();
            let recipients = pre.ends_with(" to the") || pre.ends_with(" to");
            // "China's position paper regarding the two letters … dated 3 July 2014 from the
            // Permanent Representative of Viet Nam": the authors of the texts it answers.
            let near = slice(pre, reach_back(pre, pre.len(), 160), pre.len());
            let answered = [
                " regarding ",
                " concerning ",
                " in response to ",
                " in reply to ",
                " with regard to ",
            ]
            .iter()
            .any(|t| near.contains(t))
                || follows_up(pre);
            if !topical && !recipients && !answered {
                return ms[k..j]
                    .iter()
                    // "… and the President of Panama as an observer": present, not an author.
                    .filter(|m| {
                        let after = slice(text, m.end, text.len());
                        !["as an observer", "as observer"]
                            .iter()
                            .any(|o| after.trim_start().starts_with(o))
                    })
                    .filter_map(|m| {
                        if let Entity::State(i) = m.entity {
                            state_of(i)
                        } else {
                            None
                        }
                    })
                    .collect();
            }
        }
        k = j;
    }
    Vec::new()
}

/// Whether `pre` opens by following up an earlier text and names no transmittal since: "Upon
/// instructions from my Government and further to the letter dated … from the Permanent
/// Representative of Turkey …, by which a press release issued by the Ministry of Foreign
/// Affairs of Turkey …" names the authors of the texts answered, not of the one transmitted.
fn follows_up(pre: &str) -> bool {
    let Some(at) = ["further to ", "Further to "]
        .iter()
        .filter_map(|f| pre.find(f))
        .min()
    else {
        return false;
    };
    let since = &pre[at..];
    !["transmit", "enclos", "forward", "attach"]
        .iter()
        .any(|v| since.contains(v))
}

/// The parties a joint text's title names: "Joint communiqué of the Jordan-Palestine-Egypt
/// tripartite summit", "Joint communiqué of the Consultative Summit between … President
/// Museveni of the Republic of Uganda and President Kabila of the Democratic Republic of the
/// Congo". A State after "on", "concerning" … is its subject.
pub(super) fn joint_parties(title: &str) -> Vec<State> {
    let Some(rest) = title
        .strip_prefix("Joint ")
        .or_else(|| title.strip_prefix("JOINT "))
    else {
        return Vec::new();
    };
    let low = rest.to_ascii_lowercase();
    let end = [
        " on ",
        " concerning ",
        " regarding ",
        " about ",
        " against ",
        " in ",
        " to ",
    ]
    .iter()
    .filter_map(|t| low.find(t))
    .min()
    .unwrap_or(rest.len());
    let mut out = super::super::signature::all_states(&rest[..end]);
    // One State is no joint text's parties: the other's name was lost or is not a State's.
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The end (exclusive) of the run of States that starts at `ms[k]`: names joined by ", ",
/// " and ", ", the ", " and the ".
fn run_end(text: &str, ms: &[gazetteer::Match], k: usize) -> usize {
    let mut j = k + 1;
    while j < ms.len() && {
        let gap = slice(text, ms[j - 1].end, ms[j].start);
        joins_states(gap) || joins_authors(gap)
    } {
        j += 1;
    }
    j
}

/// Whether the text between two States' names joins two authors' offices: "the President of
/// the Republic of Tajikistan, Emomali Rahmon, and the President of the Republic of
/// Uzbekistan", "the Minister for Foreign Affairs of X and the Minister of Y", "the heads of
/// State of Bolivia, …, and Peru, the Personal Representative of the President of Venezuela".
fn joins_authors(gap: &str) -> bool {
    let mut g = gap.trim();
    // The first author's name in apposition: ", Emomali Rahmon,".
    if let Some(inner) = g.strip_prefix(',') {
        if let Some((name, rest)) = inner.split_once(',') {
            let words: Vec<&str> = name.split_whitespace().collect();
            if (1..=5).contains(&words.len()) && words.iter().all(|w| is_capitalized(w)) {
                g = rest.trim();
            }
        }
    }
    let Some(office) = ["and the ", ", and the ", ", the "]
        .iter()
        .find_map(|p| g.strip_prefix(p))
    else {
        return false;
    };
    let office = office.strip_suffix(" the").unwrap_or(office).trim_end();
    let Some(office) = office.strip_suffix(" of") else {
        return false;
    };
    office.split(' ').count() <= 6 && AUTHOR_NOUNS.iter().any(|n| office.contains(n))
}

/// Whether the text between two States' names joins them in a list: ", ", " and ", ", the ".
fn joins_states(gap: &str) -> bool {
    let gap = gap.trim().trim_end_matches("the").trim();
    matches!(gap, "," | "and" | ", and" | "" | "\u{2013}" | "-")
}

/// Introductions of a list of the States on whose behalf a letter speaks: "the members of the
/// Group are the following: Egypt, Cuba, …", "on behalf of the following States: …".
const LIST_INTRODUCTIONS: &[&str] = &[
    "are the following:",
    "are as follows:",
    "the following states:",
    "the following member states:",
    "the following countries:",
];

/// Words before an introduction that make its list the letter's own authors.
const LIST_NOUNS: &[&str] = &[
    "members",
    "member states",
    "states",
    "countries",
    "sponsors",
    "co-sponsors",
    "behalf",
];

/// The States of a list that a letter introduces as its members or those on whose behalf it
/// speaks (see [`LIST_INTRODUCTIONS`]); the list runs from the colon. A meeting's list of
/// those that attended it ("attended by the following countries: Algeria, Angola, …") names
/// no author.
pub(super) fn listed_members(text: &str) -> Vec<State> {
    /// Lists read at most: a text repeating the phrase does not make the work grow.
    const MOST: usize = 8;
    let mut out = Vec::new();
    let mut read = 0;
    for intro in LIST_INTRODUCTIONS {
        let mut from = 0;
        while let Some(p) = find_phrase(text, intro, from) {
            from = p + intro.len();
            let before = slice(text, reach_back(text, p, 80), p).to_ascii_lowercase();
            if !LIST_NOUNS
                .iter()
                .any(|n| before.contains(n) || intro.contains(n))
            {
                continue;
            }
            // "… held at Tripoli and attended by the following countries:": those present at a
            // meeting, not the authors of its text.
            let present = ["attended by", "participated by", "represented by"]
                .iter()
                .any(|a| before.trim_end().ends_with(a));
            if present {
                continue;
            }
            read += 1;
            if read > MOST {
                return out;
            }
            // The run of States that starts the list, read only as far as it goes.
            state_run(slice(text, from, text.len()), &mut out);
        }
    }
    out
}

/// The run of States that `list` opens with, joined by commas and "and", into `out`: how
/// many it holds. Any other name or word ends it.
fn state_run(list: &str, out: &mut Vec<State>) -> usize {
    let mut prev_end = None;
    let mut n = 0;
    for m in gazetteer::find_iter(list) {
        let Entity::State(i) = m.entity else {
            break;
        };
        let gap = slice(list, prev_end.unwrap_or(0), m.start);
        let joined = match prev_end {
            None => {
                let g = gap.trim();
                g.strip_prefix("the").unwrap_or(g).trim().is_empty()
            }
            Some(_) => joins_states(gap),
        };
        if !joined {
            break;
        }
        if let Some(st) = state_of(i) {
            push_unique(out, st);
            n += 1;
        }
        prev_end = Some(m.end);
    }
    n
}

/// States a letter is written on behalf of: named in "On behalf of …" at the start of a
/// sentence, up to the clause's end, or listed in parentheses after the group named
/// mid-sentence ("on behalf of the Arab States Members and Observers of the United Nations
/// (the Hashemite Kingdom of Jordan, the United Arab Emirates, …)", two or more in a list),
/// or after a colon ("on behalf of the members of the Security Council which are members of
/// the European Union: France, Italy, Slovakia, …").
/// Each phrase is read within a bounded reach, and the next is looked for past what it read,
/// so the work stays linear whatever a text repeats.
fn on_behalf_of(text: &str) -> Vec<State> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = find_phrase(text, "on behalf of", from) {
        from = p + 1;
        let at_sentence_start = p == 0 || text[..p].trim_end().ends_with(['.', ':', ';']);
        if at_sentence_start && is_capitalized(next_word(text, p)) {
            let clause = slice(text, p, crate::text::reach(text, p, CLAUSE_REACH));
            // The first place where any of these stands (the least of their first
            // occurrences), found by one scan that stops there.
            let b = clause.as_bytes();
            let end = (0..b.len())
                .find(|&i| {
                    [" I ", " we ", " We ", "(Signed", ". "]
                        .iter()
                        .any(|s| b[i..].starts_with(s.as_bytes()))
                })
                .unwrap_or(clause.len());
            for st in states_in(&clause[..end]) {
                push_unique(&mut out, st);
            }
            from = p + end.max(1);
            continue;
        }
        let group = slice(text, p, crate::text::reach(text, p, 160));
        // The letter's own voice just before ("I am writing to you on behalf of …:"): a list
        // after a colon deep in a sentence is someone else's (a draft's co-sponsors).
        let voiced = {
            let before = slice(text, crate::text::reach_back(text, p, 40), p);
            [
                "I am writing",
                "I write",
                "I have the honour",
                "I have the honor",
            ]
            .iter()
            .any(|v| before.contains(v))
        };
        // Only where "on behalf of" names the writers and runs to the colon: an aside ("on
        // behalf of the Group, to inform you that … have joined: …") names others.
        let colon = group.find(':').filter(|&c| {
            let named = &group[..c];
            voiced
                && !named.contains(". ")
                && !named.contains('(')
                && !named.contains(',')
                && !named.contains(" to ")
        });
        if let Some(c) = colon {
            let at = p + c + 1;
            // The list runs to its clause's end; the next phrase is looked for past it.
            let window = slice(text, at, crate::text::reach(text, at, CLAUSE_REACH));
            let list = &window[..window.find(['.', ';']).unwrap_or(window.len())];
            let mut run = Vec::new();
            if state_run(list, &mut run) >= 2 {
                for st in run {
                    push_unique(&mut out, st);
                }
            }
            from = at + list.len().max(1);
            continue;
        }
        let Some(open) = group.find('(').filter(|&o| !group[..o].contains(". ")) else {
            continue;
        };
        let inner_start = p + open + 1;
        let rest = slice(
            text,
            inner_start,
            crate::text::reach(text, inner_start, CLAUSE_REACH),
        );
        let Some(close) = rest.find(')') else {
            from = inner_start + rest.len();
            continue;
        };
        let inner = &rest[..close];
        let states = states_in(inner);
        if states.len() >= 2 && inner.contains(',') {
            for st in states {
                push_unique(&mut out, st);
            }
        }
        from = inner_start + close;
    }
    out
}

/// How far an "on behalf of" phrase is read: a list of a group's members fits.
const CLAUSE_REACH: usize = 2000;

/// The States the gazetteer finds in `text`, in order.
fn states_in(text: &str) -> Vec<State> {
    gazetteer::find(text)
        .into_iter()
        .filter_map(|m| state_of_match(&m))
        .collect()
}

/// States enumerated as the subject of the text's own statement, two or more opening a clause:
/// in the first person ("The Arab Republic of Egypt and the Islamic Republic of Mauritania, in
/// our respective capacities as Chair …, make the present request") or taking a stand together
/// ("– France, Germany and the United Kingdom underline the importance …"). Where the run of
/// the first such subject starts, with its States.
pub(super) fn joint_subject(text: &str) -> Option<(usize, Vec<State>)> {
    let ms = gazetteer::find_states(slice(text, 0, crate::text::reach(text, 0, JOINT_REACH)));
    let mut k = 0;
    while k < ms.len() {
        let j = run_end(text, &ms, k);
        let (first, last) = (&ms[k], &ms[j - 1]);
        let after = slice(text, last.end, text.len());
        let ours = after.starts_with(", in our ");
        if j - k >= 2
            && super::voice::opens_clause(slice(text, 0, first.start))
            && (ours || super::voice::takes_a_stand(after))
        {
            let states = ms[k..j].iter().filter_map(state_of_match).collect();
            return Some((first.start, states));
        }
        k = j;
    }
    None
}

/// How far into a text its joint subject is looked for.
const JOINT_REACH: usize = 4000;

/// The signatories, in order of first mention after the title.
pub(super) fn signatories<'a>(doc: &'a Document) -> Vec<State> {
    let mut set: Vec<State> = Vec::new();
    for s in &doc.sender.states {
        push_unique(&mut set, s.clone());
    }
    let body_text: Vec<&str> = doc.body.iter().map(|p| p.text.as_str()).collect();
    let joined = body_text.join(" ");
    for s in on_behalf_of(&joined) {
        push_unique(&mut set, s);
    }
    for s in listed_members(&joined) {
        push_unique(&mut set, s);
    }
    for s in joint_subject(&joined).map(|j| j.1).unwrap_or_default() {
        push_unique(&mut set, s);
    }
    // A statement enumerated in the transmittal sentence: "transmit herewith a statement of …".
    // Only those sentences: the rest of a paragraph may name any Government.
    for p in &doc.body {
        let t = p.text.as_str();
        let mut from = 0;
        // A few per paragraph: a text repeating the words does not make the work grow.
        for _ in 0..4 {
            // "Statements were also delivered by …": more of the statements it encloses.
            let Some(at) = ["herewith", "(see annex", "also delivered by"]
                .iter()
                .filter_map(|w| t[from..].find(w).map(|i| from + i))
                .min()
            else {
                break;
            };
            let (start, end) = sentence_around(t, at);
            for s in authors(&t[start..end]) {
                push_unique(&mut set, s);
            }
            from = end.max(at + 1);
        }
    }
    for sig in &doc.signatures {
        if let Some(s) = &sig.state {
            push_unique(&mut set, s.clone());
        }
    }
    for a in &doc.annexes {
        if let Some(t) = &a.title {
            for s in authors(t).into_iter().chain(joint_parties(t)) {
                push_unique(&mut set, s);
            }
        }
        // A declaration that names its authors as it opens, in the first person ("We,
        // representatives of Algeria, Belarus, …") or as several ("The Presidents of Costa
        // Rica, El Salvador, Guatemala, Honduras and Nicaragua, meeting …").
        if let Some(p) = a.body.first() {
            let first_person = p.text.starts_with("We, ");
            // The authors of "The …" stand in its subject, near its start.
            let reach = if first_person { 1500 } else { 300 };
            let opening = slice(&p.text, 0, crate::text::reach(&p.text, 0, reach));
            let found = authors(opening);
            if first_person || (opening.starts_with("The ") && found.len() >= 2) {
                for s in found {
                    push_unique(&mut set, s);
                }
            }
        }
        for sig in &a.signatures {
            if let Some(s) = &sig.state {
                push_unique(&mut set, s.clone());
            }
        }
    }
    // Order: first mention in reading order after the title; unmentioned ones first.
    let mut order: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut note = |spans: &'a [Span]| {
        for sp in spans {
            if let SpanKind::State { code } = &sp.kind {
                if seen.insert(code.as_str()) {
                    order.push(code.clone());
                }
            }
        }
    };
    for p in &doc.body {
        note(&p.spans);
    }
    for a in &doc.annexes {
        note(&a.title_spans);
        for p in &a.body {
            note(&p.spans);
        }
    }
    let mut sig_codes: Vec<String> = Vec::new();
    for sig in doc
        .signatures
        .iter()
        .chain(doc.annexes.iter().flat_map(|a| a.signatures.iter()))
    {
        if let Some(s) = &sig.state {
            sig_codes.push(s.code.clone());
        }
    }
    let rank = |code: &str| -> usize {
        order
            .iter()
            .position(|c| c == code)
            .map(|p| p + 1)
            .or_else(|| {
                sig_codes
                    .iter()
                    .position(|c| c == code)
                    .map(|p| order.len() + 1 + p)
            })
            .unwrap_or(0)
    };
    let mut indexed: Vec<(usize, usize, State)> = set
        .into_iter()
        .enumerate()
        .map(|(i, s)| (rank(&s.code), i, s))
        .collect();
    text::sort_by_key(&mut indexed, |x| x.0 as u64);
    indexed.into_iter().map(|x| x.2).collect()
}
