//! The names and memberships a collection's index carries (`collection.json`), so that the
//! explorer shows names for codes and matches a group by its members on each document's date
//! without a gazetteer of its own.

use undoc_explorer::index::{Collection, Group, Membership};

use super::dated::Day;
use super::{gazetteer, organization_by_id, state_by_code};

/// Fills `c.names` for every code its documents use, and `c.groups` with every organization
/// whose members the gazetteer records (the United Nations' own membership left out).
pub fn name_collection(c: &mut Collection) {
    for d in &c.documents {
        let codes = (d.signatories.iter())
            .chain(&d.sender.states)
            .chain(d.mentions.keys());
        for code in codes {
            if let Some(s) = state_by_code(code) {
                c.names.states.insert(code.clone(), s.name.to_string());
            }
        }
        for id in d.organizations.iter().chain(&d.sender.organization) {
            if let Some(o) = organization_by_id(id) {
                c.names.organizations.insert(id.clone(), o.name.to_string());
            }
        }
    }
    let day = |d: Option<Day>| d.map(Day::iso);
    c.groups.clear();
    for m in gazetteer().memberships.iter().filter(|m| m.org != "UN") {
        if c.groups.last().is_none_or(|g| g.id != m.org) {
            let name = organization_by_id(m.org).map_or(m.org, |o| o.name);
            c.groups.push(Group {
                id: m.org.to_string(),
                name: name.to_string(),
                members: Vec::new(),
            });
        }
        if let Some(g) = c.groups.last_mut() {
            g.members.push(Membership {
                state: m.state.to_string(),
                joined: day(m.joined),
                left: day(m.left),
            });
        }
        if let Some(s) = state_by_code(m.state) {
            c.names
                .states
                .entry(m.state.to_string())
                .or_insert_with(|| s.name.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_collection_names_its_codes_and_dates_its_groups() {
        let text = include_str!("../../tests/seeds/000_ee653181992c2e49.txt");
        let doc = crate::parse(text).unwrap();
        let mut c = Collection {
            documents: vec![crate::collection_entry(&doc, "seed.txt", text.len())],
            ..Collection::default()
        };
        name_collection(&mut c);
        assert_eq!(c.names.states["RUS"], "Russian Federation");
        assert!(c.names.organizations.contains_key("CSTO"));
        let csto = c.groups.iter().find(|g| g.id == "CSTO").unwrap();
        let uzb = || csto.members.iter().filter(|m| m.state == "UZB");
        assert_eq!(uzb().count(), 2, "two spells: 1994–1999 and 2006–2012");
        assert!(uzb().any(|m| m.holds_on(undoc_explorer::index::day_number("2009-09-30"))));
        assert!(!uzb().any(|m| m.holds_on(undoc_explorer::index::day_number("2003"))));
        assert!(
            !uzb().any(|m| m.holds_on(None)),
            "Uzbekistan left the CSTO in 2012"
        );
        assert!(c
            .groups
            .iter()
            .all(|g| g.id != "UN" && !g.members.is_empty()));
        let ids: Vec<&str> = c.groups.iter().map(|g| g.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.dedup();
        assert_eq!(ids, sorted, "one group per organization");
    }
}
