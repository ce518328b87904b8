//! The page's side of the worker (`explorer-worker`): started on first need, it parses readers'
//! reports, keeps them, opens kept reports and hosted reports with a reader's corrections. Each
//! request is a [`Job`] in the binary form of `explorer_core::wire`; answers come back the same
//! way: progress, then the result. Cancelling ends the worker (a new one starts on next need).

use explorer_core::jobs::{Answer, Job, READY, Request, Update};
use explorer_core::wire::{from_wire, to_wire};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The worker's script, beside the page (Trunk's loader for the worker's wasm).
const SCRIPT: &str = "explorer-worker_loader.js";

/// Called with each progress report of a job: the stage, and the percent done.
pub type OnProgress = Rc<dyn Fn(&str, u8)>;

/// A job waiting for its result.
struct Waiting {
    resolve: js_sys::Function,
    reject: js_sys::Function,
    on_progress: Option<OnProgress>,
}

thread_local! {
    static WORKER: RefCell<Option<(web_sys::Worker, js_sys::Promise)>> = const { RefCell::new(None) };
    static ON_READY: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static WAITING: RefCell<BTreeMap<u32, Waiting>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// The worker, and a promise of its being ready.
fn worker() -> Result<(web_sys::Worker, js_sys::Promise), String> {
    WORKER.with(|slot| {
        if let Some(started) = slot.borrow().as_ref() {
            return Ok(started.clone());
        }
        let ready = js_sys::Promise::new(&mut |resolve, _| {
            ON_READY.with(|r| *r.borrow_mut() = Some(resolve));
        });
        let worker = web_sys::Worker::new(SCRIPT)
            .map_err(|_| "The explorer’s worker could not start.".to_owned())?;
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
                let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
                let Ok(answer) = from_wire::<Answer>(&bytes) else {
                    return;
                };
                if answer.job == READY {
                    if let Some(resolve) = ON_READY.with(|r| r.borrow_mut().take()) {
                        let _ = resolve.call0(&JsValue::NULL);
                    }
                    return;
                }
                if let Update::Progress { stage, percent } = &answer.update {
                    let report = WAITING.with(|w| {
                        w.borrow()
                            .get(&answer.job)
                            .and_then(|w| w.on_progress.clone())
                    });
                    if let Some(report) = report {
                        report(stage, *percent);
                    }
                    return;
                }
                if let Some(waiting) = WAITING.with(|w| w.borrow_mut().remove(&answer.job)) {
                    let bytes = js_sys::Uint8Array::from(bytes.as_slice());
                    let _ = waiting.resolve.call1(&JsValue::NULL, &bytes);
                }
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        *slot.borrow_mut() = Some((worker.clone(), ready.clone()));
        Ok((worker, ready))
    })
}

/// Sends a job and waits for its result.
pub async fn ask(work: Job) -> Result<Update, String> {
    ask_with_progress(work, None).await
}

/// Sends a job and waits for its result, reporting its progress on the way.
pub async fn ask_with_progress(
    work: Job,
    on_progress: Option<OnProgress>,
) -> Result<Update, String> {
    let (worker, ready) = worker()?;
    JsFuture::from(ready)
        .await
        .map_err(|_| "The explorer’s worker did not start.".to_owned())?;
    let job = NEXT.with(|n| {
        let job = n.get();
        n.set(job + 1);
        job
    });
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        WAITING.with(|w| {
            w.borrow_mut().insert(
                job,
                Waiting {
                    resolve,
                    reject,
                    on_progress: on_progress.clone(),
                },
            )
        });
    });
    let bytes = js_sys::Uint8Array::from(to_wire(&Request { job, work }).as_slice());
    worker
        .post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()))
        .map_err(|_| "The explorer’s worker did not take the job.".to_owned())?;
    let bytes = JsFuture::from(answer)
        .await
        .map(|v| js_sys::Uint8Array::new(&v).to_vec())
        .map_err(|reason| {
            reason
                .as_string()
                .unwrap_or_else(|| "The explorer’s worker did not answer.".to_owned())
        })?;
    from_wire::<Answer>(&bytes)
        .map(|a| a.update)
        .map_err(|e| format!("The explorer’s worker answered something unreadable ({e})."))
}

/// Ends the worker and every job it was doing; each waiting job fails with `reason`.
pub fn cancel(reason: &str) {
    if let Some((worker, _)) = WORKER.with(|slot| slot.borrow_mut().take()) {
        worker.terminate();
    }
    let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for (_, job) in waiting {
        let _ = job.reject.call1(&JsValue::NULL, &JsValue::from_str(reason));
    }
}
