//! The gazetteer: States, international organizations, United Nations organs and places, and a
//! matcher that finds their mentions in running text.
//!
//! # What it holds
//!
//! Four tables, compiled into the crate from tab-separated files under `data/`:
//!
//! * `states.tsv`: the 193 Member States, the 2 observer States (Holy See, State of Palestine)
//!   and a few dissolved States (USSR, Yugoslavia, …), keyed by ISO 3166-1 alpha-3 code
//!   (ISO 3166-3 for dissolved States), with the UN short name, the formal name, aliases
//!   (common short forms and former names, mapped to the successor State), capital and year of
//!   admission. Sources: the UN Member States list, UNTERM country names, ISO 3166.
//! * `organizations.tsv`: intergovernmental organizations (CSTO, NATO, EU, OIC, …) and the
//!   negotiating/regional groups at the UN (Group of 77, Arab Group, GRULAC, …), with members.
//! * `organs.tsv`: UN principal organs, subsidiary bodies, offices, funds, programmes, missions
//!   and specialized agencies (General Assembly, Security Council, UNHCR, WHO, …).
//! * `places.tsv`: cities named as the place of a statement or meeting (every capital, plus UN
//!   duty stations and conference venues), with their country.
//!
//! Each file names its public sources in its leading `#` comment lines.
//!
//! # How matching works
//!
//! The tables are parsed once, on first use, into a `static` [`OnceLock`]. Every name, formal
//! name, alias and acronym becomes a pattern of one byte trie, searched leftmost-longest and
//! ASCII case-insensitive so that all-caps titles match. (A trie walked from each word start
//! rather than the `aho-corasick` crate: the crate was a tenth of the WebAssembly module and its
//! automaton took longer to build than the tables to parse; a mention can only start where a
//! word does, so a trie walk from there finds the same matches.) Patterns with an apostrophe are also
//! added with the other apostrophe (`'` and `’`), and patterns with non-ASCII letters also in
//! upper case ("CÔTE D'IVOIRE"). A pattern string maps to one entity only; when two tables
//! share one (the State "Kuwait" and the city), the State wins, then organizations, organs and
//! places, in that order.
//!
//! Each raw match is then checked: it must stand on word boundaries (the characters around it
//! are not alphanumeric, so "Nigerian" matches neither Niger nor Nigeria), its first letter
//! must be upper case (so "china" is not China), and acronyms ("EU", "CSTO", up to six upper
//! case ASCII letters or digits) must match case-sensitively. When a match fails these checks,
//! the next shorter pattern starting at the same place is tried, then the search goes on from
//! the next character, so a valid later match is not lost.
//!
//! Patterns never include a leading "the": "the Republic of Armenia" yields a match on
//! "Republic of Armenia".

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::trie::Trie;
use serde::Serialize;

const STATES_TSV: &str = include_str!("../data/states.tsv");
const ORGANIZATIONS_TSV: &str = include_str!("../data/organizations.tsv");
const ORGANS_TSV: &str = include_str!("../data/organs.tsv");
const PLACES_TSV: &str = include_str!("../data/places.tsv");

/// The kinds allowed in the `kind` column of `organizations.tsv`.
pub const ORGANIZATION_KINDS: &[&str] = &[
    "regional",
    "military",
    "economic",
    "political",
    "group",
    "other",
];

/// A State: a Member State, an observer State or a dissolved State.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StateInfo {
    /// ISO 3166-1 alpha-3 code ("ARM"); ISO 3166-3 for dissolved States ("SUN").
    pub code: &'static str,
    /// UN short name: "Russian Federation", "Venezuela (Bolivarian Republic of)".
    pub name: &'static str,
    /// Formal name without a leading "the": "Republic of Armenia".
    pub formal: &'static str,
    /// Other names for this State in UN documents, including former names.
    pub aliases: Vec<&'static str>,
    /// Member, observer or dissolved.
    pub status: StateStatus,
    /// Capital city, in English.
    pub capital: &'static str,
    /// Year of admission to the United Nations.
    pub admitted: Option<u16>,
}

/// Whether a State is a Member State, an observer State or a dissolved State.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StateStatus {
    /// A Member State of the United Nations.
    Member,
    /// A non-member observer State (Holy See, State of Palestine).
    Observer,
    /// A State that no longer exists (USSR, Yugoslavia, …).
    Former,
}

/// An intergovernmental organization or a group of States.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgInfo {
    /// Its acronym where it has one, else a short upper-case key ("ARABG").
    pub id: &'static str,
    /// "CSTO"; `None` where it has none.
    pub acronym: Option<&'static str>,
    /// Official English name.
    pub name: &'static str,
    /// Other names and spellings.
    pub aliases: Vec<&'static str>,
    /// Year founded.
    pub founded: Option<u16>,
    /// One sentence.
    pub description: &'static str,
    /// ISO3 codes of current member States, where known; may be empty.
    pub members: Vec<&'static str>,
    /// One of [`ORGANIZATION_KINDS`].
    pub kind: &'static str,
}

/// A United Nations organ, body, office or agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganInfo {
    /// Short key: "GA", "SC", "UNHCR".
    pub id: &'static str,
    /// Its name: "Security Council".
    pub name: &'static str,
    /// Other names, acronyms and spellings.
    pub aliases: Vec<&'static str>,
    /// One sentence.
    pub description: &'static str,
}

/// A city.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlaceInfo {
    /// Its name as written: "New York", "Brasília".
    pub name: &'static str,
    /// ISO3 code of its country.
    pub country: &'static str,
}

/// Something the gazetteer knows, as an index into one of its tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entity {
    /// Index into [`states()`].
    State(u16),
    /// Index into [`organizations()`].
    Organization(u16),
    /// Index into [`organs()`].
    Organ(u16),
    /// Index into [`places()`].
    Place(u16),
}

impl Entity {
    /// "state", "organization", "organ" or "place".
    pub fn kind(&self) -> &'static str {
        match self {
            Entity::State(_) => "state",
            Entity::Organization(_) => "organization",
            Entity::Organ(_) => "organ",
            Entity::Place(_) => "place",
        }
    }

    /// The key of the entity: ISO3 code of a State, id of an organization or organ, name of a
    /// place. Empty for an index out of range.
    pub fn id(&self) -> &'static str {
        match *self {
            Entity::State(i) => states().get(usize::from(i)).map_or("", |s| s.code),
            Entity::Organization(i) => organizations().get(usize::from(i)).map_or("", |o| o.id),
            Entity::Organ(i) => organs().get(usize::from(i)).map_or("", |o| o.id),
            Entity::Place(i) => places().get(usize::from(i)).map_or("", |p| p.name),
        }
    }

    /// The canonical name of the entity (UN short name of a State). Empty for an index out of
    /// range.
    pub fn name(&self) -> &'static str {
        match *self {
            Entity::State(i) => states().get(usize::from(i)).map_or("", |s| s.name),
            Entity::Organization(i) => organizations().get(usize::from(i)).map_or("", |o| o.name),
            Entity::Organ(i) => organs().get(usize::from(i)).map_or("", |o| o.name),
            Entity::Place(i) => places().get(usize::from(i)).map_or("", |p| p.name),
        }
    }

    /// The State this entity is or lies in: the State itself, or the country of a place.
    pub fn state(&self) -> Option<&'static StateInfo> {
        match *self {
            Entity::State(i) => states().get(usize::from(i)),
            Entity::Place(i) => places()
                .get(usize::from(i))
                .and_then(|p| state_by_code(p.country)),
            _ => None,
        }
    }
}

/// One mention found by [`find`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Byte offset of the first byte of the mention in the searched text.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// What it names.
    pub entity: Entity,
}

impl Match {
    /// The matched text, given the text that was searched.
    pub fn as_str<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// All States, in file order.
pub fn states() -> &'static [StateInfo] {
    &gazetteer().states
}

/// All organizations and groups, in file order.
pub fn organizations() -> &'static [OrgInfo] {
    &gazetteer().organizations
}

/// All UN organs and bodies, in file order.
pub fn organs() -> &'static [OrganInfo] {
    &gazetteer().organs
}

/// All places, in file order.
pub fn places() -> &'static [PlaceInfo] {
    &gazetteer().places
}

/// The State with this ISO3 code (exact, upper case).
pub fn state_by_code(code: &str) -> Option<&'static StateInfo> {
    states().iter().find(|s| s.code == code)
}

/// The organization with this id (exact).
pub fn organization_by_id(id: &str) -> Option<&'static OrgInfo> {
    organizations().iter().find(|o| o.id == id)
}

/// The organ with this id (exact).
pub fn organ_by_id(id: &str) -> Option<&'static OrganInfo> {
    organs().iter().find(|o| o.id == id)
}

/// The entity that `name` names as a whole, ignoring surrounding spaces and one leading "the":
/// `lookup("the Kyrgyz Republic")` is Kyrgyzstan. `None` unless one single match covers it.
pub fn lookup(name: &str) -> Option<Entity> {
    let mut s = name.trim();
    for the in ["the ", "The ", "THE "] {
        if let Some(rest) = s.strip_prefix(the) {
            s = rest.trim_start();
            break;
        }
    }
    match find(s).as_slice() {
        [m] if m.start == 0 && m.end == s.len() => Some(m.entity),
        _ => None,
    }
}

/// The State that `name` names as a whole (any name, formal name or alias; see [`lookup`]).
pub fn state_by_name(name: &str) -> Option<&'static StateInfo> {
    match lookup(name)? {
        Entity::State(i) => states().get(usize::from(i)),
        _ => None,
    }
}

/// All entity mentions in `text`, leftmost-longest, non-overlapping, sorted by start.
pub fn find(text: &str) -> Vec<Match> {
    find_iter(text).collect()
}

/// The mentions of [`find`], lazily: each one is found only when asked for, so that a caller
/// that needs the first mention, or those near the start, does not search a whole document.
pub fn find_iter(text: &str) -> FindIter<'_> {
    FindIter { text, pos: 0 }
}

/// Iterator of [`find_iter`].
pub struct FindIter<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for FindIter<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let (text, g) = (self.text, gazetteer());
        let bytes = text.as_bytes();
        let mut ends: Vec<(usize, u32)> = Vec::new();
        let mut i = self.pos;
        // Whether the character before `i` is a letter or digit: then no mention starts at `i`
        // (`accepts` rejects every pattern there), so the trie is not even walked.
        let mut after_alnum = text
            .get(..i)
            .and_then(|t| t.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        while i < bytes.len() {
            let b = bytes[i];
            // Inside a word nothing starts: its ASCII letters and digits are passed over at once.
            if after_alnum && b.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (alnum, len) = if b < 0x80 {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                match text.get(i..).and_then(|t| t.chars().next()) {
                    Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                    None => (false, 1),
                }
            };
            // A mention that starts in ASCII lower case is one of a pattern that starts with
            // that very letter (see `accepts`): at most lower-case words the trie is not walked.
            let possible = !b.is_ascii_lowercase() || g.lower_first[usize::from(b)];
            if !after_alnum && possible && g.trie.first(b).is_some() {
                // Every pattern matching at `i`, then the longest that passes the checks.
                g.trie.matches_at(bytes, i, &mut ends);
                for &(end, k) in ends.iter().rev() {
                    let Some(p) = g.patterns.get(k as usize) else {
                        continue;
                    };
                    if accepts(text, i, end, p) {
                        self.pos = end.max(i + 1);
                        return Some(Match {
                            start: i,
                            end,
                            entity: p.entity,
                        });
                    }
                }
            }
            after_alnum = alnum;
            i += len;
        }
        self.pos = bytes.len();
        None
    }
}

/// Whether a raw match of `p` at `start..end` is a real mention.
fn accepts(text: &str, start: usize, end: usize, p: &Pattern) -> bool {
    let (Some(before), Some(matched), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return false;
    };
    if before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        || after.chars().next().is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    if p.acronym {
        return matched == p.text;
    }
    let Some(c) = matched.chars().next() else {
        return false;
    };
    let p0 = p.text.chars().next().unwrap_or(' ');
    c.is_uppercase() || !c.is_alphabetic() || (p0.is_lowercase() && c == p0)
}

/// One pattern of the trie.
#[derive(Debug)]
struct Pattern {
    /// The pattern text (one spelling variant): a slice of the table where it is spelled as
    /// written there, else a spelling made from it.
    text: Cow<'static, str>,
    /// What it names.
    entity: Entity,
    /// Short all-caps acronym: matched case-sensitively.
    acronym: bool,
}

/// The parsed tables and the trie of their names.
struct Gazetteer {
    states: Vec<StateInfo>,
    organizations: Vec<OrgInfo>,
    organs: Vec<OrganInfo>,
    places: Vec<PlaceInfo>,
    patterns: Vec<Pattern>,
    trie: Trie,
    /// The bytes that patterns start with, for ASCII lower-case letters: a mention in lower
    /// case must start as its pattern does.
    lower_first: [bool; 256],
}

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

fn gazetteer() -> &'static Gazetteer {
    GAZETTEER.get_or_init(build)
}

fn build() -> Gazetteer {
    let states = parse_states(STATES_TSV).rows;
    let organizations = parse_organizations(ORGANIZATIONS_TSV).rows;
    let organs = parse_organs(ORGANS_TSV).rows;
    let places = parse_places(PLACES_TSV).rows;
    let mut patterns = Vec::new();
    let mut trie = Trie::new(true);
    let mut lower_first = [false; 256];
    for (entity, name) in raw_patterns(&states, &organizations, &organs, &places) {
        for text in variants(name) {
            // A spelling already there (ASCII case aside) keeps its first entity.
            if trie.insert(&text, patterns.len() as u32) {
                if let Some(&b) = text.as_bytes().first() {
                    lower_first[usize::from(b)] |= b.is_ascii_lowercase();
                }
                patterns.push(Pattern {
                    acronym: is_acronym(&text),
                    text,
                    entity,
                });
            }
        }
    }
    Gazetteer {
        states,
        organizations,
        organs,
        places,
        patterns,
        trie,
        lower_first,
    }
}

/// Every (entity, name) pair, in priority order: States, organizations, organs, places.
fn raw_patterns(
    states: &[StateInfo],
    organizations: &[OrgInfo],
    organs: &[OrganInfo],
    places: &[PlaceInfo],
) -> Vec<(Entity, &'static str)> {
    let mut out = Vec::new();
    for (i, s) in states.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        let e = Entity::State(i);
        out.push((e, s.name));
        out.push((e, s.formal));
        out.extend(s.aliases.iter().map(|&a| (e, a)));
    }
    for (i, o) in organizations.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        let e = Entity::Organization(i);
        if let Some(a) = o.acronym {
            out.push((e, a));
        }
        out.push((e, o.name));
        out.extend(o.aliases.iter().map(|&a| (e, a)));
    }
    for (i, o) in organs.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        let e = Entity::Organ(i);
        out.push((e, o.name));
        out.extend(o.aliases.iter().map(|&a| (e, a)));
    }
    for (i, p) in places.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        out.push((Entity::Place(i), p.name));
    }
    out.retain(|(_, n)| !n.trim().is_empty());
    out
}

/// The spellings of one name: itself, with the other apostrophe, and with non-ASCII letters in
/// upper case (ASCII case is folded by the trie). No duplicates. The name itself is borrowed
/// from the table: most names are ASCII without an apostrophe, and then it is the only spelling
/// (with the rows' fields borrowed too, first use went from 4.27 M to 3.16 M instructions).
fn variants(name: &'static str) -> Vec<Cow<'static, str>> {
    let name = name.trim();
    if name.is_ascii() && !name.contains('\'') {
        return vec![Cow::Borrowed(name)];
    }
    let mut out = vec![Cow::Borrowed(name)];
    if name.contains('\'') {
        out.push(Cow::Owned(name.replace('\'', "\u{2019}")));
    }
    if name.contains('\u{2019}') {
        out.push(Cow::Owned(name.replace('\u{2019}', "'")));
    }
    for i in 0..out.len() {
        let mut upper = String::with_capacity(out[i].len());
        for c in out[i].chars() {
            if c.is_ascii() {
                upper.push(c);
            } else {
                crate::text::push_upper(&mut upper, c);
            }
        }
        if upper != out[i] {
            out.push(Cow::Owned(upper));
        }
    }
    out.dedup();
    out
}

/// A short all-caps acronym ("EU", "CSTO", "G20"): up to six ASCII upper-case letters or digits,
/// at least one a letter.
fn is_acronym(s: &str) -> bool {
    (1..=6).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && s.bytes().any(|b| b.is_ascii_uppercase())
}

/// Rows parsed from one file, and what was wrong with the rows that were skipped.
struct Parsed<T> {
    rows: Vec<T>,
    errors: Vec<String>,
}

/// Data lines of a TSV file (no comments, no blank lines), split into fields, with line numbers.
fn data_lines(src: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    src.lines().enumerate().filter_map(|(n, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            None
        } else {
            Some((n + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn list(field: &'static str) -> Vec<&'static str> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn year(field: &str) -> Result<Option<u16>, ()> {
    if field.is_empty() {
        return Ok(None);
    }
    match field.parse::<u16>() {
        Ok(y) if (1000..=2100).contains(&y) => Ok(Some(y)),
        _ => Err(()),
    }
}

fn is_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn parse_states(src: &'static str) -> Parsed<StateInfo> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [code, name, formal, aliases, status, capital, admitted] = f.as_slice() else {
            p.errors
                .push(format!("states.tsv:{n}: {} columns, want 7", f.len()));
            continue;
        };
        let status = match *status {
            "member" => StateStatus::Member,
            "observer" => StateStatus::Observer,
            "former" => StateStatus::Former,
            other => {
                p.errors
                    .push(format!("states.tsv:{n}: bad status \"{other}\""));
                continue;
            }
        };
        if !is_code(code) || name.is_empty() || formal.is_empty() || capital.is_empty() {
            p.errors.push(format!(
                "states.tsv:{n}: bad code or empty name/formal/capital"
            ));
            continue;
        }
        let Ok(admitted) = year(admitted) else {
            p.errors
                .push(format!("states.tsv:{n}: bad year \"{admitted}\""));
            continue;
        };
        p.rows.push(StateInfo {
            code,
            name,
            formal,
            aliases: list(aliases),
            status,
            capital,
            admitted,
        });
    }
    p
}

fn parse_organizations(src: &'static str) -> Parsed<OrgInfo> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [id, acronym, name, aliases, founded, description, members, kind] = f.as_slice() else {
            p.errors.push(format!(
                "organizations.tsv:{n}: {} columns, want 8",
                f.len()
            ));
            continue;
        };
        if id.is_empty()
            || name.is_empty()
            || description.is_empty()
            || !ORGANIZATION_KINDS.contains(kind)
        {
            p.errors.push(format!(
                "organizations.tsv:{n}: empty id/name/description or bad kind"
            ));
            continue;
        }
        let Ok(founded) = year(founded) else {
            p.errors
                .push(format!("organizations.tsv:{n}: bad year \"{founded}\""));
            continue;
        };
        p.rows.push(OrgInfo {
            id,
            acronym: (!acronym.is_empty()).then_some(*acronym),
            name,
            aliases: list(aliases),
            founded,
            description,
            members: members.split_whitespace().collect(),
            kind,
        });
    }
    p
}

fn parse_organs(src: &'static str) -> Parsed<OrganInfo> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [id, name, aliases, description] = f.as_slice() else {
            p.errors
                .push(format!("organs.tsv:{n}: {} columns, want 4", f.len()));
            continue;
        };
        if id.is_empty() || name.is_empty() || description.is_empty() {
            p.errors
                .push(format!("organs.tsv:{n}: empty id/name/description"));
            continue;
        }
        p.rows.push(OrganInfo {
            id,
            name,
            aliases: list(aliases),
            description,
        });
    }
    p
}

fn parse_places(src: &'static str) -> Parsed<PlaceInfo> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [name, country] = f.as_slice() else {
            p.errors
                .push(format!("places.tsv:{n}: {} columns, want 2", f.len()));
            continue;
        };
        if name.is_empty() || !is_code(country) {
            p.errors
                .push(format!("places.tsv:{n}: empty name or bad country"));
            continue;
        }
        p.rows.push(PlaceInfo { name, country });
    }
    p
}

#[cfg(test)]
mod tests;
