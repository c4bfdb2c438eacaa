//! The input before the stages read it: the `%%%` header line split off, whitespace and control
//! characters collapsed to single spaces.

use super::Diagnostics;

/// The text after the header line, normalized, with what changed reported in `diags`.
pub(super) fn clean(rest: &str, diags: &mut Diagnostics) -> String {
    let (norm, controls) = normalize(&super::hyphens::join(rest));
    if controls > 0 {
        diags.info(
            "control-characters-removed",
            format!("Replaced {controls} control character(s) (such as NUL) that are not text with spaces."),
            None,
        );
    }
    if looks_like_html(rest) {
        diags.warn(
            "html-input",
            "The text looks like an HTML page, not a plain-text document; its markup is shown as text.".into(),
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

/// Whether `text` looks like an HTML page rather than a plain-text document.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    let markers = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<div",
        "<p>",
        "<script",
        "<meta",
    ];
    markers.iter().filter(|m| head.contains(*m)).count() >= 2 || head.matches("</").count() >= 8
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
