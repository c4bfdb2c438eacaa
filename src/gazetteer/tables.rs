//! The tables: tab-separated files under `data/`, compiled in (without their comment lines,
//! by build.rs) and parsed into rows on first use.

use super::dated::{Day, FormerName, Membership};
use super::{OrgInfo, OrganInfo, PlaceInfo, StateInfo, StateStatus, ORGANIZATION_KINDS};

pub(super) const STATES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/states.tsv"));
pub(super) const ORGANIZATIONS_TSV: &str =
    include_str!(concat!(env!("OUT_DIR"), "/organizations.tsv"));
pub(super) const ORGANS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/organs.tsv"));
pub(super) const PLACES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/places.tsv"));
pub(super) const FEATURES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/features.tsv"));
pub(super) const DEMONYMS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/demonyms.tsv"));
pub(super) const MEMBERSHIPS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/memberships.tsv"));
pub(super) const NAMES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/names.tsv"));
pub(super) const ROMANCE_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/romance.tsv"));

/// Rows parsed from one file, and what was wrong with the rows that were skipped.
pub(super) struct Parsed<T> {
    pub(super) rows: Vec<T>,
    pub(super) errors: Vec<String>,
}

/// Data lines of a TSV file (no comments, no blank lines), split into fields, with line numbers.
pub(super) fn data_lines(src: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
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

pub(super) fn parse_states(src: &'static str) -> Parsed<StateInfo> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [code, name, formal, aliases, status] = f.as_slice() else {
            p.errors
                .push(format!("states.tsv:{n}: {} columns, want 5", f.len()));
            continue;
        };
        let status = match *status {
            "member" => StateStatus::Member,
            "observer" => StateStatus::Observer,
            "former" => StateStatus::Former,
            "nonmember" => StateStatus::NonMember,
            other => {
                p.errors
                    .push(format!("states.tsv:{n}: bad status \"{other}\""));
                continue;
            }
        };
        if !is_code(code) || name.is_empty() || formal.is_empty() {
            p.errors
                .push(format!("states.tsv:{n}: bad code or empty name/formal"));
            continue;
        }
        p.rows.push(StateInfo {
            code,
            name,
            formal,
            aliases: list(aliases),
            status,
        });
    }
    p
}

pub(super) fn parse_organizations(src: &'static str) -> Parsed<OrgInfo> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [id, acronym, name, aliases, founded, description, kind] = f.as_slice() else {
            p.errors.push(format!(
                "organizations.tsv:{n}: {} columns, want 7",
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
            kind,
        });
    }
    p
}

pub(super) fn parse_organs(src: &'static str) -> Parsed<OrganInfo> {
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

pub(super) fn parse_places(src: &'static str) -> Parsed<PlaceInfo> {
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
        // No country where the State a city belongs to is disputed.
        if name.is_empty() || !(country.is_empty() || is_code(country)) {
            p.errors
                .push(format!("places.tsv:{n}: empty name or bad country"));
            continue;
        }
        p.rows.push(PlaceInfo { name, country });
    }
    p
}

/// Places whose names hold a State's name or adjective but are not that State ("Gulf of
/// Guinea", "Indian Ocean"): rows of the places table, so that the longest match takes them.
pub(super) fn parse_features(src: &'static str) -> Parsed<PlaceInfo> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        // The note column is left in data/ by build.rs.
        let [name, _kind, country] = f.as_slice() else {
            p.errors
                .push(format!("features.tsv:{n}: {} columns, want 3", f.len()));
            continue;
        };
        if name.is_empty() || !(country.is_empty() || is_code(country)) {
            p.errors
                .push(format!("features.tsv:{n}: empty name or bad State"));
            continue;
        }
        p.rows.push(PlaceInfo { name, country });
    }
    p
}

/// (ISO3 code, adjective or demonym) pairs.
pub(super) fn parse_demonyms(src: &'static str) -> Parsed<(&'static str, &'static str)> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [code, words] = f.as_slice() else {
            p.errors
                .push(format!("demonyms.tsv:{n}: {} columns, want 2", f.len()));
            continue;
        };
        if !is_code(code) {
            p.errors.push(format!("demonyms.tsv:{n}: bad code"));
            continue;
        }
        p.rows.extend(list(words).into_iter().map(|w| (*code, w)));
    }
    p
}

/// A date column: empty is `Ok(None)`; anything else must read as a [`Day`].
fn day(field: &str) -> Result<Option<Day>, ()> {
    if field.is_empty() {
        return Ok(None);
    }
    Day::parse(field).map(Some).ok_or(())
}

/// Rows sorted by organization, so that one organization's rows are found by a binary search.
/// Lines of `org, joined, left, States` (grouped by build.rs), as one membership a State,
/// sorted by organization, so that one organization's rows are found by a binary search.
pub(super) fn parse_memberships(src: &'static str) -> Parsed<Membership> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [org, joined, left, states] = f.as_slice() else {
            p.errors
                .push(format!("memberships.tsv:{n}: {} columns, want 4", f.len()));
            continue;
        };
        let (Ok(joined), Ok(left)) = (day(joined), day(left)) else {
            p.errors.push(format!("memberships.tsv:{n}: bad date"));
            continue;
        };
        if org.is_empty() || joined.zip(left).is_some_and(|(j, l)| l <= j) {
            p.errors.push(format!(
                "memberships.tsv:{n}: empty org or left before joined"
            ));
            continue;
        }
        for state in states.split(' ') {
            if !is_code(state) {
                p.errors
                    .push(format!("memberships.tsv:{n}: bad State code {state:?}"));
                continue;
            }
            p.rows.push(Membership {
                org,
                state,
                joined,
                left,
            });
        }
    }
    // Stable: a State's spells keep their table order.
    p.rows.sort_by(|a, b| a.org.cmp(b.org));
    p
}

pub(super) fn parse_names(src: &'static str) -> Parsed<FormerName> {
    let mut p = Parsed {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (n, f) in data_lines(src) {
        let [key, field, name, from, until] = f.as_slice() else {
            p.errors
                .push(format!("names.tsv:{n}: {} columns, want 5", f.len()));
            continue;
        };
        let formal = match *field {
            "short" => false,
            "formal" => true,
            other => {
                p.errors
                    .push(format!("names.tsv:{n}: bad field \"{other}\""));
                continue;
            }
        };
        let (Ok(from), Ok(Some(until))) = (day(from), day(until)) else {
            p.errors
                .push(format!("names.tsv:{n}: bad date or no end date"));
            continue;
        };
        if key.is_empty() || name.is_empty() || from.is_some_and(|f| until <= f) {
            p.errors.push(format!(
                "names.tsv:{n}: empty key or name, or ends before it begins"
            ));
            continue;
        }
        p.rows.push(FormerName {
            key,
            formal,
            name,
            from,
            until,
        });
    }
    p
}
