//! The input before the stages read it: the `%%%` header line split off, whitespace and control
//! characters collapsed to single spaces (and the words listed) by `text::collapse_blanks`.

use super::Diagnostics;
use crate::text::{collapse_blanks, Collapsed};

/// The text after the header line, normalized, with what changed reported in `diags`.
pub(super) fn clean(rest: &str, diags: &mut Diagnostics) -> Collapsed {
    let page = super::markup::to_text(rest);
    let norm = collapse_blanks(&super::hyphens::join(&page));
    let controls = norm.controls;
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
