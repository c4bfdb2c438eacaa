//! Script injection, at the Rust level: vectors placed in the document text, the subjects
//! header, editorial notes (text, anchors and links) and the id prefix never become markup —
//! the output holds only the renderer's own elements and attributes, links stay http(s) — and
//! the reader's text is kept (escaped). The same vectors run in Chromium in tests/e2e.

#![cfg(not(target_arch = "wasm32"))]

use undoc::EditorialNote;
use undoc::{
    audit_markup, parse_with, render_html, render_page, Link, ParseOptions, RenderOptions,
};

/// At least 50 vectors: tags, event handlers, URLs, SVG and MathML, entities and encodings,
/// breaks out of style, script, attributes and comments.
pub const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
    "<script>window.__canary=1</script>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"x\" onerror=\"window.__canary=1\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math href=\"javascript:alert(1)\">CLICK</math>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"javascript:alert(1)\">",
    "<embed src=\"data:text/html,<script>alert(1)</script>\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<link rel=stylesheet href=//x.example/x.css>",
    "<base href=\"//x.example/\">",
    "<style>@import 'x';</style>",
    "</style><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<img src=x onerror=alert(1)>-->",
    "--><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "\" style=\"background:url(javascript:alert(1))",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "＜script＞alert(1)＜/script＞",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img/src=x/onerror=alert(1)>",
    "<img src=x onerror=alert`1`>",
    "<div style=\"width:expression(alert(1))\">",
    "<template><script>alert(1)</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<x-tag is=\"x\" onclick=alert(1)>",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "\u{0}<script>alert(1)</script>",
    "<\u{0}script>alert(1)</script>",
];

const LETTER: &str = "Letter dated 30 September 2009 from the Permanent Representative of the Russian Federation to the United Nations addressed to the Secretary-General I have the honour to transmit herewith VECTOR a statement (see annex). (Signed) Vitaly Churkin Statement of the Ministers New York 26 September 2009 The Ministers call VECTOR for meetings.";

fn escaped(v: &str) -> String {
    // Control characters become spaces (with a diagnostic), like any other whitespace.
    v.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{0}', " ")
}

fn check(v: &str, html: &str, place: &str) {
    if let Err(e) = audit_markup(html) {
        panic!("vector {v:?} in {place}: foreign markup {e}");
    }
}

#[test]
fn there_are_at_least_fifty_vectors() {
    assert!(VECTORS.len() >= 50, "{}", VECTORS.len());
}

#[test]
fn vectors_in_the_text_subjects_and_prefix_stay_text() {
    for v in VECTORS {
        let text = format!("%%%SUBJECT {v}|EUROPE|\n\n{}", LETTER.replace("VECTOR", v));
        let doc = parse_with(&text, &ParseOptions::default()).expect("parses");
        for prefix in ["seed", v] {
            let opts = RenderOptions {
                id_prefix: prefix.to_string(),
                interactive: true,
            };
            let html = render_html(&doc, &opts);
            check(v, &html, "text");
            let page = render_page(&doc, &opts);
            let article = page
                .find("<article")
                .zip(page.rfind("</article>"))
                .map(|(a, b)| &page[a..b + 10]);
            check(v, article.unwrap_or(""), "page");
            // The page head holds only our stylesheet and a title, escaped.
            let head = &page[..page.find("<body").unwrap_or(0)];
            assert_eq!(head.matches("<script").count(), 0, "{v:?}");
        }
        let html = render_html(&doc, &RenderOptions::default());
        // The reader's text is kept: the vector is there, as text (the control char dropped).
        let vis = escaped(v);
        assert!(html.contains(vis.trim()), "vector {v:?} lost from the text");
    }
}

#[test]
fn vectors_in_editorial_notes_stay_text_and_only_http_links_survive() {
    let base = LETTER.replace("VECTOR", "x");
    for v in VECTORS {
        let notes = vec![
            EditorialNote {
                anchor: "European".into(),
                occurrence: None,
                text: (*v).to_string(),
                links: vec![
                    Link {
                        href: (*v).to_string(),
                        label: (*v).to_string(),
                    },
                    Link {
                        href: "javascript:alert(1)".into(),
                        label: "bad".into(),
                    },
                    Link {
                        href: " JAVASCRIPT:alert(1)".into(),
                        label: "bad".into(),
                    },
                    Link {
                        href: "data:text/html,<b>".into(),
                        label: "bad".into(),
                    },
                    Link {
                        href: "https://example.org/ok".into(),
                        label: (*v).to_string(),
                    },
                ],
            },
            EditorialNote {
                anchor: (*v).to_string(),
                occurrence: Some(1),
                text: (*v).to_string(),
                links: vec![],
            },
        ];
        let text = base.replace("The Ministers call", "The Ministers call a European");
        let doc = parse_with(
            &text,
            &ParseOptions {
                notes,
                generated_notes: true,
            },
        )
        .expect("parses");
        let html = render_html(
            &doc,
            &RenderOptions {
                id_prefix: "n".into(),
                interactive: true,
            },
        );
        check(v, &html, "editorial note");
        for n in &doc.notes {
            for l in &n.links {
                let h = l.href.to_ascii_lowercase();
                assert!(
                    h.starts_with("https://") || h.starts_with("http://"),
                    "link {:?} survived",
                    l.href
                );
            }
        }
        assert!(html.contains("https://example.org/ok"));
        // An anchor that is not in the document is reported, not silently dropped.
        assert!(
            doc.diagnostics
                .iter()
                .any(|d| d.code == "editorial-anchor-not-found"),
            "{v:?}"
        );
    }
}
