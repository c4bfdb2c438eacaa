//! Text given as markup: an HTML page, or a JSON record holding one (a site's API, as UNISPAL's
//! WordPress pages serve their documents: `{"id":…,"content":{"rendered":"<p>Letter dated …"}}`).
//! The document is what the page shows, so tags go, entities are decoded and the JSON string
//! is unescaped; script, style and comments show nothing. Everything is one pass over the text
//! with each search resumed where it stopped, so no input makes the work grow faster than it.

use std::borrow::Cow;

/// The text a page shows, when `input` is markup; the input itself otherwise. A record's
/// content is a page's HTML whatever its tags.
pub(super) fn to_text(input: &str) -> Cow<'_, str> {
    if let Some(record) = json_text(input) {
        return Cow::Owned(strip(&record));
    }
    match looks_like_html(input) {
        true => Cow::Owned(strip(input)),
        false => Cow::Borrowed(input),
    }
}

/// Whether `text` looks like an HTML page rather than a plain-text document.
pub(super) fn looks_like_html(text: &str) -> bool {
    let end = (0..=4096.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let head = text[..end].to_ascii_lowercase();
    // A page opens with its frame, or closes a page's worth of elements; a letter that quotes
    // "<script>", "<div>" or "<body onload=…>" does neither.
    let start = head.trim_start();
    start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || head.matches("</").count() >= 8
}

/// The longest string of a JSON record (`{"…` or `[{"…`), unescaped: a page's content. `None`
/// when the text is no record or holds no string longer than its keys and dates. Read by hand,
/// not with serde_json: the records users paste end inside a string and hold raw control
/// characters, which a JSON parser rightly refuses.
fn json_text(input: &str) -> Option<String> {
    let t = input.trim_start();
    let shape = t.strip_prefix('[').unwrap_or(t).trim_start();
    if !shape.starts_with("{\"") {
        return None;
    }
    let b = t.as_bytes();
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut j = start;
        while j < b.len() && b[j] != b'"' {
            j += if b[j] == b'\\' { 2 } else { 1 };
        }
        let end = j.min(b.len());
        if best.is_none_or(|(s, e)| end - start > e - s) {
            best = Some((start, end));
        }
        i = end + 1;
    }
    let (s, e) = best.filter(|(s, e)| e - s >= 200)?;
    Some(unescape_json(t.get(s..e)?))
}

/// A JSON string's content with its escapes read: `\/`, `\"`, `\n`, `\u00e9`, surrogate pairs.
fn unescape_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'r' | 't') => out.push('\n'),
            Some('b' | 'f') => out.push(' '),
            Some('u') => {
                let Some(u) = hex4(chars.as_str()) else {
                    out.push('\u{fffd}');
                    continue;
                };
                chars = chars.as_str()[4..].chars();
                let c = if (0xd800..0xdc00).contains(&u) {
                    // A high surrogate: its low half follows as "\uDC00", or it stands alone.
                    let low = chars
                        .as_str()
                        .strip_prefix("\\u")
                        .and_then(hex4)
                        .filter(|l| (0xdc00..0xe000).contains(l));
                    match low {
                        Some(l) => {
                            chars = chars.as_str()[6..].chars();
                            char::from_u32(0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00))
                        }
                        None => None,
                    }
                } else {
                    char::from_u32(u)
                };
                out.push(c.unwrap_or('\u{fffd}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Four hex digits at the start of `s`, as a JSON `\u` escape has them.
fn hex4(s: &str) -> Option<u32> {
    let h = s.get(..4)?;
    h.bytes()
        .all(|b| b.is_ascii_hexdigit())
        .then(|| u32::from_str_radix(h, 16).ok())
        .flatten()
}

/// Tags after which a browser starts a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "title",
    "hr",
    "dd",
    "dt",
    "pre",
    "body",
    "head",
    "html",
    "main",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "center",
];

/// The text of an HTML page: tags dropped (a line break for block tags), script, style and
/// comments dropped whole, entities decoded.
fn strip(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    // Where the next '>' is: searched once for each stretch, so stray '<' cost nothing more.
    let mut next_gt: Option<usize> = None;
    let mut ends = Ends::default();
    while i < b.len() {
        let rel = b[i..].iter().position(|&c| c == b'<' || c == b'&');
        let Some(rel) = rel else {
            out.push_str(&html[i..]);
            break;
        };
        out.push_str(&html[i..i + rel]);
        i += rel;
        if b[i] == b'&' {
            i = push_entity(&mut out, html, i).unwrap_or_else(|| {
                out.push('&');
                i + 1
            });
            continue;
        }
        // A tag opens with a letter, '/' or '!': "a < b" is text.
        let opens = b
            .get(i + 1)
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!'));
        if !opens {
            out.push('<');
            i += 1;
            continue;
        }
        if html[i..].starts_with("<!--") {
            // An unclosed comment hides nothing: what follows stays text.
            match ends.find(html, i + 4, Closer::Comment) {
                Some(k) => i = k,
                None => {
                    out.push('<');
                    i += 1;
                }
            }
            continue;
        }
        if next_gt.is_none_or(|g| g < i) {
            next_gt = b[i..].iter().position(|&c| c == b'>').map(|k| i + k);
        }
        let Some(gt) = next_gt else {
            out.push_str(&html[i..]);
            break;
        };
        let inner = html[i + 1..gt].trim_start_matches('/');
        let name = &inner[..inner
            .bytes()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(inner.len())];
        let opening = !html[i + 1..].starts_with('/');
        i = gt + 1;
        let closer = if name.eq_ignore_ascii_case("script") {
            Some(Closer::Script)
        } else if name.eq_ignore_ascii_case("style") {
            Some(Closer::Style)
        } else {
            None
        };
        if let Some(c) = closer.filter(|_| opening) {
            // Unclosed, the element hides nothing: what follows stays text.
            if let Some(k) = ends.find(html, i, c) {
                i = k;
            }
            out.push('\n');
            continue;
        }
        if BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            out.push('\n');
        }
    }
    out
}

/// What ends a script, a style or a comment.
#[derive(Clone, Copy)]
enum Closer {
    Script,
    Style,
    Comment,
}

/// The ends found so far: each search resumes where the last stopped, and one that found
/// nothing is not made again, so repeated openers cost one pass over the text.
#[derive(Default)]
struct Ends {
    /// For each closer: the last end found (where it starts, where it ends), or `None` once a
    /// search reached the end of the text in vain.
    found: [Option<Option<(usize, usize)>>; 3],
}

impl Ends {
    /// Where the text resumes after the closer of an element opened before `from`.
    fn find(&mut self, html: &str, from: usize, c: Closer) -> Option<usize> {
        let slot = &mut self.found[c as usize];
        match *slot {
            Some(None) => return None,
            Some(Some((start, end))) if start >= from => return Some(end),
            _ => {}
        }
        let hit = match c {
            Closer::Comment => {
                crate::text::find_str(html.get(from..)?, "-->").map(|k| (from + k, from + k + 3))
            }
            Closer::Script | Closer::Style => {
                let name = if matches!(c, Closer::Script) {
                    "script"
                } else {
                    "style"
                };
                end_tag(html, from, name)
            }
        };
        *slot = Some(hit);
        hit.map(|(_, e)| e)
    }
}

/// The first `</name …>` from `from`, in any case: where it starts and ends.
fn end_tag(html: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let b = html.as_bytes();
    let mut i = from;
    while let Some(rel) = b.get(i..)?.iter().position(|&c| c == b'<') {
        let at = i + rel;
        let tag = b.get(at + 2..at + 2 + name.len());
        if b.get(at + 1) == Some(&b'/')
            && tag.is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()))
        {
            let gt = b[at..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(b.len(), |g| at + g + 1);
            return Some((at, gt));
        }
        i = at + 1;
    }
    None
}

/// Named entities a page of this genre uses. Hand-written rather than a crate's full table of
/// 2,125 names: the module's size; a test holds these to the `html-escape` crate.
const ENTITIES: &[(&str, &str)] = &[
    ("nbsp", "\u{a0}"),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("ndash", "\u{2013}"),
    ("mdash", "\u{2014}"),
    ("lsquo", "\u{2018}"),
    ("rsquo", "\u{2019}"),
    ("ldquo", "\u{201c}"),
    ("rdquo", "\u{201d}"),
    ("sbquo", "\u{201a}"),
    ("bdquo", "\u{201e}"),
    ("laquo", "\u{ab}"),
    ("raquo", "\u{bb}"),
    ("hellip", "\u{2026}"),
    ("middot", "\u{b7}"),
    ("bull", "\u{2022}"),
    ("shy", "\u{ad}"),
    ("deg", "\u{b0}"),
    ("sect", "\u{a7}"),
    ("para", "\u{b6}"),
    ("copy", "\u{a9}"),
    ("reg", "\u{ae}"),
    ("euro", "\u{20ac}"),
    ("ordm", "\u{ba}"),
    ("ordf", "\u{aa}"),
    ("times", "\u{d7}"),
    ("aacute", "á"),
    ("eacute", "é"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("Aacute", "Á"),
    ("Eacute", "É"),
    ("Iacute", "Í"),
    ("Oacute", "Ó"),
    ("Uacute", "Ú"),
    ("agrave", "à"),
    ("egrave", "è"),
    ("ugrave", "ù"),
    ("Agrave", "À"),
    ("Egrave", "È"),
    ("acirc", "â"),
    ("ecirc", "ê"),
    ("icirc", "î"),
    ("ocirc", "ô"),
    ("ucirc", "û"),
    ("auml", "ä"),
    ("euml", "ë"),
    ("iuml", "ï"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("ccedil", "ç"),
    ("Ccedil", "Ç"),
    ("ntilde", "ñ"),
    ("Ntilde", "Ñ"),
    ("szlig", "ß"),
    ("oelig", "œ"),
    ("aelig", "æ"),
];

/// Decodes the entity at `pos` ("&nbsp;", "&#8211;", "&#x2019;") into `out`: where it ends, or
/// `None` (and nothing written) when no entity stands there.
fn push_entity(out: &mut String, text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos + 1..)?;
    let semi = rest.bytes().take(10).position(|c| c == b';')?;
    let body = &rest[..semi];
    let end = pos + 1 + semi + 1;
    if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(h) => u32::from_str_radix(h, 16).ok()?,
            None => num.parse().ok()?,
        };
        // A control character or none: a space, as the text around it is read.
        let c = char::from_u32(n).filter(|c| !c.is_control()).unwrap_or(' ');
        out.push(c);
        return Some(end);
    }
    let (_, c) = ENTITIES.iter().find(|(name, _)| *name == body)?;
    out.push_str(c);
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_record_of_a_page() {
        let rec = r#"{"id":1,"title":{"rendered":"Security Council &#8211; assessment"},"content":{"rendered":"<div><p><strong>Letter dated 15 June 2001 from the Permanent Representative of the<\/strong><\/p><\/div>\n<div style=\"x\"><p><strong>United Kingdom to the United Nations addressed to the President of the Security Council<\/strong>&nbsp;<\/p><p>I have the honour &#8211; to\/from &amp; the Council\u2019s \ud83d\ude00<\/p><script>alert(1)<\/script><!-- note -->"}}"#;
        let t = to_text(rec);
        // A record whose content has few tags is a page all the same.
        let few = format!(
            r#"{{"content":{{"rendered":"<p>Letter dated 1 May 2001 {}<\/p>"}}}}"#,
            "word ".repeat(50)
        );
        assert!(!to_text(&few).contains("<p>"));
        // Surrogates: a pair, a lone half, a half before another escape, a short escape.
        assert_eq!(
            unescape_json(r"\ud83d\ude00 \ud83d \ud83d\u0041 \u12"),
            "\u{1f600} \u{fffd} \u{fffd}A \u{fffd}12"
        );
        let flat: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(flat, "Letter dated 15 June 2001 from the Permanent Representative of the United Kingdom to the United Nations addressed to the President of the Security Council I have the honour \u{2013} to/from & the Council\u{2019}s \u{1f600}");
    }

    #[test]
    fn plain_text_is_left_alone() {
        for t in [
            "Letter dated 1 May 2001 <from> & 5 < 6 {",
            "{ short }",
            "a &amp; b",
        ] {
            assert!(matches!(to_text(t), Cow::Borrowed(_)), "{t}");
        }
    }

    #[test]
    fn stray_brackets_and_unclosed_tags_cost_one_pass() {
        let hostile = format!("<p><div>{}", "<a ".repeat(200_000));
        let t = strip(&hostile);
        assert!(t.len() <= hostile.len());
        // Unclosed, a script or a comment hides nothing; many of them cost one pass.
        let unclosed = format!("<p></p><script>{}", "x".repeat(100_000));
        assert_eq!(strip(&unclosed).trim().len(), 100_000);
        assert_eq!(strip("<p>a<!-- b</p>").trim(), "a<!-- b");
        let many = "<html><body>".to_string() + &"<script></script>".repeat(200_000);
        assert_eq!(strip(&many).trim(), "");
        let mixed = "<p>a</p><SCRIPT>x</Script><p>b</p>";
        assert_eq!(
            strip(mixed).split_whitespace().collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(
            strip("<p>5 < 6 &bogus; &amp</p>").trim(),
            "5 < 6 &bogus; &amp"
        );
    }

    // html-escape is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn entities_as_the_html_escape_crate_decodes_them() {
        for (name, _) in ENTITIES {
            let e = format!("&{name};");
            let mut ours = String::new();
            push_entity(&mut ours, &e, 0);
            assert_eq!(ours, html_escape::decode_html_entities(&e), "{e}");
        }
        for e in ["&#8211;", "&#x2019;", "&#233;", "&#X201C;"] {
            let mut ours = String::new();
            push_entity(&mut ours, e, 0);
            assert_eq!(ours, html_escape::decode_html_entities(e), "{e}");
        }
    }
}
