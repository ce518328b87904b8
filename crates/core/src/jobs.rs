//! The messages between the page and its worker (which parses readers' reports and keeps them,
//! with their corrections, in the browser's storage): plain data in the binary form of
//! [`crate::wire`], written and read by the same code on both sides.
//!
//! The page sends a [`Job`]; the worker answers with [`Answer`]s that carry the job's number:
//! progress, then a result or a message for the reader. Cancelling is the page ending the worker.

use crate::wire::{Bytes, Reader, Wire, WireError, Writer, wire_struct};

/// What the page asks the worker to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Job {
    /// Parse a reader's file or pasted text, and keep it in the browser.
    Parse {
        /// The file's name ("Pasted text" for a paste), for the title when the text has none.
        name: String,
        /// The file's bytes (a paste as its UTF-8 bytes).
        bytes: Bytes,
    },
    /// The model of a kept report (`local:<hash>`), its corrections applied.
    Open {
        /// The report's content hash.
        hash: String,
    },
    /// The model of a hosted report with the reader's corrections applied.
    Corrected {
        /// The hosted report's name.
        name: String,
    },
    /// The reports kept in this browser.
    List,
    /// Forget a kept report.
    Delete {
        /// The report's content hash.
        hash: String,
    },
    /// Keep a report's corrections (an overlay, as JSON), replacing earlier ones.
    SaveCorrections {
        /// `local:<hash>` or a hosted report's name.
        report: String,
        /// The overlay, in the `*.overlay.json` format; empty to drop the corrections.
        overlay: String,
    },
    /// A report's kept corrections.
    Corrections {
        /// `local:<hash>` or a hosted report's name.
        report: String,
    },
    /// A kept report's text (to download it for hosting).
    Text {
        /// The report's content hash.
        hash: String,
    },
}

/// A report kept in the browser, as the "Your reports" list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptReport {
    /// The content hash (the report is `local:<hash>`).
    pub hash: String,
    /// Its title.
    pub title: String,
    /// The file it came from ("Pasted text" for a paste).
    pub file: String,
    /// When it was opened, as an ISO 8601 date and time.
    pub opened: String,
    /// Speech quotes (utterances).
    pub quotes: u32,
    /// Speakers.
    pub speakers: u32,
    /// Whether it has corrections.
    pub corrected: bool,
}

wire_struct!(KeptReport {
    hash,
    title,
    file,
    opened,
    quotes,
    speakers,
    corrected
});

/// The job number of the worker's first message, "ready": sent once its wasm has started,
/// since messages posted before that find no one listening. Jobs are numbered from 1.
pub const READY: u32 = 0;

/// What the worker tells the page about a job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The job's number, as the page gave it.
    pub job: u32,
    /// What it says.
    pub update: Update,
}

/// The content of an [`Answer`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Update {
    /// How far a parse is.
    Progress {
        /// What the worker is doing, for readers ("Reading the text").
        stage: String,
        /// 0 to 100.
        percent: u8,
    },
    /// A model, in the model file's form (`hosted::to_bytes`).
    Model {
        /// The report's content hash.
        hash: String,
        /// The model file.
        bytes: Bytes,
        /// Why the report could not be kept in the browser, if it could not (it still opens).
        not_kept: Option<String>,
    },
    /// The kept reports, the most recently opened first.
    Reports(Vec<KeptReport>),
    /// A report's corrections, if it has any (an overlay, as JSON).
    Corrections(Option<String>),
    /// Done, nothing to say.
    Done,
    /// The report is not kept in this browser.
    NotFound,
    /// Why the job could not be done, for the reader.
    Failed(String),
    /// A kept report's text and the file it came from.
    Text {
        /// The file's name.
        file: String,
        /// The text.
        text: String,
    },
}

/// The numbered messages: a tag byte, then the fields.
impl Wire for Job {
    fn put(&self, w: &mut Writer) {
        match self {
            Job::Parse { name, bytes } => {
                0u8.put(w);
                name.put(w);
                bytes.put(w);
            }
            Job::Open { hash } => {
                1u8.put(w);
                hash.put(w);
            }
            Job::Corrected { name } => {
                2u8.put(w);
                name.put(w);
            }
            Job::List => 3u8.put(w),
            Job::Delete { hash } => {
                4u8.put(w);
                hash.put(w);
            }
            Job::SaveCorrections { report, overlay } => {
                5u8.put(w);
                report.put(w);
                overlay.put(w);
            }
            Job::Corrections { report } => {
                6u8.put(w);
                report.put(w);
            }
            Job::Text { hash } => {
                7u8.put(w);
                hash.put(w);
            }
        }
    }

    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(match u8::take(r)? {
            0 => Job::Parse {
                name: Wire::take(r)?,
                bytes: Wire::take(r)?,
            },
            1 => Job::Open {
                hash: Wire::take(r)?,
            },
            2 => Job::Corrected {
                name: Wire::take(r)?,
            },
            3 => Job::List,
            4 => Job::Delete {
                hash: Wire::take(r)?,
            },
            5 => Job::SaveCorrections {
                report: Wire::take(r)?,
                overlay: Wire::take(r)?,
            },
            6 => Job::Corrections {
                report: Wire::take(r)?,
            },
            7 => Job::Text {
                hash: Wire::take(r)?,
            },
            other => return Err(WireError(format!("no job number {other}"))),
        })
    }
}

impl Wire for Update {
    fn put(&self, w: &mut Writer) {
        match self {
            Update::Progress { stage, percent } => {
                0u8.put(w);
                stage.put(w);
                percent.put(w);
            }
            Update::Model {
                hash,
                bytes,
                not_kept,
            } => {
                1u8.put(w);
                hash.put(w);
                bytes.put(w);
                not_kept.put(w);
            }
            Update::Reports(list) => {
                2u8.put(w);
                list.put(w);
            }
            Update::Corrections(overlay) => {
                3u8.put(w);
                overlay.put(w);
            }
            Update::Done => 4u8.put(w),
            Update::NotFound => 5u8.put(w),
            Update::Failed(message) => {
                6u8.put(w);
                message.put(w);
            }
            Update::Text { file, text } => {
                7u8.put(w);
                file.put(w);
                text.put(w);
            }
        }
    }

    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(match u8::take(r)? {
            0 => Update::Progress {
                stage: Wire::take(r)?,
                percent: Wire::take(r)?,
            },
            1 => Update::Model {
                hash: Wire::take(r)?,
                bytes: Wire::take(r)?,
                not_kept: Wire::take(r)?,
            },
            2 => Update::Reports(Wire::take(r)?),
            3 => Update::Corrections(Wire::take(r)?),
            4 => Update::Done,
            5 => Update::NotFound,
            6 => Update::Failed(Wire::take(r)?),
            7 => Update::Text {
                file: Wire::take(r)?,
                text: Wire::take(r)?,
            },
            other => return Err(WireError(format!("no answer number {other}"))),
        })
    }
}

/// A job with its number, as the page sends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// A number the answers carry.
    pub job: u32,
    /// What to do.
    pub work: Job,
}

wire_struct!(Request { job, work });
wire_struct!(Answer { job, update });

/// What a reader's file holds, before it is parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// Text to parse.
    Text(String),
    /// Why it cannot be a report, for the reader.
    Refused(String),
}

/// The largest report the page opens, in bytes.
pub const MAX_REPORT_BYTES: usize = 5 * 1024 * 1024;

/// Checks a reader's file: size, UTF-8, and whether it looks like text at all.
pub fn open(bytes: Vec<u8>) -> Opened {
    if bytes.len() > MAX_REPORT_BYTES {
        return Opened::Refused(format!(
            "This file is {} MB; the explorer opens reports up to {} MB.",
            bytes.len().div_ceil(1024 * 1024),
            MAX_REPORT_BYTES / (1024 * 1024)
        ));
    }
    // Text files hold no NUL byte and few control characters; binary files hold both.
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if head.contains(&0) || controls * 10 >= head.len().max(1) {
        return Opened::Refused(
            "This file is not text (it looks like a binary file: a PDF, an image or a word processor file). Copy the report's text and paste it instead.".to_owned(),
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => {
            Opened::Refused("There is no text to explore: the report is empty.".to_owned())
        }
        Ok(text) => Opened::Text(text.trim_start_matches('\u{feff}').to_owned()),
        Err(e) => Opened::Refused(format!(
            "This file is not UTF-8 text (the byte at position {} is not). Save it as UTF-8 text, or copy its text and paste it instead.",
            e.utf8_error().valid_up_to()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{from_wire, to_wire};

    #[test]
    fn a_reader_s_file_is_refused_with_a_reason_when_it_cannot_be_a_report() {
        let cases: [(&[u8], &str); 4] = [
            (b"", "empty"),
            (b"  \n\n ", "empty"),
            (
                b"Caf\xe9 au lait, \xe0 la carte",
                "not UTF-8 text (the byte at position 3",
            ),
            (b"%PDF-1.4\x00\x01\x02\x03\x00\x00\x07binary", "not text"),
        ];
        for (bytes, reason) in cases {
            match open(bytes.to_vec()) {
                Opened::Refused(message) => assert!(message.contains(reason), "{message}"),
                Opened::Text(_) => panic!("{bytes:?} was accepted"),
            }
        }
        assert_eq!(
            open(b"\xef\xbb\xbfA report.".to_vec()),
            Opened::Text("A report.".into())
        );
        assert!(
            matches!(open(vec![b'a'; MAX_REPORT_BYTES + 1]), Opened::Refused(m) if m.contains("up to 5 MB"))
        );
    }

    #[test]
    fn every_message_reads_back_as_written() {
        let jobs = [
            Job::Parse {
                name: "a.txt".into(),
                bytes: Bytes(vec![1, 2, 3]),
            },
            Job::Open { hash: "abc".into() },
            Job::Corrected { name: "r".into() },
            Job::List,
            Job::Delete { hash: "abc".into() },
            Job::SaveCorrections {
                report: "local:abc".into(),
                overlay: "{}".into(),
            },
            Job::Corrections { report: "r".into() },
            Job::Text { hash: "abc".into() },
        ];
        for (job, work) in jobs.into_iter().enumerate() {
            let request = Request {
                job: job as u32,
                work,
            };
            assert_eq!(from_wire::<Request>(&to_wire(&request)).unwrap(), request);
        }
        let updates = [
            Update::Progress {
                stage: "Reading".into(),
                percent: 40,
            },
            Update::Model {
                hash: "abc".into(),
                bytes: Bytes(vec![9; 300]),
                not_kept: Some("quota".into()),
            },
            Update::Reports(vec![KeptReport {
                hash: "abc".into(),
                title: "T".into(),
                file: "t.txt".into(),
                opened: "2026-11-28T10:00:00Z".into(),
                quotes: 3,
                speakers: 2,
                corrected: true,
            }]),
            Update::Corrections(None),
            Update::Done,
            Update::NotFound,
            Update::Failed("no".into()),
            Update::Text {
                file: "a.txt".into(),
                text: "A report.".into(),
            },
        ];
        for update in updates {
            let answer = Answer { job: 7, update };
            assert_eq!(from_wire::<Answer>(&to_wire(&answer)).unwrap(), answer);
        }
        assert!(from_wire::<Request>(&[0, 42]).is_err());
    }
}
