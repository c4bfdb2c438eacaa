//! What the interaction module takes besides the markup: [`widget_data`], the model's part it
//! needs, and [`render_element`], a `<un-document>` holding the article and that data, for a
//! publisher to paste into a page: readable with no script, woken up without the parser.

use undoc_widget::data::{Group, Insert as Piece, Signatory, WidgetData};

use super::html::Html;
use super::{render_html, sanitize_prefix, Chunked, RenderOptions};
use crate::model::Document;

/// The widget's part of `doc`, for markup rendered with `opts`.
pub fn widget_data(doc: &Document, opts: &RenderOptions) -> WidgetData {
    let counts = doc.mention_counts();
    WidgetData {
        prefix: sanitize_prefix(&opts.id_prefix),
        signatories: doc
            .signatories
            .iter()
            .map(|s| Signatory {
                code: s.code.clone(),
                name: s.name.clone(),
                mentions: counts
                    .iter()
                    .find(|(c, _)| *c == s.code)
                    .map_or(0, |(_, n)| *n),
            })
            .collect(),
        groups: doc
            .signatory_groups
            .iter()
            .map(|g| Group {
                id: g.id.clone(),
                members: g.members.clone(),
            })
            .collect(),
    }
}

/// `data` as JSON to put inside `<script type="application/json">`: every `<` escaped
/// (`\u003c`), so that no `</script>` or `<!--` in a name can end the element early.
pub fn widget_json(data: &WidgetData) -> String {
    // Infallible: plain strings, numbers and sequences.
    let json = serde_json::to_string(data).unwrap_or_default();
    json.replace('<', "\\u003c")
}

/// `doc` as a pre-rendered `<un-document>`: the interactive article, then its widget data.
/// With the element's script the page wakes it up; without, it is a readable document.
pub fn render_element(doc: &Document, opts: &RenderOptions) -> String {
    element(doc, opts, None)
}

/// `doc` as a pre-rendered `<un-document>` whose article is already in its shadow root
/// (declarative shadow DOM, `<template shadowrootmode="open">`) with the stylesheet at `css`:
/// the browser's parser shows and lays it out once, with no script, and the element wakes it up
/// where it stands instead of copying it into a shadow root of its own.
pub fn render_element_shadow(doc: &Document, opts: &RenderOptions, css: &str) -> String {
    element(doc, opts, Some(css))
}

/// The element of both forms: the article, in a declarative shadow root linking `shadow_css`
/// if given, then the widget data in the light DOM.
fn element(doc: &Document, opts: &RenderOptions, shadow_css: Option<&str>) -> String {
    let opts = RenderOptions {
        interactive: true,
        ..opts.clone()
    };
    let article = render_html(doc, &opts);
    let json = widget_json(&widget_data(doc, &opts));
    let mut out = Html::with_capacity(article.len() + json.len() + 256);
    out.raw("<un-document>\n");
    if let Some(css) = shadow_css {
        out.raw("<template shadowrootmode=\"open\"><link rel=\"stylesheet\"")
            .attr("href", css)
            .raw("><div class=\"undoc-mount\" part=\"document\">");
    }
    let mut out = out.finish();
    out.push_str(&article);
    if shadow_css.is_some() {
        out.push_str("</div></template>");
    }
    out.push_str("\n<script type=\"application/json\" class=\"undoc-data\">");
    out.push_str(&json);
    out.push_str("</script>\n</un-document>\n");
    out
}

impl Chunked {
    /// The tasks as the interaction module adds them: each insert's markup with the close tags
    /// of what it leaves open, and how many containers it leaves and opens.
    pub fn pieces(&self) -> Vec<Vec<Piece>> {
        self.tasks
            .iter()
            .map(|task| {
                task.iter()
                    .map(|ins| Piece {
                        pops: ins.pops as u32,
                        opens: ins.closes.len() as u32,
                        html: self.markup(ins),
                    })
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_cannot_close_its_script() {
        let data = WidgetData {
            prefix: "p".into(),
            signatories: vec![Signatory {
                code: "XXX".into(),
                name: "</script><!--".into(),
                mentions: 1,
            }],
            groups: Vec::new(),
        };
        let json = widget_json(&data);
        assert!(!json.contains('<'), "{json}");
        assert_eq!(serde_json::from_str::<WidgetData>(&json).unwrap(), data);
    }

    #[test]
    fn the_element_holds_the_article_and_its_data() {
        let doc = crate::parse(include_str!("../../tests/seeds/000_ee653181992c2e49.txt")).unwrap();
        let opts = RenderOptions {
            id_prefix: "seed".into(),
            interactive: false,
        };
        let el = render_element(&doc, &opts);
        assert!(el.starts_with("<un-document>\n<article class=\"undoc"));
        assert!(el.contains("undoc-toggle"), "the toolbar is rendered");
        let json = el
            .split("<script type=\"application/json\" class=\"undoc-data\">")
            .nth(1)
            .and_then(|s| s.split("</script>").next())
            .unwrap();
        let data: WidgetData = serde_json::from_str(json).unwrap();
        assert_eq!(data.prefix, "seed");
        assert_eq!(data.signatories.len(), doc.signatories.len());
        assert!(data.signatories.iter().all(|s| s.mentions > 0));
    }

    #[test]
    fn the_shadow_form_holds_the_same_article_in_a_declarative_root() {
        let doc = crate::parse(include_str!("../../tests/seeds/000_ee653181992c2e49.txt")).unwrap();
        let opts = RenderOptions {
            id_prefix: "seed".into(),
            interactive: false,
        };
        let plain = render_element(&doc, &opts);
        let el = render_element_shadow(&doc, &opts, "/css/undoc.css?a=1&b=\"2\"");
        let head = "<un-document>\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/css/undoc.css?a=1&amp;b=&quot;2&quot;\"><div class=\"undoc-mount\" part=\"document\">";
        assert!(el.starts_with(head), "{}", &el[..200]);
        let article =
            |s: &str| s[s.find("<article").unwrap()..s.find("</article>").unwrap()].to_string();
        assert_eq!(article(&el), article(&plain));
        assert!(el.contains(
            "</article></div></template>\n<script type=\"application/json\" class=\"undoc-data\">"
        ));
        assert!(el.ends_with("</script>\n</un-document>\n"));
    }
}
