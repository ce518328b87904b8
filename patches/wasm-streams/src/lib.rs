//! Stands in for the `wasm-streams` crate, which leptos's `server_fn` uses only to stream the
//! bodies of server functions. The explorer has no server functions, and the real crate exports
//! its JavaScript stream classes (`IntoUnderlyingSink`, `IntoUnderlyingSource`, …) from every
//! wasm that links leptos, whether used or not. This crate has the few items `server_fn` names
//! and exports nothing; a stream it makes is empty.

use std::pin::Pin;
use std::task::{Context, Poll};
use wasm_bindgen::{JsCast, JsValue};

/// A readable stream (what `server_fn` streams a request or response body through).
pub struct ReadableStream(web_sys::ReadableStream);

impl ReadableStream {
    /// Wraps a stream of the browser.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream(raw)
    }

    /// A stream made from a Rust stream: never called here (no server functions), so an empty
    /// stream of the browser's.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: futures_core::Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        ReadableStream(JsValue::UNDEFINED.unchecked_into())
    }

    /// The stream of the browser's.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }

    /// The stream read from Rust: never called here (no server functions), so it ends at once.
    pub fn into_stream(self) -> IntoStream {
        IntoStream
    }
}

/// A stream read from Rust: ends at once.
pub struct IntoStream;

impl futures_core::Stream for IntoStream {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(None)
    }
}
