//! Full-text search over titles and bodies: an inverted index of folded words, each query word
//! matching the words it begins. Built in Rust rather than with a JavaScript search library: the
//! index lives beside the facets it filters with, and no second copy of the texts crosses over.

use std::collections::BTreeMap;

/// Words → the documents that hold them, in the order added.
#[derive(Debug, Default)]
pub struct Search {
    postings: BTreeMap<String, Vec<u32>>,
    /// The bodies added, by document.
    bodies: Vec<Option<String>>,
}

/// Lower case without accents, for the Latin letters UN documents print ("Côte" → "cote").
pub fn fold_char(c: char) -> char {
    let c = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'đ' | 'ď' => 'd',
        'ř' => 'r',
        'ť' | 'ţ' => 't',
        c => c,
    }
}

/// The words of `text` with their byte ranges: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut it = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while it.peek().is_some_and(|(_, c)| !c.is_alphanumeric()) {
            it.next();
        }
        let (start, _) = *it.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = it.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            it.next();
        }
        Some((start, end))
    })
}

pub fn fold(word: &str) -> String {
    word.chars().map(fold_char).collect()
}

/// The query's words, folded.
pub fn terms(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (a, b) in words(query) {
        let t = fold(&query[a..b]);
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// Whether a folded word matches a term: it begins with it (one letter: is it).
fn matches(word: &str, term: &str) -> bool {
    if term.chars().nth(1).is_none() {
        word == term
    } else {
        word.starts_with(term)
    }
}

impl Search {
    /// Adds the words of `text` to document `doc`. A document's words arrive together, so a
    /// list ending with it already holds it (a later body may repeat it: harmless to `find`).
    pub fn add(&mut self, doc: usize, text: &str) {
        let doc = doc as u32;
        let mut word = String::new();
        for (a, b) in words(text) {
            word.clear();
            word.extend(text[a..b].chars().map(fold_char));
            match self.postings.get_mut(word.as_str()) {
                Some(list) if list.last() == Some(&doc) => {}
                Some(list) => list.push(doc),
                None => {
                    self.postings.insert(word.clone(), vec![doc]);
                }
            }
        }
    }

    /// Adds document `doc`'s body, once; it is kept for the list's snippets.
    pub fn add_body(&mut self, doc: usize, text: String) {
        if self.bodies.len() <= doc {
            self.bodies.resize(doc + 1, None);
        }
        if self.bodies[doc].is_none() {
            self.add(doc, &text);
            self.bodies[doc] = Some(text);
        }
    }

    pub fn has_body(&self, doc: usize) -> bool {
        self.body(doc).is_some()
    }

    pub fn body(&self, doc: usize) -> Option<&str> {
        self.bodies.get(doc)?.as_deref()
    }

    pub fn bodies(&self) -> usize {
        self.bodies.iter().filter(|b| b.is_some()).count()
    }

    /// Which of `n` documents hold every word of `query` (each as a word's beginning).
    pub fn find(&self, query: &str, n: usize) -> Vec<bool> {
        let terms = terms(query);
        let mut all = vec![true; n];
        for t in &terms {
            let mut has = vec![false; n];
            let words = self.postings.range::<str, _>((
                std::ops::Bound::Included(t.as_str()),
                std::ops::Bound::Unbounded,
            ));
            for (_, docs) in words
                .take_while(|(w, _)| w.starts_with(t.as_str()))
                .filter(|(w, _)| matches(w, t))
            {
                for &d in docs {
                    if let Some(h) = has.get_mut(d as usize) {
                        *h = true;
                    }
                }
            }
            for (a, h) in all.iter_mut().zip(has) {
                *a &= h;
            }
        }
        all
    }
}

/// `text` cut into runs, each marked where a word matches one of `terms`.
pub fn highlight<'a>(text: &'a str, terms: &[String]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (a, b) in words(text) {
        let w = fold(&text[a..b]);
        if terms.iter().any(|t| matches(&w, t)) {
            if at < a {
                out.push((&text[at..a], false));
            }
            out.push((&text[a..b], true));
            at = b;
        }
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

/// About `width` bytes of `text` around its first match of `terms`, or `None` without one.
pub fn snippet<'a>(text: &'a str, terms: &[String], width: usize) -> Option<&'a str> {
    let (a, b) = words(text).find(|&(a, b)| {
        let w = fold(&text[a..b]);
        terms.iter().any(|t| matches(&w, t))
    })?;
    let mut start = a.saturating_sub(width / 2);
    let mut end = (b + width / 2).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // Whole words at both ends.
    if start > 0 {
        start = text[start..a].find(' ').map_or(start, |s| start + s + 1);
    }
    if end < text.len() {
        end = text[b..end].rfind(' ').map_or(end, |s| b + s);
    }
    Some(&text[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_begin_matches_across_case_and_accents() {
        let mut s = Search::default();
        s.add(
            0,
            "Letter dated 30 September 2009 from the Russian Federation",
        );
        s.add(1, "Note verbale from Côte d'Ivoire on sanctions");
        s.add_body(1, "The Security Council's sanctions regime".into());
        assert_eq!(s.find("russ", 2), [true, false]);
        assert_eq!(s.find("COTE sanction", 2), [false, true]);
        assert_eq!(s.find("security", 2), [false, true], "from the body");
        assert_eq!(s.find("from", 2), [true, true]);
        assert_eq!(s.find("zzz", 2), [false, false]);
        assert_eq!(
            s.find("d", 2),
            [false, true],
            "one letter matches the word itself"
        );
        assert!(s.has_body(1) && !s.has_body(0) && s.bodies() == 1);
    }

    #[test]
    fn hits_are_marked_and_cut_out() {
        let t = terms("sanction côte");
        let runs = highlight("Sanctions on Côte d'Ivoire", &t);
        assert_eq!(
            runs,
            [
                ("Sanctions", true),
                (" on ", false),
                ("Côte", true),
                (" d'Ivoire", false)
            ]
        );
        let long = format!(
            "{} the sanctions regime {}",
            "word ".repeat(40),
            "more ".repeat(40)
        );
        let s = snippet(&long, &t, 40).unwrap();
        assert!(
            s.contains("sanctions") && s.len() < 60 && !s.starts_with(' '),
            "{s:?}"
        );
        assert_eq!(snippet("nothing here", &t, 40), None);
    }
}
