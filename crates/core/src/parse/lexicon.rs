//! The English vocabulary of the genre: verbs of saying, role nouns, organisation and document
//! words, and the closed classes of general English.
//!
//! These lists describe how reports, investigations and long-form journalism attribute speech in
//! general. Nothing here names a person, organisation or place of any one report: those are
//! learned from the text. Whether a capitalized word is a name is decided by the document's own
//! evidence (see `names`), not by lists of words.

use crate::model::FactionKind;
use crate::text::WordsQuick;

/// Verbs that report speech or writing, as "lemma past" or "lemma past participle" (the other
/// forms are derived: "-s", "-ing"). Phrasal verbs keep their particle ("point out").
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "say said", "tell told", "add added", "ask asked", "answer answered", "argue argued",
    "accept accepted", "call for called for", "require required", "stipulate stipulated",
    "assert asserted", "acknowledge acknowledged", "admit admitted", "affirm affirmed",
    "agree agreed", "allege alleged", "announce announced", "assure assured", "attest attested",
    "boast boasted", "brag bragged", "caution cautioned", "chant chanted", "cite cited",
    "claim claimed", "clarify clarified", "comment commented", "complain complained",
    "concede conceded", "conclude concluded", "confess confessed", "confirm confirmed",
    "continue continued", "contend contended", "convey conveyed", "counter countered",
    "credit credited", "cry cried", "declare declared", "demand demanded", "deny denied",
    "dismiss dismissed", "reject rejected", "welcome welcomed", "slam slammed",
    "blast blasted", "lambast lambasted", "lambaste lambasted", "underline underlined",
    "underscore underscored", "dispute disputed", "elaborate elaborated", "email emailed",
    "e-mail e-mailed", "emphasize emphasized", "emphasise emphasised", "estimate estimated",
    "exclaim exclaimed", "explain explained", "find found", "highlight highlighted",
    "indicate indicated", "inform informed", "insist insisted", "instruct instructed",
    "joke joked", "lament lamented", "maintain maintained", "mention mentioned",
    "message messaged", "muse mused", "note noted", "notify notified", "object objected",
    "observe observed", "opine opined", "plead pleaded", "pledge pledged", "point out pointed out",
    "post posted", "predict predicted", "proclaim proclaimed", "promise promised",
    "propose proposed", "protest protested", "put it put it", "quip quipped", "read read",
    "read out read out",
    "recall recalled", "recommend recommended", "recount recounted", "reference referenced",
    "reiterate reiterated", "relay relayed", "remark remarked",
    "remember remembered", "repeat repeated", "reply replied", "report reported",
    "follow up followed up", "write back wrote back",
    "respond responded", "retort retorted", "reveal revealed", "scream screamed",
    "shout shouted", "sing sang sung", "snap snapped", "stammer stammered", "state stated",
    "stress stressed", "suggest suggested", "summarize summarized", "swear swore sworn",
    "testify testified", "text texted", "think thought", "threaten threatened",
    "tweet tweeted", "urge urged", "address addressed", "commit committed", "list listed", "vow vowed", "warn warned", "whisper whispered",
    "wonder wondered", "write wrote written", "yell yelled", "go on went on gone on",
    "fume fumed", "thank thanked", "update updated", "recognize recognized",
    "recognise recognised", "advise advised", "assess assessed", "direct directed",
    "order ordered", "request requested", "rule ruled", "hold held", "express expressed",
    "voice voiced", "speak of spoke of spoken of", "accuse accused", "condemn condemned",
    "criticize criticized", "criticise criticised", "blame blamed", "record recorded",
    "laugh laughed", "sigh sighed", "provide provided", "judge judged", "submit submitted", "resolve resolved",
    "permit permitted", "authorize authorized", "authorise authorised", "prohibit prohibited",
    "oblige obliged", "mandate mandated", "empower empowered", "forbid forbade forbidden",
    "allow allowed", "appeal appealed", "begin began begun", "telegraph telegraphed",
    "cable cabled", "radio radioed", "fax faxed", "shoot back shot back", "fire back fired back",
    // A witness's account ("PC Dane gave evidence that …").
    "give evidence gave evidence given evidence",
    // Asserting with an adjective ("was emphatic that", "were adamant that").
    "be emphatic was emphatic", "be emphatic were emphatic", "be adamant was adamant",
    "be adamant were adamant", "be insistent was insistent", "be insistent were insistent",
];

/// Verbs by which a text lays down rules ("Article 14 permits the detention of any person
/// whose conduct “…”"): verbs of saying only when a document or a law is their subject.
#[rustfmt::skip]
pub const PRESCRIBING_VERBS: &[&str] = &[
    "permit", "authorize", "authorise", "prohibit", "oblige", "mandate", "empower", "forbid",
    "allow", "commit", "list",
];

/// "-ing" forms of verbs of saying that are mostly nouns ("the Supreme Court ruling that …",
/// "the committee's finding"): not read as verbs.
#[rustfmt::skip]
pub const NOMINAL_INGS: &[&str] = &["ruling", "finding"];

/// Verbs of saying that are as often about something else ("continued to fight", "found the
/// bodies", "thought about it"): they count only when what follows is what was said.
#[rustfmt::skip]
pub const NEEDS_COMPLEMENT: &[&str] = &[
    "continue", "go on", "add", "find", "read", "think", "remember", "post", "update",
    "maintain", "repeat", "reveal", "express", "thank", "credit", "indicate",
    "recognize", "recognise", "advise", "assess", "direct", "order", "request", "voice",
    "accuse", "condemn", "criticize", "criticise", "blame", "record", "require", "stipulate",
    "permit", "authorize", "authorise", "prohibit", "oblige", "mandate", "empower", "forbid",
    "allow", "appeal", "begin",
];

/// Verbs of saying only when "that" follows at once: what a court or a body decides ("the
/// court ruled that", "held that"; not "ruled the country", "held a sip-in").
#[rustfmt::skip]
pub const NEEDS_THAT: &[&str] = &[
    "rule", "hold", "accept", "provide", "judge", "submit", "underline", "underscore",
    "resolve", "give evidence",
];

/// Verbs of saying only with "as" or "that" after them ("rejected the findings as “politically
/// motivated”", "rejects the suggestion that"; not "rejects the charge of ‘land-banking’", a
/// label; "welcomed the decision as “a victory”", not "welcomed the delegates").
pub const NEEDS_AS: &[&str] = &["reject", "welcome", "slam", "blast", "lambast", "lambaste"];

/// Verbs that give a name or a description ("X calls it a “labor of love”"): speech when someone
/// does the naming, a scare quote when nobody does ("the so-called", "is called").
#[rustfmt::skip]
pub const NAMING_VERBS: &[&str] = &[
    "call called", "term termed", "dub dubbed", "label labeled", "label labelled",
    "brand branded", "describe described", "characterize characterized",
    "characterise characterised", "define defined", "nickname nicknamed", "refer referred",
    "classify classified", "portray portrayed", "depict depicted", "hail hailed",
    "denounce denounced", "deride derided", "pronounce pronounced", "deem deemed",
    "praise praised", "tout touted", "decry decried", "broadcast broadcast", "relay relayed",
];

/// Naming verbs whose "as" gives a judgement, not a name ("Several NGOs described the prison
/// as “inhumane”"): what a group says of a thing this way are its words.
pub const JUDGING_VERBS: &[&str] = &[
    "describe",
    "characterize",
    "characterise",
    "portray",
    "depict",
];

/// The nouns a newspaper's name ends on ("Sardovian Courier", "Halverd Times"): its short
/// form keeps them ("the Courier"), never the words before ("Sardovian" is no newspaper).
pub const MASTHEAD_NOUNS: &[&str] = &[
    "times",
    "journal",
    "news",
    "magazine",
    "herald",
    "tribune",
    "gazette",
    "courier",
    "chronicle",
    "telegraph",
    "mercury",
    "beacon",
];

/// Trades that are roles only in lower case: "a carer", but "the Carer Support Agency" is a
/// body's name, as "the Daily Courier" is a newspaper's (see [`MASTHEAD_NOUNS`]).
pub const TRADES_IN_LOWER_CASE: &[&str] = &["carer"];

/// Titles of whoever chairs a body ("Chair Ruth Holloway").
pub const CHAIR_TITLES: &[&str] = &["chair", "chairman", "chairwoman", "chairperson", "co-chair"];

/// Bodies a chair chairs when the text names no other.
pub const CHAIRED_BODY_KINDS: &[&str] = &["committee", "board", "commission", "panel", "council"];

/// Verbs after which the next noun phrase is the listener, not the speaker ("told the author").
#[rustfmt::skip]
pub const LISTENER_VERBS: &[&str] = &[
    "tell", "inform", "assure", "ask", "warn", "notify", "email", "e-mail", "text", "message",
    "instruct", "urge", "address", "update", "thank", "remind", "telegraph", "cable", "radio", "fax",
];

/// Words that may follow a verb of saying and still belong to the attribution ("told me").
#[rustfmt::skip]
pub const SPEECH_VERB_OBJECTS: &[&str] =
    &["me", "us", "him", "her", "them", "reporters", "journalists", "the author", "this author"];

/// Nouns that carry someone's words when a possessive names whose they are ("his view", "In
/// her words", "Their constitution started").
#[rustfmt::skip]
pub const SPEECH_NOUNS: &[&str] = &[
    "view", "views", "theory", "words", "argument", "claim", "statement", "response", "reply",
    "answer", "message", "explanation", "conclusion", "position", "opinion", "assessment",
    "testimony", "recollection", "account", "mission", "remark", "comment", "question", "plea",
    "warning", "promise", "demand", "request", "advice", "suggestion", "proposal", "verdict",
    "description", "complaint", "thesis", "point", "motto", "determination", "finding",
    "observation", "assertion", "contention", "admission", "recommendation", "shout",
    "shouts", "cry", "cries", "chant", "chants", "plea", "pleas", "words", "assurance",
    "assurances", "insistence", "pledge", "pledges", "promises", "statements", "remarks",
    "comments", "warnings", "demands", "claims", "phrase",
];

/// Titles that make their holder a member of a body, with the body's head word ("Senator Lee"
/// sits in the Senate).
pub const TITLE_BODIES: &[(&str, &str)] = &[
    ("senator", "senate"),
    ("congressman", "congress"),
    ("congresswoman", "congress"),
    ("representative", "congress"),
    ("assemblyman", "assembly"),
    ("assemblywoman", "assembly"),
    ("councilman", "council"),
    ("councilwoman", "council"),
    ("councillor", "council"),
    ("councilor", "council"),
    ("parliamentarian", "parliament"),
];

/// Titles of a head of state or government, who works in the seat of the executive
/// ("President Trump" in the White House).
pub const EXECUTIVE_TITLES: &[&str] = &["president", "premier", "prime minister"];

/// The seats of an executive, as folded name tokens joined by spaces.
pub const EXECUTIVE_SEATS: &[&str] = &[
    "white house",
    "presidency",
    "kremlin",
    "presidential administration",
    "office of the president",
    "prime minister’s office",
    "office of the prime minister",
];

/// Verbs by which someone makes a document theirs ("Chesebro penned a second memo").
#[rustfmt::skip]
pub const AUTHORING_VERBS: &[&str] = &[
    "wrote", "penned", "drafted", "sent", "signed", "issued", "published", "authored",
    "prepared", "released", "posted", "circulated", "filed", "forwarded", "emailed", "ran", "printed",
    "distributed", "produced", "unsealed", "lodged", "submitted", "tabled",
];

/// Nouns for documents, which speak for themselves or for whoever wrote or signed them.
#[rustfmt::skip]
pub const DOCUMENT_NOUNS: &[&str] = &[
    "memo", "memorandum", "letter", "email", "e-mail", "message", "text", "report", "statement",
    "newsletter", "constitution", "order", "bill", "leaflet", "flyer", "flier", "certificate",
    "document", "paperwork", "article", "post", "column", "book", "study", "paper", "manual",
    "website", "site", "tweet", "note", "petition", "resolution", "declaration", "complaint",
    "filing", "ruling", "decision", "transcript", "proclamation", "release", "announcement",
    "invitation", "agreement", "contract", "charter", "editorial", "op-ed", "story", "sign",
    "banner", "placard", "poster", "graffiti", "guidelines", "policy", "manifesto", "pamphlet",
    "brochure", "notice", "bulletin", "communique", "communiqué", "cable", "dispatch", "blog",
    "strategy", "channel",
    "essay", "draft", "opinion", "account", "testimony", "minutes", "motion", "submission",
    "response", "guidance", "law", "statute", "regulation", "regulations", "treaty",
    "directive", "decree", "circular", "ordinance", "handbook", "protocol", "assessment", "code",
    "diary", "entry", "caption",
    "provision", "clause", "log", "investigation", "evaluation", "appeal", "review", "audit",
    "clarification", "correction", "retraction", "indictment", "affidavit", "judgment",
    "judgement", "verdict", "warrant", "subpoena",
];

/// Nouns for works whose titles are quoted ("a blog post called “…”", "the song “…”").
#[rustfmt::skip]
pub const WORK_NOUNS: &[&str] = &[
    "post", "essay", "article", "book", "song", "film", "movie", "documentary", "play", "poem",
    "report", "paper", "column", "op-ed", "letter", "story", "album", "show", "series", "speech",
    "talk", "lecture", "hymn", "anthem", "novel", "chapter", "headline", "title", "episode",
    "program", "programme", "podcast", "video", "memoir", "piece", "newsletter", "blog",
    "study", "assessment", "briefing", "review", "survey", "drama", "musical", "opera",
    "sitcom", "single", "exhibition", "painting", "mural",
];

/// Conjunctions that open a clause of its own after a comma ("…, while many residents …").
pub const CLAUSE_CONJUNCTIONS: &[&str] = &["while", "whereas", "but", "although", "though", "yet"];

/// Verbs that say who made a work named before them ("“Long Weekend”, written by Delroy
/// Ebong").
#[rustfmt::skip]
pub const WORK_MAKING_VERBS: &[&str] = &[
    "written", "directed", "produced", "composed", "performed", "sung", "recorded", "painted",
    "illustrated", "edited", "narrated", "presented", "published", "co-written", "scripted",
];

/// Verbs that introduce a title ("a post called", "a story entitled").
#[rustfmt::skip]
pub const TITLE_VERBS: &[&str] = &["called", "entitled", "titled", "named"];

/// Verbs whose quoted object is a song or a chant's title rather than speech ("began singing").
#[rustfmt::skip]
pub const SINGING_VERBS: &[&str] = &["singing", "sang", "sing", "sings", "hummed", "humming", "played", "playing"];

/// Words right before a quote that make it a term, not speech ("the term “…”", "so-called").
#[rustfmt::skip]
pub const TERM_MARKERS: &[&str] = &[
    "term", "terms", "word", "words", "phrase", "expression", "label", "name", "slogan",
    "concept", "notion", "so-called", "known as", "referred to as", "dubbed", "nicknamed",
    "coined", "such as", "a.k.a.", "aka", "called", "termed", "labeled", "labelled", "branded",
];

/// Words that make the subject of a verb of saying generic, so that what it says is nobody's
/// ("many witnesses remembered", "some people have called").
#[rustfmt::skip]
pub const GENERIC_WORDS: &[&str] = &[
    "many", "some", "most", "several", "both", "all", "few", "numerous", "various", "others",
    "people", "everyone", "everybody", "anyone", "anybody", "nobody", "critics", "observers",
    "supporters", "opponents", "commentators", "experts", "proponents", "skeptics", "sceptics",
    "those", "these",
];

/// The role of a student of a field named by a word in "-ologist" ("hydrologist").
pub const SCHOLAR_ROLE: &str = "scholar";

/// Nouns for what people are. Matched case-insensitively; plural forms are derived. Two-word
/// roles are written with a space ("aid worker").
#[rustfmt::skip]
pub const ROLE_NOUNS: &[&str] = &[
    // Armed groups.
    "commander", "fighter", "militant", "rebel", "soldier", "emir", "defector", "militiaman",
    "insurgent", "guerrilla", "general", "colonel", "captain", "lieutenant", "sergeant", "major",
    // Government, politics and law.
    "official", "officer", "spokesman", "spokeswoman", "spokesperson", "negotiator", "minister",
    "secretary", "mayor", "governor", "senator", "congressman", "congresswoman", "lawmaker",
    "legislator", "politician", "parliamentarian", "president", "vice president", "premier",
    "chancellor", "prime minister", "king", "queen", "prince", "diplomat", "ambassador", "envoy",
    "consul", "adviser", "advisor", "aide", "strategist", "staffer", "bureaucrat", "prosecutor",
    "judge", "justice", "magistrate", "attorney", "lawyer", "counsel", "solicitor", "detective",
    "inspector", "constable", "policeman", "policewoman", "cop", "trooper", "agent", "elector", "nominee",
    "harbourmaster", "harbormaster",
    "candidate", "delegate", "representative", "mediator", "coordinator", "administrator",
    "rapporteur", "caseworker", "case officer", "dispatcher", "call-taker",
    "labour inspector", "labor inspector", "tax inspector", "health inspector", "safety inspector",
    "building inspector", "factory inspector", "school inspector", "food inspector",
    "attorney general", "solicitor general", "surgeon general", "inspector general",
    "district attorney", "medical examiner", "public defender", "examiner",
    "secretary general", "director general", "consul general", "chief of staff", "secretary of state",
    "high commissioner",
    "prosecutor general", "auditor general", "comptroller general", "procurator general",
    "advocate general",
    "auditor", "regulator", "commissioner", "clerk", "investigator", "monitor", "observer",
    "councilman", "councilwoman", "councillor", "councilor", "assemblyman", "assemblywoman",
    // Organisations.
    "leader", "chief", "head", "member", "founder", "cofounder", "co-founder", "creator",
    "co-creator", "successor", "predecessor", "chairman", "moderator",
    "chairwoman", "chairperson", "chair", "co-chair", "director", "executive", "manager", "superintendent",
    "employee", "partner", "fellow", "organizer", "organiser", "treasurer", "trustee",
    "assistant", "deputy", "associate", "owner", "ceo", "cto", "cfo", "vp", "staff",
    "maintainer", "contributor", "volunteer", "sponsor", "donor", "user", "customer",
    // Religion.
    "sheikh", "cleric", "imam", "priest", "pastor", "rabbi", "bishop", "monk", "nun",
    // Media and activism.
    "activist", "journalist", "reporter", "correspondent", "photographer", "filmmaker",
    "blogger", "editor", "writer", "author", "columnist", "commentator", "broadcaster", "critic", "reviewer",
    "presenter",
    "poet", "novelist", "playwright", "essayist", "campaigner", "advocate", "protester",
    "protestor", "demonstrator", "feminist",
    // Business and technology.
    "businessman", "businesswoman", "entrepreneur", "investor", "banker", "financier",
    "consultant", "venture capitalist", "developer", "programmer", "engineer", "designer",
    "architect", "technologist", "coder", "hacker", "scientist",
    // Civilian walks of life.
    "dentist", "doctor", "physician", "surgeon", "nurse", "pharmacist", "medic", "paramedic",
    "teacher", "student", "resident", "civilian", "villager", "farmer", "grower", "smallholder",
    "rancher", "shopkeeper", "merchant",
    "trader", "worker", "refugee", "survivor", "witness", "eyewitness", "bystander", "onlooker",
    "passerby", "participant", "patron", "mother", "father", "rescuer", "aid worker",
    "girl", "boy", "teenager", "humanitarian", "guard", "tailor", "driver", "vendor", "fisherman",
    "porter", "cook", "courier", "caregiver", "carer", "relative", "signaller", "signaler",
    "signalman", "controller", "conductor",
    // People a paper, a programme or a company hears from ("Another reader wrote", "a
    // shareholder who did not give her name asked").
    "reader", "listener", "viewer", "caller", "shareholder",
    // A ship's people ("the master asked", "the lookout said").
    "master", "helmsman", "skipper", "deckhand", "boatswain", "coxswain", "lookout",
    "baker", "mechanic", "owner", "landlord", "tenant", "neighbor", "neighbour", "local",
    "weaver", "spinner", "miner", "collier", "docker", "dockworker", "labourer", "laborer",
    "carpenter", "blacksmith", "peasant", "shepherd", "herder", "craftsman", "artisan",
    "electrician", "plumber", "cleaner", "waiter", "waitress", "midwife", "technician",
    "pensioner", "retiree", "householder", "homeowner", "passenger", "elder", "headman",
    "patient", "detainee", "prisoner", "hostage", "displaced person", "migrant", "asylum seeker",
    "supervisor", "foreman", "caretaker", "interviewee", "respondent", "pupil",
    "grantee", "applicant", "beneficiary", "recipient", "claimant", "plaintiff", "defendant",
    "petitioner", "complainant", "co-conspirator", "conspirator", "accomplice",
    "apprentice", "trainee", "intern", "firefighter", "pilot", "sailor", "seafarer",
    "steelworker", "janitor", "housekeeper", "nanny", "caregiver", "cashier",
    "hairdresser", "bricklayer", "welder", "machinist", "librarian", "receptionist",
    "social worker", "care worker", "seller", "dealer", "buyer", "broker", "middleman",
    "stallholder",
    "specialist",
    // Trades and dealings that testimony and court reports name their people by.
    "employer", "recruiter", "billionaire", "smuggler",
    "trafficker", "informant", "victim", "warden", "ombudsman", "coroner", "adjudicator",
    // Sport.
    "coach", "trainer", "athlete", "player", "runner", "cyclist", "swimmer", "referee",
    // Research.
    "analyst", "researcher", "expert", "scholar", "professor", "economist", "historian",
    "sociologist", "academic", "lecturer", "source", "statistician", "demographer",
    "archivist", "curator",
    // Law enforcement.
    "sheriff",
    // Religion.
    "chaplain", "vicar", "deacon",
    // Anonymous people and crowds.
    "someone", "somebody", "man", "woman", "person", "individual", "crowd", "mob", "audience",
];

/// Plural nouns, other than roles, that head organisations' names ("Friends of the Earth",
/// "Families for Justice").
pub const PLURAL_NAME_HEADS: &[&str] = &["Friends", "Families", "Citizens", "Partners"];

/// Causes an organisation's name may be for ("Physicians for Human Rights", "Lawyers for
/// Justice"), which no person's name has.
#[rustfmt::skip]
pub const CAUSE_WORDS: &[&str] = &[
    "Rights", "Peace", "Freedom", "Justice", "Democracy", "Development", "Change", "Humanity",
    "Truth", "Accountability", "Transparency", "Equality", "Liberty", "Reform", "Life",
    "Refugees", "Children", "Women", "Environment", "Climate", "Nature", "Health", "Education",
];

/// Nouns of a body made of members named after "of" ("a group of residents", "a coalition of
/// 40 NGOs").
pub const COLLECTIVE_BODY_NOUNS: &[&str] = &[
    "group",
    "coalition",
    "alliance",
    "network",
    "consortium",
    "association",
    "federation",
    "union",
    "collective",
    "delegation",
    "panel",
    "team",
];

/// Words of a quantity before the members of a body ("more than 40", "several", "dozens").
pub const QUANTITY_WORDS: &[&str] = &[
    "more",
    "than",
    "about",
    "nearly",
    "some",
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "over",
    "almost",
];

/// Plurals of people that take "’s" ("the Women’s Refugee Commission", "the People’s Army").
pub const IRREGULAR_PLURAL_PEOPLE: &[&str] = &["women", "men", "people", "children", "peoples"];

/// Words that open a quoted predicate ("the phrase “told us the weather …”", "the plan “would
/// have cost …”"): auxiliaries and common irregular pasts.
#[rustfmt::skip]
pub const PREDICATE_OPENERS: &[&str] = &[
    "was", "were", "is", "are", "had", "has", "have", "would", "could", "should", "will",
    "did", "does", "told", "said", "made", "gave", "took", "left", "meant", "became",
];

/// Role nouns for a crowd speaking as one ("the crowd shouted").
#[rustfmt::skip]
pub const COLLECTIVE_NOUNS: &[&str] = &["crowd", "mob", "audience"];

/// Role nouns whose holders speak for their body when they name a thing ("Members of the Civic
/// Platform party called the law “a disgrace”", "Its leaders called the patrols “…”"), where
/// other people of a role give a label ("the Agency’s engineers call it the “rollback line”").
#[rustfmt::skip]
pub const VOICES_OF_A_BODY: &[&str] = &[
    "member", "leader", "official", "commander", "spokesman", "spokeswoman", "spokesperson",
    "representative", "delegate",
];

/// Role nouns that stand alone, with no determiner ("Someone in the crowd declared").
#[rustfmt::skip]
pub const BARE_ROLE_NOUNS: &[&str] = &["someone", "somebody"];

/// Member roles that name someone employed by a body, who speaks for the body the paragraph's
/// speakers belong to ("One regional director said"); not trades one may practise on one's
/// own ("a letting agent", "a lawyer").
#[rustfmt::skip]
pub const EMPLOYEE_ROLES: &[&str] = &[
    "official", "officer", "director", "manager", "employee", "staff", "staffer", "spokesman",
    "spokeswoman", "spokesperson", "representative", "administrator", "caseworker", "dispatcher",
    "case officer", "supervisor", "coordinator", "inspector", "investigator", "auditor",
    "executive", "deputy", "assistant", "aide", "adviser", "advisor", "head", "chief",
    "secretary", "commander", "negotiator", "delegate",
];

/// Role nouns whose holder belongs to an organisation named with the role ("Ahrar al-Sham
/// commander X", "one of Instagram’s cofounders", "a senior developer at Walmart Labs").
/// Roles like "dentist" are preceded by places instead.
#[rustfmt::skip]
pub const MEMBER_ROLES: &[&str] = &[
    "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "official", "officer",
    "negotiator", "fighter", "member", "chief", "head", "emir", "representative", "founder",
    "cofounder", "co-founder", "creator", "co-creator", "chairman", "chairwoman", "chairperson",
    "chair", "co-chair", "rapporteur", "moderator",
    "president", "vice president", "minister", "secretary", "general", "colonel", "captain",
    "lieutenant", "sergeant", "defector", "militant", "soldier", "adviser", "advisor", "aide",
    "director", "executive", "manager", "superintendent", "employee", "partner", "fellow", "treasurer", "trustee",
    "assistant", "deputy", "associate", "ceo", "cto", "cfo", "vp", "staff", "staffer",
    "maintainer", "contributor", "counsel", "attorney", "lawyer", "strategist", "organizer",
    "organiser", "columnist", "correspondent", "reporter", "editor", "developer", "engineer",
    "analyst", "researcher", "professor", "spokesperson", "delegate", "agent", "owner", "coordinator",
    "inspector", "investigator", "auditor", "constable", "coach", "trainer", "adjudicator",
    "administrator", "caseworker", "case officer", "dispatcher", "call-taker",
    "successor", "predecessor", "supervisor", "foreman", "campaigner", "director general",
    "secretary general",
];

/// Who holds an office after or before someone serves what they served ("His successor,
/// Alistair Moyle").
pub const SUCCESSION_ROLES: &[&str] = &["successor", "predecessor"];

/// Role nouns that also qualify other nouns ("the general command", "an executive order",
/// "a major offensive", "the chief concern", "head office").
pub const ADJECTIVAL_ROLES: &[&str] = &[
    "general",
    "major",
    "chief",
    "executive",
    "head",
    "elder",
    "relative",
];

/// Words that qualify a role in a title ("Senior Advisor", "Former Chair"); they belong to the
/// role, not to the organisation or name before it.
#[rustfmt::skip]
pub const ROLE_MODIFIERS: &[&str] = &[
    "senior", "junior", "former", "acting", "interim", "special", "principal", "general",
    "press", "legal", "chief", "executive", "deputy", "assistant", "associate", "vice", "lead",
    "top", "then", "outgoing", "incoming", "longtime", "founding", "managing", "permanent",
];

/// Role modifiers that make another post than the bare role ("Deputy Director", "Vice
/// Chair", "Assistant Secretary").
#[rustfmt::skip]
pub const RANKS: &[&str] = &["deputy", "assistant", "associate", "vice", "under", "acting"];

/// How a role group is named.
#[derive(Clone, Copy, Debug)]
pub enum GroupName {
    /// Always the same name ("Civilians").
    Fixed(&'static str),
    /// The commonest role word its members are given, in the plural ("Historians" for a
    /// historian, a sociologist and two more historians; "Activist-journalists"); the name
    /// given here when the text writes none.
    Members(&'static str),
    /// The qualifier the text gives, then the plural ("Western diplomats"); capitalized plural
    /// without one.
    Qualified(&'static str),
}

/// A class of role nouns: the side that people holding them belong to when the text gives
/// them no organisation, and what anonymous speakers of that class are called.
#[derive(Clone, Copy, Debug)]
pub struct RoleClass {
    /// The role nouns of the class.
    pub roles: &'static [&'static str],
    /// The group's name.
    pub name: GroupName,
    /// What kind of side the group is.
    pub kind: FactionKind,
}

/// The role classes, most specific first.
#[rustfmt::skip]
pub const ROLE_CLASSES: &[RoleClass] = &[
    RoleClass { roles: &["diplomat", "ambassador", "envoy", "consul"], name: GroupName::Qualified("diplomats"), kind: FactionKind::Government },
    RoleClass { roles: &["detective", "inspector", "constable", "sheriff", "policeman", "policewoman", "cop", "trooper"], name: GroupName::Qualified("police"), kind: FactionKind::Government },
    RoleClass { roles: &[
        "official", "officer", "minister", "adviser", "advisor", "aide", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "bureaucrat", "governor", "mayor", "lawmaker", "legislator",
        "senator", "congressman", "congresswoman", "politician", "parliamentarian", "prosecutor",
        "staffer", "strategist", "president", "vice president", "premier", "chancellor",
        "prime minister", "negotiator", "delegate", "representative", "administrator", "regulator",
        "rapporteur", "councillor", "councilor", "councilman", "councilwoman",
        "commissioner", "agent", "investigator", "attorney general", "solicitor general",
        "inspector general", "secretary general", "director general", "prosecutor general",
        "high commissioner", "warden", "ombudsman", "harbourmaster", "harbormaster",
        "auditor general", "comptroller general", "procurator general", "advocate general",
        "caseworker", "case officer", "referee", "umpire", "linesman",
        // An inspector of a trade or a service is an official, not a police officer.
        "labour inspector", "labor inspector", "tax inspector", "health inspector",
        "safety inspector", "building inspector", "factory inspector", "school inspector",
        "food inspector",
    ], name: GroupName::Qualified("officials"), kind: FactionKind::Government },
    RoleClass { roles: &["judge", "justice", "magistrate", "coroner"], name: GroupName::Qualified("courts"), kind: FactionKind::Institution },
    RoleClass { roles: &["activist", "campaigner", "advocate", "protester", "protestor", "demonstrator", "feminist", "organizer", "organiser"], name: GroupName::Members("Activists"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["journalist", "reporter", "correspondent", "photographer", "filmmaker", "blogger", "editor", "columnist", "commentator", "broadcaster", "critic", "reviewer", "presenter"], name: GroupName::Members("Journalists"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["analyst", "researcher", "expert", "scholar", "professor", "economist", "historian", "sociologist", "academic", "lecturer", "scientist", "author", "statistician", "demographer", "archivist", "curator"], name: GroupName::Members("Analysts and scholars"), kind: FactionKind::Other },
    RoleClass { roles: &["writer", "poet", "novelist", "playwright", "essayist"], name: GroupName::Members("Writers"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["aid worker", "humanitarian", "volunteer", "medic", "paramedic", "rescuer", "social worker"], name: GroupName::Members("Aid workers"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["attorney", "lawyer", "counsel", "solicitor"], name: GroupName::Members("Lawyers"), kind: FactionKind::Other },
    RoleClass { roles: &["developer", "programmer", "engineer", "designer", "architect", "technologist", "coder", "hacker", "maintainer", "contributor", "user"], name: GroupName::Members("Developers"), kind: FactionKind::Other },
    RoleClass { roles: &["businessman", "businesswoman", "entrepreneur", "investor", "banker", "financier", "consultant", "venture capitalist", "executive", "manager", "superintendent", "ceo", "cfo", "cto", "founder", "cofounder", "co-founder", "owner", "employer", "recruiter", "billionaire"], name: GroupName::Members("Business people"), kind: FactionKind::Other },
    RoleClass { roles: &["cleric", "imam", "sheikh", "priest", "pastor", "rabbi", "bishop", "monk", "nun", "chaplain", "vicar", "deacon"], name: GroupName::Members("Clergy"), kind: FactionKind::CivilSociety },
    RoleClass { roles: CREW_NOUNS, name: GroupName::Fixed("Crew"), kind: FactionKind::Other },
    RoleClass { roles: &["reader"], name: GroupName::Members("Readers"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["smuggler", "trafficker"], name: GroupName::Members("Smugglers and traffickers"), kind: FactionKind::Other },
    RoleClass { roles: &["elector"], name: GroupName::Qualified("electors"), kind: FactionKind::Other },
    RoleClass { roles: &["athlete", "player", "runner", "cyclist", "swimmer"], name: GroupName::Members("Athletes"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["council", "authority", "municipality"], name: GroupName::Members("Local authorities"), kind: FactionKind::Government },
    RoleClass { roles: &["association", "society", "charity", "trust", "club", "federation", "union", "organisation", "organization", "network", "coalition"], name: GroupName::Members("Associations and charities"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["company", "firm", "business", "insurer", "bank", "operator", "supplier", "retailer", "manufacturer"], name: GroupName::Members("Businesses"), kind: FactionKind::Other },
    RoleClass { roles: &[
        "witness", "eyewitness", "bystander", "onlooker", "passerby", "participant", "patron",
        "observer", "monitor", "someone", "somebody", "man", "woman", "person", "individual",
        "crowd", "mob", "audience", "listener", "caller", "viewer",
        "dentist", "doctor", "physician", "surgeon", "nurse", "pharmacist", "teacher", "student",
        "resident", "civilian", "villager", "farmer", "grower", "smallholder", "rancher",
        "shopkeeper", "merchant", "trader", "worker",
        "refugee", "survivor", "mother", "father", "girl", "boy", "teenager", "guard", "tailor",
        "driver", "vendor", "courier", "caregiver", "carer", "relative",
        "fisherman", "porter", "cook", "baker", "mechanic", "landlord", "tenant", "neighbor",
        "neighbour", "local", "customer", "weaver", "spinner", "miner", "collier", "docker",
        "dockworker", "labourer", "laborer", "carpenter", "blacksmith", "peasant", "shepherd",
        "herder", "craftsman", "artisan", "electrician", "plumber", "cleaner", "waiter",
        "waitress", "midwife", "technician", "pensioner", "retiree", "householder", "homeowner",
        "passenger", "patient", "detainee", "prisoner", "hostage", "elder", "headman",
        "displaced person", "migrant", "asylum seeker",
        "supervisor", "foreman", "caretaker", "interviewee", "respondent", "pupil",
        "grantee", "applicant", "beneficiary", "recipient", "claimant", "plaintiff", "defendant",
        "petitioner", "complainant", "victim", "informant",
        "apprentice", "trainee", "intern", "firefighter", "pilot", "sailor", "seafarer",
        "steelworker", "janitor", "housekeeper", "nanny", "caregiver", "cashier",
        "hairdresser", "librarian", "receptionist", "care worker", "seller", "dealer", "buyer",
        "broker", "middleman", "stallholder",
    ], name: GroupName::Fixed("Civilians"), kind: FactionKind::CivilSociety },
    RoleClass { roles: &["commander", "fighter", "rebel", "militant", "defector", "soldier", "emir", "militiaman", "insurgent", "guerrilla", "general", "colonel", "captain", "lieutenant", "sergeant", "major"], name: GroupName::Fixed("Unaffiliated fighters"), kind: FactionKind::ArmedGroup },
];

/// A ship's people, a crew whose members are told apart by their posts ("the master", "the
/// lookout").
#[rustfmt::skip]
pub const CREW_NOUNS: &[&str] = &["master", "helmsman", "skipper", "deckhand", "boatswain", "coxswain", "lookout"];

/// Nouns for unnamed witnesses, who together count as one anonymous source ("a bystander",
/// "one witness", "someone in the crowd").
pub const WITNESS_NOUNS: &[&str] = &[
    "witness",
    "eyewitness",
    "bystander",
    "onlooker",
    "passerby",
    "participant",
    "patron",
    "observer",
    "someone",
    "somebody",
    "person",
    "individual",
];

/// Words that make a government less than national ("the provincial government").
#[rustfmt::skip]
pub const SUBNATIONAL_WORDS: &[&str] = &[
    "provincial", "regional", "local", "municipal", "city", "state", "county", "district",
    "territorial", "devolved",
];

/// Words that make a capitalized phrase the name of an organisation.
#[rustfmt::skip]
pub const ORG_WORDS: &[&str] = &[
    "front", "army", "military", "movement", "brigade", "brigades", "battalion", "battalions", "division",
    "corps", "forces", "force", "detachment", "squadron", "platoon", "unit", "council", "committee", "court", "party", "union", "unions", "units", "ministry",
    "department", "organization", "organisation", "agency", "foundation", "institute",
    "institution", "center", "centre", "office", "government", "coalition", "alliance", "league",
    "group", "network", "commission", "authority", "command", "regiment", "legion", "militia",
    "guard", "guards", "association", "society", "bureau", "embassy", "mission", "delegation",
    "service", "services", "company", "corporation", "corp", "inc", "llc", "ltd", "plc", "llp",
    "gmbh", "firm", "bank", "fund",
    "trust", "university", "college", "school", "academy", "campaign", "administration",
    "senate", "congress", "parliament", "assembly", "caucus", "federation", "club",
    "initiative", "labs", "lab", "laboratory", "laboratories", "press", "times", "journal", "news", "magazine", "review",
    "herald", "tribune", "gazette", "courier", "chronicle", "telegraph", "mercury", "beacon",
    "radio", "television", "tv", "media", "collective",
    "cooperative", "syndicate", "archives", "library", "museum", "hospital", "church", "synod",
    "diocese", "archdiocese",
    "board", "tribunal", "chamber", "cabinet", "secretariat", "directorate", "watch",
    "international", "house", "team", "project", "nations", "faction", "regime",
    // What a business's name says it does ("Freightline Logistics", "Halbrook Pharmaceuticals").
    "logistics", "pharmaceuticals", "holdings", "industries", "technologies", "airlines",
    "airways", "motors", "enterprises", "supermarkets", "mills", "shipping", "railways",
    "developments", "properties", "investments", "ventures", "therapeutics", "partners",
    "utilities", "insurance", "microfinance", "inspectorate", "panel", "forum", "observatory", "relief",
    "charity", "guild", "circle", "consortium", "confederation", "brotherhood", "chemicals", "foods",
    "metals", "minerals", "resources", "textiles", "apparel", "paving", "construction",
    "mining", "steel", "systems", "solutions", "electric", "telecom", "software", "energy",
    "petroleum", "programme", "assurance", "commodities", "trading", "plantations", "estates", "farms",
    // Laws and agreements, which speak for themselves ("Article 21 of the Constitution provides
    // that", "the Lisk Accord").
    "act", "constitution", "accord", "treaty", "convention", "charter", "agreement", "protocol",
    "statute", "ordinance", "law", "decree", "covenant", "ceasefire", "truce", "armistice",
    // Transliterated words that open faction names in reports on the Arab world.
    "harakat", "jabhat", "jabhah", "jaish", "jeish", "jaysh", "liwa", "kataib", "tajammu", "hayat",
    "hay'at", "faylaq", "ansar",
];

/// Organisation words that, in lower case after a name, say what kind of organisation the name
/// is ("the Giuliani legal team", "a Federal district court", "the Obama administration");
/// "a Python library" or "the Linux project" name things, not organisations.
#[rustfmt::skip]
pub const ORG_KIND_NOUNS: &[&str] = &[
    "team", "campaign", "court", "committee", "party", "office", "department", "administration",
    "government", "foundation", "company", "firm", "group", "faction", "movement", "council",
    "commission", "agency", "ministry", "organization", "organisation", "caucus", "coalition",
    "militia", "brigade", "army", "military", "corporation", "association", "society", "hospital",
    "clinic",
    "school", "prison", "bureau", "authority", "union", "board", "institute", "police",
    "forces", "embassy", "delegation", "mission", "regime",
];

/// Organisation words that, after "the" and in lower case, mean an organisation named before
/// ("the ministry", "the court", "the union").
#[rustfmt::skip]
pub const ORG_ANAPHOR_NOUNS: &[&str] = &[
    "team", "campaign", "court", "committee", "party", "office", "department", "administration",
    "government", "foundation", "company", "firm", "group", "council", "commission", "agency",
    "ministry", "organization", "organisation", "coalition", "militia", "brigade", "army",
    "military", "corporation", "association", "society", "union", "authority", "board", "institute",
    "tribunal", "embassy", "bank", "alliance", "federation", "bureau", "directorate",
    "secretariat", "senate", "parliament", "assembly", "cooperative", "university", "charity",
    "police", "journal", "newspaper", "magazine", "hospital", "regulator", "school", "college",
    "trust", "network", "presidency", "delegation", "subsidiary", "station", "mission", "branch",
    "opposition", "regime", "faction", "fund", "retailer", "manufacturer", "syndicate", "watchdog", "brand", "insurer",
    "supplier", "channel", "outlet", "broadcaster", "movement", "command",
    // The parties and bodies of a trial or an inquest ("the prosecution argued", "the jury
    // found").
    "prosecution", "defence", "defense", "jury",
];

/// The organisation noun a lower-case word is, as [`ORG_ANAPHOR_NOUNS`] spells it ("ministry").
pub fn org_anaphor_noun(word: &str) -> Option<&'static str> {
    ORG_ANAPHOR_NOUNS.iter().copied().find(|n| *n == word)
}

/// Role nouns that are acronyms, written in capitals ("CEO", "CFO"), in a name or a group's.
pub const ACRONYM_ROLES: &[&str] = &["ceo", "cto", "cfo", "vp"];

/// A role noun as a name writes it: "CFO" for "cfo", other nouns as they are.
pub fn written_role(noun: &str) -> std::borrow::Cow<'_, str> {
    if ACRONYM_ROLES.contains(&noun) {
        std::borrow::Cow::Owned(noun.to_ascii_uppercase())
    } else {
        std::borrow::Cow::Borrowed(noun)
    }
}

/// Words that open a mention of one anonymous member of a kind ("One county council", "a
/// second insurer", "another association").
pub const ANONYMOUS_OPENERS: &[&str] = &["a", "an", "one", "another"];

/// Ordinals between such an opener and its noun ("a second county council").
pub const ORDINAL_WORDS: &[&str] = &["second", "third", "fourth", "fifth", "further"];

/// Kinds of body written as acronyms, which name no one body ("a participant from a national
/// NGO").
pub const KIND_ACRONYMS: &[&str] = &["NGO", "INGO", "CSO"];

/// Kinds of body that speak without being named ("One county council said").
#[rustfmt::skip]
pub const ANONYMOUS_BODY_NOUNS: &[&str] = &[
    "council", "authority", "municipality", "association", "society", "charity", "trust", "club",
    "federation", "union", "organisation", "organization", "network", "coalition", "company",
    "firm", "business", "insurer", "bank", "operator", "supplier", "retailer", "manufacturer",
];

/// The words that open a pattern of the faction claims by themselves ("where", "whose",
/// "behalf", "working", "talking", "speaking", "interview"): a sentence's words are compared
/// with these only when a word is on the list, which most are not.
pub const CLAIM_OPENERS: &[&str] = &[
    "where",
    "whose",
    "behalf",
    "working",
    "talking",
    "speaking",
    "interview",
];

/// What a newspaper, a broadcaster or a website is called in lower case, beside its name:
/// "the daily Narodni Glas", "Slobodna Rec, an independent weekly,", "MTV1 (state television)".
/// Only there do they say that a name is a body's; inside a name they are ordinary words ("the
/// White Paper", "the Channel Tunnel").
#[rustfmt::skip]
pub const OUTLET_NOUNS: &[&str] = &[
    "newspaper", "daily", "weekly", "monthly", "fortnightly", "tabloid", "broadsheet", "paper",
    "broadcaster", "channel", "station", "website", "outlet", "portal", "newsletter",
    "magazine", "television", "radio", "agency", "network", "newsweekly", "blog",
];

/// The staff an outlet named by its kind owns: "the paper’s editor-in-chief" (read by its last
/// word), "the channel’s presenter" (not "the paper’s authors", who wrote a study).
pub const NEWSROOM_ROLES: &[&str] = &[
    "editor",
    "journalist",
    "reporter",
    "correspondent",
    "columnist",
    "commentator",
    "presenter",
    "owner",
    "chief",
];

/// Organisation kinds that most organisations' names lack: "the company" may mean any company
/// named before ("Trident Lines … The company said").
pub const ORG_GENERIC_KINDS: &[&str] = &[
    "company",
    "firm",
    "group",
    "organization",
    "organisation",
    "corporation",
    "agency",
    "charity",
    "delegation",
    "subsidiary",
    "mission",
    "regulator",
    "watchdog",
    "faction",
];

/// Whether "the company" or another generic kind may mean an organisation with these name
/// words: a business is no newspaper and no public body ("the firm" after "The Ministry of
/// Transport renewed its licence, The Halverd Times reported" is neither); a regulator is a
/// public body.
pub fn generic_kind_may_mean<'a>(noun: &str, mut words: impl Iterator<Item = &'a str>) -> bool {
    let public_or_press = |w: &str| {
        [MASTHEAD_NOUNS, GOVERNMENT_WORDS, INSTITUTION_WORDS]
            .iter()
            .any(|list| list.iter().any(|k| w.eq_ignore_ascii_case(k)))
    };
    if BUSINESS_KINDS.contains(&noun) {
        return !words.any(public_or_press);
    }
    // "The Financial Conduct Authority … The regulator said": a public body.
    if PUBLIC_KINDS.contains(&noun) {
        return words.any(|w| {
            GOVERNMENT_WORDS
                .iter()
                .chain(INSTITUTION_WORDS)
                .any(|k| w.eq_ignore_ascii_case(k))
        });
    }
    true
}

/// Whether an organisation's name words are an outlet's: a masthead's ("The Halverd Times") or
/// a broadcaster's ("Radio Brod", "Kessel Television").
pub fn names_outlet<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    const BROADCAST_WORDS: &[&str] = &["radio", "television", "tv", "press", "media"];
    words.any(|w| {
        MASTHEAD_NOUNS
            .iter()
            .chain(BROADCAST_WORDS)
            .any(|k| w.eq_ignore_ascii_case(k))
    })
}

/// Generic kinds of a business ("the company", "the firm"): no newspaper and no public body.
pub const BUSINESS_KINDS: &[&str] = &["company", "firm", "corporation"];

/// Generic kinds of a public body ("the regulator", "the watchdog").
pub const PUBLIC_KINDS: &[&str] = &["regulator", "watchdog"];

/// Short names that stand for words of organisations' names ("the Michigan GOP" is "the
/// Michigan Republican Party"), as (short name folded, the words it stands for).
pub const ORG_NAME_SYNONYMS: &[(&str, &str)] = &[("gop", "republican party")];

/// Organisation words that make a faction an armed group on their own.
#[rustfmt::skip]
pub const MILITARY_WORDS: &[&str] = &[
    "front", "army", "brigade", "brigades", "battalion", "battalions", "division", "corps", "forces",
    "force", "militia", "regiment", "legion", "guard", "guards", "jabhat", "jabhah", "jaish", "jeish",
    "jaysh", "liwa", "kataib", "faylaq",
];

/// Words of units of a force ("the Special Police Detachment"), which keep a side of their own
/// inside the body they belong to.
pub const UNIT_WORDS: &[&str] = &["detachment", "squadron", "platoon", "unit"];

/// Nouns for a unit of a body that speaks for the body owning it ("the Commission’s field
/// office", "the company’s subsidiary", "the ICRC’s delegation").
#[rustfmt::skip]
pub const BODY_UNIT_NOUNS: &[&str] = &[
    "office", "delegation", "station", "bureau", "branch", "mission", "subsidiary", "embassy",
    "headquarters", "secretariat", "desk", "division", "affiliate", "chapter", "wing", "department",
];

/// Organisation words that make a faction an institution.
#[rustfmt::skip]
pub const INSTITUTION_WORDS: &[&str] = &[
    "council", "committee", "court", "commission", "authority", "institute", "foundation",
    "association", "society", "university", "college", "tribunal", "board", "senate", "congress",
    "parliament", "assembly",
];

/// Organisation words that make a faction a government body.
#[rustfmt::skip]
pub const GOVERNMENT_WORDS: &[&str] = &[
    "ministry", "government", "embassy", "department", "office", "bureau", "administration",
    "cabinet", "secretariat", "directorate", "agency", "regime",
];

/// Words near a faction's name that mark it as an armed group.
#[rustfmt::skip]
pub const ARMED_CONTEXT: &[&str] = &[
    "faction", "factions", "rebel", "rebels", "militant", "militants", "fighters", "brigade",
    "jihadist", "jihadists", "armed", "militia", "insurgent", "insurgents", "commander",
];

/// Determiners that open a noun phrase ("a Western diplomat", "one official", "four
/// policemen").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "another", "one", "this", "that", "some", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
];

/// Numbers written as words, which count a noun after a determiner ("the two members").
#[rustfmt::skip]
pub const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Determiners that make a plural noun phrase a particular group ("the electors", "four
/// policemen"), not people in general.
#[rustfmt::skip]
pub const DEFINITE_DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten",
];

/// Role nouns that close compound trades written as one word ("schoolteacher", "steelworker",
/// "shopkeeper", "firefighter", "landowner"): the compound is the head's role.
#[rustfmt::skip]
pub const COMPOUND_ROLE_HEADS: &[&str] = &[
    "teacher", "worker", "keeper", "fighter", "owner", "holder", "seller", "trader", "driver",
    "farmer", "dealer", "builder", "miner", "smith", "statistician", "scientist", "economist",
];

/// Possessive determiners, which make a document or a speech noun someone's ("his memo").
#[rustfmt::skip]
pub const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "its", "their"];

/// Pronouns that open a mention of someone who may speak ("he", "their", "my driver").
#[rustfmt::skip]
pub const MENTION_PRONOUNS: &[&str] = &["he", "she", "it", "they", "his", "her", "its", "their", "my", "our", "you", "your"];

/// Reflexive pronouns: "calls himself a “…”" names oneself, a label, not speech.
#[rustfmt::skip]
pub const REFLEXIVE_PRONOUNS: &[&str] = &["himself", "herself", "itself", "themselves", "myself", "ourselves"];

/// Words that may stand between a subject and its verb ("Marquess himself wrote", "he also said").
#[rustfmt::skip]
pub const SUBJECT_VERB_FILLERS: &[&str] = &[
    "also", "later", "then", "first", "once", "again", "still", "even", "further", "too",
    "himself", "herself", "itself", "themselves", "had", "has", "have", "would", "will", "could",
    "did", "does", "do", "was", "were", "is", "are", "be", "been", "being", "not", "never",
    "always", "often", "sometimes", "soon", "now", "just", "only", "twice", "thus", "therefore",
    "however", "since", "since then", "afterward", "afterwards", "previously", "recently",
    "reportedly", "apparently", "allegedly", "can", "may", "might", "must", "should", "shall",
    "went", "as", "far", "to", "go", "goes", "going",
];

/// Particles inside names that are written in lower case ("bin"; "al-" is a prefix instead).
#[rustfmt::skip]
pub const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "bint", "de", "del", "della", "der", "den", "van", "von", "da", "das", "dos", "du", "la", "le", "ter",
];

/// Generational suffixes that end a name and tell a son from his father ("Trump Jr."),
/// folded.
pub const GENERATIONAL_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Letters after a name that are no part of it ("Carys Penhale MP"), as written.
#[rustfmt::skip]
pub const POSTNOMINALS: &[&str] = &[
    "MP", "MEP", "MSP", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE",
    // A judge's ("Odunsi JA", "Halsey LJ", "Marrow CJ").
    "JA", "LJ", "CJ", "JSC",
];

/// Lower-case prefixes of transliterated name parts ("al-Farouq", "el-Sisi").
#[rustfmt::skip]
pub const NAME_PREFIXES: &[&str] = &["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ud-"];

/// Honorifics before a name ("Mr. Trump"); they are not part of the name.
#[rustfmt::skip]
pub const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof", "Prof.", "Sen.", "Rep.",
    "Gov.", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.", "Rev.", "Hon.", "Sir", "Dame", "Lord", "Lady",
    "Cllr", "Cllr.", "Insp.", "Supt.", "Det.", "Amb.", "Cmdr.", "Brig.", "Reverend", "Revd",
    "Comrade",
    // Police ranks as British reports write them before a name ("PC Rusk", "DS Alder").
    "PC", "WPC", "PCSO", "DC", "DS", "DI", "DCI", "DSI", "Sgt", "Insp", "Supt",
];

/// Honorifics and role nouns that say a person is a woman ("Ms Obrey", "a spokeswoman"); a
/// later "he" is someone else.
#[rustfmt::skip]
pub const FEMININE_WORDS: &[&str] = &[
    "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Madam", "spokeswoman", "chairwoman",
    "businesswoman", "congresswoman", "policewoman", "councilwoman", "assemblywoman",
    "mother", "daughter", "sister", "wife", "widow", "grandmother", "aunt", "niece", "woman",
    "queen", "waitress", "actress",
];

/// Honorifics and role nouns that say a person is a man ("Mr Quarle", "a spokesman").
#[rustfmt::skip]
pub const MASCULINE_WORDS: &[&str] = &[
    "Mr", "Mr.", "Sir", "Lord", "spokesman", "chairman", "businessman", "congressman",
    "policeman", "councilman", "assemblyman", "militiaman", "fisherman", "father", "son",
    "brother", "husband", "widower", "grandfather", "uncle", "nephew", "man", "king",
];

/// Prepositions that open a sentence with a phrase holding a possessive that the subject
/// after it owns ("In her response, the Chief Executive …").
pub const OPENING_PREPOSITIONS: &[&str] = &["In", "With", "Through", "Under", "By"];

/// Verbs of meeting and dealing with someone, which a name as subject may have before a title
/// and a name as object ("The Panel met Sheikh Ali Dheere", "the court appointed Judge Ruth
/// Kamau").
#[rustfmt::skip]
pub const MEETING_VERBS: &[&str] = &[
    "met", "interviewed", "visited", "contacted", "questioned", "phoned", "emailed", "thanked",
    "praised", "criticised", "criticized", "accused", "sued", "hired", "appointed", "named",
    "replaced", "dismissed", "fired", "invited", "blamed", "urged", "asked", "joined", "quoted",
    "cited", "consulted", "summoned", "briefed",
];

/// Past participles not in "-ed" that open a phrase set off by commas ("An announcement by the
/// bureau, broadcast on Radio Ambra, told").
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "broadcast",
    "sent",
    "written",
    "made",
    "given",
    "taken",
    "held",
    "known",
    "seen",
    "shown",
    "built",
    "led",
    "run",
    "set",
    "put",
    "paid",
    "sold",
    "found",
    "drawn",
    "signed",
    "read",
];

/// Words that make a name a law's ("the Land Act", "the Law on Public Assemblies").
pub const LAW_WORDS: &[&str] = &[
    "act",
    "law",
    "constitution",
    "code",
    "statute",
    "ordinance",
    "regulations",
    "decree",
    "charter",
    "convention",
    "treaty",
    "accord",
    "agreement",
    "covenant",
    "ceasefire",
    "truce",
    "armistice",
];

/// Nouns for the words of a law or an agreement ("Its text … commits the parties"): "its" is
/// the agreement named before, not whoever made it.
pub const TEXT_OF_NOUNS: &[&str] = &["text", "wording", "terms", "preamble"];

/// Honorifics that are never a surname, with or without their period.
pub const SHORT_HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."];

/// The labels that open a transcript's questions and answers ("Q. Did you read it?").
pub const TRANSCRIPT_LABELS: &[&str] = &["Q.", "A.", "Q:", "A:"];

/// Abbreviated titles that say what their holder is ("Gov. Halvard Teske" is a governor).
pub const HONORIFIC_ROLES: &[(&str, &str)] = &[
    ("Sen.", "senator"),
    ("Rep.", "representative"),
    ("Gov.", "governor"),
    ("Gen.", "general"),
    ("Col.", "colonel"),
    ("Capt.", "captain"),
    ("Lt.", "lieutenant"),
    ("Sgt.", "sergeant"),
    ("Prof.", "professor"),
    ("Prof", "professor"),
    ("Cllr", "councillor"),
    ("Cllr.", "councillor"),
    ("Insp.", "inspector"),
    ("Supt.", "superintendent"),
    ("Det.", "detective"),
    ("Amb.", "ambassador"),
    ("Cmdr.", "commander"),
];

/// The closed classes of English (articles, pronouns, prepositions, conjunctions, auxiliaries)
/// and the calendar: capitalized words that are never names, whatever the document does.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "but", "and", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to",
    "of", "as", "if", "when", "while", "after", "before", "since", "until", "although", "though",
    "because", "with", "without", "from", "into", "onto", "over", "under", "then", "than", "this",
    "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
    "his", "her", "hers", "their", "theirs", "our", "ours", "my", "your", "yours", "him", "them",
    "us", "me", "what", "who", "whom", "whose", "why", "how", "where", "which", "whether",
    "whatever", "whoever", "whenever", "wherever", "not", "no", "yes", "some", "many", "most",
    "all", "both", "each", "every", "any", "either", "neither", "such", "other", "others",
    "another", "several", "few", "much", "more", "less", "is", "are", "was", "were", "be", "been",
    "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "also", "even", "only", "just", "still", "now", "never",
    "ever", "about", "above", "across", "against", "along", "among", "around", "behind", "below",
    "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "like",
    "near", "off", "outside", "per", "through", "throughout", "toward", "towards", "upon", "via",
    "within", "according", "nothing", "everyone", "anyone", "someone", "somebody", "nobody",
    "everything", "anything", "something", "one", "none", "instead", "meanwhile", "however",
    "indeed", "thus", "hence", "therefore", "moreover", "furthermore", "nevertheless",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

/// Words before a place name ("in Aleppo", "west Aleppo"), used to tell places from factions.
#[rustfmt::skip]
pub const LOCATIVES: &[&str] = &[
    "in", "inside", "from", "into", "near", "around", "across", "outside", "throughout", "within",
    "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
];

/// Roles of someone posted "to" a country or body that is not their own ("ambassador to
/// Ossemark", "envoy to the talks").
pub const POSTED_ROLES: &[&str] = &["ambassador", "envoy", "consul", "emissary", "nuncio"];

/// Prepositions that link a role to the organisation it serves ("commander of X").
#[rustfmt::skip]
pub const ROLE_LINKS: &[&str] = &["of", "for", "with", "at", "from", "in", "on", "to", "behind"];

/// Last words of an event's name ("the Continental Championships"): no speaker.
#[rustfmt::skip]
pub const EVENT_WORDS: &[&str] = &[
    "Championships", "Championship", "Games", "Olympics", "Cup", "Summit", "Festival",
    "Marathon", "Tournament", "Expo", "Uprising", "Revolution", "Massacre", "Riots",
];

/// Last words of a street's or a square's name ("Lanne Street", "Granary Square"): a place,
/// no speaker. ("Lane" is a surname too often to be one.)
#[rustfmt::skip]
pub const STREET_WORDS: &[&str] = &[
    "Street", "Road", "Avenue", "Boulevard", "Square", "Embankment", "Highway", "Plaza",
];

/// Words that make an organisation's name a political party's ("the Heritage Party").
pub const PARTY_WORDS: &[&str] = &["Party", "Democrats", "Socialists", "Greens"];

/// Defined terms for the party a case is brought against ("the Accused" in "The Prosecutor v.
/// Dorian Kostavin").
pub const SECOND_PARTY_TERMS: &[&str] = &["Accused", "Defendant"];

/// Defined terms for the party that brings a case ("the Claimant" in "Haskett v. Tollbridge").
pub const FIRST_PARTY_TERMS: &[&str] = &["Claimant", "Plaintiff", "Petitioner"];

/// Participles before "by" that name whom a role holder works for ("an officer employed by
/// PNADA").
pub const EMPLOYED_PARTICIPLES: &[&str] =
    &["employed", "hired", "engaged", "contracted", "retained"];

/// The side a government's opponents make ("the opposition leader", "“…,” said the
/// opposition").
pub const OPPOSITION: &str = "Opposition";

/// The group of named people the text gives neither a role nor an organisation: they speak
/// for themselves.
pub const INDIVIDUALS: &str = "Individuals";

/// Organisation nouns of a state's bodies, which a place's possessive may own ("Orlan’s
/// foreign ministry").
pub const STATE_BODY_NOUNS: &[&str] = &[
    "ministry",
    "government",
    "embassy",
    "parliament",
    "army",
    "military",
];

/// Organisation words that also name a minister's portfolio ("Norvane Energy" is a company;
/// the "Trade and Energy Minister" holds a portfolio).
pub const PORTFOLIO_ORG_WORDS: &[&str] = &["energy", "petroleum"];

/// Whether a name after a minister's title can be the portfolio: no organisation's name by
/// its words, unless those words are a portfolio's too.
pub fn may_be_portfolio(name: &str, org_like: bool) -> bool {
    !org_like
        || name.words_quick().any(|w| {
            PORTFOLIO_ORG_WORDS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
}

/// Prepositions an organisation's name writes in capitals ("Doctors Without Borders",
/// "Mothers Against Drunk Driving", "Médecins Sans Frontières"), which no person's name does.
pub const NAME_PREPOSITIONS: &[&str] = &[
    "Without", "Against", "For", "Beyond", "Across", "Sans", "Ohne", "Contre", "Pour",
];

/// Participles that describe someone as a report's source ("Residents interviewed by Human
/// Rights Watch said", "Fighters quoted in the press said").
pub const SOURCE_PARTICIPLES: &[&str] = &[
    "interviewed",
    "quoted",
    "contacted",
    "reached",
    "questioned",
    "surveyed",
    "consulted",
    "polled",
];

/// Titles whose complement is a portfolio ("Minister of Defence", "Secretary for Health").
pub const MINISTERIAL_ROLES: &[&str] = &["minister", "secretary", "commissioner"];

/// Organisation words of a government's departments, which hold a minister's portfolio
/// ("Department for Roads and Freight"); the first two name ministries, the rest other offices.
pub const DEPARTMENT_WORDS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "secretariat",
    "directorate",
    "bureau",
    "agency",
];

/// Nouns for numbers someone gives ("according to figures compiled by …").
pub const DATA_NOUNS: &[&str] = &[
    "data",
    "figures",
    "statistics",
    "estimates",
    "numbers",
    "counts",
    "tallies",
    "records",
];

/// Bodies whose members a person's possessive names ("Khan’s party, Pakistan Tehreek-e-Insaf").
pub const MEMBERS_BODIES: &[&str] = &[
    "party",
    "movement",
    "union",
    "faction",
    "coalition",
    "militia",
    "alliance",
];

/// Verbs of a relative clause that make a person a business's owner ("who runs a cafe").
pub const BUSINESS_OWNING_VERBS: &[&str] = &["runs", "ran", "owns", "owned", "operates", "manages"];

/// Verbs of a relative clause that make a person a leader of what the paragraph names ("who
/// led the march").
pub const LEADING_VERBS: &[&str] = &[
    "led",
    "leads",
    "heads",
    "headed",
    "chairs",
    "chaired",
    "coordinated",
    "coordinates",
    "organised",
    "organized",
    "organises",
    "organizes",
    "oversaw",
    "oversees",
    "supervised",
    "supervises",
    "directed",
    "directs",
];

/// Verbs that say where a private person lives or works the land ("who grew up on Tanner
/// Street", "who farms at Low Scarth").
#[rustfmt::skip]
pub const RESIDING_VERBS: &[&str] = &[
    "lives", "lived", "grew", "farms", "farmed", "rents", "rented", "resides", "resided",
];

/// Titles of offices one person holds at a time ("the president", "the governor"): holders of
/// two of them are two people.
#[rustfmt::skip]
pub const SINGLE_HOLDER_TITLES: &[&str] = &[
    "president", "vice president", "prime minister", "premier", "chancellor", "governor", "mayor",
    "king", "queen", "attorney general", "secretary general", "director general",
    "high commissioner",
];

/// Kinship nouns: a relative speaks for the family, not for whoever the text names them by
/// ("Lionel Dray, Desmond’s elder brother"; "His mother, Roswitha Imhof").
#[rustfmt::skip]
pub const KIN_ROLES: &[&str] = &[
    "mother", "father", "parent", "brother", "sister", "sibling", "son", "daughter", "wife",
    "husband", "widow", "widower", "uncle", "aunt", "cousin", "nephew", "niece", "grandmother",
    "grandfather", "grandson", "granddaughter", "relative",
];

/// Offices of a county or a district held by one person, which the genre names by their place
/// and title ("Wrayburn County District Attorney Colette Imrie", "the deputy medical examiner
/// for Wrayburn County"): the office is the holder's side, not the place.
pub const LOCAL_OFFICES: &[&str] = &[
    "district attorney",
    "medical examiner",
    "public defender",
    "sheriff",
    "coroner",
];

/// A rank that, in lower case after a subject, is a student's ("a biology major"), and the role
/// it reads as.
pub const STUDENT_OF_A_SUBJECT: (&str, &str) = ("major", "student");

/// Roles of people who act for a client: a person's lawyer is one of the lawyers, not of the
/// client's side ("Telvic’s lawyer, Cassius Thorburn"); a body's lawyer speaks for the body.
pub const COUNSEL_ROLES: &[&str] = &["lawyer", "attorney", "counsel", "solicitor", "barrister"];

/// Roles of people an organisation serves, not people who speak for it ("a pupil at Tavish
/// Bridge High School", "a patient at the hospital").
pub const CLIENT_ROLES: &[&str] = &[
    "student",
    "pupil",
    "patient",
    "resident",
    "detainee",
    "prisoner",
    "passenger",
    "customer",
    "tenant",
    "refugee",
];

/// Verbs of a relative clause that tie a person to the organisation after "at" or "for"
/// ("who studies drug regulation at Linwood University", "who works for the ministry").
pub const WORKING_VERBS: &[&str] = &[
    "works",
    "worked",
    "studies",
    "studied",
    "teaches",
    "taught",
    "researches",
    "lectures",
    "serves",
    "served",
    "volunteers",
    "volunteered",
];

/// Verbs by which someone speaks for a party before "for" ("who gave evidence for the
/// Appellant", "appeared for the Council", "acting for the family").
pub const APPEARING_FOR_VERBS: &[&str] = &[
    "appeared",
    "appearing",
    "appears",
    "acted",
    "acting",
    "acts",
    "evidence",
    "testified",
    "testifying",
    "spoke",
    "speaking",
    "speaks",
];

/// Participles before "by" that name who speaks for a party ("The Appellant was represented
/// by Mr Treadgold").
pub const REPRESENTED_VERBS: &[&str] = &["represented"];

/// Verbs of a relative clause by which a person joins or leaves an organisation named by its
/// kind ("who left the commission in 2022").
pub const MEMBERSHIP_CHANGE_VERBS: &[&str] = &["left", "joined", "quit", "rejoined"];

/// Of those, the verbs of a scholar's work.
pub const SCHOLARLY_VERBS: &[&str] = &[
    "studies",
    "studied",
    "teaches",
    "taught",
    "researches",
    "lectures",
];

/// Verbs that tie a person to an organisation they lead, found, join or work for.
#[rustfmt::skip]
pub const MEMBERSHIP_VERBS: &[&str] = &[
    "founded", "co-founded", "cofounded", "leads", "led", "heads", "headed", "runs", "ran",
    "joined", "chairs", "chaired", "directs", "directed", "oversaw", "oversees", "represents",
    "represented", "works", "worked", "working", "serves", "served", "serving", "created",
    "co-created", "established", "launched", "started", "presided", "presides",
];

/// Participles that, before "by", name who made a project or organisation ("developed by").
pub const MADE_BY_VERBS: &[&str] = &[
    "developed",
    "created",
    "founded",
    "co-founded",
    "started",
    "launched",
    "built",
    "written",
    "maintained",
    "published",
    "run",
    "led",
    "established",
];

/// Interview media named in endnotes.
#[rustfmt::skip]
pub const MEDIA: &[&str] = &[
    "WhatsApp", "Skype", "Signal", "Telegram", "telephone", "phone", "email", "e-mail", "Zoom",
    "Facebook Messenger", "Messenger", "FaceTime", "Viber", "Twitter", "direct message",
    "in person", "video call", "in-person",
];

/// Phrases that tie an interview to its interviewee in a note ("interview with X").
#[rustfmt::skip]
pub const INTERVIEW_MARKERS: &[&str] = &[
    "interview with", "interviews with", "interviewed by", "conversation with", "conversations with",
    "conversation between", "meeting between",
    "correspondence with the author", "author interview", "author’s interview",
    "phone call with the author", "message to the author", "messages to the author",
    "meeting with", "confidential source", "correspondence with", "individual interview",
    "focus group", "key informant",
];

/// The acronyms by which field studies cite their own interviews ("KII with KI-06, water
/// officer", "FGD 6, women aged 36 and over"): key informant interviews, focus group
/// discussions, in-depth interviews.
pub const INTERVIEW_ACRONYMS: &[&str] = &["KII", "FGD", "IDI"];

/// Words that open a citation of someone else's work ("See Interview of …", "Cf. …").
pub const CITATION_SIGNALS: &[&str] = &["See", "Cf.", "Compare", "Accord", "Contra", "E.g."];

/// Interviews recorded by the authoring office or committee, followed by the interviewee
/// ("Transcribed Interview of X", "Deposition of X").
#[rustfmt::skip]
pub const RECORDED_INTERVIEW_FORMS: &[&str] = &[
    "transcribed interview of ", "continued interview of ", "informal interview of ",
    "voluntary interview of ", "deposition of ", "transcript, interview of ",
    "transcript of interview of ", "transcript of the interview of ",
];

/// The form number of an interview report after its date ("Cohen 9/12/18 302").
pub const INTERVIEW_REPORT: &str = "302";

/// Words by which a note names the author as a party to an interview ("the Office twice
/// interviewed X", "interview with the author").
#[rustfmt::skip]
pub const AUTHOR_PARTIES: &[&str] = &[
    "the author", "this author", "the authors", "our office", "the office", "me", "us",
];

/// Month names, full and abbreviated, for dates in notes.
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
];

/// Whether a byte is the first of a month's name in [`MONTHS`] (each is a capital letter).
pub fn opens_month(byte: u8) -> bool {
    MONTH_INITIALS[usize::from(byte)]
}

/// The first bytes of [`MONTHS`], read from the list when the program is built.
const MONTH_INITIALS: [bool; 256] = initials(MONTHS);

/// Whether `bytes` open with the first three bytes of one of [`MONTHS`] (each has three or
/// more): most capitals that open a month's name open none, and are told without reading
/// their word.
pub fn opens_month_name(bytes: &[u8]) -> bool {
    match bytes {
        [a, b, c, ..] => MONTH_HEADS.contains(&u32::from_le_bytes([*a, *b, *c, 0])),
        _ => false,
    }
}

/// The first three bytes of each of [`MONTHS`], as [`opens_month_name`] compares them, read
/// from the list when the program is built.
const MONTH_HEADS: [u32; MONTHS.len()] = {
    let mut heads = [0; MONTHS.len()];
    let mut i = 0;
    while i < MONTHS.len() {
        let month = MONTHS[i].as_bytes();
        assert!(month.len() >= 3, "a month's name has three bytes or more");
        heads[i] = u32::from_le_bytes([month[0], month[1], month[2], 0]);
        i += 1;
    }
    heads
};

/// Whether a word is a month or its abbreviation as [`MONTHS`] writes it (each opens on a
/// capital, so a word that does not is none).
#[inline]
pub fn is_month(word: &str) -> bool {
    // Most words are told apart by their first byte or their length before the list is read.
    word.as_bytes().first().is_some_and(|&b| opens_month(b))
        && word.len() <= MONTH_MAX_LEN
        && MONTHS.contains(&word)
}

/// The length of the longest of [`MONTHS`].
const MONTH_MAX_LEN: usize = max_len(MONTHS);

/// The length in bytes of the longest word of a list, when the program is built.
const fn max_len(list: &[&str]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < list.len() {
        if list[i].len() > max {
            max = list[i].len();
        }
        i += 1;
    }
    max
}

/// Whether each byte opens a word of a list, when the program is built.
const fn initials(list: &[&str]) -> [bool; 256] {
    let mut initials = [false; 256];
    let mut i = 0;
    while i < list.len() {
        if let Some(&first) = list[i].as_bytes().first() {
            initials[first as usize] = true;
        }
        i += 1;
    }
    initials
}

/// Headings that open an endnotes list.
#[rustfmt::skip]
pub const NOTES_HEADINGS: &[&str] = &[
    "notes", "endnotes", "end notes", "citations", "references", "footnotes", "sources",
    "notes and references", "works cited",
];

/// Headings of a list of sources that are not notes, when they follow the notes list.
#[rustfmt::skip]
pub const BIBLIOGRAPHY_HEADINGS: &[&str] = &[
    "bibliography", "select bibliography", "works cited", "further reading", "literature",
    "reference list", "sources consulted",
];

/// Prefixes of photo and video credit lines.
#[rustfmt::skip]
pub const CREDIT_PREFIXES: &[&str] = &[
    "cover photo", "photo", "photograph", "image", "illustration", "credit", "source", "map",
    "chart", "graphic", "video",
];

/// Whether `word` is in `list`, ignoring case.
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| same_ignoring_ascii_case(w, word))
}

/// The first bytes of a list's words with bit `0x20` set (a letter in lower case), worked out
/// when the program is compiled: a word whose first byte, so set, is none of them is on the
/// list for neither [`is_one_of`] nor [`same_ignoring_ascii_case`], which is told at a glance.
pub(crate) const fn folded_initials(list: &[&str]) -> [bool; 256] {
    let mut initials = [false; 256];
    let mut k = 0;
    while k < list.len() {
        if let Some(&first) = list[k].as_bytes().first() {
            initials[(first | 0x20) as usize] = true;
        }
        k += 1;
    }
    initials
}

/// `a.eq_ignore_ascii_case(b)`, quicker to say no: most words compared differ in length or in
/// their first byte. Two bytes equal ignoring ASCII case are equal once bit `0x20` is set in
/// both (a letter's case is that bit; any other byte is compared as it is), so the test of the
/// first byte never rejects a match.
#[inline]
pub(crate) fn same_ignoring_ascii_case(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len()
        && a.first()
            .zip(b.first())
            .is_none_or(|(x, y)| x | 0x20 == y | 0x20)
        && a.eq_ignore_ascii_case(b)
}

/// Forms of "to be" that make a quotation after them the subject's description ("was “…”").
pub const COPULAS: &[&str] = &["was", "is", "were", "are"];

/// What opens a heading that names who asked or answered what follows ("Answered by Harriet
/// Colquhoun-Day, on 12 March 2025"), as written questions and replies set them out.
pub const TURN_HEADING_OPENERS: &[&str] = &[
    "asked by ",
    "answered by ",
    "replied by ",
    "reply from ",
    "response from ",
    "answer from ",
    // A letter's sender ("From: Douglas Fenwright MP, Minister for Housing").
    "from: ",
];

/// The words after a family's name that make it a family firm's ("Holloway & Sons", "Marsh
/// Brothers"), whose members by that name are its people.
pub const FAMILY_FIRM_WORDS: &[&str] = &["&", "and", "sons", "son", "brothers", "bros", "bros."];

/// Words that count the people of a role who speak together ("Dozens of farmers said",
/// "Several residents told"): a group of sources, not people in general.
#[rustfmt::skip]
pub const GROUP_COUNTS: &[&str] = &[
    "several", "dozens", "hundreds", "thousands", "scores", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
];

/// How a trial transcript's heading that names a witness ends ("ANNA FERRIE, sworn").
pub const SWORN_ENDINGS: &[&str] = &[", sworn", ", affirmed", " (sworn)", " (affirmed)"];

/// What opens a trial transcript's heading that names who asks the witness's questions
/// ("Examined by MR ROWE", "Cross-examined by MS DALGETY").
pub const EXAMINED_BY: &[&str] = &[
    "examined by ",
    "cross-examined by ",
    "re-examined by ",
    "further examined by ",
    "questioned by ",
];

/// What opens a letter's heading that names whom the letter is to ("To: Douglas Fenwright
/// MP, Minister for Housing").
pub const ADDRESSEE_HEADING_OPENERS: &[&str] = &["to: "];

/// Verbs of taking part in a post after a name and before "as" ("Lorenz Haig attended as the
/// Ministry of Finance representative", "She served as the union's treasurer").
pub const SERVING_AS_VERBS: &[&str] = &[
    "attended",
    "attends",
    "served",
    "serves",
    "sat",
    "sits",
    "acted",
    "acts",
    "participated",
];

/// Words that open a clause of its own inside a sentence (a quote after one is not the words of
/// a noun before it).
pub const CLAUSE_OPENERS: &[&str] = &["that", "which", "who", "where", "when"];

/// Words after which a quotation is governed by the document or speech noun before them ("a
/// note to “…”", "questions about the “…”").
pub const CONTENT_GOVERNORS: &[&str] = &["to", "about", "on", "for", "of", "the"];

/// Prepositions of place that are not locatives of a name ("across the street").
pub const PLACE_PREPOSITIONS: &[&str] = &["across", "near"];

/// Nouns in lower case whose "of" names a place ("the town of Kessly", "the village of
/// Oloru").
pub const PLACE_NOUNS: &[&str] = &[
    "town",
    "village",
    "city",
    "province",
    "district",
    "region",
    "county",
    "municipality",
    "governorate",
    "island",
    "valley",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "hamlet",
];

/// Words that join capitalized words into one organisation's name ("Department of the
/// Interior", "Code for America", "Read the Docs").
pub const ORG_NAME_JOINERS: &[&str] = &["of", "and", "for", "the", "on"];

/// The words after which "on" goes on with an organisation's or a law's name ("the Committee on
/// Housing and Tenure", "the Law on Public Assemblies").
pub const ON_HEADS: &[&str] = &[
    "committee",
    "subcommittee",
    "commission",
    "council",
    "law",
    "convention",
    "conference",
    "panel",
    "board",
    "institute",
    "centre",
    "center",
    "act",
    "code",
    "covenant",
];

/// The verb forms of "to be", which make a following past participle passive.
#[rustfmt::skip]
pub const BE_FORMS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets",
];

/// Words before "by" or "from" and the one who asks ("questioning from Rep. Kolbeck", "asked
/// by the Chair", "pressed by Senator Ruiz").
#[rustfmt::skip]
pub const QUESTIONING_WORDS: &[&str] = &[
    "questioning", "questioned", "asked", "pressed", "challenged", "quizzed", "cross-examined",
    "cross-examination", "examined", "prompted", "interviewed",
];

/// Nouns of a reckoning whose owner vouches for it ("by his own count", "by Marrant’s
/// account").
#[rustfmt::skip]
pub const RECKONING_NOUNS: &[&str] = &[
    "count", "account", "admission", "estimate", "reckoning", "estimation", "telling",
];

/// Participles that give someone the label a report calls them by ("an officer, identified in
/// this report as Officer 1").
#[rustfmt::skip]
pub const LABELLING_PARTICIPLES: &[&str] = &[
    "identified", "referred", "designated", "known", "described",
];

/// Words that open what qualifies an anonymous source ("a person familiar with the matter",
/// "an official close to the talks", "a person briefed on the meeting").
#[rustfmt::skip]
pub const SOURCE_QUALIFIERS: &[&str] = &[
    "familiar", "close", "briefed", "involved", "knowledgeable", "aware", "speaking",
];

/// Words that open a phrase set off between a subject and its verb ("Lutfi, now in Kuldar,
/// says", "Officials, for their part, maintained", "The ministry, however, said").
#[rustfmt::skip]
pub const PARENTHETICAL_ADVERBS: &[&str] = &[
    "now", "then", "still", "formerly", "once", "later", "previously", "currently", "today",
    "for", "however", "meanwhile", "though", "too", "instead", "moreover",
];

/// Adverbs of time that may stand before a sentence's subject with no comma ("Tomorrow he will
/// meet", "Later she wrote"): the subject still opens the sentence.
#[rustfmt::skip]
pub const OPENING_TIME_ADVERBS: &[&str] = &[
    "tomorrow", "today", "yesterday", "later", "then", "now", "earlier", "afterwards", "soon",
];

/// Words that open an introductory phrase before a sentence's subject ("On September 22, 2015,").
#[rustfmt::skip]
pub const INTRO_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "during",
    "following",
    "since",
    "as",
    "by",
    "for",
    "from",
    "despite",
    "although",
    "though",
    "because",
    "if",
    "unlike",
    "like",
    "between",
    "given",
    "under",
    "with",
    "without",
    "even",
    "however",
    "also",
    "later",
    "still",
    "then",
    "meanwhile",
    "instead",
    "indeed",
    "similarly",
    "likewise",
    "moreover",
    "once",
    "until",
    "within",
    "throughout",
    "into",
    "around",
    "about",
    "among",
    "upon",
    "but",
    "yet",
    "and",
    "so",
    "of",
    "to",
    "over",
    "through",
    "amid",
    "against",
    "according",
    "whether",
    "where",
    "what",
    "outside",
    "inside",
    "across",
    "near",
];

/// Relative words that open a parenthetical after a subject (", who …,").
#[rustfmt::skip]
pub const RELATIVES: &[&str] = &["who", "which", "whose", "where", "whom", "that"];

/// Words that join two verbs of one subject ("forwarded the email and wrote").
#[rustfmt::skip]
pub const COORDINATORS: &[&str] = &["and", "but", "or", "then", "yet", "nor"];

/// Lower-case words that never describe a speaker.
#[rustfmt::skip]
pub const NOT_DESCRIBING: &[&str] = &[
    "said", "says", "told", "that", "which", "who", "whom", "whose", "when", "where", "while",
    "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
    "were", "had", "has", "have", "be", "been", "it", "they", "he", "she", "we", "i", "me", "his",
    "her", "their", "its", "our", "these", "those", "what", "not", "also", "just", "only", "then",
    "there", "here", "if", "than", "so", "even", "all", "other", "others", "many", "most", "more",
];

/// What follows a company's name after a comma ("Kestrel Span Builders, Inc."), and the last
/// words of names that a company goes by the first word of ("Brenlow Power Company").
#[rustfmt::skip]
pub const COMPANY_SUFFIXES: &[&str] = &[
    "Inc", "Ltd", "Company", "Corporation", "Holdings", "Group", "LLC", "LLP", "plc", "PLC",
    "Corp", "Co", "GmbH", "AG", "SA", "Limited", "Incorporated", "Pty", "NV", "BV", "SpA", "SARL",
    "Srl", "Oy", "KG",
];

/// Abbreviations whose period does not end a sentence.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Prof", "Sen", "Rep",
    "Insp", "Supt", "Det", "Amb", "Cmdr", "Brig",
    "Gov", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Inc", "Ltd", "Jr", "Sr", "e.g", "i.e", "approx",
    // Citations ("(2020, p. 5)", "para. 41", "cf. Dorn").
    "p", "pp", "para", "paras", "cf", "vol", "ch", "fig", "ed", "eds", "al",
    // Case captions ("The Prosecutor v. Dorian Kostavin").
    "v",
];

/// Whether a word is one of [`ABBREVIATIONS`] as written (most words are told apart by their
/// first byte or their length before the list is read).
pub fn is_abbreviation(word: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&b| ABBREVIATION_INITIALS[usize::from(b)])
        && word.len() <= ABBREVIATION_MAX_LEN
        && ABBREVIATIONS.contains(&word)
}

/// The first bytes of [`ABBREVIATIONS`].
const ABBREVIATION_INITIALS: [bool; 256] = initials(ABBREVIATIONS);

/// The length of the longest of [`ABBREVIATIONS`].
const ABBREVIATION_MAX_LEN: usize = max_len(ABBREVIATIONS);

/// Prepositions after which a plain form is a noun.
pub const NOUN_PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "with", "for", "about", "from", "after", "before", "into", "under", "over",
    "through", "via",
];

/// Words after which a plain form is a verb ("they say", "would say", "to say").
#[rustfmt::skip]
pub const BEFORE_PLAIN_VERB: &[&str] = &[
    "i", "we", "you", "they", "would", "will", "can", "could", "should", "may", "might", "must",
    "do", "does", "did", "to", "not", "never", "also", "often", "always", "sometimes", "usually",
    "people", "others", "still", "then", "and", "or",
];

/// Verbs of hearing or seeing whose object a plain verb of saying may follow ("heard a
/// soldier shout", "watched the minister tell reporters").
#[rustfmt::skip]
pub const PERCEPTION_VERBS: &[&str] = &[
    "heard", "hear", "hears", "overheard", "overhear", "saw", "see", "watched", "watch",
];

/// Auxiliaries after which an "-s" form is a noun ("are notes", "will reports").
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "would", "will", "can", "could", "should",
    "may", "might", "must", "do", "does", "did", "has", "have", "had", "to",
];

/// Verbs of founding, the strongest tie of a person to an organisation.
pub const FOUNDING_VERBS: &[&str] = &[
    "founded",
    "co-founded",
    "cofounded",
    "created",
    "co-created",
    "established",
    "launched",
    "started",
];

/// Participles of perceiving after which the subject before the passive speaks ("the mayor can
/// be heard telling officials").
pub const PERCEPTION_PARTICIPLES: &[&str] = &["heard", "seen", "recorded", "filmed", "caught"];

/// Auxiliaries of a passive before such a participle ("can be", "was").
#[rustfmt::skip]
pub const PASSIVE_AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "was", "are", "were", "can", "could", "may", "might", "will",
    "would",
];

/// Words that open the question a fronted "Asked …" puts ("Asked whether", "Asked why").
pub const QUESTION_OPENERS: &[&str] = &["whether", "if", "about", "why", "how", "what", "when"];

/// Words of a parenthesis that withholds a person's name ("(not her real name)", "(a
/// pseudonym)", "(name changed)").
pub const WITHHELD_NAME_WORDS: &[&str] = &["name", "pseudonym"];

/// The words that say where in a cited work ("p. 9", "para. 3.2", "at 14", "ch. 2", "§ 4").
pub(crate) const CITATION_LOCATORS: &[&str] = &[
    "p.",
    "pp.",
    "para.",
    "paras.",
    "paragraph",
    "at",
    "ch.",
    "chap.",
    "chapter",
    "§",
    "section",
    "sec.",
    "s.",
    "art.",
    "fig.",
    "table",
    "annex",
    "appendix",
];

/// What a note cites when it cites someone's spoken or written words ("speech to the Chamber of
/// Commerce", "remarks to reporters", "statement to the Clarion").
pub(crate) const REMARKS_NOUNS: &[&str] = &[
    "speech",
    "remarks",
    "address",
    "lecture",
    "statement",
    "testimony",
    "keynote",
    "briefing",
];

/// Nouns that open a parenthesis citing an exchange the words come from, not a speaker
/// ("(Interview R12, May 2021)", "(Focus group 2, Ward 7)").
pub(crate) const INTERVIEW_CITATION_NOUNS: &[&str] = &[
    "interview",
    "interviews",
    "focus",
    "conversation",
    "correspondence",
    "meeting",
    "discussion",
];

/// Participles by which a document appeared somewhere ("a study published in The Lancet").
pub(crate) const PUBLISHING_PARTICIPLES: &[&str] = &[
    "published",
    "released",
    "issued",
    "posted",
    "printed",
    "carried",
];

/// Words by which a relative clause gives someone a name to go by ("who asked to be
/// identified only as Leila", "whom we call Samir").
pub(crate) const NAMING_CLAUSE_WORDS: &[&str] = &["identified", "call", "called", "known"];

/// Participles that give a role's name right after it ("a man called Abu Anas").
pub(crate) const NAMING_PARTICIPLES: &[&str] = &["named", "called", "nicknamed", "dubbed"];

/// Words before such a noun ("written statement", "oral evidence").
pub(crate) const REMARKS_MODIFIERS: &[&str] =
    &["written", "oral", "public", "joint", "opening", "closing"];

/// Participles by which a body puts someone forward (", appointed on the proposal of the MFQ,").
pub(crate) const NOMINATION_PARTICIPLES: &[&str] = &[
    "appointed",
    "nominated",
    "proposed",
    "delegated",
    "seconded",
    "named",
    "elected",
];

/// Nouns of putting someone forward ("on the proposal of", "at the request of").
pub(crate) const NOMINATION_NOUNS: &[&str] = &[
    "proposal",
    "nomination",
    "recommendation",
    "request",
    "invitation",
];

/// Adjectives of time before a role ("the former coordinator"), which tell no post apart.
pub(crate) const TIME_ADJECTIVES: &[&str] =
    &["former", "then", "onetime", "erstwhile", "ex", "previous"];

/// Conjunctions that open a clause of their own inside a sentence ("was 61 when a consultant
/// … told him").
pub(crate) const SUBORDINATORS: &[&str] = &[
    "when", "while", "after", "before", "because", "since", "until", "although", "though", "if",
    "whereas", "once",
];

/// Nouns for studies an organisation puts its name to, whose publisher is their author ("a
/// report published by the Institute for Fiscal Studies"), unlike a letter a newspaper prints.
pub(crate) const STUDY_NOUNS: &[&str] = &[
    "report",
    "study",
    "paper",
    "review",
    "assessment",
    "evaluation",
    "audit",
    "survey",
    "analysis",
];

/// Participles before "by" that name a document's author ("a memo written by Chesebro"), not
/// whoever published or passed on someone else's.
pub(crate) const AUTHORED_BY_PARTICIPLES: &[&str] = &[
    "signed", "written", "authored", "drafted", "penned", "issued", "sent", "prepared",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_open_on_the_capitals_opens_month_knows() {
        for b in 0..=u8::MAX {
            let opens = MONTHS.iter().any(|m| m.as_bytes()[0] == b);
            assert_eq!(opens_month(b), opens, "{b}");
            assert!(!opens || b.is_ascii_uppercase());
        }
    }

    #[test]
    fn bytes_equal_ignoring_ascii_case_agree_once_bit_0x20_is_set() {
        for x in 0..=u8::MAX {
            for y in 0..=u8::MAX {
                if x.eq_ignore_ascii_case(&y) {
                    assert_eq!(x | 0x20, y | 0x20, "{x} {y}");
                }
            }
        }
        assert!(same_ignoring_ascii_case("Said", "sAID"));
        assert!(same_ignoring_ascii_case("", ""));
        assert!(!same_ignoring_ascii_case("said", "sad"));
        assert!(!same_ignoring_ascii_case("@", "`"));
    }

    #[test]
    fn every_month_opens_on_a_capital() {
        assert!(MONTHS.iter().all(|m| is_month(m)));
    }
}
