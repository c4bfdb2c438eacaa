//! The explorer's whole state as a URL query (`?state=RUS&from=2005&q=sanctions&doc=…`), so a view
//! can be shared and the browser's back and forward buttons step through it.

use crate::query::{Facet, Filters};

/// The most `key=value` pairs a URL's state is read from.
pub const MAX_PAIRS: usize = 256;

/// Filters, the open document and what is selected in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub filters: Filters,
    /// The open document's file, as the index names it.
    pub doc: Option<String>,
    /// The States selected in the open document; `None`: those the filters pick.
    pub selected: Option<Vec<String>>,
    /// The open note's number in the open document.
    pub note: Option<u32>,
}

fn encode(s: &str, out: &mut String) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl State {
    /// The query string, without the `?`; empty for the unfiltered view.
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        let mut put = |k: &str, v: &str| {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(k);
            out.push('=');
            encode(v, &mut out);
        };
        if self.filters.searching() {
            put("q", self.filters.query.trim());
        }
        for f in Facet::ALL {
            for v in self.filters.values(f) {
                put(f.key(), v);
            }
        }
        if let Some(y) = self.filters.from {
            put("from", &y.to_string());
        }
        if let Some(y) = self.filters.to {
            put("to", &y.to_string());
        }
        if let Some(d) = &self.doc {
            put("doc", d);
            if let Some(sel) = &self.selected {
                put("sel", &sel.join(","));
            }
            if let Some(n) = self.note {
                put("note", &n.to_string());
            }
        }
        out
    }

    /// Reads a query string (with or without its `?`); what it does not know is left out, and a
    /// URL can ask for at most `MAX_PAIRS` things (a pasted link must not cost quadratic time).
    pub fn from_query(query: &str) -> State {
        let mut s = State::default();
        let pairs = query.trim_start_matches('?').split('&');
        for pair in pairs.filter(|p| !p.is_empty()).take(MAX_PAIRS) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(v);
            match k {
                "q" => s.filters.query = v,
                "from" => s.filters.from = v.parse().ok(),
                "to" => s.filters.to = v.parse().ok(),
                "doc" if !v.is_empty() => s.doc = Some(v),
                "sel" => {
                    s.selected = Some(
                        v.split(',')
                            .filter(|c| !c.is_empty())
                            .map(str::to_string)
                            .collect(),
                    )
                }
                "note" => s.note = v.parse().ok(),
                k => {
                    if let Some(f) = Facet::from_key(k) {
                        if !v.is_empty() && !s.filters.is_picked(f, &v) {
                            s.filters.toggle(f, &v);
                        }
                    }
                }
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_goes_through_its_url_unchanged() {
        let mut s = State::default();
        s.filters.toggle(Facet::State, "RUS");
        s.filters.toggle(Facet::State, "CHN");
        s.filters
            .toggle(Facet::Subject, "Peace, security & Côte d'Ivoire");
        s.filters.from = Some(2005);
        s.filters.to = Some(2010);
        s.filters.query = "collective security".into();
        s.doc = Some("dev/A_64_1.txt".into());
        s.selected = Some(vec!["RUS".into(), "ARM".into()]);
        s.note = Some(3);
        let q = s.to_query();
        assert!(
            q.starts_with("q=collective%20security&state=RUS&state=CHN&subject=Peace%2C"),
            "{q}"
        );
        assert_eq!(State::from_query(&format!("?{q}")), s);
        assert_eq!(State::default().to_query(), "");
    }

    #[test]
    fn a_long_query_is_read_to_a_bound() {
        let q = "state=A&".repeat(200_000) + "q=late";
        let s = State::from_query(&q);
        assert_eq!(s.filters.values(Facet::State), ["A"]);
        assert_eq!(s.filters.query, "", "past the bound");
        let many: String = (0..1000).map(|i| format!("state=S{i}&")).collect();
        assert_eq!(
            State::from_query(&many).filters.values(Facet::State).len(),
            MAX_PAIRS
        );
    }

    #[test]
    fn a_broken_query_reads_as_far_as_it_goes() {
        let s = State::from_query("?q=a+b%2&from=x&to=2001&state=&nonsense=1&%ZZ");
        assert_eq!(s.filters.query, "a b%2");
        assert_eq!((s.filters.from, s.filters.to), (None, Some(2001)));
        assert!(s.filters.picked.is_empty());
        assert_eq!(State::from_query("q=%E2%82").filters.query, "\u{FFFD}");
    }
}
