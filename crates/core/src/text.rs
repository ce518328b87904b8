//! Text helpers shared by the parser, the search and the ids: folding, slugs, a content hash, a
//! quick trim.

/// Folds text for matching: lower case, accents removed, apostrophes dropped, dashes unified.
///
/// "Abū Bakr" and "abu bakr" fold alike; so do "Jumu’ah", "Jumu'ah" and "Jumuah".
///
/// ```
/// use explorer_core::text::fold;
/// assert_eq!(fold("Abū Bakr’s"), fold("abu bakrs"));
/// assert_eq!(fold("Müşterek"), "musterek");
/// ```
pub fn fold(text: &str) -> String {
    // A run of ASCII without apostrophes folds to itself in lower case.
    by_ascii_runs(text, [b'\'', b'`'], push_folded)
}

/// The same as `text.to_lowercase()`, faster on text that is mostly ASCII (notes, lines of a
/// report): runs of ASCII are copied at once, and only the characters between them are looked up
/// (the standard library looks up every character after the first that is not ASCII).
///
/// ```
/// use explorer_core::text::lower_case;
/// assert_eq!(lower_case("Interview with the Author’s Aide, ÉTÉ"), "interview with the author’s aide, été");
/// assert_eq!(lower_case("ΟΔΟΣ"), "ΟΔΟΣ".to_lowercase());
/// ```
pub fn lower_case(text: &str) -> String {
    // A capital sigma lower-cases by its neighbours; the standard library knows how. It is
    // told where the characters that are not ASCII are read, without a search of its own.
    let mut sigma = false;
    let lower = by_ascii_runs(text, [], |c, out| {
        sigma |= c == 'Σ';
        out.extend(c.to_lowercase());
    });
    if sigma {
        return text.to_lowercase();
    }
    lower
}

/// Calls `f` with the first `chars` characters of `text` (after leading white space) in lower
/// case: on the stack when they are ASCII and no longer than 32 bytes, else in a new string.
///
/// ```
/// use explorer_core::text::with_lower_head;
/// assert_eq!(with_lower_head("  Ibid., p. 4", 4, str::to_owned), "ibid");
/// assert_eq!(with_lower_head("ÉTÉ 2020", 3, str::to_owned), "été");
/// ```
pub fn with_lower_head<R>(text: &str, chars: usize, f: impl FnOnce(&str) -> R) -> R {
    const STACK: usize = 32;
    let text = text.trim_start();
    let head = text
        .char_indices()
        .nth(chars)
        .map_or(text, |(end, _)| &text[..end]);
    let mut on_stack = [0u8; STACK];
    match on_stack.get_mut(..head.len()) {
        Some(bytes) if head.is_ascii() => {
            bytes.copy_from_slice(head.as_bytes());
            bytes.make_ascii_lowercase();
            f(std::str::from_utf8(bytes).unwrap_or(head))
        }
        _ => f(&lower_case(head)),
    }
}

/// [`str::trim`], told at a glance for the text that needs none (most lines, units and quotes
/// of a report): one that opens and ends on an ASCII byte that is not white space.
pub(crate) trait TrimQuick {
    /// The text without white space at either end, as [`str::trim`] gives it.
    fn trim_quick(&self) -> &str;

    /// Whether the text is empty or all white space (`trim().is_empty()`): told by its first
    /// byte that is not ASCII white space, when that byte is ASCII.
    fn is_blank(&self) -> bool;
}

/// Whether an ASCII byte is white space (tab to carriage return, and the space).
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

impl TrimQuick for str {
    #[inline]
    fn trim_quick(&self) -> &str {
        let plain = |b: &u8| b.is_ascii() && !ascii_space(*b);
        let bytes = self.as_bytes();
        match (bytes.first(), bytes.last()) {
            (Some(first), Some(last)) if plain(first) && plain(last) => self,
            (None, _) => self,
            _ => self.trim(),
        }
    }

    #[inline]
    fn is_blank(&self) -> bool {
        match self.bytes().position(|b| !ascii_space(b)) {
            None => true,
            Some(k) if self.as_bytes()[k].is_ascii() => false,
            // After ASCII bytes only: a character's first byte.
            Some(k) => self[k..].trim_start().is_empty(),
        }
    }
}

/// [`str::split_whitespace`] read a byte at a time: the words of a name, a note or a quote's
/// first words. The standard library decodes every character and asks whether it is white
/// space; here an ASCII byte is told by itself, and only the first bytes of the few characters
/// beyond ASCII that are white space (U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028,
/// U+2029, U+202F, U+205F, U+3000) are read further.
pub(crate) trait WordsQuick {
    /// The words of the text, as [`str::split_whitespace`] gives them, in either direction.
    fn words_quick(&self) -> Words<'_>;
}

impl WordsQuick for str {
    #[inline]
    fn words_quick(&self) -> Words<'_> {
        Words { rest: self }
    }
}

/// The words of a text between white space ([`WordsQuick::words_quick`]).
#[derive(Clone, Debug)]
pub(crate) struct Words<'a> {
    /// What is left to read, from both ends.
    rest: &'a str,
}

/// The length of the white space character that opens at byte `at` (0 if none opens there;
/// none does at a byte inside a character).
#[inline]
fn space_at(bytes: &[u8], at: usize) -> usize {
    let next = |k: usize| bytes.get(at + k).copied();
    match bytes[at] {
        b'\t'..=b'\r' | b' ' => 1,
        0xc2 if matches!(next(1), Some(0x85 | 0xa0)) => 2,
        0xe1 if next(1) == Some(0x9a) && next(2) == Some(0x80) => 3,
        0xe2 => match (next(1), next(2)) {
            (Some(0x80), Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf)) | (Some(0x81), Some(0x9f)) => 3,
            _ => 0,
        },
        0xe3 if next(1) == Some(0x80) && next(2) == Some(0x80) => 3,
        _ => 0,
    }
}

/// The length of the white space character that ends at byte `end` (0 if none ends there).
#[inline]
fn space_before(bytes: &[u8], end: usize) -> usize {
    match bytes[end - 1] {
        b'\t'..=b'\r' | b' ' => 1,
        // The last byte of a character of two or three bytes: its first byte opens it.
        0x80..=0xbf => {
            if end >= 2 && space_at(bytes, end - 2) == 2 {
                2
            } else if end >= 3 && space_at(bytes, end - 3) == 3 {
                3
            } else {
                0
            }
        }
        _ => 0,
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    // Always inlined: called out of line (as `#[inline]` left it at most call sites) it cost
    // more than the standard library's split did.
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.rest.as_bytes();
        let mut at = 0;
        loop {
            if at == bytes.len() {
                self.rest = "";
                return None;
            }
            match space_at(bytes, at) {
                0 => break,
                n => at += n,
            }
        }
        let start = at;
        // A byte inside a character opens no white space: each is passed over by itself.
        while at < bytes.len() {
            // Most bytes of a word (printable ASCII, continuation bytes) are no white space.
            if matches!(bytes[at], 0x21..=0xc1) {
                at += 1;
                continue;
            }
            let n = space_at(bytes, at);
            if n > 0 {
                let word = &self.rest[start..at];
                self.rest = &self.rest[at + n..];
                return Some(word);
            }
            at += 1;
        }
        let word = &self.rest[start..];
        self.rest = "";
        Some(word)
    }

    #[inline]
    fn last(mut self) -> Option<&'a str> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for Words<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        let bytes = self.rest.as_bytes();
        let mut end = bytes.len();
        loop {
            if end == 0 {
                self.rest = "";
                return None;
            }
            match space_before(bytes, end) {
                0 => break,
                n => end -= n,
            }
        }
        let mut at = end;
        while at > 0 {
            // Most bytes of a word (printable ASCII, first bytes of no white space) end none.
            if matches!(bytes[at - 1], 0x21..=0x7f | 0xc0..) {
                at -= 1;
                continue;
            }
            let n = space_before(bytes, at);
            if n > 0 {
                let word = &self.rest[at..end];
                self.rest = &self.rest[..at - n];
                return Some(word);
            }
            at -= 1;
        }
        let word = &self.rest[..end];
        self.rest = "";
        Some(word)
    }
}

impl std::iter::FusedIterator for Words<'_> {}

/// `text` in lower case with runs of ASCII bytes copied at once, and every other character
/// (not ASCII, or one of the `special` ASCII bytes) given to `each` to write.
fn by_ascii_runs<const N: usize>(
    text: &str,
    special: [u8; N],
    mut each: impl FnMut(char, &mut String),
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let run = ascii_run(rest.as_bytes(), special);
        if run > 0 {
            let start = out.len();
            out.push_str(&rest[..run]);
            out[start..].make_ascii_lowercase();
            rest = &rest[run..];
            continue;
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            each(c, &mut out);
        }
        rest = chars.as_str();
    }
    out
}

/// How many bytes `bytes` opens with that are ASCII and none of `special`: eight are passed
/// over at a time while none of them ends the run.
fn ascii_run<const N: usize>(bytes: &[u8], special: [u8; N]) -> usize {
    /// A one in each byte, and each byte's high bit.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of a word is zero.
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let v = chunk.try_into().map_or(HIGHS, u64::from_le_bytes);
        if v & HIGHS != 0 || special.iter().any(|&b| has_zero(v ^ (ONES * u64::from(b)))) {
            break;
        }
        at += 8;
    }
    at + bytes[at..]
        .iter()
        .position(|&b| !b.is_ascii() || special.contains(&b))
        .unwrap_or(bytes.len() - at)
}

/// Calls `f` with the folded form of `text`, without allocating for a short ASCII text
/// (lower case is all folding does to one without apostrophes): for lookups in sets of folded
/// names.
///
/// ```
/// let found = explorer_core::text::with_folded("Levant Front", |f| f == "levant front");
/// assert!(found);
/// ```
pub fn with_folded<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    /// The longest text folded on the stack.
    const MAX_ON_STACK: usize = 64;
    /// A one in each byte, and each byte's high bit.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut buffer = [0u8; MAX_ON_STACK];
    if let Some(bytes) = buffer.get_mut(..text.len()) {
        bytes.copy_from_slice(text.as_bytes());
        // Eight bytes at a time (the zeros after the text change nothing): lower case, and
        // whether any byte is not ASCII, an apostrophe or a backquote.
        let mut other = 0;
        for chunk in buffer.chunks_exact_mut(8).take(text.len().div_ceil(8)) {
            let v = chunk.try_into().map_or(HIGHS, u64::from_le_bytes);
            // Whether a byte of `v` is zero: exact for the word as a whole.
            let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
            other |= v & HIGHS
                | zero(v ^ (ONES * u64::from(b'\'')))
                | zero(v ^ (ONES * u64::from(b'`')));
            // A byte below 0x80 plus `0x80 - c` has its high bit set when it is `c` or more.
            let upper = v.wrapping_add(ONES * u64::from(0x80 - b'A'))
                & !v.wrapping_add(ONES * u64::from(0x80 - b'Z' - 1))
                & HIGHS;
            chunk.copy_from_slice(&(v | upper >> 2).to_le_bytes());
        }
        if other == 0
            && let Ok(folded) = std::str::from_utf8(&buffer[..text.len()])
        {
            return f(folded);
        }
    }
    f(&fold(text))
}

/// Appends the folded form of one character.
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        match c {
            '\'' | '`' => {}
            _ => out.push(c.to_ascii_lowercase()),
        }
        return;
    }
    match c {
        // Apostrophes and transliteration marks for ayn and hamza vanish.
        '’' | '‘' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '´' | '′' => {}
        '“' | '”' | '„' | '″' | '«' | '»' => out.push('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
        '\u{00A0}' | '\u{2009}' | '\u{202F}' => out.push(' '),
        // Combining accents (after a decomposed letter) vanish.
        '\u{0300}'..='\u{036F}' => {}
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        _ => match base_letter(c) {
            Some(base) => out.push(base),
            None => crate::lower::push_lower(c, out),
        },
    }
}

/// The unaccented lower-case letter for a Latin letter with a diacritic.
fn base_letter(c: char) -> Option<char> {
    let base = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' | 'Ạ' | 'ạ' => 'a',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => 'c',
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ḍ' | 'ḍ' | 'Ḏ' | 'ḏ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => {
            'e'
        }
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => 'g',
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' | 'Ḥ' | 'ḥ' | 'ẖ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => {
            'i'
        }
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => 'l',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' | 'Ṇ' | 'ṇ' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => 'o',
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' | 'Ṛ' | 'ṛ' => 'r',
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ṣ' | 'ṣ' => 's',
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ṭ' | 'ṭ' => 't',
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' | 'Ẓ' | 'ẓ' => 'z',
        _ => return None,
    };
    Some(base)
}

/// A URL-safe id from a name: folded, ASCII letters and digits joined by single hyphens.
///
/// ```
/// use explorer_core::text::slug;
/// assert_eq!(slug("Jumu’ah Abu Ahmed"), "jumuah-abu-ahmed");
/// assert_eq!(slug("Aleppo’s Lessons"), "aleppos-lessons");
/// ```
pub fn slug(text: &str) -> String {
    let mut slug = Slug::with_capacity(text.len(), usize::MAX);
    slug.push_text(text);
    slug.out
}

/// A slug of at most `max_words` words of `text`.
pub fn slug_words(text: &str, max_words: usize) -> String {
    /// Room for the slug of a few words without growing.
    const CAPACITY: usize = 48;
    let mut slug = Slug::with_capacity(CAPACITY.min(text.len()), max_words);
    // Only the first words matter; a few extra cover words that slug to nothing ("—").
    for word in text.words_quick().take(max_words * 2 + 2) {
        if !slug.push_text(word) {
            break;
        }
        slug.pending_hyphen = true;
    }
    slug.out
}

/// A slug as it is written, a character of text at a time: the folded text's ASCII letters
/// and digits, a single hyphen for each run of anything else between them.
struct Slug {
    out: String,
    /// Whether anything but a letter or a digit came since the last one.
    pending_hyphen: bool,
    /// The words written, and the most there may be.
    words: usize,
    max_words: usize,
    /// The folded form of a character that is not ASCII.
    folded: String,
}

impl Slug {
    fn with_capacity(capacity: usize, max_words: usize) -> Self {
        Slug {
            out: String::with_capacity(capacity),
            pending_hyphen: false,
            words: 0,
            max_words,
            folded: String::new(),
        }
    }

    /// Adds `text`, folded ([`fold`] folds a character at a time); false once the slug has
    /// all its words.
    fn push_text(&mut self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            // Most of a slug's text is ASCII, read a byte at a time.
            let more = if b.is_ascii() {
                at += 1;
                match b {
                    // Apostrophes vanish.
                    b'\'' | b'`' => true,
                    _ if b.is_ascii_alphanumeric() => self.push_ascii(b.to_ascii_lowercase()),
                    _ => {
                        self.pending_hyphen = true;
                        true
                    }
                }
            } else {
                let Some(c) = text[at..].chars().next() else {
                    break;
                };
                at += c.len_utf8();
                let mut folded = std::mem::take(&mut self.folded);
                folded.clear();
                push_folded(c, &mut folded);
                let more = folded.chars().all(|f| self.push_folded(f));
                self.folded = folded;
                more
            };
            if !more {
                return false;
            }
        }
        true
    }

    /// Adds an ASCII letter in lower case or a digit; false when it would open a word past the
    /// last.
    #[inline]
    fn push_ascii(&mut self, b: u8) -> bool {
        if self.out.is_empty() || self.pending_hyphen {
            if self.words == self.max_words {
                return false;
            }
            self.words += 1;
            if !self.out.is_empty() {
                self.out.push('-');
            }
        }
        self.pending_hyphen = false;
        self.out.push(char::from(b));
        true
    }

    /// Adds a character of folded text; false when it would open a word past the last.
    fn push_folded(&mut self, c: char) -> bool {
        match u8::try_from(c) {
            Ok(b) if b.is_ascii_alphanumeric() => self.push_ascii(b),
            _ => {
                self.pending_hyphen = true;
                true
            }
        }
    }
}

/// Makes `base` unique among `taken` by appending `-2`, `-3`... and records it.
pub fn unique_id(
    base: &str,
    fallback: &str,
    taken: &mut std::collections::BTreeSet<String>,
) -> String {
    let base = if base.is_empty() { fallback } else { base };
    let mut candidate = base.to_owned();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

/// The number of words (split at whitespace) in `text`, counted only up to `limit`: a rule that
/// asks whether a quotation is short need not read all of a long one.
///
/// ```
/// use explorer_core::text::words_up_to;
/// assert_eq!(words_up_to("  a\u{a0}b\tc  d ", 9), 4);
/// assert_eq!(words_up_to("one two three", 2), 2);
/// ```
pub fn words_up_to(text: &str, limit: usize) -> usize {
    // `split_whitespace().take(limit).count()`, reading ASCII bytes as they are and decoding
    // only the characters that are not ASCII.
    let bytes = text.as_bytes();
    let (mut words, mut in_word, mut at) = (0, false, 0);
    while at < bytes.len() && words < limit {
        let (space, len) = match bytes[at] {
            b if b.is_ascii() => (b.is_ascii_whitespace() || b == 0x0b, 1),
            _ => text[at..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
        at += len;
    }
    words
}

/// Sorts stably by a `u64` rank (smaller first). Every call shares one sort of `(u64, usize)`
/// pairs, which keeps the WebAssembly small; pack several keys into the rank's bits.
///
/// ```
/// let mut words = vec!["ccc", "a", "bb", "d"];
/// explorer_core::text::sort_by_rank(&mut words, |w| w.len() as u64);
/// assert_eq!(words, ["a", "d", "bb", "ccc"]);
/// ```
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (rank(t), i))
        .collect();
    // Pairs are unique (the index breaks ties), so an unstable sort is stable here.
    keyed.sort_unstable();
    let mut old: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keyed
            .into_iter()
            .filter_map(|(_, i)| old.get_mut(i).and_then(Option::take)),
    );
}

/// A set of the items, inserted one by one: `collect` into a B-tree sorts first, and each
/// element type it sorts adds another sort to the WebAssembly.
///
/// ```
/// let set = explorer_core::text::set_of([3, 1, 3]);
/// assert_eq!(set.into_iter().collect::<Vec<_>>(), [1, 3]);
/// ```
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> std::collections::BTreeSet<T> {
    let mut set = std::collections::BTreeSet::new();
    set.extend(items);
    set
}

/// A rank that puts larger numbers first.
pub fn descending(n: u64) -> u64 {
    u64::MAX - n
}

/// A readable title from a file name: "fall-of-aleppo.txt" → "Fall of aleppo".
///
/// ```
/// assert_eq!(explorer_core::text::title_from_file_name("reports/fall-of-aleppo.txt"), "Fall of aleppo");
/// ```
pub fn title_from_file_name(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let spaced = stem.replace(['-', '_'], " ");
    let mut chars = spaced.trim().chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// A short, stable hash of a text (FNV-1a style over 8-byte words, 48 bits as 12 hex digits).
///
/// Used to tell whether a hosted report still is the one an embed was made for; it is not a
/// cryptographic hash.
pub fn content_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = text.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul(0x0000_0100_0000_01b3);
        hash ^= hash >> 29;
    }
    for byte in chunks.remainder() {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash = (hash ^ text.len() as u64).wrapping_mul(0x0000_0100_0000_01b3);
    format!("{:012x}", hash >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_quick_are_the_words_split_whitespace_gives() {
        // Every white space character, alone and between words, and characters that share
        // their first bytes with one.
        let spaces: Vec<char> = (0..=0x10ffff_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        let near: Vec<char> = [
            '\u{84}',
            '\u{a1}',
            '\u{9f}',
            '\u{1681}',
            '\u{167f}',
            '\u{200b}',
            '\u{2027}',
            '\u{202a}',
            '\u{2030}',
            '\u{205e}',
            '\u{2060}',
            '\u{3001}',
            '\u{2fff}',
            '’',
            '“',
            'é',
            '\u{10348}',
            'x',
            '-',
            '\u{0}',
            '\u{1f}',
            '\u{7f}',
        ]
        .into();
        let mut texts: Vec<String> = vec![
            String::new(),
            " ".into(),
            "  Omar  Salkhou ".into(),
            "Jumu’ah Abu\u{a0}Ahmed,\tinterview\n".into(),
            "Dr. Salem Abualnaser, interview with the author, Skype, January 2017.".into(),
            "\u{3000}Al-Farouq\u{2009}Abu Bakr\u{205f}\u{85}(FSA)\u{2028}said:\r\n\u{b}\u{c}x"
                .into(),
        ];
        for &s in &spaces {
            for &c in &near {
                texts.push(format!("{c}{s}{c}"));
                texts.push(format!("{s}a{c}b{s}{s}{c}"));
                texts.push(format!("{c}{c}{s}"));
            }
        }
        for &a in &near {
            for &b in &near {
                texts.push(format!("{a}{b} {b}{a}"));
            }
        }
        for text in &texts {
            let want: Vec<&str> = text.words_quick().collect();
            assert_eq!(text.words_quick().collect::<Vec<_>>(), want, "{text:?}");
            let mut back: Vec<&str> = text.words_quick().rev().collect();
            back.reverse();
            assert_eq!(back, want, "{text:?}");
            assert_eq!(text.words_quick().last(), want.last().copied(), "{text:?}");
            // Both ends at once.
            let mut words = text.words_quick();
            let (first, last) = (words.next(), words.next_back());
            let mut split = text.words_quick();
            assert_eq!((first, last), (split.next(), split.next_back()), "{text:?}");
            assert_eq!(
                words.collect::<Vec<_>>(),
                split.collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let texts = [
            "",
            " ",
            "one",
            "  two words  ",
            "a\u{0b}b\u{0c}c\u{1c}d\re\nf",
            "x\u{85}y\u{a0}z\u{2009}w\u{3000}v\u{202f}u",
            "“Quoted,” she said — then: ‘no’.",
            "Müşterek\u{2028}ÉTÉ\u{1680}end",
        ];
        for text in texts {
            for limit in 0..8 {
                assert_eq!(
                    words_up_to(text, limit),
                    text.words_quick().take(limit).count(),
                    "{text:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn an_ascii_run_ends_at_the_first_byte_that_is_not_ascii_or_is_special() {
        let texts = [
            "",
            "abc",
            "Jumu’ah Abu Ahmed",
            "an eight-byte run and then some, O'Brien and `ticks`",
            "exactly8",
            "exactly8’",
            "sixteen bytes ok",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..bytes.len() {
                let rest = &bytes[from..];
                let plain = |special: &[u8]| {
                    rest.iter()
                        .position(|&b| !b.is_ascii() || special.contains(&b))
                        .unwrap_or(rest.len())
                };
                assert_eq!(ascii_run(rest, []), plain(&[]), "{text:?} from {from}");
                assert_eq!(
                    ascii_run(rest, [b'\'', b'`']),
                    plain(b"'`"),
                    "{text:?} from {from}"
                );
            }
        }
    }

    #[test]
    fn a_short_plain_text_is_folded_to_its_ascii_lower_case_and_any_other_by_fold() {
        let texts = [
            "",
            "A",
            "Levant Front",
            "AZaz@[`{ 09",
            "O'Brien",
            "`ticks`",
            "Jumu’ah Abu Ahmed",
            "ÉTAT",
            "KELVIN \u{212a}",
            "exactly8",
            "EXACTLY8 AND SIXTEEN BYTES AND MORE UP TO SIXTY-THREE BYTES!!!!",
            "EXACTLY8 AND SIXTEEN BYTES AND MORE UP TO SIXTY-FOUR BYTES!!!!!!",
            "EXACTLY8 AND SIXTEEN BYTES AND MORE UP TO SIXTY-FIVE BYTES!!!!!!!",
        ];
        for text in texts {
            for from in 0..text.len() {
                let Some(text) = text.get(from..) else {
                    continue;
                };
                let plain = text.len() <= 64
                    && text
                        .bytes()
                        .all(|b| b.is_ascii() && b != b'\'' && b != b'`');
                let expected = if plain {
                    text.to_ascii_lowercase()
                } else {
                    fold(text)
                };
                assert_eq!(with_folded(text, str::to_owned), expected, "{text:?}");
            }
        }
    }

    #[test]
    fn lower_case_is_the_standard_librarys_for_every_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("A{c}b"), format!("Ab {c}Σ{c}")] {
                assert_eq!(lower_case(&text), text.to_lowercase(), "{c:?}");
            }
        }
    }

    #[test]
    fn folding_ignores_case_accents_and_apostrophes() {
        assert_eq!(fold("Abū Bakr"), "abu bakr");
        assert_eq!(fold("Jumu’ah"), fold("Jumu'ah"));
        assert_eq!(fold("Jumu’ah"), "jumuah");
        assert_eq!(fold("ÉCOLE—Ḥalab"), "ecole-halab");
    }

    #[test]
    fn slugs_are_ascii_and_hyphenated() {
        assert_eq!(
            slug("  Harakat Nour al-Din al-Zinki "),
            "harakat-nour-al-din-al-zinki"
        );
        assert_eq!(slug("“FSA”"), "fsa");
        assert_eq!(slug("حلب"), "");
        assert_eq!(
            slug_words("We all knew there was an attack coming", 5),
            "we-all-knew-there-was"
        );
    }

    #[test]
    fn slugs_are_the_folded_text_s_letters_and_digits() {
        // Folding the whole text first, then keeping its letters and digits.
        let folded_first = |text: &str, max_words: usize| {
            let head = text
                .words_quick()
                .take(max_words * 2 + 2)
                .collect::<Vec<_>>()
                .join(" ");
            let mut slug = String::new();
            let mut pending_hyphen = false;
            for c in fold(&head).chars() {
                if c.is_ascii_alphanumeric() {
                    if pending_hyphen && !slug.is_empty() {
                        slug.push('-');
                    }
                    pending_hyphen = false;
                    slug.push(c);
                } else {
                    pending_hyphen = true;
                }
            }
            let words: Vec<&str> = slug.split('-').filter(|w| !w.is_empty()).collect();
            words[..words.len().min(max_words)].join("-")
        };
        for text in [
            "",
            "—",
            "  O'Brien’s “Free” Syrian Army — 3rd Brigade, Aleppo  ",
            "Æsir Œuvre Straße Müşterek Abū Bakr al-Zinki",
            "حلب and ΟΔΟΣ, the ĲSSEL–Ørsted rôle",
            "one two three four five six seven eight nine ten eleven twelve thirteen",
            "— — — — — — — — — — — — — — — — a b",
        ] {
            for max_words in [0, 1, 2, 5, 100] {
                assert_eq!(slug_words(text, max_words), folded_first(text, max_words));
            }
            assert_eq!(slug(text), folded_first(text, usize::MAX / 4));
        }
    }

    #[test]
    fn trim_quick_is_trim() {
        let ends = [
            "", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\u{85}", "\u{a0}", "\u{2003}", "\u{3000}",
            "a", "Z", ".", "\x1f", "\x7f", "é", "“", "—",
        ];
        for a in ends {
            for b in ends {
                for middle in ["", "x", " x ", "word words"] {
                    let text = format!("{a}{middle}{b}");
                    assert_eq!(text.trim_quick(), text.trim(), "{text:?}");
                    assert_eq!(text.is_blank(), text.trim().is_empty(), "{text:?}");
                }
            }
        }
        for c in (0..0x3100).filter_map(char::from_u32) {
            let text = format!("{c}a{c}");
            assert_eq!(text.trim_quick(), text.trim(), "{c:?}");
            for text in [format!("{c}"), format!(" {c}\t{c}"), format!("{c} ")] {
                assert_eq!(text.is_blank(), text.trim().is_empty(), "{c:?}");
            }
        }
    }

    #[test]
    fn unique_ids_get_numbered_suffixes() {
        let mut taken = Default::default();
        assert_eq!(unique_id("fsa", "q", &mut taken), "fsa");
        assert_eq!(unique_id("fsa", "q", &mut taken), "fsa-2");
        assert_eq!(unique_id("", "q", &mut taken), "q");
    }

    #[test]
    fn content_hash_changes_with_the_text() {
        assert_eq!(
            content_hash("abc"),
            "fc17b883ee07",
            "embeds keep the hash they were made with: it must not change between builds"
        );
        assert_ne!(content_hash("abc"), content_hash("abd"));
        assert_ne!(content_hash("a report"), content_hash("a report "));
        assert_eq!(content_hash("").len(), 12);
    }
}
