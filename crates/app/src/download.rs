//! Saving a file the page made: a Blob behind a temporary object URL and a clicked link.

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a download named `name`.
pub fn save(name: &str, mime: &str, content: &str) {
    if let Err(e) = try_save(name, mime, content) {
        leptos::logging::warn!("the download could not be made: {e:?}");
    }
}

fn try_save(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
