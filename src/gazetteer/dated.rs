//! Facts that change with time, read as of a day: who belonged to the United Nations and to each
//! organization (`memberships.tsv`), and the names States and organizations bore before their
//! current one (`names.tsv`).
//!
//! A document is explained with the facts of its own date: a 2009 letter sees NATO with 28
//! members and Libya as the "Libyan Arab Jamahiriya". Without a day (`None`) the facts are
//! today's: memberships still held, current names.

use super::{gazetteer, OrgInfo, StateInfo};

/// A day, as the number YYYYMMDD, so that days compare as numbers do; a date known to the month
/// or the year only has 00 for what is not known, and so comes before every day it may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(u32);

impl Day {
    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(s: &str) -> Option<Day> {
        let mut parts = s.trim().splitn(3, '-');
        let num = |p: Option<&str>, len: usize| -> Option<u32> {
            let p = p?;
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let y = num(parts.next(), 4)?;
        let m = match parts.next() {
            Some(p) => num(Some(p), 2).filter(|m| (1..=12).contains(m))?,
            None => 0,
        };
        let d = match parts.next() {
            Some(p) => num(Some(p), 2).filter(|d| (1..=31).contains(d))?,
            None => 0,
        };
        Some(Day(y * 10_000 + m * 100 + d))
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as far as it is known.
    pub fn iso(self) -> String {
        let (y, m, d) = (self.year(), self.0 / 100 % 100, self.0 % 100);
        match (m, d) {
            (0, _) => format!("{y:04}"),
            (m, 0) => format!("{y:04}-{m:02}"),
            (m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }

    /// The year.
    pub fn year(self) -> u32 {
        self.0 / 10_000
    }

    /// "30 September 2009", "September 2009" or "2009", as far as it is known.
    pub fn long(self) -> String {
        crate::text::long_date(self.year(), self.0 / 100 % 100, self.0 % 100)
    }
}

/// A spell of membership of one State in the United Nations (org `UN`) or an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// "UN" or an id of `organizations.tsv`.
    pub org: &'static str,
    /// ISO3 code of the State.
    pub state: &'static str,
    /// The day it took effect; `None` where the table records no date (always held).
    pub joined: Option<Day>,
    /// The day it ended; `None` while it lasts.
    pub left: Option<Day>,
}

impl Membership {
    /// Whether the membership held on `day` (today's, without a day).
    pub fn holds_on(&self, day: Option<Day>) -> bool {
        match day {
            None => self.left.is_none(),
            Some(d) => self.joined.is_none_or(|j| j <= d) && self.left.is_none_or(|l| d < l),
        }
    }
}

/// A name a State or organization bore before its current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormerName {
    /// ISO3 code of a State, or an organization's id.
    pub key: &'static str,
    /// The formal name rather than the short one.
    pub formal: bool,
    /// The name.
    pub name: &'static str,
    /// The first day of its use, `None` since the beginning.
    pub from: Option<Day>,
    /// The day the next name took effect.
    pub until: Day,
}

impl FormerName {
    fn holds_on(&self, day: Day) -> bool {
        self.from.is_none_or(|f| f <= day) && day < self.until
    }
}

/// Every spell of membership in `org`, in table order.
pub fn memberships(org: &str) -> impl Iterator<Item = &'static Membership> + '_ {
    let all = &gazetteer().memberships;
    let first = all.partition_point(|m| m.org < org);
    all[first..].iter().take_while(move |m| m.org == org)
}

/// ISO3 codes of the members of `org` on `day` (today's without a day), each once, in table
/// order.
pub fn members_on(org: &str, day: Option<Day>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for m in memberships(org).filter(|m| m.holds_on(day)) {
        if !out.iter().any(|s| super::same_key(s, m.state)) {
            out.push(m.state);
        }
    }
    out
}

/// The spell of `state`'s membership in `org` that held on `day`, else its first spell.
pub fn membership_of(org: &str, state: &str, day: Option<Day>) -> Option<&'static Membership> {
    let mut first = None;
    for m in memberships(org).filter(|m| super::same_key(m.state, state)) {
        if m.holds_on(day) {
            return Some(m);
        }
        first = first.or(Some(m));
    }
    first
}

fn former_name(key: &str, formal: bool, day: Option<Day>) -> Option<&'static str> {
    let day = day?;
    gazetteer()
        .names
        .iter()
        .find(|n| super::same_key(n.key, key) && n.formal == formal && n.holds_on(day))
        .map(|n| n.name)
}

/// The State that bore a former State's name on `day`, when the former State no longer existed
/// then: "United Arab Republic" in a 1964 letter is Egypt, which kept the union's name after
/// Syria left it in 1961. `None` when the name was the former State's own on that day.
pub fn bearer_on(code: &str, day: Option<Day>) -> Option<&'static str> {
    let d = day?;
    let s = super::state_by_code(code).filter(|s| s.status == super::StateStatus::Former)?;
    let was = |m: &Membership| {
        super::same_key(m.state, code) && (m.holds_on(day) || m.joined.is_some_and(|j| d < j))
    };
    if memberships("UN").any(was) {
        return None;
    }
    gazetteer()
        .names
        .iter()
        .find(|n| n.key != code && n.name.eq_ignore_ascii_case(s.name) && n.holds_on(d))
        .map(|n| n.key)
}

/// The short name of a State on `day`: "Libyan Arab Jamahiriya" in 2009, "Libya" in 2012.
pub fn state_name_on(s: &StateInfo, day: Option<Day>) -> &'static str {
    former_name(s.code, false, day).unwrap_or(s.name)
}

/// The formal name of a State on `day`.
pub fn state_formal_on(s: &StateInfo, day: Option<Day>) -> &'static str {
    former_name(s.code, true, day).unwrap_or(s.formal)
}

/// The name of an organization on `day`: "Organization of the Islamic Conference" in 2009.
pub fn organization_name_on(o: &OrgInfo, day: Option<Day>) -> &'static str {
    former_name(o.id, false, day).unwrap_or(o.name)
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn days_as_far_as_known() {
        let d = |s| Day::parse(s).map(Day::long);
        assert_eq!(d("2009-09-30").as_deref(), Some("30 September 2009"));
        assert_eq!(d("1992-03").as_deref(), Some("March 1992"));
        assert_eq!(d("1945").as_deref(), Some("1945"));
        for bad in ["", "09-30", "2009-13-01", "2009-09-32", "20O9", "2009-9-30"] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        // A year alone comes before every day of it.
        assert!(Day::parse("2006") < Day::parse("2006-01-01"));
    }
}
