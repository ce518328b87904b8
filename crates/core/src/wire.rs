//! The binary form of the files the page loads (model, text, manifest) and of the messages
//! between the page and its parsing worker: each value written as its fields in order, numbers
//! as LEB128 varints, texts and lists with their length first, enums as their index.
//!
//! One [`Wire`] implementation per type, declared next to the type's fields by `wire_struct!`
//! (writing and reading come from the same list, so they cannot disagree; a field missing from
//! the list does not compile). It is much smaller in the page's WebAssembly than serde's
//! derived code, and reading never trusts a length it has not got the bytes for.
//!
//! ```
//! use explorer_core::wire::{Wire, from_wire, to_wire};
//! let report = explorer_core::parse("“Hold,” said Jane Roe.\n").report;
//! let bytes = to_wire(&report);
//! assert_eq!(from_wire::<explorer_core::Report>(&bytes).unwrap(), report);
//! ```

use std::collections::BTreeMap;

/// Why bytes could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError(pub String);

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Bytes being read.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Reads from the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    /// How many bytes are left.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    fn byte(&mut self) -> Result<u8, WireError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| WireError("the data is cut short".to_owned()))?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        if n > self.remaining() {
            return Err(WireError("the data is cut short".to_owned()));
        }
        let slice = &self.bytes[self.at..self.at + n];
        self.at += n;
        Ok(slice)
    }

    fn varint(&mut self) -> Result<u64, WireError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(WireError("a number is too long".to_owned()))
    }

    /// A length, no larger than the bytes left (each item takes at least one byte).
    fn length(&mut self) -> Result<usize, WireError> {
        let n = usize::try_from(self.varint()?).unwrap_or(usize::MAX);
        if n > self.remaining() {
            return Err(WireError(
                "a length runs past the end of the data".to_owned(),
            ));
        }
        Ok(n)
    }
}

/// Bytes being written.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn varint(&mut self, mut value: u64) {
        loop {
            let b = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.out.push(b);
                return;
            }
            self.out.push(b | 0x80);
        }
    }

    /// Appends raw bytes (a header).
    pub fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    /// The bytes written.
    pub fn finish(self) -> Vec<u8> {
        self.out
    }
}

/// A value with a binary form.
pub trait Wire: Sized {
    /// Writes the value.
    fn put(&self, w: &mut Writer);
    /// Reads a value.
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError>;
}

/// The binary form of a value.
pub fn to_wire<T: Wire>(value: &T) -> Vec<u8> {
    let mut w = Writer::default();
    value.put(&mut w);
    w.finish()
}

/// Reads a value from the whole of `bytes`.
pub fn from_wire<T: Wire>(bytes: &[u8]) -> Result<T, WireError> {
    let mut r = Reader::new(bytes);
    let value = T::take(&mut r)?;
    if r.remaining() != 0 {
        return Err(WireError("there are bytes after the end".to_owned()));
    }
    Ok(value)
}

impl Wire for u64 {
    fn put(&self, w: &mut Writer) {
        w.varint(*self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        r.varint()
    }
}

impl Wire for u32 {
    fn put(&self, w: &mut Writer) {
        w.varint(u64::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        u32::try_from(r.varint()?).map_err(|_| WireError("a number is too large".to_owned()))
    }
}

impl Wire for u8 {
    fn put(&self, w: &mut Writer) {
        w.out.push(*self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        r.byte()
    }
}

impl Wire for usize {
    fn put(&self, w: &mut Writer) {
        w.varint(*self as u64);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        usize::try_from(r.varint()?).map_err(|_| WireError("a number is too large".to_owned()))
    }
}

impl Wire for bool {
    fn put(&self, w: &mut Writer) {
        w.out.push(u8::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(WireError("a yes-or-no value is neither".to_owned())),
        }
    }
}

impl Wire for String {
    fn put(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        w.out.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let n = r.length()?;
        let bytes = r.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| WireError("a text is not UTF-8".to_owned()))
    }
}

/// Bytes written and read in one piece (a file, a model), not byte by byte.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl Wire for Bytes {
    fn put(&self, w: &mut Writer) {
        w.varint(self.0.len() as u64);
        w.out.extend_from_slice(&self.0);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let n = r.length()?;
        Ok(Bytes(r.take(n)?.to_vec()))
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.out.push(0),
            Some(value) => {
                w.out.push(1);
                value.put(w);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        match r.byte()? {
            0 => Ok(None),
            1 => T::take(r).map(Some),
            _ => Err(WireError("an optional value is malformed".to_owned())),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for item in self {
            item.put(w);
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let n = r.length()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(T::take(r)?);
        }
        Ok(out)
    }
}

impl<T: Wire> Wire for Box<T> {
    fn put(&self, w: &mut Writer) {
        (**self).put(w);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        T::take(r).map(Box::new)
    }
}

impl<K: Wire + Ord, V: Wire> Wire for BTreeMap<K, V> {
    fn put(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for (key, value) in self {
            key.put(w);
            value.put(w);
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let n = r.length()?;
        let mut out = BTreeMap::new();
        for _ in 0..n {
            let key = K::take(r)?;
            out.insert(key, V::take(r)?);
        }
        Ok(out)
    }
}

/// Implements [`Wire`] for a struct from the list of its fields, in order.
macro_rules! wire_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::wire::Wire for $ty {
            fn put(&self, w: &mut $crate::wire::Writer) {
                $( $crate::wire::Wire::put(&self.$field, w); )*
            }
            fn take(r: &mut $crate::wire::Reader<'_>) -> Result<Self, $crate::wire::WireError> {
                Ok($ty { $( $field: $crate::wire::Wire::take(r)?, )* })
            }
        }
    };
}

pub(crate) use wire_struct;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_texts_and_lists_read_back_as_written() {
        let value: (Vec<u32>, Option<String>, BTreeMap<String, bool>) = (
            vec![0, 1, 127, 128, 300, u32::MAX],
            Some("Abū Bakr’s “quote”".to_owned()),
            BTreeMap::from([("a".to_owned(), true), ("b".to_owned(), false)]),
        );
        let mut w = Writer::default();
        value.0.put(&mut w);
        value.1.put(&mut w);
        value.2.put(&mut w);
        let bytes = w.finish();
        let mut r = Reader::new(&bytes);
        assert_eq!(Vec::<u32>::take(&mut r).unwrap(), value.0);
        assert_eq!(<Option<String> as Wire>::take(&mut r).unwrap(), value.1);
        assert_eq!(BTreeMap::<String, bool>::take(&mut r).unwrap(), value.2);
        assert_eq!(r.remaining(), 0);
    }

    #[test]
    fn malformed_bytes_give_an_error_not_a_panic_or_a_huge_allocation() {
        for bytes in [
            &[][..],
            &[
                0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01,
            ][..],
            &[0x80, 0x80, 0x80, 0x80, 0x10][..],
            &[5, b'a', b'b'][..],
            &[2, 0xc3, 0x28][..],
        ] {
            assert!(from_wire::<String>(bytes).is_err(), "{bytes:?}");
            assert!(from_wire::<Vec<String>>(bytes).is_err(), "{bytes:?}");
        }
        assert!(from_wire::<bool>(&[2]).is_err());
        assert!(from_wire::<u32>(&[1, 2]).is_err(), "bytes after the end");
    }

    #[test]
    fn a_whole_report_reads_back_as_written() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/reports/fall-of-aleppo.txt"
        ))
        .unwrap();
        let report = crate::parse(&text).report;
        let bytes = to_wire(&report);
        assert_eq!(from_wire::<crate::Report>(&bytes).unwrap(), report);
        for cut in [0, 1, bytes.len() / 3, bytes.len() - 1] {
            assert!(
                from_wire::<crate::Report>(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
    }
}
