//! Pin-cites: where each paragraph stands in its document, as a reader cites it ("annex II,
//! para. 3") and as a link names it (`annex2-3`). A pure function of the model, so that the
//! HTML, its widget and any other writer number paragraphs the same way.
//!
//! A part (the body, each annex) whose paragraphs are numbered in print ("1.", "2.", rising) is
//! cited by those numbers; a lettered item or bullet after paragraph 3 is part of it ("para. 3
//! (a)", key `3.1`); running text outside the numbered paragraphs is counted apart ("unnumbered
//! para. 2", key `u2`), as resolutions count their preambular paragraphs apart from the operative
//! ones. Any other part is counted in reading order. Headings are not cited.

use super::{Document, Paragraph, ParagraphKind};

/// Where one paragraph stands: its key in links and ids, and its citation within the document.
///
/// ```
/// let doc = undoc::parse("Letter dated 1 May 2001 from the Permanent Representative of Chile \
///     to the United Nations addressed to the Secretary-General I write. I also write.").unwrap();
/// let pins = doc.pins();
/// let first = pins[0][0].as_ref().unwrap();
/// assert_eq!((first.key.as_str(), first.cite.as_str()), ("1", "para. 1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    /// Letters, digits, `-` and `.`: `3` in the body, `annex-3` in a document's only annex,
    /// `annex2-3` in its second of several, `3.1` for the first item under paragraph 3.
    pub key: String,
    /// The part and paragraph as cited after the document's name: `para. 3`, `annex, para. 3`,
    /// `annex II, para. 3 (a)`.
    pub cite: String,
}

impl Document {
    /// The pin of every paragraph: the body's first, then each annex's, each paragraph's at its
    /// index (`None` for a heading).
    pub fn pins(&self) -> Vec<Vec<Option<Pin>>> {
        let mut out = vec![part_pins(&self.body, "", "")];
        let several = self.annexes.len() > 1;
        let words: Vec<String> = self
            .annexes
            .iter()
            .map(|a| annex_name(a.label.as_deref(), None))
            .collect();
        for (i, a) in self.annexes.iter().enumerate() {
            let k = i + 1;
            let key = if several {
                format!("annex{k}-")
            } else {
                "annex-".to_string()
            };
            // An "Enclosure" beside "Annex I" is "enclosure"; one of several is numbered.
            let alone = words.iter().filter(|w| **w == words[i]).count() == 1;
            let name = match annex_name(a.label.as_deref(), several.then_some(k)) {
                n if alone && !has_number(a.label.as_deref()) => {
                    n.split(' ').next().unwrap_or("annex").to_string()
                }
                n => n,
            };
            let cite = format!("{name}, ");
            out.push(part_pins(&a.body, &key, &cite));
        }
        out
    }
}

/// How an annex is cited: its label's word in lower case ("annex", "enclosure"), with the
/// number the document gives it when there are several ("annex II"); `k` without one.
fn annex_name(label: Option<&str>, k: Option<usize>) -> String {
    let mut words = label.unwrap_or("").split_whitespace();
    let word = words
        .next()
        .map(str::to_ascii_lowercase)
        .filter(|w| matches!(w.as_str(), "annex" | "enclosure" | "appendix"))
        .unwrap_or_else(|| "annex".to_string());
    let Some(k) = k else { return word };
    match words.next().filter(|n| is_number(n)) {
        Some(n) => format!("{word} {n}"),
        None => format!("{word} {k}"),
    }
}

/// Whether a label's second word numbers it: a roman numeral, digits or one letter ("Annex
/// I", "Annex 2", "Annex A").
fn is_number(n: &str) -> bool {
    n.len() <= 8
        && (n.bytes().all(|b| b.is_ascii_digit())
            || n.bytes().all(|b| b"IVXLCivxlc".contains(&b))
            || (n.len() == 1 && n.bytes().all(|b| b.is_ascii_alphabetic())))
}

/// Whether `label` carries a number ([`is_number`]).
fn has_number(label: Option<&str>) -> bool {
    label
        .and_then(|l| l.split_whitespace().nth(1))
        .is_some_and(is_number)
}

/// A paragraph's printed number: "3." or "3)" gives 3; "(a)" or "•" none.
fn printed_number(p: &Paragraph) -> Option<u32> {
    if p.kind != ParagraphKind::Numbered {
        return None;
    }
    let m = p.marker.as_deref()?.trim();
    let digits = m.trim_end_matches(['.', ')']);
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The pins of one part's paragraphs; `key` and `cite` start each of its keys and cites.
fn part_pins(ps: &[Paragraph], key: &str, cite: &str) -> Vec<Option<Pin>> {
    let numbers: Vec<u32> = ps.iter().filter_map(printed_number).collect();
    let numbered = !numbers.is_empty() && numbers.windows(2).all(|w| w[0] < w[1]);
    let pin = |k: String, c: String| {
        Some(Pin {
            key: format!("{key}{k}"),
            cite: format!("{cite}{c}"),
        })
    };
    let mut count = 0u32;
    // In a numbered part: the last printed number, items under it, running text apart.
    let mut last: Option<u32> = None;
    let mut under = 0u32;
    let mut apart = 0u32;
    ps.iter()
        .map(|p| {
            if p.kind == ParagraphKind::Heading {
                return None;
            }
            if !numbered {
                count += 1;
                return pin(count.to_string(), format!("para. {count}"));
            }
            if let Some(n) = printed_number(p) {
                last = Some(n);
                under = 0;
                return pin(n.to_string(), format!("para. {n}"));
            }
            match last {
                Some(n) if p.kind != ParagraphKind::Text => {
                    under += 1;
                    let item = match (p.kind, p.marker.as_deref()) {
                        (ParagraphKind::Numbered, Some(m)) if is_item_marker(m) => {
                            format!("para. {n} {}", m.trim())
                        }
                        _ => format!("para. {n}"),
                    };
                    pin(format!("{n}.{under}"), item)
                }
                _ => {
                    apart += 1;
                    pin(format!("u{apart}"), format!("unnumbered para. {apart}"))
                }
            }
        })
        .collect()
}

/// Whether a marker reads as a sub-item's as cited: "(a)", "(iv)" (a few letters in brackets).
fn is_item_marker(m: &str) -> bool {
    let m = m.trim();
    m.len() <= 8
        && m.starts_with('(')
        && m.ends_with(')')
        && m.len() > 2
        && m[1..m.len() - 1].bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Annex;

    fn para(kind: ParagraphKind, marker: Option<&str>) -> Paragraph {
        Paragraph {
            text: "Text.".into(),
            kind,
            marker: marker.map(str::to_string),
            spans: Vec::new(),
        }
    }
    fn text() -> Paragraph {
        para(ParagraphKind::Text, None)
    }
    fn num(m: &str) -> Paragraph {
        para(ParagraphKind::Numbered, Some(m))
    }
    fn keys(pins: &[Option<Pin>]) -> Vec<(String, String)> {
        pins.iter()
            .map(|p| {
                p.as_ref().map_or((String::new(), String::new()), |p| {
                    (p.key.clone(), p.cite.clone())
                })
            })
            .collect()
    }
    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(k, c)| (k.to_string(), c.to_string()))
            .collect()
    }

    #[test]
    fn unnumbered_parts_count_in_reading_order_without_headings() {
        let ps = [
            text(),
            para(ParagraphKind::Heading, None),
            text(),
            para(ParagraphKind::Bullet, Some("•")),
        ];
        assert_eq!(
            keys(&part_pins(&ps, "", "")),
            pairs(&[
                ("1", "para. 1"),
                ("", ""),
                ("2", "para. 2"),
                ("3", "para. 3")
            ])
        );
    }

    #[test]
    fn numbered_parts_use_the_printed_numbers() {
        let ps = [
            text(),
            num("1."),
            num("(a)"),
            para(ParagraphKind::Bullet, Some("•")),
            num("2."),
            para(ParagraphKind::Heading, None),
            num("4)"),
            text(),
        ];
        assert_eq!(
            keys(&part_pins(&ps, "annex-", "annex, ")),
            pairs(&[
                ("annex-u1", "annex, unnumbered para. 1"),
                ("annex-1", "annex, para. 1"),
                ("annex-1.1", "annex, para. 1 (a)"),
                ("annex-1.2", "annex, para. 1"),
                ("annex-2", "annex, para. 2"),
                ("", ""),
                ("annex-4", "annex, para. 4"),
                ("annex-u2", "annex, unnumbered para. 2"),
            ])
        );
    }

    #[test]
    fn numbers_that_do_not_rise_are_not_used() {
        // Two lists each from 1: the printed numbers would not tell their paragraphs apart.
        let ps = [num("1."), num("2."), text(), num("1."), num("2.")];
        let got = keys(&part_pins(&ps, "", ""));
        assert_eq!(
            got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["1", "2", "3", "4", "5"]
        );
    }

    #[test]
    fn annexes_are_named_as_the_document_numbers_them() {
        assert_eq!(annex_name(Some("Annex I"), None), "annex");
        assert_eq!(annex_name(Some("ENCLOSURE"), None), "enclosure");
        assert_eq!(annex_name(None, None), "annex");
        assert_eq!(annex_name(Some("ANNEX II"), Some(2)), "annex II");
        assert_eq!(annex_name(Some("Annex 3"), Some(3)), "annex 3");
        assert_eq!(annex_name(None, Some(2)), "annex 2");
        assert_eq!(annex_name(Some("Annex to the letter"), Some(1)), "annex 1");
        let mut doc = Document {
            body: vec![text()],
            ..Document::default()
        };
        let annex = |label: &str| Annex {
            label: Some(label.into()),
            body: vec![text(), text()],
            ..Annex::default()
        };
        doc.annexes = vec![annex("Annex I")];
        let pins = doc.pins();
        assert_eq!(pins[1][1].as_ref().unwrap().key, "annex-2");
        assert_eq!(pins[1][1].as_ref().unwrap().cite, "annex, para. 2");
        doc.annexes = vec![annex("Annex I"), annex("Annex II")];
        let pins = doc.pins();
        assert_eq!(pins[0][0].as_ref().unwrap().key, "1");
        assert_eq!(pins[2][1].as_ref().unwrap().key, "annex2-2");
        assert_eq!(pins[2][1].as_ref().unwrap().cite, "annex II, para. 2");
        let unheaded = Annex {
            body: vec![text()],
            ..Annex::default()
        };
        doc.annexes = vec![
            annex("Annex I"),
            annex("Enclosure"),
            unheaded.clone(),
            unheaded,
        ];
        let pins = doc.pins();
        assert_eq!(pins[2][0].as_ref().unwrap().cite, "enclosure, para. 1");
        assert_eq!(pins[3][0].as_ref().unwrap().cite, "annex 3, para. 1");
        assert_eq!(pins[4][0].as_ref().unwrap().key, "annex4-1");
    }
}
