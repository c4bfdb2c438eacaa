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
//! * `romance.tsv`: the French and Spanish names of States (UNTERM), looked up only where those
//!   versions name a sender or signer ([`state_in_romance_at`]), never matched in running text.
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

pub mod dated;
mod index;
mod matcher;
pub mod officeholders;
mod romance;
mod tables;
pub(crate) mod trie;

use std::sync::OnceLock;

use serde::Serialize;

pub use index::name_collection;
pub use matcher::{find, find_iter, find_states, FindIter};
use matcher::{is_acronym, raw_patterns, variants, Pattern};
pub use romance::state_in_romance_at;
use tables::{
    parse_demonyms, parse_features, parse_memberships, parse_names, parse_organizations,
    parse_organs, parse_places, parse_states, DEMONYMS_TSV, FEATURES_TSV, MEMBERSHIPS_TSV,
    NAMES_TSV, ORGANIZATIONS_TSV, ORGANS_TSV, PLACES_TSV, STATES_TSV,
};
use trie::Trie;

/// The kinds allowed in the `kind` column of `organizations.tsv`.
pub const ORGANIZATION_KINDS: &[&str] = &[
    "regional",
    "military",
    "economic",
    "political",
    "group",
    "other",
    "movement",
    "armed-group",
    "authority",
    "party",
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
    /// Neither a Member nor an observer State: named because another organization counts it
    /// as a member (the Sahrawi Arab Democratic Republic in the African Union).
    NonMember,
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
    /// One sentence, true on any day since its founding.
    pub description: &'static str,
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
    /// ISO3 code of its country; empty where that is disputed.
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
    /// A State named by an adjective or demonym ("Lebanese"): index into [`states()`].
    Demonym(u16),
}

impl Entity {
    /// "state", "organization", "organ" or "place".
    pub fn kind(&self) -> &'static str {
        match self {
            Entity::State(_) => "state",
            Entity::Organization(_) => "organization",
            Entity::Organ(_) => "organ",
            Entity::Place(_) => "place",
            Entity::Demonym(_) => "demonym",
        }
    }

    /// The key of the entity: ISO3 code of a State, id of an organization or organ, name of a
    /// place. Empty for an index out of range.
    pub fn id(&self) -> &'static str {
        match *self {
            Entity::State(i) | Entity::Demonym(i) => {
                states().get(usize::from(i)).map_or("", |s| s.code)
            }
            Entity::Organization(i) => organizations().get(usize::from(i)).map_or("", |o| o.id),
            Entity::Organ(i) => organs().get(usize::from(i)).map_or("", |o| o.id),
            Entity::Place(i) => places().get(usize::from(i)).map_or("", |p| p.name),
        }
    }

    /// The canonical name of the entity (UN short name of a State). Empty for an index out of
    /// range.
    pub fn name(&self) -> &'static str {
        match *self {
            Entity::State(i) | Entity::Demonym(i) => {
                states().get(usize::from(i)).map_or("", |s| s.name)
            }
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
    states().iter().find(|s| same_key(s.code, code))
}

/// `a == b` for the short codes and ids of the tables, their first bytes and lengths compared
/// before any call: a look-up compares a code with every entry in turn.
#[inline(always)]
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The organization with this id (exact).
pub fn organization_by_id(id: &str) -> Option<&'static OrgInfo> {
    organizations().iter().find(|o| same_key(o.id, id))
}

/// The organ with this id (exact).
pub fn organ_by_id(id: &str) -> Option<&'static OrganInfo> {
    organs().iter().find(|o| same_key(o.id, id))
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

/// The parsed tables and the trie of their names.
struct Gazetteer {
    states: Vec<StateInfo>,
    organizations: Vec<OrgInfo>,
    organs: Vec<OrganInfo>,
    places: Vec<PlaceInfo>,
    /// Sorted by organization.
    memberships: Vec<dated::Membership>,
    names: Vec<dated::FormerName>,
    patterns: Vec<Pattern>,
    trie: Trie,
    /// The patterns that start with an ASCII lower-case letter, numbered as in `trie`: a mention
    /// in lower case must start as its pattern does, so only these are walked from such a letter.
    lower: Trie,
    /// Whether a walk starts at each byte: the root of `lower` for an ASCII lower-case letter,
    /// of `trie` for any other byte; one load for the matcher at every word start.
    starts: [bool; 256],
}

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

fn gazetteer() -> &'static Gazetteer {
    GAZETTEER.get_or_init(build)
}

fn build() -> Gazetteer {
    let states = parse_states(STATES_TSV).rows;
    let organizations = parse_organizations(ORGANIZATIONS_TSV).rows;
    let organs = parse_organs(ORGANS_TSV).rows;
    let mut places = parse_places(PLACES_TSV).rows;
    places.extend(parse_features(FEATURES_TSV).rows);
    let demonyms = parse_demonyms(DEMONYMS_TSV).rows;
    let mut patterns = Vec::new();
    let mut trie = Trie::new(true);
    let mut lower = Trie::new(true);
    for (entity, name) in raw_patterns(&states, &organizations, &organs, &places, &demonyms) {
        for text in variants(name) {
            // A spelling already there (ASCII case aside) keeps its first entity.
            if trie.insert(&text, patterns.len() as u32) {
                if text.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
                    lower.insert(&text, patterns.len() as u32);
                }
                patterns.push(Pattern {
                    acronym: is_acronym(&text),
                    text,
                    entity,
                });
            }
        }
    }
    let mut starts = [false; 256];
    for (s, b) in starts.iter_mut().zip(0u8..=255) {
        let t = if b.is_ascii_lowercase() {
            &lower
        } else {
            &trie
        };
        *s = t.first(b).is_some();
    }
    Gazetteer {
        starts,
        states,
        organizations,
        organs,
        places,
        memberships: parse_memberships(MEMBERSHIPS_TSV).rows,
        names: parse_names(NAMES_TSV).rows,
        patterns,
        trie,
        lower,
    }
}

#[cfg(test)]
mod tests;
