//! The explorer's markup for an outcome: the facets, the years' histogram, the list of documents
//! and the co-signature matrix. Strings in, escaped HTML out; no inline styles (strict CSP).

use std::fmt::Write;

use crate::query::{Explorer, Facet, Filters, Outcome};
use crate::search::{highlight, snippet};

/// Values a facet shows before "Show all".
pub const FACET_SHOWN: usize = 8;
/// Documents the list shows per "Show more".
pub const PAGE: usize = 50;

pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(s, &mut out);
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "12 of 760 documents".
pub fn summary(matched: usize, total: usize) -> String {
    if matched == total {
        plural(total, "document", "documents")
    } else {
        format!("{matched} of {}", plural(total, "document", "documents"))
    }
}

/// The facets' fieldsets, the year range first. `expanded`: facets showing all their values.
pub fn facets(o: &Outcome, filters: &Filters, expanded: &[Facet]) -> String {
    let mut h = String::new();
    years(o, filters, &mut h);
    for (f, values) in &o.facets {
        if values.is_empty() {
            continue;
        }
        let all = expanded.contains(f);
        let shown = if all {
            values.len()
        } else {
            values.len().min(FACET_SHOWN)
        };
        let _ = write!(
            h,
            "<fieldset class=\"facet\" data-facet=\"{}\"><legend>{}</legend><ul>",
            f.key(),
            f.label()
        );
        for v in &values[..shown] {
            let _ = write!(
                h,
                "<li><label><input type=\"checkbox\" data-facet=\"{}\" value=\"{}\"{}> <span class=\"name\">{}</span> <span class=\"count\">{}</span></label></li>",
                f.key(),
                esc(&v.key),
                if v.picked { " checked" } else { "" },
                esc(&v.label),
                v.count
            );
        }
        h.push_str("</ul>");
        if values.len() > FACET_SHOWN {
            let _ = write!(
                h,
                "<button type=\"button\" class=\"more\" data-expand=\"{}\" aria-expanded=\"{all}\">{}</button>",
                f.key(),
                if all { "Show fewer".to_string() } else { format!("Show all {}", values.len()) }
            );
        }
        h.push_str("</fieldset>");
    }
    h
}

/// The year range's inputs and a histogram of the documents per year (those the other filters
/// leave), the years in range marked; a bar picks its year.
fn years(o: &Outcome, filters: &Filters, h: &mut String) {
    let (lo, hi) = match (o.years.first(), o.years.last()) {
        (Some(a), Some(b)) => (a.0, b.0),
        _ => (0, 0),
    };
    let value = |y: Option<u16>| y.map(|y| format!(" value=\"{y}\"")).unwrap_or_default();
    let _ = write!(
        h,
        "<fieldset class=\"years\"><legend>Years</legend><label>From <input type=\"number\" data-year=\"from\" inputmode=\"numeric\" min=\"1945\" max=\"2100\" placeholder=\"{lo}\"{}></label> <label>to <input type=\"number\" data-year=\"to\" inputmode=\"numeric\" min=\"1945\" max=\"2100\" placeholder=\"{hi}\"{}></label>",
        value(filters.from),
        value(filters.to)
    );
    if !o.years.is_empty() {
        let span = (hi - lo + 1) as usize;
        let top = o.years.iter().map(|y| y.1).max().unwrap_or(1).max(1);
        let label = o
            .years
            .iter()
            .map(|(y, n)| format!("{y}: {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(
            h,
            "<svg class=\"timeline\" part=\"timeline\" viewBox=\"0 0 {} 40\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Documents per year: {}\">",
            span * 10,
            esc(&label)
        );
        for &(y, n) in &o.years {
            let bar = (n * 38).div_ceil(top).max(1);
            let inside = filters.from.is_none_or(|f| f <= y) && filters.to.is_none_or(|t| y <= t);
            let _ = write!(
                h,
                "<rect data-bar=\"{y}\" class=\"{}\" x=\"{}\" y=\"{}\" width=\"9\" height=\"{bar}\"><title>{y}: {}</title></rect>",
                if inside { "in" } else { "out" },
                (y - lo) as usize * 10,
                40 - bar,
                plural(n, "document", "documents")
            );
        }
        h.push_str("</svg>");
        let _ = write!(
            h,
            "<p class=\"axis\"><span>{lo}</span><span>{hi}</span></p>"
        );
    }
    h.push_str("</fieldset>");
}

/// The list of documents: the first `shown` of the outcome, `open` marked as the one open.
pub fn list<'a>(
    x: &Explorer,
    o: &Outcome,
    filters: &Filters,
    terms: &[String],
    shown: usize,
    open: Option<usize>,
    bodies: &dyn Fn(usize) -> Option<&'a str>,
) -> String {
    let mut h = String::from("<ol class=\"list\" part=\"list\">");
    let first = o.matched.first().copied();
    let focus = open
        .filter(|i| o.matched[..shown.min(o.matched.len())].contains(i))
        .or(first);
    for &i in o.matched.iter().take(shown) {
        let e = &x.collection.documents[i];
        let _ = write!(
            h,
            "<li><button type=\"button\" class=\"doc\" data-doc=\"{i}\" tabindex=\"{}\"{}>",
            if Some(i) == focus { 0 } else { -1 },
            if Some(i) == open {
                " aria-current=\"true\""
            } else {
                ""
            }
        );
        let _ = write!(
            h,
            "<span class=\"meta\"><span class=\"symbol\">{}</span> <time>{}</time></span>",
            esc(e.symbol.as_deref().unwrap_or("(no symbol)")),
            esc(e
                .date
                .as_deref()
                .or(e.issued.as_deref())
                .unwrap_or("undated"))
        );
        h.push_str("<span class=\"title\">");
        marked(e.title.as_deref().unwrap_or(&e.file), terms, &mut h);
        h.push_str("</span>");
        let states = e.signing_states();
        if !states.is_empty() {
            h.push_str("<span class=\"chips\">");
            for (k, s) in states.iter().enumerate() {
                if k == 12 {
                    let _ = write!(h, "<span class=\"chip\">+{}</span>", states.len() - 12);
                    break;
                }
                let picked = filters.is_picked(Facet::State, s);
                let _ = write!(
                    h,
                    "<span class=\"chip{}\">{}</span>",
                    if picked { " picked" } else { "" },
                    esc(x.state_name(s))
                );
            }
            h.push_str("</span>");
        }
        if !terms.is_empty() {
            let title_hit = e
                .title
                .as_deref()
                .is_some_and(|t| highlight(t, terms).iter().any(|r| r.1));
            if let Some(body) = (!title_hit).then(|| bodies(i)).flatten() {
                if let Some(s) = snippet(body, terms, 160) {
                    h.push_str("<span class=\"snippet\">…");
                    marked(s, terms, &mut h);
                    h.push_str("…</span>");
                }
            }
        }
        h.push_str("</button></li>");
    }
    h.push_str("</ol>");
    if o.matched.len() > shown {
        let _ = write!(
            h,
            "<button type=\"button\" class=\"more\" data-more>Show {} more</button>",
            (o.matched.len() - shown).min(PAGE)
        );
    }
    h
}

fn marked(text: &str, terms: &[String], h: &mut String) {
    for (run, hit) in highlight(text, terms) {
        if hit {
            h.push_str("<mark>");
            escape(run, h);
            h.push_str("</mark>");
        } else {
            escape(run, h);
        }
    }
}

/// Who signs with whom: a table of the States that sign most of the listed documents, each cell
/// the documents a pair signs together, shaded in five steps; a cell picks both States.
pub fn matrix(x: &Explorer, o: &Outcome) -> String {
    let n = o.matrix_states.len();
    if n < 2 {
        return String::from(
            "<p class=\"empty\">Fewer than two States sign the listed documents.</p>",
        );
    }
    let top = o
        .pairs
        .iter()
        .enumerate()
        .flat_map(|(a, r)| {
            r.iter()
                .enumerate()
                .filter(move |(b, _)| *b != a)
                .map(|(_, &c)| c)
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let mut h = String::from("<table class=\"matrix\" part=\"matrix\"><caption>Who signs with whom: documents signed by both</caption><thead><tr><td></td>");
    for s in &o.matrix_states {
        let _ = write!(
            h,
            "<th scope=\"col\"><abbr title=\"{}\">{}</abbr></th>",
            esc(x.state_name(s)),
            esc(s)
        );
    }
    h.push_str("</tr></thead><tbody>");
    for (a, sa) in o.matrix_states.iter().enumerate() {
        let _ = write!(
            h,
            "<tr><th scope=\"row\"><abbr title=\"{}\">{}</abbr></th>",
            esc(x.state_name(sa)),
            esc(sa)
        );
        for (b, sb) in o.matrix_states.iter().enumerate() {
            let c = o.pairs[a][b];
            if a == b {
                let _ = write!(h, "<td class=\"self\">{c}</td>");
            } else if c == 0 {
                h.push_str("<td data-level=\"0\"></td>");
            } else {
                let level = (c * 4).div_ceil(top).clamp(1, 4);
                let _ = write!(
                    h,
                    "<td data-level=\"{level}\"><button type=\"button\" data-pair=\"{},{}\" aria-label=\"{} and {}: {}\">{c}</button></td>",
                    esc(sa),
                    esc(sb),
                    esc(x.state_name(sa)),
                    esc(x.state_name(sb)),
                    plural(c, "document", "documents")
                );
            }
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    h
}
