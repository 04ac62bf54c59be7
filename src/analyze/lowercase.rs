//! Lowercasing statute text with fast paths for Latin and Russian letters.

/// `text.to_lowercase()`, with ASCII and the Cyrillic letters U+0400..U+042F
/// lowercased on the spot instead of through Unicode's tables: the same
/// string, as each other character goes through `char::to_lowercase`, and a
/// text with `Σ` (the one letter that lowercases by its neighbours) through
/// `str::to_lowercase`.
pub fn lowercase(text: &str) -> String {
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            _ if c.is_ascii() => out.push(c),
            'а'..='я' | '\u{0450}'..='\u{045F}' => out.push(c),
            'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            '\u{0400}'..='\u{040F}' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_as_the_standard_library_does() {
        let mut all: String = ('\u{0}'..='\u{2FFF}').collect();
        all.push_str(" ΟΔΟΣ ΣΑ İSTANBUL ЁЛКА Ѐ Қазақ");
        assert_eq!(lowercase(&all), all.to_lowercase());
        let no_sigma: String = all.chars().filter(|&c| c != 'Σ').collect();
        assert_eq!(lowercase(&no_sigma), no_sigma.to_lowercase());
        assert_eq!(lowercase("ЗАКОН О СМИ"), "закон о сми");
    }
}
