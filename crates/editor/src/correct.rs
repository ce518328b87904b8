//! Corrections: a quote's speaker or kind; speakers (rename, merge, move to another faction);
//! factions (rename, create). Each applies at once (the page reloads the report with it), is
//! kept in the browser, and can be undone. The corrections bar offers Undo, downloading the
//! corrections as an overlay file, importing one, and discarding them.

use crate::session::{Session, use_session};
use explorer_app::download;
use explorer_core::overlay::{Correction, Overlay};
use explorer_core::{QuoteKind, Report};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The value of the "new speaker" choice in the speaker list.
const NEW: &str = "+new";

/// Correcting one quote: who said it, or that it is not speech.
#[component]
pub fn CorrectQuote(
    /// The quote's (first segment's) id.
    id: String,
) -> impl IntoView {
    let session = use_session();
    move || {
        let Some(model) = session.model.get() else {
            return view! { <Status /> }.into_any();
        };
        let Some(quote) = model.quote(&id).cloned() else {
            return view! { <p class="status error">"This quote is not in the report."</p> }
                .into_any();
        };
        let segments: Vec<String> = model
            .quotes
            .iter()
            .filter(|q| q.utterance == quote.utterance)
            .map(|q| q.id.clone())
            .collect();
        let words = model
            .quotes
            .iter()
            .filter(|q| q.utterance == quote.utterance)
            .map(|q| format!("“{}”", q.text.trim().trim_end_matches(',')))
            .collect::<Vec<_>>()
            .join(" … ");
        let kind = RwSignal::new(quote.kind);
        let speaker = RwSignal::new(quote.speaker.clone().unwrap_or_default());
        let new_name = RwSignal::new(String::new());
        let new_faction = RwSignal::new(String::new());
        let current = quote
            .speaker
            .as_deref()
            .and_then(|s| model.speaker(s))
            .map_or("Unknown speaker".to_owned(), |s| s.name.clone());
        let apply = {
            let segments = segments.clone();
            let was_speaker = quote.speaker.clone();
            let was_kind = quote.kind;
            move |_| {
                let quotes = segments.clone();
                let correction = match kind.get_untracked() {
                    QuoteKind::Speech if speaker.get_untracked() == NEW => {
                        let name = new_name.get_untracked().trim().to_owned();
                        if name.is_empty() {
                            session
                                .status
                                .set("Give the new speaker a name.".to_owned());
                            return;
                        }
                        let faction = Some(new_faction.get_untracked()).filter(|f| !f.is_empty());
                        Correction::NewSpeaker {
                            quotes,
                            name,
                            faction,
                        }
                    }
                    QuoteKind::Speech => {
                        let chosen = speaker.get_untracked();
                        if chosen.is_empty() {
                            if was_kind == QuoteKind::Speech {
                                session.status.set("Choose who said it.".to_owned());
                                return;
                            }
                            Correction::Kind {
                                quotes,
                                kind: QuoteKind::Speech,
                            }
                        } else if was_kind == QuoteKind::Speech
                            && was_speaker.as_deref() == Some(chosen.as_str())
                        {
                            session.status.set("Nothing changed.".to_owned());
                            return;
                        } else {
                            Correction::Speaker {
                                quotes,
                                speaker: chosen,
                            }
                        }
                    }
                    other => Correction::Kind {
                        quotes,
                        kind: other,
                    },
                };
                session.correct(correction);
                session.asked.set(None);
            }
        };
        let kinds = [
            (QuoteKind::Speech, "Speech: someone said it"),
            (QuoteKind::Scare, "A scare quote or a name: nobody says it"),
            (QuoteKind::Title, "A title (of a work, a video, a document)"),
        ]
        .map(|(k, label)| {
            let id = format!("kind-{}", k.key());
            view! {
                <li>
                    <input
                        type="radio"
                        name="quote-kind"
                        id=id.clone()
                        prop:checked=move || kind.get() == k
                        on:change=move |_| kind.set(k)
                    />
                    <label for=id>{label}</label>
                </li>
            }
        });
        view! {
            <form class="correct-form" on:submit=|e| e.prevent_default()>
                <blockquote class="words">{words}</blockquote>
                <p>{format!("Now: {current}.")}</p>
                <fieldset>
                    <legend>"What is it?"</legend>
                    <ul class="choices">{kinds.into_iter().collect_view()}</ul>
                </fieldset>
                {move || {
                    (kind.get() == QuoteKind::Speech)
                        .then(|| view! { <SpeakerChoice model=model.clone() speaker new_name new_faction /> })
                }}
                <button type="button" class="button primary" on:click=apply.clone()>
                    "Apply"
                </button>
                <Status />
            </form>
        }
        .into_any()
    }
}

/// Who said it: a speaker of the report, or a new one (with a faction).
#[component]
fn SpeakerChoice(
    model: Arc<Report>,
    speaker: RwSignal<String>,
    new_name: RwSignal<String>,
    new_faction: RwSignal<String>,
) -> impl IntoView {
    let mut speakers: Vec<(String, String)> = model
        .speakers
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    speakers.sort_by(|a, b| a.1.cmp(&b.1));
    let options = speakers
        .into_iter()
        .map(|(id, name)| {
            let selected = {
                let id = id.clone();
                move || speaker.get() == id
            };
            view! { <option value=id selected=selected>{name}</option> }
        })
        .collect_view();
    let for_factions = model.clone();
    view! {
        <label for="quote-speaker">"Who said it"</label>
        <select id="quote-speaker" on:change=move |e| speaker.set(event_target_value(&e))>
            <option value="" selected=move || speaker.get().is_empty()>"Choose a speaker"</option>
            {options}
            <option value=NEW selected=move || speaker.get() == NEW>"A new speaker…"</option>
        </select>
        {move || {
            (speaker.get() == NEW)
                .then(|| {
                    view! {
                        <label for="new-speaker">"The new speaker's name"</label>
                        <input
                            id="new-speaker"
                            type="text"
                            prop:value=move || new_name.get()
                            on:input=move |e| new_name.set(event_target_value(&e))
                        />
                        <label for="new-speaker-faction">"Their faction"</label>
                        <select id="new-speaker-faction" on:change=move |e| new_faction.set(event_target_value(&e))>
                            <option value="">"No faction"</option>
                            {faction_options(&for_factions, new_faction)}
                        </select>
                    }
                })
        }}
    }
}

/// The report's factions as `<option>`s, the one in `chosen` selected.
fn faction_options(model: &Report, chosen: RwSignal<String>) -> Vec<AnyView> {
    model
        .factions
        .iter()
        .map(|f| {
            let id = f.id.clone();
            let selected = {
                let id = id.clone();
                move || chosen.get() == id
            };
            view! { <option value=id selected=selected>{f.name.clone()}</option> }.into_any()
        })
        .collect()
}

/// What a speakers or factions correction does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SideAction {
    Rename,
    Move,
    Merge,
}

/// Correcting the speakers (rename, move to another faction, merge) or the factions (rename,
/// create).
#[component]
pub fn CorrectSides(
    /// Speakers (else factions).
    speakers: bool,
) -> impl IntoView {
    let session = use_session();
    move || {
        let Some(model) = session.model.get() else {
            return view! { <Status /> }.into_any();
        };
        if speakers {
            view! { <CorrectSpeakers model /> }.into_any()
        } else {
            view! { <CorrectFactions model /> }.into_any()
        }
    }
}

#[component]
fn CorrectSpeakers(model: Arc<Report>) -> impl IntoView {
    let session = use_session();
    let chosen = RwSignal::new(
        model
            .speakers
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default(),
    );
    let action = RwSignal::new(SideAction::Rename);
    let name = RwSignal::new(String::new());
    let faction = RwSignal::new(String::new());
    let other = RwSignal::new(String::new());
    let mut sorted: Vec<(String, String, String)> = model
        .speakers
        .iter()
        .map(|s| {
            let side = s
                .faction
                .as_deref()
                .and_then(|f| model.faction(f))
                .map_or("no faction".to_owned(), |f| f.name.clone());
            (s.id.clone(), s.name.clone(), side)
        })
        .collect();
    sorted.sort_by(|a, b| a.1.cmp(&b.1));
    let sorted = Arc::new(sorted);
    let options = |sorted: &[(String, String, String)], target: RwSignal<String>| {
        sorted
            .iter()
            .map(|(id, n, side)| {
                let id = id.clone();
                let selected = {
                    let id = id.clone();
                    move || target.get() == id
                };
                view! { <option value=id selected=selected>{format!("{n} ({side})")}</option> }
            })
            .collect_view()
    };
    let speaker_options = options(&sorted, chosen);
    let for_merge = sorted.clone();
    let for_factions = model.clone();
    let apply = move |_| {
        let speaker = chosen.get_untracked();
        let correction = match action.get_untracked() {
            SideAction::Rename => {
                let name = name.get_untracked().trim().to_owned();
                if name.is_empty() {
                    session.status.set("Give the new name.".to_owned());
                    return;
                }
                Correction::RenameSpeaker { speaker, name }
            }
            SideAction::Move => {
                let faction = faction.get_untracked();
                if faction.is_empty() {
                    session.status.set("Choose the faction.".to_owned());
                    return;
                }
                Correction::MoveSpeaker { speaker, faction }
            }
            SideAction::Merge => {
                let into = other.get_untracked();
                if into.is_empty() || into == speaker {
                    session
                        .status
                        .set("Choose another speaker to merge with.".to_owned());
                    return;
                }
                Correction::MergeSpeaker { speaker, into }
            }
        };
        session.correct(correction);
        name.set(String::new());
    };
    let actions = [
        (SideAction::Rename, "Rename"),
        (SideAction::Move, "Move to another faction"),
        (
            SideAction::Merge,
            "Merge into another speaker (they are the same)",
        ),
    ]
    .map(|(a, label)| {
        let id = format!("speaker-action-{a:?}").to_lowercase();
        view! {
            <li>
                <input
                    type="radio"
                    name="speaker-action"
                    id=id.clone()
                    prop:checked=move || action.get() == a
                    on:change=move |_| action.set(a)
                />
                <label for=id>{label}</label>
            </li>
        }
    });
    view! {
        <form class="correct-form" on:submit=|e| e.prevent_default()>
            <label for="speaker">"Speaker"</label>
            <select id="speaker" on:change=move |e| chosen.set(event_target_value(&e))>
                {speaker_options}
            </select>
            <fieldset>
                <legend>"Correction"</legend>
                <ul class="choices">{actions.into_iter().collect_view()}</ul>
            </fieldset>
            {move || match action.get() {
                SideAction::Rename => view! {
                    <label for="speaker-name">"New name"</label>
                    <input id="speaker-name" type="text" prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e)) />
                }
                .into_any(),
                SideAction::Move => view! {
                    <label for="speaker-faction">"Faction"</label>
                    <select id="speaker-faction" on:change=move |e| faction.set(event_target_value(&e))>
                        <option value="">"Choose a faction"</option>
                        {faction_options(&for_factions, faction)}
                    </select>
                }
                .into_any(),
                SideAction::Merge => view! {
                    <label for="speaker-into">"Merge into"</label>
                    <select id="speaker-into" on:change=move |e| other.set(event_target_value(&e))>
                        <option value="">"Choose a speaker"</option>
                                                {options(&for_merge, other)}
                    </select>
                }
                .into_any(),
            }}
            <button type="button" class="button primary" on:click=apply>
                "Apply"
            </button>
            <Status />
        </form>
    }
}

#[component]
fn CorrectFactions(model: Arc<Report>) -> impl IntoView {
    let session = use_session();
    let chosen = RwSignal::new(
        model
            .factions
            .first()
            .map(|f| f.id.clone())
            .unwrap_or_default(),
    );
    let name = RwSignal::new(String::new());
    let created = RwSignal::new(String::new());
    let factions = faction_options(&model, chosen);
    let rename = move |_| {
        let new = name.get_untracked().trim().to_owned();
        if new.is_empty() {
            session.status.set("Give the new name.".to_owned());
            return;
        }
        session.correct(Correction::RenameFaction {
            faction: chosen.get_untracked(),
            name: new,
        });
        name.set(String::new());
    };
    let create = move |_| {
        let new = created.get_untracked().trim().to_owned();
        if new.is_empty() {
            session.status.set("Give the faction a name.".to_owned());
            return;
        }
        session.correct(Correction::CreateFaction { name: new });
        created.set(String::new());
    };
    view! {
        <form class="correct-form" on:submit=|e| e.prevent_default()>
            <fieldset>
                <legend>"Rename a faction"</legend>
                <label for="faction">"Faction"</label>
                <select id="faction" on:change=move |e| chosen.set(event_target_value(&e))>
                    {factions}
                </select>
                <label for="faction-name">"New name"</label>
                <input id="faction-name" type="text" prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e)) />
                <button type="button" class="button" on:click=rename>
                    "Rename"
                </button>
            </fieldset>
            <fieldset>
                <legend>"Create a faction"</legend>
                <label for="new-faction">"Name"</label>
                <input id="new-faction" type="text" prop:value=move || created.get() on:input=move |e| created.set(event_target_value(&e)) />
                <button type="button" class="button" on:click=create>
                    "Create"
                </button>
            </fieldset>
            <p class="hint">"To move speakers to a faction, correct the speakers."</p>
            <Status />
        </form>
    }
}

/// The session's message for the reader.
#[component]
fn Status() -> impl IntoView {
    let session = use_session();
    view! {
        <p class="copy-status editor-status" role="status">
            {move || session.status.get()}
        </p>
    }
}

/// The corrections of the report shown: how many, Undo, download, import, discard.
#[component]
pub fn CorrectionsBar() -> impl IntoView {
    let session = use_session();
    let shown = move || {
        session.asked.get().is_none()
            && (session.corrections.with(|c| !c.is_empty())
                || session.history.with(|h| !h.is_empty()))
    };
    let count = move || match session.corrections.with(Overlay::len) {
        1 => "1 correction kept in this browser".to_owned(),
        n => format!("{n} corrections kept in this browser"),
    };
    let download = move |_| download_corrections(session);
    let import = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else { return };
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            match text.map(|t| serde_json::from_str::<Overlay>(&t)) {
                Some(Ok(overlay)) => session.set_all(overlay, "Corrections imported."),
                Some(Err(e)) => session
                    .status
                    .set(format!("That file is not an overlay of corrections: {e}.")),
                None => session.status.set("The file could not be read.".to_owned()),
            }
        });
    };
    view! {
        <Show when=shown>
            <div class="corrections-bar" role="region" aria-label="Your corrections">
                <span>{count}</span>
                <button
                    type="button"
                    class="button"
                    disabled=move || session.history.with(Vec::is_empty)
                    aria-keyshortcuts="Control+Z"
                    on:click=move |_| session.undo()
                >
                    "Undo"
                </button>
                <button type="button" class="button" on:click=download>
                    "Download corrections"
                </button>
                <label for="import-corrections" class="file-label">
                    "Import corrections"
                </label>
                <input id="import-corrections" type="file" accept=".json,application/json" on:change=import />
                <button
                    type="button"
                    class="button"
                    on:click=move |_| session.set_all(Overlay::default(), "Corrections discarded.")
                >
                    "Discard all"
                </button>
                <Status />
            </div>
        </Show>
    }
}

/// Saves the corrections as an overlay file: for a hosted report, the site's overlay followed
/// by the reader's corrections, so that the file is exactly what goes beside the report.
fn download_corrections(session: Session) {
    leptos::task::spawn_local(async move {
        let report = session.report.get_untracked();
        let corrections = session.corrections.get_untracked();
        let hash = session
            .model
            .with_untracked(|m| m.as_ref().map(|m| m.content_hash.clone()));
        let (name, overlay) = match report.strip_prefix("local:") {
            Some(_) => {
                let title = session
                    .model
                    .with_untracked(|m| m.as_ref().map(|m| m.title.clone()));
                let name = explorer_core::text::slug(&title.unwrap_or_default());
                (
                    if name.is_empty() {
                        "report".to_owned()
                    } else {
                        name
                    },
                    corrections,
                )
            }
            None => {
                let path = explorer_core::hosted::Manifest::overlay_path(&report);
                let site: Overlay = match explorer_app::load::fetch_text(&path).await {
                    Ok(Some(json)) => serde_json::from_str(&json).unwrap_or_default(),
                    _ => Overlay::default(),
                };
                (report.clone(), site.followed_by(&corrections))
            }
        };
        let overlay = Overlay {
            content_hash: hash,
            ..overlay
        };
        match serde_json::to_string_pretty(&overlay) {
            Ok(json) => download::save(&format!("{name}.overlay.json"), "application/json", &json),
            Err(e) => session
                .status
                .set(format!("The corrections could not be written: {e}.")),
        }
    });
}
