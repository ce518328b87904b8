//! The English vocabulary of the genre: verbs of saying, role nouns, organisation words.
//!
//! These lists describe how policy reports and long-form journalism attribute speech in general.
//! Nothing here names a person, faction or place of any one report; those are learned from the text.

use crate::model::FactionKind;

/// Verbs (and verb phrases) that introduce or close a quotation, in the tenses the genre uses.
/// Longer phrases come first so that "went on" wins over a bare "went".
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "went on", "goes on", "put it", "puts it",
    "added", "adds", "said", "says", "say", "told", "tells", "asked", "asks", "continued", "continues",
    "explained", "explains", "argued", "argues", "insisted", "insists", "noted", "notes", "recalled",
    "recalls", "wrote", "writes", "stated", "states", "acknowledged", "acknowledges", "claimed",
    "claims", "warned", "warns", "replied", "replies", "answered", "answers", "remarked", "complained",
    "complains", "conceded", "concedes", "admitted", "admits", "declared", "declares", "observed",
    "observes", "stressed", "stresses", "emphasized", "emphasised", "recounted", "recounts", "quipped",
    "joked", "alleged", "alleges", "announced", "announces", "agreed", "agrees", "suggested",
    "suggests", "predicted", "predicts", "concluded", "concludes", "maintained", "maintains", "mused",
    "shouted", "whispered", "cautioned", "cautions", "reported", "reports", "described", "describes",
    "testified", "called", "calls", "dismissed", "dismisses", "denounced", "denounces",
];

/// Words that may follow a verb of saying and still belong to the attribution ("told me").
#[rustfmt::skip]
pub const SPEECH_VERB_OBJECTS: &[&str] =
    &["me", "us", "him", "her", "them", "reporters", "journalists", "the author", "this author"];

/// Nouns for what people are. Matched case-insensitively; plural forms are derived.
#[rustfmt::skip]
pub const ROLE_NOUNS: &[&str] = &[
    // Armed and political roles.
    "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "official", "officer",
    "negotiator", "fighter", "member", "chief", "head", "emir", "militant", "rebel", "soldier",
    "general", "colonel", "captain", "lieutenant", "sergeant", "defector", "representative",
    "mediator", "coordinator", "founder", "chairman", "chairwoman", "president", "minister",
    "secretary", "mayor", "governor", "sheikh", "cleric", "imam", "politician", "lawmaker",
    "legislator", "senator", "adviser", "advisor", "aide", "strategist",
    // Diplomacy.
    "diplomat", "ambassador", "envoy", "consul",
    // Media and activism.
    "activist-journalist", "activist", "journalist", "reporter", "correspondent", "photographer",
    "filmmaker", "blogger", "editor", "writer", "author",
    // Civilian walks of life.
    "dentist", "doctor", "physician", "surgeon", "nurse", "pharmacist", "medic", "paramedic",
    "teacher", "student", "lawyer", "judge", "engineer", "resident", "civilian", "farmer",
    "shopkeeper", "merchant", "trader", "businessman", "businesswoman", "worker", "volunteer",
    "refugee", "survivor", "witness", "mother", "father", "rescuer", "aid worker", "guard", "tailor",
    "driver", "vendor", "fisherman", "porter", "cook", "baker", "mechanic",
    // Research.
    "analyst", "researcher", "expert", "scholar", "professor", "economist", "historian", "source",
];

/// Role nouns whose holder belongs to an organisation named before the noun
/// ("Ahrar al-Sham commander X"). Roles like "dentist" are preceded by places instead.
#[rustfmt::skip]
pub const MEMBER_ROLES: &[&str] = &[
    "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "official", "officer",
    "negotiator", "fighter", "member", "chief", "head", "emir", "representative", "founder",
    "chairman", "chairwoman", "president", "minister", "secretary", "general", "colonel", "captain",
    "lieutenant", "sergeant", "defector", "militant", "soldier", "adviser", "advisor", "aide",
];

/// How a role group is named.
#[derive(Clone, Copy, Debug)]
pub enum GroupName {
    /// Always the same name ("Civilians").
    Fixed(&'static str),
    /// The qualifier the text gives, then the plural ("Western diplomats"); capitalized plural without.
    Qualified(&'static str),
}

/// The side a role noun puts an unaffiliated speaker on, as (roles, group name, kind).
#[rustfmt::skip]
pub const ROLE_GROUPS: &[(&[&str], GroupName, FactionKind)] = &[
    (&["diplomat", "ambassador", "envoy", "consul"], GroupName::Qualified("diplomats"), FactionKind::Government),
    (&["official", "officer", "minister", "adviser", "advisor", "aide", "secretary"], GroupName::Qualified("officials"), FactionKind::Government),
    (&["activist-journalist"], GroupName::Fixed("Activist-journalists"), FactionKind::CivilSociety),
    (&["activist"], GroupName::Fixed("Activists"), FactionKind::CivilSociety),
    (&["journalist", "reporter", "correspondent", "photographer", "filmmaker", "blogger", "editor"], GroupName::Fixed("Journalists"), FactionKind::CivilSociety),
    (&["analyst", "researcher", "expert", "scholar", "professor", "economist", "historian"], GroupName::Fixed("Analysts"), FactionKind::Other),
    (&["aid worker", "volunteer", "medic", "paramedic", "rescuer"], GroupName::Fixed("Aid workers"), FactionKind::CivilSociety),
    (&[
        "dentist", "doctor", "physician", "surgeon", "nurse", "pharmacist", "teacher", "student", "lawyer",
        "engineer", "resident", "civilian", "farmer", "shopkeeper", "merchant", "trader", "businessman",
        "businesswoman", "worker", "refugee", "survivor", "witness", "mother", "father", "guard", "tailor",
        "driver", "vendor", "fisherman", "porter", "cook", "baker", "mechanic",
    ], GroupName::Fixed("Civilians"), FactionKind::CivilSociety),
    (&["commander", "fighter", "rebel", "militant", "defector", "soldier", "emir"], GroupName::Fixed("Unaffiliated fighters"), FactionKind::ArmedGroup),
];

/// Words that make a capitalized phrase the name of an organisation.
#[rustfmt::skip]
pub const ORG_WORDS: &[&str] = &[
    "front", "army", "movement", "brigade", "brigades", "battalion", "battalions", "division",
    "corps", "forces", "force", "council", "committee", "court", "party", "union", "ministry",
    "department", "organization", "organisation", "agency", "foundation", "institute", "center",
    "centre", "office", "government", "coalition", "alliance", "league", "group", "network",
    "commission", "authority", "command", "regiment", "legion", "militia", "guard", "guards",
    "association", "society", "bureau", "embassy", "mission", "service", "services",
    // Transliterated words that open faction names in reports on the Arab world.
    "harakat", "jabhat", "jabhah", "jaish", "jeish", "jaysh", "liwa", "kataib", "tajammu", "hayat",
    "hay'at", "faylaq", "ansar",
];

/// Organisation words that make a faction an armed group on their own.
#[rustfmt::skip]
pub const MILITARY_WORDS: &[&str] = &[
    "front", "army", "brigade", "brigades", "battalion", "battalions", "division", "corps", "forces",
    "force", "militia", "regiment", "legion", "guard", "guards", "jabhat", "jabhah", "jaish", "jeish",
    "jaysh", "liwa", "kataib", "faylaq",
];

/// Organisation words that make a faction an institution.
#[rustfmt::skip]
pub const INSTITUTION_WORDS: &[&str] = &[
    "council", "committee", "court", "commission", "authority", "institute", "foundation",
    "association", "society",
];

/// Organisation words that make a faction a government body.
#[rustfmt::skip]
pub const GOVERNMENT_WORDS: &[&str] = &["ministry", "government", "embassy", "department", "office", "bureau"];

/// Words near a faction's name that mark it as an armed group.
#[rustfmt::skip]
pub const ARMED_CONTEXT: &[&str] = &[
    "faction", "factions", "rebel", "rebels", "militant", "militants", "fighters", "brigade",
    "jihadist", "jihadists", "armed", "militia", "insurgent", "insurgents", "commander",
];

/// Determiners that open a role noun phrase ("a Western diplomat", "one official").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &["a", "an", "the", "another", "one", "this", "that", "some"];

/// Pronouns that stand for a person.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Pronouns that stand for an organisation.
pub const ORG_PRONOUNS: &[&str] = &["it"];

/// Particles inside names that are written in lower case ("bin"; "al-" is a prefix instead).
#[rustfmt::skip]
pub const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "bint", "de", "del", "della", "der", "van", "von", "da", "dos", "du", "la", "le",
];

/// Lower-case prefixes of transliterated name parts ("al-Farouq", "el-Sisi").
#[rustfmt::skip]
pub const NAME_PREFIXES: &[&str] = &["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ud-"];

/// Capitalized words that are not names: sentence openers, titles, months, days.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "But", "And", "Or", "So", "Yet", "For", "In", "On", "At", "By", "To", "Of",
    "As", "If", "When", "While", "After", "Before", "Since", "Until", "Although", "Though",
    "Because", "With", "Without", "From", "Into", "Over", "Under", "Then", "Now", "Still", "Even",
    "Only", "Also", "Instead", "Meanwhile", "However", "Nearly", "Among", "According", "Another",
    "One", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "Not", "Nothing",
    "Everyone", "Anyone", "Someone", "Somebody", "Nobody", "This", "That", "These", "Those", "There",
    "Here", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My",
    "Your", "What", "Who", "Why", "How", "Where", "Which", "Whatever", "Whether", "Probably",
    "Ultimately", "Finally", "Other", "Others", "Several", "Few", "Such", "Like", "Neither",
    "Either", "Whoever", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday",
];

/// Words before a place name ("in Aleppo", "west Aleppo"), used to tell places from factions.
#[rustfmt::skip]
pub const LOCATIVES: &[&str] = &[
    "in", "inside", "from", "into", "near", "around", "across", "outside", "throughout", "within",
    "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
];

/// Prepositions that link a role to the organisation it serves ("commander of X").
#[rustfmt::skip]
pub const ROLE_LINKS: &[&str] = &["of", "for", "with", "at", "from", "in"];

/// Interview media named in endnotes.
#[rustfmt::skip]
pub const MEDIA: &[&str] = &[
    "WhatsApp", "Skype", "Signal", "Telegram", "telephone", "phone", "email", "e-mail", "Zoom",
    "Facebook Messenger", "Messenger", "FaceTime", "Viber", "Twitter", "direct message",
    "in person", "video call",
];

/// Month names, full and abbreviated, for dates in notes.
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
];

/// Headings that open an endnotes list.
#[rustfmt::skip]
pub const NOTES_HEADINGS: &[&str] = &[
    "notes", "endnotes", "end notes", "citations", "references", "footnotes", "sources",
];

/// Prefixes of photo and video credit lines.
#[rustfmt::skip]
pub const CREDIT_PREFIXES: &[&str] = &[
    "cover photo", "photo", "photograph", "image", "illustration", "credit", "source", "map",
    "chart", "graphic", "video",
];

/// Whether `word` is in `list`, ignoring case.
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}
