//! Unique slug ids: the first use of a base keeps it, later ones get `-2`, `-3`, … in order.

use std::collections::{BTreeMap, BTreeSet};

/// The ids handed out so far, with the next suffix to try per base (linear in the number of ids,
/// however often a base repeats).
#[derive(Default)]
pub(crate) struct Ids {
    taken: BTreeSet<String>,
    next: BTreeMap<String, usize>,
}

impl Ids {
    /// Marks an id as taken without handing it out.
    pub(crate) fn reserve(&mut self, id: &str) {
        self.taken.insert(id.to_owned());
    }

    /// A new id from `base` (or `fallback` when `base` is empty), suffixed when already taken.
    pub(crate) fn unique(&mut self, base: &str, fallback: &str) -> String {
        let base = if base.is_empty() { fallback } else { base };
        let next = self.next.get_mut(base);
        let mut n = next.as_deref().copied().unwrap_or(1);
        let mut candidate = if n == 1 {
            base.to_owned()
        } else {
            format!("{base}-{n}")
        };
        // Taken when it cannot be added.
        while !self.taken.insert(candidate.clone()) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        match next {
            Some(next) => *next = n + 1,
            None => {
                self.next.insert(base.to_owned(), n + 1);
            }
        }
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
            .map(|base| ids.unique(base, "q"))
            .collect();
        assert_eq!(got, ["fsa", "fsa-2", "q", "fsa-3", "q-2"]);
    }

    #[test]
    fn a_suffixed_base_that_is_already_taken_is_skipped() {
        let mut ids = Ids::default();
        ids.reserve("fsa-2");
        assert_eq!(ids.unique("fsa", "q"), "fsa");
        assert_eq!(ids.unique("fsa", "q"), "fsa-3");
    }
}
