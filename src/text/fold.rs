//! Phrases of the French and Spanish versions, matched ignoring case and accents: old mastheads
//! print "LETTRE DATEE DU", others "Lettre datée du", and scans drop accents.

/// A Latin letter without its accent, in lower case; a typographic apostrophe as `'`.
pub fn base(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        '\u{2019}' => '\'',
        c => c.to_ascii_lowercase(),
    }
}

/// `s` folded by [`base`]: the form [`folded_at`] compares with.
pub fn folded(s: &str) -> String {
    s.chars().map(base).collect()
}

/// Whether `text` reads `phrase` (already folded) at `pos`, ignoring case and accents, and ends
/// a word there if the phrase ends with a letter: where it ends.
pub fn folded_at(text: &str, pos: usize, phrase: &str) -> Option<usize> {
    let rest = text.get(pos..)?;
    let mut chars = rest.char_indices();
    let mut end = 0;
    for p in phrase.chars() {
        let (i, c) = chars.next()?;
        if base(c) != p {
            return None;
        }
        end = i + c.len_utf8();
    }
    let open = phrase.chars().last().is_some_and(char::is_alphanumeric)
        && rest[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
    (!open).then_some(pos + end)
}

/// Where the first of `phrases` at `pos` ends.
pub fn any_folded_at(text: &str, pos: usize, phrases: &[&str]) -> Option<usize> {
    phrases.iter().find_map(|p| folded_at(text, pos, p))
}

/// The value of the first entry of `table` whose phrase stands at `pos`, and where it ends.
pub fn entry_folded_at<T: Copy>(text: &str, pos: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
    table
        .iter()
        .find_map(|(p, v)| folded_at(text, pos, p).map(|e| (*v, e)))
}

/// The word at `pos`, its first 24 letters folded (no name or ordinal read with it is as long),
/// and where the word ends.
pub fn folded_word(text: &str, pos: usize) -> (String, usize) {
    let rest = text.get(pos..).unwrap_or("");
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (rest[..len].chars().take(24).map(base).collect(), pos + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(folded("Fédération de Russie"), "federation de russie");
        assert_eq!(
            folded_at("TCHÉCOSLOVAQUIE auprès", 0, "tchecoslovaquie"),
            Some(16)
        );
        // A phrase ending in a letter ends a word.
        assert_eq!(folded_at("Cubana", 0, "cuba"), None);
        assert_eq!(folded_at("Côte d’Ivoire,", 0, "cote d'ivoire"), Some(16));
        assert_eq!(folded_word("Estados Unidos", 0), ("estados".to_string(), 7));
        assert_eq!(folded_word("Perú,", 0), ("peru".to_string(), 5));
    }
}
