//! The order in which the reading view puts a report's blocks on the page: section by section,
//! the notes sections listing only their entries. A long report goes on the page a batch at a
//! time in this order, so the view knows which sections a count of blocks reaches and how far
//! it must go to show a given block.

use crate::model::{Block, BlockKind, Report, SectionKind};
use std::collections::HashMap;

/// The reading order of a report's blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadingOrder {
    /// Per section, the indices of the blocks it shows, in order.
    pub by_section: Vec<Vec<usize>>,
    /// Per section, how many blocks come before its first in the reading order.
    pub section_start: Vec<usize>,
    /// Per block, its place in the reading order, if the view shows it.
    place: Vec<Option<usize>>,
    /// Per block of a notes list, the note it holds (its index in [`Report::notes`]).
    note: Vec<Option<usize>>,
    /// How many blocks the view shows in all.
    pub total: usize,
}

impl ReadingOrder {
    /// The reading order of `blocks`, the report's text.
    pub fn new(report: &Report, blocks: &[Block]) -> ReadingOrder {
        let mut by_section = vec![Vec::new(); report.sections.len()];
        for (b, block) in blocks.iter().enumerate() {
            let Some(section) = report.sections.get(block.section) else {
                continue;
            };
            if section.kind == SectionKind::Notes && block.kind != BlockKind::NoteEntry {
                continue;
            }
            by_section[block.section].push(b);
        }
        let mut place = vec![None; blocks.len()];
        let mut section_start = Vec::with_capacity(by_section.len());
        let mut total = 0;
        for listed in &by_section {
            section_start.push(total);
            for &b in listed {
                place[b] = Some(total);
                total += 1;
            }
        }
        let by_line: HashMap<u32, usize> = report
            .notes
            .iter()
            .enumerate()
            .map(|(i, note)| (note.line, i))
            .collect();
        let note = blocks
            .iter()
            .map(|block| {
                (block.kind == BlockKind::NoteEntry)
                    .then(|| by_line.get(&block.line).copied())
                    .flatten()
            })
            .collect();
        ReadingOrder {
            by_section,
            section_start,
            place,
            note,
            total,
        }
    }

    /// How many blocks must be on the page for block `b` to be there.
    pub fn through(&self, b: usize) -> usize {
        self.place
            .get(b)
            .copied()
            .flatten()
            .map_or(self.total, |at| at + 1)
    }

    /// How many blocks must be on the page for the quote with this id to be there.
    pub fn through_quote(&self, report: &Report, id: &str) -> usize {
        report
            .quote(id)
            .map_or(0, |quote| self.through(quote.block))
    }

    /// The note a block of a notes list holds, as an index in [`Report::notes`].
    pub fn note_of(&self, b: usize) -> Option<usize> {
        self.note.get(b).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_go_on_the_page_section_by_section_and_notes_lists_show_their_entries() {
        let text = "Intro paragraph.\n\nFirst Part\n\n“We held,” said Jane Roe, a commander of the Hill Front.[1]\n\nMore text.\n\nNotes\n\n1. Interview with Jane Roe, 2016.\n";
        let parsed = crate::parse(text);
        let blocks = parsed.report.blocks.clone();
        let order = ReadingOrder::new(&parsed.report, &blocks);
        let placed: Vec<usize> = order.by_section.iter().flatten().copied().collect();
        assert_eq!(placed.len(), order.total);
        assert!(placed.windows(2).all(|w| w[0] < w[1]), "{placed:?}");
        let quote = &parsed.report.quotes[0];
        let need = order.through_quote(&parsed.report, &quote.id);
        assert!(
            need >= 1 && placed[need - 1] == quote.block,
            "{need} {placed:?}"
        );
        let entry = blocks
            .iter()
            .position(|b| b.kind == BlockKind::NoteEntry)
            .expect("a notes entry");
        assert_eq!(
            order.through(entry),
            order.total,
            "the last note is the last block"
        );
        assert_eq!(
            order.note_of(entry).map(|i| parsed.report.notes[i].n),
            Some(1)
        );
        for (s, start) in order.section_start.iter().enumerate() {
            assert_eq!(
                *start,
                order.by_section[..s].iter().map(Vec::len).sum::<usize>()
            );
        }
    }
}
