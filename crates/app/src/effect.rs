//! The app's effects, through one function.

use leptos::prelude::*;

/// Runs `f` once, then again whenever a signal it read changes, as `Effect::new` does. Every
/// effect of the app goes through here: leptos's effect code is generic over the closure, and
/// one boxed closure type keeps one copy of it in the wasm instead of one per effect.
pub fn effect(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    Effect::new(move |_| f());
}
