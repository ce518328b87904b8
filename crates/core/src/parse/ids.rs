//! Unique slug ids: the first use of a base keeps it, later ones get `-2`, `-3`, … in order.

use super::words::FastMap;

/// The ids handed out so far, each with the next suffix to try when it is asked for again as a
/// base (linear in the number of ids, however often a base repeats). An id is taken exactly
/// when it is a key: one map, so that a new id costs one copy besides the one handed out.
#[derive(Default)]
pub(crate) struct Ids {
    next: FastMap<String, usize>,
}

/// The first suffix an id taken as it is gets when asked for again ("fsa" → "fsa-2").
const FIRST_SUFFIX: usize = 2;

impl Ids {
    /// Marks an id as taken without handing it out.
    pub(crate) fn reserve(&mut self, id: &str) {
        if !self.next.contains_key(id) {
            self.next.insert(id.to_owned(), FIRST_SUFFIX);
        }
    }

    /// A new id from `base` (or `fallback` when `base` is empty), suffixed when already taken.
    pub(crate) fn unique(&mut self, base: String, fallback: &str) -> String {
        let base = if base.is_empty() {
            fallback.to_owned()
        } else {
            base
        };
        let Some(&first) = self.next.get(base.as_str()) else {
            self.next.insert(base.clone(), FIRST_SUFFIX);
            return base;
        };
        let mut n = first;
        let candidate = loop {
            let candidate = format!("{base}-{n}");
            n += 1;
            if !self.next.contains_key(candidate.as_str()) {
                break candidate;
            }
        };
        if let Some(next) = self.next.get_mut(base.as_str()) {
            *next = n;
        }
        self.next.insert(candidate.clone(), FIRST_SUFFIX);
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::Ids;

    #[test]
    fn repeated_bases_get_numbered_suffixes_in_order() {
        let mut ids = Ids::default();
        let got: Vec<String> = ["fsa", "fsa", "", "fsa", "q"]
            .iter()
            .map(|base| ids.unique((*base).to_owned(), "q"))
            .collect();
        assert_eq!(got, ["fsa", "fsa-2", "q", "fsa-3", "q-2"]);
    }

    #[test]
    fn a_suffixed_base_that_is_already_taken_is_skipped() {
        let mut ids = Ids::default();
        ids.reserve("fsa-2");
        assert_eq!(ids.unique("fsa".to_owned(), "q"), "fsa");
        assert_eq!(ids.unique("fsa".to_owned(), "q"), "fsa-3");
    }

    #[test]
    fn a_handed_out_or_reserved_id_asked_for_as_a_base_is_suffixed() {
        let mut ids = Ids::default();
        ids.reserve("q");
        assert_eq!(ids.unique("fsa".to_owned(), "q"), "fsa");
        assert_eq!(ids.unique("fsa".to_owned(), "q"), "fsa-2");
        assert_eq!(ids.unique("fsa-2".to_owned(), "q"), "fsa-2-2");
        assert_eq!(ids.unique(String::new(), "q"), "q-2");
        assert_eq!(ids.unique("fsa".to_owned(), "q"), "fsa-3");
    }
}
