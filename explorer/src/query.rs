//! Filters over a collection and what a reader sees of them: the matching documents, each facet's
//! values with counts, the years' histogram and who signs with whom. One pass per facet over the
//! documents, so a change costs linear time in the collection, never more.

use std::collections::{BTreeMap, HashMap};

use crate::index::{day_number, Collection, Entry};
use crate::search::Search;

/// The facets, in the order the explorer shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    State,
    Group,
    Organization,
    Subject,
    Session,
    Kind,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::State,
        Facet::Group,
        Facet::Organization,
        Facet::Subject,
        Facet::Session,
        Facet::Kind,
    ];

    /// Its key in the URL and in the markup.
    pub fn key(self) -> &'static str {
        match self {
            Facet::State => "state",
            Facet::Group => "group",
            Facet::Organization => "org",
            Facet::Subject => "subject",
            Facet::Session => "session",
            Facet::Kind => "kind",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::State => "Signed by (all of)",
            Facet::Group => "Signed by members of",
            Facet::Organization => "Organization mentioned",
            Facet::Subject => "Subject",
            Facet::Session => "General Assembly session",
            Facet::Kind => "Kind",
        }
    }

    /// Whether picking two values asks for documents with both (else: with either).
    pub fn all_of(self) -> bool {
        matches!(self, Facet::State)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

const YEARS_BIT: u8 = 1 << 6;
const QUERY_BIT: u8 = 1 << 7;

/// What the reader asked for. Empty: every document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub picked: BTreeMap<&'static str, Vec<String>>,
    pub from: Option<u16>,
    pub to: Option<u16>,
    pub query: String,
}

impl Filters {
    pub fn values(&self, f: Facet) -> &[String] {
        self.picked.get(f.key()).map_or(&[], Vec::as_slice)
    }

    pub fn is_picked(&self, f: Facet, v: &str) -> bool {
        self.values(f).iter().any(|x| x == v)
    }

    /// Picks `v` in `f`, or unpicks it if it was picked.
    pub fn toggle(&mut self, f: Facet, v: &str) {
        let list = self.picked.entry(f.key()).or_default();
        match list.iter().position(|x| x == v) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(v.to_string()),
        }
        if list.is_empty() {
            self.picked.remove(f.key());
        }
    }

    /// Whether a search is asked for (spaces alone ask for none).
    pub fn searching(&self) -> bool {
        !self.query.trim().is_empty()
    }
}

/// One value of a facet as the reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub key: String,
    pub label: String,
    /// Documents the list would hold with this value picked too (or instead, for "either" facets).
    pub count: usize,
    pub picked: bool,
}

/// Everything the explorer shows for a set of filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// Indexes of the matching documents, newest first (undated last).
    pub matched: Vec<usize>,
    pub facets: Vec<(Facet, Vec<Value>)>,
    /// (year, documents) over the matching documents' years but the year range itself, in order.
    pub years: Vec<(u16, usize)>,
    /// The States that sign most of the matching documents, and how many of those each pair
    /// signs together (`pairs[i][j]`; the diagonal: each State's own count).
    pub matrix_states: Vec<String>,
    pub pairs: Vec<Vec<usize>>,
}

/// How many States the co-signature matrix shows.
pub const MATRIX_SIZE: usize = 12;

/// A collection with what filtering needs computed once: each document's values per facet as
/// small numbers, so that a change of filters allocates nothing per document.
pub struct Explorer {
    pub collection: Collection,
    /// Each document's day (YYYYMMDD) and year.
    days: Vec<Option<u32>>,
    years: Vec<Option<u16>>,
    /// Newest first: the order of the list.
    order: Vec<usize>,
    /// Per facet: the values' keys, and each key's number.
    keys: [Vec<String>; 6],
    numbers: [HashMap<String, u32>; 6],
    /// Per document, per facet: its values' numbers, each once.
    values: Vec<[Vec<u32>; 6]>,
    /// State code → (group index, spell index) of every spell it had.
    spells: HashMap<String, Vec<(usize, usize)>>,
    pub search: Search,
}

impl Explorer {
    pub fn new(mut collection: Collection) -> Explorer {
        let docs = std::mem::take(&mut collection.documents);
        let mut spells: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (g, group) in collection.groups.iter().enumerate() {
            for (k, m) in group.members.iter().enumerate() {
                spells.entry(m.state.clone()).or_default().push((g, k));
            }
        }
        let mut e = Explorer {
            collection,
            days: Vec::new(),
            years: Vec::new(),
            order: Vec::new(),
            keys: Default::default(),
            numbers: Default::default(),
            values: Vec::new(),
            spells,
            search: Search::default(),
        };
        e.add(docs);
        e
    }

    /// Adds documents (a dropped folder arrives in batches).
    pub fn add(&mut self, entries: Vec<Entry>) {
        for entry in entries {
            let i = self.collection.documents.len();
            let day = entry
                .date
                .as_deref()
                .or(entry.issued.as_deref())
                .and_then(day_number);
            self.days.push(day);
            self.years.push(entry.year());
            let mut words = entry.title.clone().unwrap_or_default();
            for s in [&entry.symbol, &entry.sender.role].into_iter().flatten() {
                words.push(' ');
                words.push_str(s);
            }
            self.search.add(i, &words);
            let raw = self.raw_values(&entry, day);
            let mut nums: [Vec<u32>; 6] = Default::default();
            for f in Facet::ALL {
                let k = f as usize;
                for v in &raw[k] {
                    let next = self.keys[k].len() as u32;
                    let n = *self.numbers[k].entry(v.clone()).or_insert(next);
                    if n == next {
                        self.keys[k].push(v.clone());
                    }
                    if !nums[k].contains(&n) {
                        nums[k].push(n);
                    }
                }
            }
            self.values.push(nums);
            self.collection.documents.push(entry);
        }
        let days = &self.days;
        self.order = (0..days.len()).collect();
        // Descending: `None` (undated) sorts last.
        self.order
            .sort_by(|&a, &b| days[b].cmp(&days[a]).then(a.cmp(&b)));
    }

    /// The ids of the groups `state` belonged to on `day`.
    fn groups_on(&self, state: &str, day: Option<u32>) -> impl Iterator<Item = &str> {
        (self.spells.get(state).into_iter().flatten()).filter_map(move |&(g, k)| {
            let group = &self.collection.groups[g];
            group.members[k].holds_on(day).then_some(group.id.as_str())
        })
    }

    /// What `entry` has for each facet, as keys.
    fn raw_values(&self, entry: &Entry, day: Option<u32>) -> [Vec<String>; 6] {
        let signing = entry.signing_states();
        let mut groups: Vec<String> = Vec::new();
        for id in signing.iter().flat_map(|s| self.groups_on(s, day)) {
            if !groups.iter().any(|g| g == id) {
                groups.push(id.to_string());
            }
        }
        [
            signing.to_vec(),
            groups,
            entry.organizations.clone(),
            entry.subjects.clone(),
            entry.session.map(|s| s.to_string()).into_iter().collect(),
            vec![entry.kind.clone()],
        ]
    }

    pub fn len(&self) -> usize {
        self.collection.documents.len()
    }

    pub fn is_empty(&self) -> bool {
        self.collection.documents.is_empty()
    }

    pub fn state_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.collection
            .names
            .states
            .get(code)
            .map_or(code, String::as_str)
    }

    fn group_name<'a>(&'a self, id: &'a str) -> &'a str {
        (self.collection.groups.iter())
            .find(|g| g.id == id)
            .map_or(id, |g| g.name.as_str())
    }

    fn organization_name<'a>(&'a self, id: &'a str) -> &'a str {
        (self.collection.names.organizations.get(id))
            .map(String::as_str)
            .unwrap_or_else(|| self.group_name(id))
    }

    /// The members of group `id` among document `i`'s signing States, on that document's date.
    pub fn members_signing(&self, id: &str, i: usize) -> Vec<&str> {
        let day = self.days[i];
        (self.collection.documents[i].signing_states().iter())
            .filter(|s| self.groups_on(s, day).any(|g| g == id))
            .map(String::as_str)
            .collect()
    }

    fn label(&self, f: Facet, key: &str) -> String {
        match f {
            Facet::State => self.state_name(key).to_string(),
            Facet::Group => self.group_name(key).to_string(),
            Facet::Organization => self.organization_name(key).to_string(),
            Facet::Session => format!("Session {key}"),
            Facet::Kind => kind_label(key).to_string(),
            Facet::Subject => key.to_string(),
        }
    }

    /// The list, the facets' counts, the histogram and the matrix for `filters`.
    pub fn run(&self, filters: &Filters) -> Outcome {
        let n = self.len();
        let hits = filters
            .searching()
            .then(|| self.search.find(&filters.query, n));
        // The picks as numbers; a value no document has matches nothing.
        let picks: [Vec<Option<u32>>; 6] = Facet::ALL.map(|f| {
            (filters.values(f).iter())
                .map(|v| self.numbers[f as usize].get(v).copied())
                .collect()
        });
        let (from, to) = (filters.from, filters.to);
        let ranged = from.is_some() || to.is_some();
        // Per document, the filters it fails, as bits.
        let mut fails = vec![0u8; n];
        for (i, fail) in fails.iter_mut().enumerate() {
            for f in Facet::ALL {
                let (p, have) = (&picks[f as usize], &self.values[i][f as usize]);
                let has = |x: &Option<u32>| x.is_some_and(|x| have.contains(&x));
                let ok = p.is_empty()
                    || if f.all_of() {
                        p.iter().all(has)
                    } else {
                        p.iter().any(has)
                    };
                if !ok {
                    *fail |= f.bit();
                }
            }
            let y = self.years[i];
            if ranged
                && !y.is_some_and(|y| from.is_none_or(|f| f <= y) && to.is_none_or(|t| y <= t))
            {
                *fail |= YEARS_BIT;
            }
            if hits.as_ref().is_some_and(|h| !h[i]) {
                *fail |= QUERY_BIT;
            }
        }
        let matched: Vec<usize> = self
            .order
            .iter()
            .copied()
            .filter(|&i| fails[i] == 0)
            .collect();

        let mut facets = Vec::new();
        for f in Facet::ALL {
            let k = f as usize;
            let mut counts = vec![0usize; self.keys[k].len()];
            // "All of" facets count the documents that would stay with the value picked too:
            // those that pass every filter; "either" facets, those that pass all but their own.
            let ignore = if f.all_of() { 0 } else { f.bit() };
            for (fail, values) in fails.iter().zip(&self.values) {
                if fail & !ignore == 0 {
                    for &v in &values[k] {
                        counts[v as usize] += 1;
                    }
                }
            }
            let mut list: Vec<Value> = Vec::new();
            for (v, &count) in counts.iter().enumerate() {
                let key = &self.keys[k][v];
                let picked = filters.is_picked(f, key);
                if count > 0 || picked {
                    list.push(Value {
                        label: self.label(f, key),
                        key: key.clone(),
                        count,
                        picked,
                    });
                }
            }
            for p in filters.values(f) {
                if !self.numbers[k].contains_key(p) {
                    list.push(Value {
                        label: self.label(f, p),
                        key: p.clone(),
                        count: 0,
                        picked: true,
                    });
                }
            }
            list.sort_by(|a, b| {
                (b.picked.cmp(&a.picked))
                    .then(b.count.cmp(&a.count))
                    .then_with(|| session_or_label(f, a).cmp(&session_or_label(f, b)))
            });
            facets.push((f, list));
        }

        let mut by_year: BTreeMap<u16, usize> = BTreeMap::new();
        for (fail, year) in fails.iter().zip(&self.years) {
            if fail & !YEARS_BIT == 0 {
                if let Some(y) = year {
                    *by_year.entry(*y).or_default() += 1;
                }
            }
        }
        let (matrix_states, pairs) = self.matrix(&matched);
        Outcome {
            matched,
            facets,
            years: by_year.into_iter().collect(),
            matrix_states,
            pairs,
        }
    }

    /// The co-signature matrix of the States that sign most of `docs`.
    fn matrix(&self, docs: &[usize]) -> (Vec<String>, Vec<Vec<usize>>) {
        let k = Facet::State as usize;
        let mut count = vec![0usize; self.keys[k].len()];
        for &i in docs {
            for &s in &self.values[i][k] {
                count[s as usize] += 1;
            }
        }
        let mut top: Vec<usize> = (0..count.len()).filter(|&s| count[s] > 0).collect();
        top.sort_by(|&a, &b| {
            count[b]
                .cmp(&count[a])
                .then(self.keys[k][a].cmp(&self.keys[k][b]))
        });
        top.truncate(MATRIX_SIZE);
        let mut at = vec![usize::MAX; count.len()];
        for (j, &s) in top.iter().enumerate() {
            at[s] = j;
        }
        let mut pairs = vec![vec![0; top.len()]; top.len()];
        let mut mine = Vec::new();
        for &i in docs {
            mine.clear();
            mine.extend(
                self.values[i][k]
                    .iter()
                    .map(|&s| at[s as usize])
                    .filter(|&j| j != usize::MAX),
            );
            for &a in &mine {
                for &b in &mine {
                    pairs[a][b] += 1;
                }
            }
        }
        (
            top.iter().map(|&s| self.keys[k][s].clone()).collect(),
            pairs,
        )
    }
}

/// Sessions sort by number, the rest by label.
fn session_or_label(f: Facet, v: &Value) -> (u32, String) {
    match f {
        Facet::Session => (v.key.parse().unwrap_or(u32::MAX), String::new()),
        _ => (0, v.label.to_lowercase()),
    }
}

pub fn kind_label(kind: &str) -> &str {
    match kind {
        "letter" => "Letter",
        "identicalLetters" => "Identical letters",
        "noteVerbale" => "Note verbale",
        "other" => "Other",
        k => k,
    }
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
