//! Reading messages from other windows field by field, with errors that name the field at
//! fault (the message API's one reader; files are read with serde, see `load.rs`).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A field's value (`undefined` when absent).
pub fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Whether a value is a plain object (not null, not an array).
pub fn is_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value)
}

/// Refuses fields outside `allowed`.
pub fn only_keys(object: &JsValue, allowed: &[&str]) -> Result<(), String> {
    let Some(object) = object.dyn_ref::<Object>() else {
        return Err("expected an object".to_owned());
    };
    for key in Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(format!("unknown field “{key}”"));
        }
    }
    Ok(())
}

/// An optional text field.
pub fn string(object: &JsValue, key: &str) -> Result<Option<String>, String> {
    let value = get(object, key);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| format!("“{key}” must be text"))
}

/// An optional list of texts: an array of strings, or one comma-separated string.
pub fn strings(object: &JsValue, key: &str) -> Result<Option<Vec<String>>, String> {
    let value = get(object, key);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(joined) = value.as_string() {
        return Ok(Some(
            joined
                .split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect(),
        ));
    }
    let Some(array) = value.dyn_ref::<Array>() else {
        return Err(format!("“{key}” must be a list of texts"));
    };
    array
        .iter()
        .map(|item| {
            item.as_string()
                .ok_or_else(|| format!("“{key}” must hold only texts"))
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}
