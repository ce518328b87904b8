//! The messages between the page and its parsing worker: plain data, read and written with serde
//! on both sides (the page's wasm and the worker's wasm), so the two cannot disagree.
//!
//! The page sends a [`Job`]; the worker answers with [`JobUpdate`]s: progress, then the model or
//! a message for the reader. Cancelling is the page ending the worker.

use crate::hosted::ModelFile;
use serde::{Deserialize, Serialize};

/// What the page asks the worker to do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Job {
    /// Parse a reader's report.
    Parse {
        /// A number the answers carry.
        id: u32,
        /// The file's name (or "Pasted text"), for the title when the text has none.
        name: String,
        /// The file's bytes (text pasted is sent as its UTF-8 bytes).
        #[serde(with = "serde_bytes_vec")]
        bytes: Vec<u8>,
    },
}

/// What the worker tells the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum JobUpdate {
    /// How far the job is.
    Progress {
        /// The job.
        id: u32,
        /// What the worker is doing, for readers ("Reading the text").
        stage: String,
        /// 0 to 100.
        percent: u8,
    },
    /// The model.
    Done {
        /// The job.
        id: u32,
        /// The report, parsed.
        model: Box<ModelFile>,
    },
    /// Why there is no model, for readers.
    Failed {
        /// The job.
        id: u32,
        /// A sentence for the reader.
        message: String,
    },
}

/// Bytes as a list of numbers in serde's data model (a `Uint8Array` or an array in JavaScript).
mod serde_bytes_vec {
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        struct Bytes;
        impl<'de> serde::de::Visitor<'de> for Bytes {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
                Ok(v.to_vec())
            }
            fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Vec<u8>, A::Error> {
                let mut out = Vec::new();
                while let Some(b) = seq.next_element::<u8>()? {
                    out.push(b);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_byte_buf(Bytes)
    }
}

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
    let controls = bytes
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
        .count();
    if controls > 0 && controls * 100 >= bytes.len().max(1) {
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
}
