use super::*;
use crate::index::{Entry, Group, Membership, Names};

fn entry(file: &str, date: &str, signs: &[&str], kind: &str, orgs: &[&str]) -> Entry {
    Entry {
        file: file.into(),
        date: Some(date.into()),
        kind: kind.into(),
        title: Some(format!("Letter {file}")),
        signatories: signs.iter().map(|s| s.to_string()).collect(),
        organizations: orgs.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

fn collection() -> Collection {
    let spell = |state: &str, joined: Option<&str>, left: Option<&str>| Membership {
        state: state.into(),
        joined: joined.map(str::to_string),
        left: left.map(str::to_string),
    };
    Collection {
        version: 2,
        documents: vec![
            entry(
                "a",
                "2009-09-30",
                &["RUS", "ARM", "UZB"],
                "letter",
                &["CSTO"],
            ),
            entry("b", "2004-05-01", &["RUS", "CHN"], "letter", &["SCO"]),
            entry("c", "2015-01-10", &["UZB"], "noteVerbale", &[]),
            entry("d", "2015-02-01", &["RUS", "ARM"], "letter", &["CSTO"]),
        ],
        errors: vec![],
        names: Names {
            states: [("RUS", "Russian Federation"), ("ARM", "Armenia")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .into(),
            organizations: Default::default(),
        },
        groups: vec![Group {
            id: "CSTO".into(),
            name: "Collective Security Treaty Organization".into(),
            members: vec![
                spell("RUS", Some("2002-10-07"), None),
                spell("ARM", Some("2002-10-07"), None),
                spell("UZB", Some("2006-06-23"), Some("2012-12-20")),
            ],
        }],
    }
}

fn files(x: &Explorer, o: &Outcome) -> Vec<String> {
    o.matched
        .iter()
        .map(|&i| x.collection.documents[i].file.clone())
        .collect()
}

fn count(o: &Outcome, f: Facet, key: &str) -> Option<usize> {
    let (_, values) = o.facets.iter().find(|(g, _)| *g == f)?;
    values.iter().find(|v| v.key == key).map(|v| v.count)
}

#[test]
fn newest_first_and_counts_without_filters() {
    let x = Explorer::new(collection());
    let o = x.run(&Filters::default());
    assert_eq!(files(&x, &o), ["d", "c", "a", "b"]);
    assert_eq!(count(&o, Facet::State, "RUS"), Some(3));
    assert_eq!(count(&o, Facet::Kind, "letter"), Some(3));
    assert_eq!(o.years, [(2004, 1), (2009, 1), (2015, 2)]);
    let v = &o.facets[0].1;
    assert_eq!(
        (v[0].key.as_str(), v[0].label.as_str()),
        ("RUS", "Russian Federation")
    );
}

#[test]
fn states_are_all_of_and_counted_as_a_drill_down() {
    let x = Explorer::new(collection());
    let mut f = Filters::default();
    f.toggle(Facet::State, "RUS");
    f.toggle(Facet::State, "ARM");
    let o = x.run(&f);
    assert_eq!(files(&x, &o), ["d", "a"]);
    assert_eq!(
        count(&o, Facet::State, "UZB"),
        Some(1),
        "RUS, ARM and UZB sign one together"
    );
    assert_eq!(count(&o, Facet::State, "CHN"), None);
    f.toggle(Facet::State, "ARM");
    assert_eq!(files(&x, &x.run(&f)), ["d", "a", "b"]);
}

#[test]
fn a_group_matches_by_its_members_on_each_documents_date() {
    let x = Explorer::new(collection());
    let mut f = Filters::default();
    f.toggle(Facet::Group, "CSTO");
    // Uzbekistan alone signs c (2015), after it left; b (2004) is signed by Russia, a member.
    assert_eq!(files(&x, &x.run(&f)), ["d", "a", "b"]);
    assert_eq!(x.members_signing("CSTO", 0), ["RUS", "ARM", "UZB"]);
    assert_eq!(x.members_signing("CSTO", 2), Vec::<&str>::new());
}

#[test]
fn either_facets_count_without_their_own_pick_and_years_cut() {
    let x = Explorer::new(collection());
    let mut f = Filters::default();
    f.toggle(Facet::Kind, "noteVerbale");
    let o = x.run(&f);
    assert_eq!(files(&x, &o), ["c"]);
    assert_eq!(
        count(&o, Facet::Kind, "letter"),
        Some(3),
        "what picking it too would add"
    );
    f.toggle(Facet::Kind, "letter");
    f.from = Some(2009);
    f.to = Some(2015);
    let o = x.run(&f);
    assert_eq!(files(&x, &o), ["d", "c", "a"]);
    assert_eq!(
        o.years,
        [(2004, 1), (2009, 1), (2015, 2)],
        "the histogram ignores the range"
    );
}

#[test]
fn search_and_the_matrix_follow_the_list() {
    let x = Explorer::new(collection());
    let f = Filters {
        query: "letter a".into(),
        ..Default::default()
    };
    assert_eq!(files(&x, &x.run(&f)), ["a"]);
    let o = x.run(&Filters::default());
    assert_eq!(o.matrix_states[..2], ["RUS", "ARM"]);
    assert_eq!(o.pairs[0][1], 2, "Russia and Armenia sign a and d");
    assert_eq!(o.pairs[0][0], 3);
}

#[test]
fn a_picked_value_no_document_has_matches_nothing_but_stays_shown() {
    let x = Explorer::new(collection());
    let mut f = Filters::default();
    f.toggle(Facet::Organization, "NATO");
    let o = x.run(&f);
    assert!(o.matched.is_empty());
    assert_eq!(count(&o, Facet::Organization, "NATO"), Some(0));
}
