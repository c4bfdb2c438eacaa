//! The HTML writer: all escaping happens here.
//!
//! Markup can only be written from `&'static str` ([`Html::raw`]), so nothing that came from a
//! document, a host attribute or an editorial note can become markup: dynamic values go through
//! [`Html::text`] or [`Html::attr`], which escape.

/// An HTML string being written.
pub struct Html {
    out: String,
}

impl Html {
    pub fn with_capacity(n: usize) -> Self {
        Html {
            out: String::with_capacity(n),
        }
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

    /// A number.
    pub fn num(&mut self, n: impl Into<u64>) -> &mut Self {
        use std::fmt::Write;
        let _ = write!(self.out, "{}", n.into());
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
}

/// Escapes `&`, `<`, `>`, and in attributes also `"` and `'`. Control characters other than
/// tab and newline are dropped: they are not allowed in HTML text.
pub fn escape_into(out: &mut String, s: &str, attr: bool) {
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
    }

    #[test]
    fn prefixes() {
        assert_eq!(sanitize_prefix("seed"), "seed");
        assert_eq!(sanitize_prefix("1\"><x"), "u1x");
        assert_eq!(sanitize_prefix(""), "u");
    }
}
