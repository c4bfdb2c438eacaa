//! The input before the stages read it: the `%%%` header line split off, whitespace and control
//! characters collapsed to single spaces.

use super::Diagnostics;

/// The text after the header line, normalized, with what changed reported in `diags`.
pub(super) fn clean(rest: &str, diags: &mut Diagnostics) -> String {
    let page = super::markup::to_text(rest);
    let (norm, controls) = normalize(&super::hyphens::join(&page));
    if controls > 0 {
        diags.info(
            "control-characters-removed",
            format!("Replaced {controls} control character(s) (such as NUL) that are not text with spaces."),
            None,
        );
    }
    if let std::borrow::Cow::Owned(_) = page {
        diags.warn(
            "html-input",
            "The text is an HTML page or a JSON record, not a plain-text document: it is read as the page shows it, without its markup, scripts and styles.".into(),
            Some(0),
        );
    }
    norm
}

/// Splits the `%%%SUBJECT|SUBJECT|` header line from the rest.
pub fn split_header(input: &str) -> (Vec<String>, &str) {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let trimmed = input.trim_start_matches(['\n', '\r', ' ', '\t']);
    let Some(line_rest) = trimmed.strip_prefix("%%%") else {
        return (Vec::new(), input);
    };
    let (line, rest) = match line_rest.find('\n') {
        Some(i) => (&line_rest[..i], &line_rest[i + 1..]),
        None => (line_rest, ""),
    };
    let subjects = line
        .split('|')
        .map(|s| {
            s.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
        })
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    (subjects, rest)
}

/// Collapses whitespace and control characters to single spaces; also counts the control
/// characters other than '\n', '\r' and '\t' (those of `char::is_control`), on the same pass.
///
/// Runs of characters that stay are copied whole; ASCII is classified by its byte, and only
/// non-ASCII characters are decoded.
fn normalize(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut controls = 0;
    let mut space = false;
    let bytes = text.as_bytes();
    let mut run = 0; // start of the run of kept characters
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Printable ASCII outside a run of blanks changes nothing: passed over at once (it is
        // most of the text).
        if (0x21..0x7f).contains(&b) && !space {
            i += 1;
            continue;
        }
        // So is a single space between two such characters: the run goes on through it.
        if b == b' '
            && !space
            && (i > run || !out.is_empty())
            && bytes.get(i + 1).is_some_and(|n| (0x21..0x7f).contains(n))
        {
            i += 2;
            continue;
        }
        let (blank, len) = if b < 0x80 {
            // Whitespace and control characters in ASCII: all bytes up to ' ', and DEL.
            controls += usize::from((b < b' ' && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f);
            (b <= b' ' || b == 0x7f, 1)
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    controls += usize::from(c.is_control());
                    (
                        c.is_whitespace() || c.is_control() || c == '\u{feff}',
                        c.len_utf8(),
                    )
                }
                None => (false, 1),
            }
        };
        if blank {
            out.push_str(&text[run..i]);
            space = true;
            run = i + len;
        } else if space {
            if !out.is_empty() {
                out.push(' ');
            }
            space = false;
        }
        i += len;
    }
    out.push_str(&text[run..]);
    (out, controls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_collapse_to_single_spaces() {
        let blank = |c: char| c.is_whitespace() || c.is_control() || c == '\u{feff}';
        for t in [
            "",
            " ",
            "a",
            " a b  c\td \u{a0}e é f\u{0}g \u{feff}h i\n",
            "x y",
            "\u{1}a b",
            " é b c  ",
            "a b\u{2009}c d\u{7f}e f",
        ] {
            let reference = t.split(blank).filter(|w| !w.is_empty()).collect::<Vec<_>>();
            assert_eq!(normalize(t).0, reference.join(" "), "{t:?}");
        }
    }

    #[test]
    fn controls_counted_in_normalize_as_on_chars() {
        let all: String = (0..0x3000).filter_map(char::from_u32).collect();
        for t in [
            "",
            "a\tb\r\n\u{0}\u{7f}\u{80}\u{9f}\u{a0}é\u{85}",
            "\u{c2}\u{9f}x",
            &all,
        ] {
            let by_chars = t
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                .count();
            assert_eq!(normalize(t).1, by_chars, "{t:?}");
        }
    }
}
