//! Focus and modality helpers: move focus to an element, keep Tab inside a dialog, lock the page
//! behind an open drawer.

use wasm_bindgen::JsCast;

/// Focuses the element with this id (without scrolling the page), if it exists.
pub fn element(id: &str) {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = found {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(false);
        let _ = element.focus_with_options(&options);
    }
}

/// Keeps Tab and Shift+Tab inside `container`: from its last focusable element to its first,
/// and back.
pub fn trap(container: &web_sys::Element, event: &web_sys::KeyboardEvent) {
    let Ok(found) = container.query_selector_all(
        "a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex=\"0\"], summary",
    ) else {
        return;
    };
    let visible: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = |e: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a.is_same_node(Some(e.unchecked_ref())))
    };
    let inside = active
        .as_ref()
        .is_some_and(|a| container.contains(Some(a.unchecked_ref())));
    if event.shift_key() && (at(first) || !inside) {
        event.prevent_default();
        let _ = last.focus();
    } else if !event.shift_key() && (at(last) || !inside) {
        event.prevent_default();
        let _ = first.focus();
    }
}

/// Locks (or unlocks) the page's scrolling behind a modal drawer.
pub fn lock_page(locked: bool) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = if locked {
            root.class_list().add_1("drawer-open")
        } else {
            root.class_list().remove_1("drawer-open")
        };
    }
}
