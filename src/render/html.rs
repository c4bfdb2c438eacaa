//! The HTML writer: all escaping happens here.
//!
//! Markup can only be written from `&'static str` ([`Html::raw`]), so nothing that came from a
//! document, a host attribute or an editorial note can become markup: dynamic values go through
//! [`Html::text`] or [`Html::attr`], which escape.

use super::chunks::Mark;

/// An HTML string being written, with the places it may be cut for mounting in pieces.
pub struct Html {
    out: String,
    marks: Vec<Mark>,
}

impl Html {
    pub fn with_capacity(n: usize) -> Self {
        Html {
            out: String::with_capacity(n),
            marks: Vec::new(),
        }
    }

    /// Bytes written so far: where the next tag starts, for [`Html::opened`].
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// The tag written since `start` opens a container whose blocks may arrive in pieces.
    pub fn opened(&mut self, start: usize) -> &mut Self {
        self.marks.push(Mark::Open {
            start,
            end: self.out.len(),
        });
        self
    }

    /// A container's whole open tag, static markup: [`Html::raw`] then [`Html::opened`].
    pub fn open(&mut self, tag: &'static str) -> &mut Self {
        let start = self.out.len();
        self.raw(tag).opened(start)
    }

    /// Closes the container last [`Html::opened`] with `tag`.
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        let start = self.out.len();
        self.out.push_str(tag);
        self.marks.push(Mark::Close {
            start,
            end: self.out.len(),
        });
        self
    }

    /// A block of a container ends here: the fragment may be cut.
    pub fn cut(&mut self) -> &mut Self {
        self.marks.push(Mark::Cut(self.out.len()));
        self
    }

    /// Static markup.
    pub fn raw(&mut self, markup: &'static str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.out, s, false);
        self
    }

    /// A number. Written by hand rather than with `write!`: this runs several times per note
    /// reference, and the formatting machinery is slower and larger in the WebAssembly build.
    pub fn num(&mut self, n: impl Into<u64>) -> &mut Self {
        let mut n = n.into();
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &buf[i..] {
            self.out.push(char::from(d));
        }
        self
    }

    /// ` name="prefix value"` with the value escaped; `name` and `prefix` are static markup.
    pub fn attr_prefixed(
        &mut self,
        name: &'static str,
        prefix: &'static str,
        value: &str,
    ) -> &mut Self {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        self.out.push_str(prefix);
        escape_into(&mut self.out, value, true);
        self.out.push('"');
        self
    }

    /// ` name="value"` with the value escaped; `name` is static.
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape_into(&mut self.out, value, true);
        self.out.push('"');
        self
    }

    /// An id (or id reference) made of the widget's prefix and a static suffix with a number.
    pub fn id_attr(
        &mut self,
        name: &'static str,
        prefix: &str,
        kind: &'static str,
        n: u32,
    ) -> &mut Self {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        if name == "href" {
            self.out.push('#');
        }
        escape_into(&mut self.out, prefix, true);
        self.out.push_str(kind);
        self.num(n);
        self.out.push('"');
        self
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// The fragment and its marks, in the order they were written.
    pub fn finish_marked(self) -> (String, Vec<Mark>) {
        (self.out, self.marks)
    }
}

/// Escapes `&`, `<`, `>`, and in attributes also `"` and `'`. Control characters other than
/// tab and newline are dropped: they are not allowed in HTML text; so are U+FFFE and U+FFFF.
///
/// Runs of text that need nothing are copied whole; only the bytes that may need escaping are
/// looked at one by one.
pub fn escape_into(out: &mut String, s: &str, attr: bool) {
    let bytes = s.as_bytes();
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // What replaces the character at `i`, and its length in bytes (0: it stays as it is).
        let (with, len) = match b {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' if attr => ("&quot;", 1),
            b'\'' if attr => ("&#39;", 1),
            b'\t' | b'\n' => ("", 0),
            // C0 controls and DEL.
            0..=0x1f | 0x7f => ("", 1),
            // C1 controls, U+0080 to U+009F: 0xC2 then 0x80 to 0x9F in UTF-8.
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => ("", 2),
            // The noncharacters U+FFFE and U+FFFF, which no XML document may hold (the Akoma
            // Ntoso export writes through here too).
            0xef if bytes.get(i + 1) == Some(&0xbf)
                && matches!(bytes.get(i + 2), Some(0xbe | 0xbf)) =>
            {
                ("", 3)
            }
            _ => ("", 0),
        };
        if len == 0 {
            i += 1;
            continue;
        }
        // `i` and `i + len` are char boundaries: ASCII bytes, or a whole two-byte character.
        out.push_str(&s[done..i]);
        out.push_str(with);
        i += len;
        done = i;
    }
    out.push_str(&s[done..]);
}

/// Makes a host-supplied id prefix safe: letters, digits, `-` and `_`, starting with a letter.
pub fn sanitize_prefix(p: &str) -> String {
    let mut s: String = p
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(64)
        .collect();
    if !s.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
        s.insert(0, 'u');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let mut h = Html::with_capacity(0);
        h.raw("<p")
            .attr("title", "\"><script>'")
            .raw(">")
            .text("<b>&</b>\u{0}")
            .raw("</p>");
        assert_eq!(
            h.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;&#39;\">&lt;b&gt;&amp;&lt;/b&gt;</p>"
        );
        let mut out = String::new();
        escape_into(&mut out, "a\u{fffe}b\u{ffff}c\u{fffd}\u{feff}", false);
        assert_eq!(out, "abc\u{fffd}\u{feff}");
    }

    /// The character-by-character escaping `escape_into` replaced, as the reference.
    fn escape_by_char(s: &str, attr: bool) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attr => out.push_str("&quot;"),
                '\'' if attr => out.push_str("&#39;"),
                '\t' | '\n' => out.push(c),
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn escapes_as_character_by_character() {
        // Every character up to U+2FFF (C0, DEL, C1, Latin, punctuation), then mixed text.
        let all: String = (0..0x3000u32).filter_map(char::from_u32).collect();
        for s in [
            all.as_str(),
            "Côte d\u{2019}Ivoire & <Chad> \"x\" 'y'\u{85}\u{9f}\u{a0}\u{7f}\t\n😀",
            "",
            "plain",
            "\u{c2}\u{80}",
        ] {
            for attr in [false, true] {
                let mut out = String::new();
                escape_into(&mut out, s, attr);
                assert_eq!(out, escape_by_char(s, attr));
            }
        }
        let mut h = Html::with_capacity(0);
        h.num(0u32).num(7u32).num(1234567890u64).num(u64::MAX);
        assert_eq!(h.finish(), format!("071234567890{}", u64::MAX));
    }

    #[test]
    fn prefixes() {
        assert_eq!(sanitize_prefix("seed"), "seed");
        assert_eq!(sanitize_prefix("1\"><x"), "u1x");
        assert_eq!(sanitize_prefix(""), "u");
    }
}
