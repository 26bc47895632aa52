//! Event coding end to end: text in, event mentions out, through the standard stages.

use dyad_core::{Annotated, Extract, Meta, Modality, Normalize, RawDocument};
use jiff::civil::date;

fn code(text: &str, published: Option<jiff::civil::Date>) -> Annotated {
    let raw = RawDocument {
        id: "t".into(),
        text: text.into(),
        meta: Meta {
            published,
            ..Meta::default()
        },
        ..RawDocument::default()
    };
    let doc = dyad_normalize::Normalizer::standard().normalize(raw);
    dyad_extract::EventExtractor::builtin().unwrap().extract(doc)
}

fn first(a: &Annotated) -> &dyad_core::EventMention {
    a.events
        .iter()
        .find(|e| e.mirror_of.is_none())
        .unwrap_or_else(|| panic!("no event in {:?}", a.document.text))
}

#[test]
fn a_meeting_with_titles_date_and_place() {
    let a = code(
        "Chinese President Xi Jinping met with Kenyan President William Ruto in Beijing on Tuesday.",
        Some(date(2024, 9, 3)),
    );
    let e = first(&a);
    assert_eq!(
        (e.kind.as_str(), e.cameo.as_str(), e.modality),
        ("CONSULT", "040", Modality::Occurred)
    );
    assert_eq!(e.source.name, "Xi Jinping");
    assert_eq!(e.source.code.as_deref(), Some("CHNGOV"));
    let t = e.target.as_ref().unwrap();
    assert_eq!(named(t), ("William Ruto", Some("KENGOV")));
    assert_eq!(e.date.value.as_deref(), Some("2024-09-03"));
    assert_eq!(e.date.basis, "publication");
    assert_eq!(e.place.as_ref().map(|p| p.name.as_str()), Some("Beijing"));
    // Symmetric: coded both ways.
    assert!(a
        .events
        .iter()
        .any(|m| m.mirror_of == Some(e.index) && m.source.name == "William Ruto"));
    // Evidence points at the trigger in the original text.
    let trig: String = a
        .document
        .text
        .chars()
        .skip(e.evidence.trigger_start)
        .take(e.evidence.trigger_end - e.evidence.trigger_start)
        .collect();
    assert_eq!(trig, "met with");
}

#[test]
fn a_planned_meeting_is_not_a_meeting() {
    let a = code(
        "Kenyan President William Ruto will meet Chinese President Xi Jinping next week.",
        Some(date(2024, 9, 1)),
    );
    let e = first(&a);
    assert_eq!(
        (e.kind.as_str(), e.cameo.as_str(), e.modality),
        ("AGREE", "036", Modality::Planned)
    );
    assert_eq!(e.base_type.as_deref(), Some("CONSULT"));
    assert_eq!(e.date.precision.as_deref(), Some("week"));
}

#[test]
fn negation_and_unknown_dates() {
    let a = code(
        "The Kenyan president did not meet the US Secretary of State Marco Rubio today.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.modality, Modality::Negated);
    assert_eq!(e.date.value, None, "no publication date: today stays unknown");
    assert_eq!(e.date.basis, "unknown");
}

#[test]
fn surnames_pronouns_and_conflict_types() {
    let a = code(
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. Later, Putin accused Ukraine of sabotage. He also praised China.",
        None,
    );
    let kinds: Vec<(&str, &str, &str)> = a
        .events
        .iter()
        .filter(|e| e.mirror_of.is_none())
        .map(|e| {
            (
                e.kind.as_str(),
                e.source.name.as_str(),
                e.target.as_ref().map_or("", |t| t.name.as_str()),
            )
        })
        .collect();
    assert!(
        kinds.contains(&("CONSULT", "Vladimir Putin", "Recep Tayyip Erdogan")),
        "{kinds:?}"
    );
    assert!(kinds.contains(&("ACCUSE", "Vladimir Putin", "Ukraine")), "{kinds:?}");
    assert!(kinds.contains(&("SUPPORT", "Vladimir Putin", "China")), "{kinds:?}");
}

#[test]
fn a_visit_is_coded_with_its_host() {
    let a = code(
        "President William Ruto left for Beijing, China on Sunday.",
        Some(date(2024, 9, 1)),
    );
    let e = first(&a);
    assert_eq!((e.cameo.as_str(), e.mode.as_deref()), ("042", Some("visit")));
    assert_eq!(e.target.as_ref().and_then(|t| t.country.as_deref()), Some("CHN"));
    assert!(a
        .events
        .iter()
        .any(|m| m.cameo == "043" && m.mirror_of == Some(e.index)));
    assert_eq!(e.date.value.as_deref(), Some("2024-09-01"));
}

#[test]
fn quotations_with_their_speakers() {
    let a = code(
        "Secretary of State Marco Rubio met Kenyan President William Ruto.\n\n\"Kenya's leadership is exemplary,\" noted Secretary Rubio. \"The US is committed to peace.\"\n\n\"This partnership is about the future,\" President Ruto concluded.",
        None,
    );
    let q: Vec<(&str, Option<&str>)> = a
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_ref().map(|s| s.name.as_str())))
        .collect();
    assert_eq!(
        q,
        vec![
            ("Kenya's leadership is exemplary,", Some("Marco Rubio")),
            ("The US is committed to peace.", Some("Marco Rubio")),
            ("This partnership is about the future,", Some("William Ruto")),
        ]
    );
}

#[test]
fn acronyms_stand_for_their_organisations() {
    let a = code(
        "The Communist Party of China (CPC) hosted a delegation of Kenyan lawmakers. Later the CPC praised Kenya.",
        None,
    );
    let e = a.events.iter().find(|e| e.kind == "SUPPORT").expect("praise coded");
    assert_eq!(e.source.name, "Communist Party of China");
    assert_eq!(e.source.country.as_deref(), Some("CHN"));
}

#[test]
fn refused_or_withheld_cooperation_is_a_rejection() {
    let a = code("Pakistan has refused to provide military aid to Saudi Arabia.", None);
    let kinds: Vec<&str> = a.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, vec!["REJECT"]);
    let a = code("Kenya did not sign the agreement with Uganda.", None);
    let e = first(&a);
    assert_eq!(
        (e.kind.as_str(), e.modality, e.base_type.as_deref()),
        ("REJECT", Modality::Negated, Some("SUPPORT"))
    );
}

#[test]
fn passives_capitals_and_counterparts() {
    let a = code(
        "Russia and Ukraine exchanged 95 prisoners of war on Tuesday in a deal brokered by the United Arab Emirates. \
         The European Union imposed new sanctions on Russian banks and urged Beijing to stop supplying components to Moscow.\n\n\
         Kenyan President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan at State House.",
        Some(date(2024, 11, 20)),
    );
    let ev: Vec<(&str, &str, &str)> = a
        .events
        .iter()
        .filter(|e| e.mirror_of.is_none())
        .map(|e| {
            (
                e.kind.as_str(),
                e.source.code.as_deref().unwrap_or(""),
                e.target.as_ref().and_then(|t| t.code.as_deref()).unwrap_or(""),
            )
        })
        .collect();
    assert!(ev.contains(&("CONSULT", "ARE", "RUS")), "{ev:?}");
    assert!(ev.contains(&("CONSULT", "ARE", "UKR")), "{ev:?}");
    // Imposing sanctions is CAMEO 172, PLOVER COERCE (PLOVER SANCTION is cutting relations).
    assert!(ev.contains(&("COERCE", "IGOEUR", "RUSBUS")), "{ev:?}");
    assert!(ev.contains(&("REQUEST", "IGOEUR", "CHNGOV")), "{ev:?}");
    assert!(ev.contains(&("CONSULT", "KENGOV", "TZAGOV")), "{ev:?}");
}

#[test]
fn meeting_places() {
    let a = code(
        "Chinese President Xi Jinping met Kenyan President William Ruto at the Great Hall of the People on Tuesday.",
        Some(date(2024, 9, 3)),
    );
    let e = first(&a);
    let p = e.place.as_ref().expect("a place");
    assert!(p.name.contains("Great Hall"), "{p:?}");
}

#[test]
fn a_bare_head_of_state_speaker_is_the_article_protagonist() {
    let a = code(
        "The Head of State held talks with the President of Ghana, John Mahama, on trade between the two nations.\n\n\
         \"We are ready to take our cooperation to a new level,\" the President said.\n\n\
         President John Mahama welcomed the proposal. President Mirziyoyev also invited him to visit Uzbekistan.",
        Some(date(2025, 3, 4)),
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("We are ready"))
        .expect("the quotation");
    let who = q.speaker.as_ref().expect("a speaker");
    // The bare `the Head of State` of the lede is the host, named only later; the named guest
    // is not the bare `the President`.
    assert_eq!(who.name, "Mirziyoyev", "{who:?}");
    assert_eq!(who.resolved_by.as_deref(), Some("role description"));
}

#[test]
fn announced_conflict_is_a_threat_and_noun_phrases_fill_missing_actors() {
    let a = code(
        "Bangladesh says it will not accept any Rohingya refugees fleeing the violence.",
        None,
    );
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.modality), ("REJECT", Modality::Negated));
    assert_eq!(e.source.name, "Bangladesh");
    let a = code(
        "The opposition parties said they would boycott the presidential elections.",
        None,
    );
    assert!(a.events.iter().any(|e| e.kind == "THREATEN"), "{:?}", a.events);
    let a = code(
        "The European Commission accused the legislation of attacking civil society.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.kind, "ACCUSE");
    assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some("the legislation"));
    assert_eq!(e.target.as_ref().and_then(|t| t.kind.as_deref()), Some("generic"));
}

#[test]
fn user_verb_patterns_decide_the_code() {
    let verbs = "&FOOD\n+FOOD\n+RICE_\n\n---  ACCELERATE   [---]  ---\nRUSH\nHASTEN\n- * &FOOD [073]  # RUSH\n- * TROOPS (TO BORDER) [154]  # RUSH\n";
    let user = dyad_extract::UserDictionaries {
        verbs: vec![verbs.to_string()],
        ..Default::default()
    };
    let (ext, notes) = dyad_extract::EventExtractor::with_dictionaries(&user).unwrap();
    assert!(notes.iter().any(|n| n.contains("verbs: 2 entries")), "{notes:?}");
    let run = |text: &str| {
        let raw = RawDocument {
            id: "t".into(),
            text: text.into(),
            ..RawDocument::default()
        };
        ext.extract(dyad_normalize::Normalizer::standard().normalize(raw))
    };
    // The pattern's set word follows the verb (an inflection of the listed base form).
    let a = run("Germany rushed rice to Sudan.");
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.cameo.as_str()), ("AID", "073"));
    assert_eq!(e.source.country.as_deref(), Some("DEU"));
    // The longer pattern, in order.
    let a = run("Ethiopia hastened troops to the border with Eritrea.");
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.cameo.as_str()), ("MOBILIZE", "154"));
    // A `[---]` verb without its pattern's words codes nothing.
    let a = run("Germany rushed to judgement about Sudan.");
    assert!(
        a.events.iter().all(|e| e.evidence.trigger != "rushed"),
        "{:?}",
        a.events
    );
}

/// (type, source name, target name) of every non-mirror event.
/// Asserts that a sentence codes no event.
fn codes_nothing(text: &str) {
    let a = code(text, None);
    assert!(a.events.is_empty(), "{text}: {:?}", triples(&a));
}

/// Asserts the sentence codes `kind` from `source` to `target`, among others; its triples, for
/// further checks.
fn codes_triple(text: &str, kind: &str, source: &str, target: &str) -> Vec<(String, String, String)> {
    let t = triples(&code(text, None));
    assert!(t.contains(&triple(kind, source, target)), "{text}: {t:?}");
    t
}

/// Asserts the sentence codes each (kind, source, target), among others; its triples, for
/// further checks.
fn codes_all(text: &str, expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    let t = triples(&code(text, None));
    for &(kind, source, target) in expected {
        assert!(t.contains(&triple(kind, source, target)), "{text}: {t:?}");
    }
    t
}

/// Asserts the sentence codes `kind` from `source` to `target` and nothing else.
fn codes_only(text: &str, kind: &str, source: &str, target: &str) {
    let t = triples(&code(text, None));
    assert_eq!(t, [triple(kind, source, target)], "{text}");
}

/// The first event coded has this PLOVER type and CAMEO code.
fn codes_first(text: &str, kind: &str, cameo: &str) {
    let a = code(text, None);
    assert_eq!(
        (first(&a).kind.as_str(), first(&a).cameo.as_str()),
        (kind, cameo),
        "{text}"
    );
}

/// Asserts the first event coded has this modality.
fn codes_modality(text: &str, modality: dyad_core::Modality) {
    assert_eq!(first(&code(text, None)).modality, modality, "{text}");
}

/// Asserts the sentence codes no event of type `kind`.
fn codes_no(text: &str, kind: &str) {
    let t = triples(&code(text, None));
    assert!(t.iter().all(|x| x.0 != kind), "{text}: {t:?}");
}

/// An actor's name and code, for the checks that compare both.
fn named(a: &dyad_core::Actor) -> (&str, Option<&str>) {
    (a.name.as_str(), a.code.as_deref())
}

/// A (kind, source, target) triple as [`triples`] gives them.
fn triple(kind: &str, source: &str, target: &str) -> (String, String, String) {
    (kind.into(), source.into(), target.into())
}

fn triples(a: &Annotated) -> Vec<(String, String, String)> {
    a.events
        .iter()
        .filter(|e| e.mirror_of.is_none())
        .map(|e| {
            (
                e.kind.clone(),
                e.source.name.clone(),
                e.target.as_ref().map_or(String::new(), |t| t.name.clone()),
            )
        })
        .collect()
}

#[test]
fn parties_between_bodies_of_countries_and_agentless_passives() {
    // Talks between two parties: they talk with each other.
    let a = code("Talks between Kenya and China were held in Nairobi.", None);
    assert_eq!(triples(&a), [triple("CONSULT", "Kenya", "China")]);
    // The armies of two countries: each country's army.
    let a = code("The armies of Brazil and Argentina held joint war games.", None);
    let e = first(&a);
    assert_eq!(e.kind, "COOPERATE");
    assert_eq!(e.source.code.as_deref(), Some("BRAMIL"));
    assert_eq!(e.target.as_ref().and_then(|t| t.code.as_deref()), Some("ARGMIL"));
    // An arrest with no agent: the authorities of the place, never the person arrested.
    let a = code("The journalist Moussa Tchangari was arrested on Monday in Niger.", None);
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.source.code.as_deref()), ("COERCE", Some("NER")));
    assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some("Moussa Tchangari"));
    // A killing with no agent is no event at all.
    let a = code("Three Kenyans were killed in Somalia.", None);
    assert!(triples(&a).is_empty(), "{:?}", triples(&a));
}

#[test]
fn targets_after_the_thing_acted_on_and_false_friends() {
    // Support for someone, past a possessor.
    let a = code(
        "The Czech prime minister pledged his country's full support for Fayez Serraj.",
        None,
    );
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.cameo.as_str()), ("SUPPORT", "051"));
    assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some("Fayez Serraj"));
    // Forces go somewhere; protests are against something.
    let a = code("President Bush mobilized troops for the Gulf War against Iraq.", None);
    assert_eq!(first(&a).target.as_ref().and_then(|t| t.code.as_deref()), Some("IRQ"));
    // A released statement frees nobody; a recognised symbol recognises nothing.
    let a = code("The ministry released a statement on Monday.", None);
    assert!(triples(&a).is_empty(), "{:?}", triples(&a));
    let a = code(
        "Playboy said its logo is the most recognized symbol in the world.",
        None,
    );
    assert!(a.events.iter().all(|e| e.cameo != "054"));
    // `May` beside a number is a month.
    let a = code("On May 15 Buhari attended a summit in the United Kingdom.", None);
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.modality), ("CONSULT", Modality::Occurred));
}

#[test]
fn ceasefires_refusals_appositions_and_joint_failures() {
    // A ceasefire declared in a place is with that place, one way only.
    let t = codes_triple(
        "Ethiopia and Eritrea announced a ceasefire in Tigray on Sunday.",
        "RETREAT",
        "Ethiopia",
        "Tigray",
    );
    assert!(t.iter().all(|(_, s, _)| s != "Tigray"), "{t:?}");
    // What a refusal names: the object of the action refused, the party a ban is on.
    let a = code(
        "Hungary refused to allow the Ukrainian convoy to cross its border.",
        None,
    );
    assert_eq!(
        first(&a).target.as_ref().map(|t| t.name.as_str()),
        Some("the Ukrainian convoy")
    );
    let a = code("Vietnam refuses to lift the ban on Chinese fishing boats.", None);
    assert_eq!(
        first(&a).target.as_ref().map(|t| t.name.as_str()),
        Some("Chinese fishing boats")
    );
    // An apposition ends at a verb: the countries after it are not the person's.
    let a = code(
        "Brazil's president, Mr Luiz Inacio Lula da Silva, launched a mediation effort between Russia and Ukraine.",
        None,
    );
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.cameo.as_str()), ("CONSULT", "045"));
    assert_eq!(e.source.code.as_deref(), Some("BRAGOV"));
    // Two parties failing to agree; a subject between them.
    codes_triple(
        "The talks between Serbia and Kosovo failed to reach agreement.",
        "REJECT",
        "Serbia",
        "Kosovo",
    );
    // People acted upon before a clause boundary are the target, not a name in the clause.
    let a = code(
        "Myanmar freed 40 prisoners on Friday, including a former adviser to the United States embassy.",
        None,
    );
    assert_eq!(first(&a).target.as_ref().map(|t| t.name.as_str()), Some("40 prisoners"));
}

#[test]
fn acts_judged_belong_to_their_doers() {
    // The act condemned is not the condemner's own; its doer is the target; the relative
    // clause has its own subject.
    let t = codes_triple(
        "Kenya condemned the raid by armed herders who attacked a village near Marsabit.",
        "ACCUSE",
        "Kenya",
        "herders",
    );
    assert!(t.iter().all(|(k, s, _)| !(k == "ASSAULT" && s == "Kenya")), "{t:?}");
    assert!(t.iter().any(|(k, s, _)| k == "ASSAULT" && s == "herders"), "{t:?}");
}

#[test]
fn second_verbs_and_object_pronouns() {
    // A second verb keeps the first verb's subject, not its object.
    let a = code("Tanzania hosted Uganda's president and praised his leadership.", None);
    let t = triples(&a);
    assert!(t.iter().any(|(k, s, _)| k == "SUPPORT" && s == "Tanzania"), "{t:?}");
    // `him` is someone other than the one acting on him.
    let a = code(
        "Alexei Navalny was freed on Monday after President Boris Yeltsin pardoned him.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.cameo, "0841");
    assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some("Alexei Navalny"));
}

#[test]
fn things_received_coordinated_subjects_and_dates() {
    // Aid received from someone is theirs to the receiver; receiving a thing is no visit.
    let a = code("Malawi received military aid from Japan on Monday.", None);
    assert_eq!(triples(&a), [triple("AID", "Japan", "Malawi")]);
    let a = code("Lesotho received a phone call from Ghana's president.", None);
    assert!(
        a.events.iter().all(|e| e.cameo != "043" && e.cameo != "042"),
        "{:?}",
        triples(&a)
    );
    // A name the lexicon does not know, coordinated with a known subject, acts with it.
    let a = code(
        "The European Union and the Andean bloc have agreed on the text of a trade deal.",
        None,
    );
    let t = triples(&a);
    assert!(
        t.iter().any(|(_, s, o)| s == "European Union" && o == "Andean"),
        "{t:?}"
    );
    // So do the owners of a plural noun phrase (`X and Y's ministers met`).
    let a = code("Peru and Chile's foreign ministers met in Lima.", None);
    let t = triples(&a);
    assert!(
        t.iter().any(|(k, s, o)| k == "CONSULT" && s == "Peru" && o == "Chile"),
        "{t:?}"
    );
    // A date is no party to a ceasefire; the subject of `carried out attacks` is its doer.
    let a = code("The rebels declared a ceasefire on 1 April.", None);
    assert!(a.events.iter().all(|e| e.target.is_none()), "{:?}", triples(&a));
    let a = code("A gunman carried out attacks on the Iranian parliament.", None);
    let t = triples(&a);
    assert!(t.iter().any(|(k, s, _)| k == "ASSAULT" && s == "A gunman"), "{t:?}");
    // Aid handed over or supported is aid given; peacekeepers serve in the mission's country.
    let a = code("Norway handed over medical equipment worth $2 million to Uganda.", None);
    assert_eq!(triples(&a), [triple("AID", "Norway", "Uganda")]);
    let a = code(
        "Canada sent troops to the United Nations peacekeeping force in Mali.",
        None,
    );
    assert_eq!(triples(&a), [triple("AID", "Canada", "Mali")]);
    // A team sent somewhere to investigate is the sender's inquiry there.
    let a = code("Peru sent a team of experts to Bolivia to investigate the crash.", None);
    assert_eq!(triples(&a), [triple("ACCUSE", "Peru", "Bolivia")]);
    // A request turned down or granted is the asker's.
    codes_triple(
        "Ghana rejected a request from Togo to reopen the border.",
        "REJECT",
        "Ghana",
        "Togo",
    );
    let a = code("The minister declined a request from 20 lawmakers to testify.", None);
    let t = triples(&a);
    assert!(
        t.iter().any(|(k, _, o)| k == "REJECT" && o.ends_with("lawmakers")),
        "{t:?}"
    );
}

#[test]
fn releases_asked_for_and_visits_called_off() {
    // A release demanded is no release by the one demanding it; its target is who is freed.
    let a = code("Chad demanded the release of the hostages.", None);
    let t = triples(&a);
    assert_eq!(t, [triple("DEMAND", "Chad", "the hostages")]);
    // Someone's release frees them.
    let a = code(
        "A Gibraltar court ordered the Iranian tanker's release on Monday.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.cameo, "0841");
    assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some("the Iranian tanker"));
    // A visit postponed or cancelled did not happen; a seat of power stands for its government.
    let a = code("Erdogan postponed his visit to Germany.", None);
    assert!(a.events.iter().all(|e| e.kind == "REJECT"), "{:?}", triples(&a));
    let a = code(
        "Mexico's president has cancelled a planned visit to the White House.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.kind, "REJECT");
    assert_eq!(e.target.as_ref().and_then(|t| t.code.as_deref()), Some("USAGOV"));
    // An act judged is not the judge's, possessive or decided (`Russia's invasion`, `Kenya's
    // decision to withdraw troops`); artists signed to a label sign nothing.
    let a = code("France condemned Russia's invasion of Ukraine.", None);
    assert_eq!(triples(&a), [triple("ACCUSE", "France", "Russia")]);
    let a = code("The EU welcomed Kenya's decision to withdraw troops.", None);
    assert!(a.events.iter().all(|e| e.kind == "SUPPORT"), "{:?}", triples(&a));
    let a = code("Bloc Party and The Streets were signed to indies.", None);
    assert!(triples(&a).is_empty(), "{:?}", triples(&a));
    // Base forms after a modal or negation code like the past ones.
    let a = code("Somalia will not stop its war on Al Shabaab.", None);
    let t = triples(&a);
    assert_eq!(t, [triple("REJECT", "Somalia", "Al Shabaab")]);
    let a = code("The court will not reverse its decision on Mike Hubbard.", None);
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.cameo.as_str()), ("REJECT", "124"));
    // Recognition is of a state, not of a merit.
    let a = code(
        "Kenya welcomed the deal, recognizing its strategic position in Africa.",
        None,
    );
    assert!(a.events.iter().all(|e| e.cameo != "054"), "{:?}", triples(&a));
    // Partners named by a noun phrase after `and` act with the subject; one's own arms laid
    // down are no party, where they are laid down is.
    let a = code("Kuwait and its gulf war allies agreed on a joint exercise.", None);
    let t = triples(&a);
    assert!(
        t.iter().any(|(_, s, o)| s == "Kuwait" && o == "its gulf war allies"),
        "{t:?}"
    );
    let a = code("The rebels laid down their weapons in Iraq.", None);
    assert_eq!(first(&a).target.as_ref().map(|t| t.name.as_str()), Some("Iraq"));
    // The object of a reduced relative is not the subject.
    let a = code(
        "The Saudi-led coalition fighting Houthi rebels has declared a ceasefire.",
        None,
    );
    let e = first(&a);
    assert_eq!(named(&e.source), ("Saudi-led coalition", Some("SAUMIL")));
}

#[test]
fn custody_violence_and_actions_asked_for() {
    // Violence to someone held in custody is the custodian state's; violence elsewhere in a
    // place is not the place's.
    let a = code(
        "The activist was tortured and killed in a secret prison in Egypt.",
        None,
    );
    let t = triples(&a);
    assert_eq!(t, [triple("ASSAULT", "Egypt", "activist")]);
    let a = code(
        "A political prisoner died in captivity in Iran due to continued torture.",
        None,
    );
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.source.name.as_str()), ("ASSAULT", "Iran"));
    // `due to` a cause plans nothing.
    assert_eq!(e.modality, Modality::Occurred);
    let a = code("Three Kenyans were killed in Somalia.", None);
    assert!(a.events.iter().all(|e| e.kind != "ASSAULT"), "{:?}", triples(&a));
    // The action asked for has not happened: the request is the event.
    let a = code("The United States urged Iran to release the prisoners.", None);
    let t = triples(&a);
    assert_eq!(t, [triple("REQUEST", "United States", "Iran")]);
    let a = code("Kenya says China must withdraw its troops.", None);
    let t = triples(&a);
    assert_eq!(t, [triple("REQUEST", "Kenya", "China")]);
}

#[test]
fn strikes_against_and_reduced_relatives() {
    // Strikes carried out, whenever, against a party named with an Arabic article.
    let t = codes_triple("The U.S. military has carried out more than two dozen air strikes this year against al-Shabab, an armed group attacking the Somali government.", "ASSAULT", "United States military", "al-Shabab");
    // The participle of a reduced relative has the noun before it as its subject.
    assert!(
        t.contains(&triple("ASSAULT", "an armed group", "Somalia government")),
        "{t:?}"
    );
    // (Seeking to overthrow it is trying, not asking: no request.)
    codes_no(
        "Al-Shabab, an armed group seeking to overthrow the Somali government, attacked a base.",
        "REQUEST",
    );
    // A record low against a currency is no attack.
    let a = code("The dollar hit a record low against the euro.", None);
    assert!(a.events.iter().all(|e| e.kind != "ASSAULT"), "{:?}", triples(&a));
}

#[test]
fn his_country_is_the_speakers() {
    // The speaker's country, or government, when the speaker's country is known.
    let a = code(
        "Kenyan President William Ruto said his government will sign the deal with China.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.source.code.as_deref(), Some("KENGOV"));
    // Else the speaker, speaking for it, rather than no one.
    let a = code(
        "Prime Minister Vladimir Putin said his country will not lift the ban on the European Union.",
        None,
    );
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.source.name.as_str()), ("REJECT", "Vladimir Putin"));
    assert_eq!(e.modality, Modality::Negated);
}

#[test]
fn coordinated_subjects_act_together_not_on_each_other() {
    // Partners of a joint act act with each other, the adjective first or not.
    codes_triple(
        "British and EU negotiators have failed to reach a deal on the Irish border.",
        "REJECT",
        "United Kingdom",
        "European Union",
    );
    // Those of a one-sided act do it together, to no one among themselves.
    assert_eq!(
        triples(&code("Kenya and Uganda condemned the attack.", None)),
        [
            triple("ACCUSE", "Kenya", "the attack"),
            triple("ACCUSE", "Uganda", "the attack")
        ]
    );
    let a = code("Kenya and Uganda condemned Russia.", None);
    let t = triples(&a);
    assert_eq!(
        t,
        [
            triple("ACCUSE", "Kenya", "Russia"),
            triple("ACCUSE", "Uganda", "Russia")
        ]
    );
    codes_nothing("Rosneft and VEB declined to comment.");
}

#[test]
fn parentheticals_and_clauses_after_that() {
    // The subject is before a parenthetical clause, not inside it.
    let a = code(
        "Mr Saakashvili, elected president in January after Mr Shevardnadze was toppled, has urged the Georgian Parliament to approve the amnesty.",
        None,
    );
    assert_eq!(first(&a).source.name, "Mr Saakashvili");
    // `that` before a clause is no determiner of a party; a participle ends the party's name.
    let a = code(
        "Atticus Capital complained that the planned takeover was motivated by empire-building.",
        None,
    );
    assert!(
        a.events
            .iter()
            .all(|e| e.target.as_ref().is_none_or(|t| !t.name.starts_with("that"))),
        "{:?}",
        triples(&a)
    );
    let a = code(
        "Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte following his allegations.",
        None,
    );
    assert_eq!(
        first(&a).target.as_ref().map(|t| t.name.as_str()),
        Some("Balco boss Victor Conte")
    );
}

#[test]
fn places_naming_things_and_intents_somewhere() {
    // A capital naming an accord is no government.
    let a = code("Kenya signed the Paris agreement.", None);
    assert!(
        a.events
            .iter()
            .all(|e| e.target.as_ref().is_none_or(|t| t.country.as_deref() != Some("FRA"))),
        "{:?}",
        triples(&a)
    );
    // An intent to build somewhere is towards that place, not the verb's object.
    let a = code("Egypt has agreed to build two new roads in Uganda.", None);
    let e = first(&a);
    assert_eq!(
        (e.kind.as_str(), e.target.as_ref().and_then(|t| t.country.as_deref())),
        ("AGREE", Some("UGA"))
    );
    assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some("Uganda"));
}

#[test]
fn reporters_meetings_that_are_not_and_hits() {
    // Who reports an act after a comma is no party to it.
    let a = code("Rebels attacked a convoy, Kenyan officials said.", None);
    assert!(
        a.events
            .iter()
            .all(|e| e.target.as_ref().is_none_or(|t| t.country.is_none())),
        "{:?}",
        triples(&a)
    );
    // A capital before a body's noun names that body.
    let a = code("Moscow officials have dismissed the claims of Yukos.", None);
    assert_eq!(first(&a).source.code.as_deref(), Some("RUSGOV"));
    // (Named for the country even where only its capital is named.)
    assert_eq!(first(&a).source.name, "Russia government");
    // Meeting a reception is no meeting; prices hit highs, not targets.
    codes_nothing("His words about President Bush met a cool reception from Jacques Chirac.");
    codes_nothing("The US dollar has hit a new record low against the euro.");
    // A ceasefire broken is violated, not declared.
    let a = code("President Laurent Gbagbo broke a ceasefire with the rebels.", None);
    assert_eq!(first(&a).kind, "ASSAULT");
}

#[test]
fn trade_flows_and_agentless_requests() {
    // Trade figures are no cooperation event.
    codes_nothing("Danish pigmeat exports to Canada were worth 106 mln crowns in 1986.");
    // Those asked or praised by no one named ask or praise no one.
    let a = code("Kenya was urged to release the prisoners.", None);
    assert!(a.events.iter().all(|e| e.source.name != "Kenya"), "{:?}", triples(&a));
    // A contract awarded is business; an order of merit is praise.
    codes_nothing("Grumman Corp said it was awarded a 12 mln dlr contract by McDonnell Douglas Corp.");
    let a = code("Kosovo has awarded the Freedom Order to Bill Clinton.", None);
    assert_eq!(first(&a).kind, "SUPPORT");
}

#[test]
fn attacks_in_words_and_going_back() {
    // An attack in words is criticism.
    codes_first("South African president Thabo Mbeki has attacked British imperialists, saying they treated Africans like savages.", "ACCUSE", "111");
    let a = code("Gunmen attacked a camp, killing 19 soldiers.", None);
    assert_eq!(first(&a).kind, "ASSAULT");
    // Going back somewhere hands nothing over; giving back does.
    codes_nothing("Lleyton Hewitt returns to defend his title.");
    let a = code("Italy returned the artifacts to Ethiopia.", None);
    assert_eq!(first(&a).cameo, "0841");
    // Slumps and tsunamis hit no one.
    let a = code("Thailand, hit by a slump in export earnings, cut spending.", None);
    assert!(a.events.iter().all(|e| e.kind != "ASSAULT"), "{:?}", triples(&a));
}

#[test]
fn nationalities_before_acts_and_currencies() {
    // A nationality right before a nominal act is its doer, not the reporter of the sentence.
    let a = code(
        "Pentagon officials said the platform had been used as a base for Iranian raids against shipping in the lower Gulf.",
        None,
    );
    assert_eq!(first(&a).source.code.as_deref(), Some("IRN"));
    // Pounds after a nationality or a number are money.
    codes_nothing("Fuel oil will sell for 28 Egyptian pounds a ton.");
    let a = code("Israel pounds Gaza with air strikes.", None);
    assert_eq!(first(&a).kind, "ASSAULT");
}

#[test]
fn aid_to_fight_somewhere_and_sums_of_money() {
    // Aid to fight something somewhere goes there.
    let a = code(
        "Germany on Thursday announced a sixfold increase in funding to fight the Ebola epidemic in West Africa.",
        None,
    );
    let e = first(&a);
    assert_eq!(
        (e.kind.as_str(), e.target.as_ref().map(|t| t.name.as_str())),
        ("AID", Some("West Africa"))
    );
    // A sum of money is no party.
    codes_nothing("Peru's debt obligations hit 6.3 billion dlrs in 1987.");
}

#[test]
fn hosts_receive_people_and_films_are_hits() {
    // A host receives people, not an event or a show; a dinner for someone receives them.
    codes_nothing("Chris Rock will host the event.");
    let a = code("Weizsaecker is hosting a dinner tonight for Paz Estenssoro.", None);
    assert_eq!(first(&a).cameo, "043");
    // Hit films and shots at goal are no attacks; police shooting protesters is one.
    codes_nothing("She made a string of hit films including The Fisher King.");
    let a = code(
        "Lampard stepped up to blast a shot through the wall past David James.",
        None,
    );
    assert!(a.events.iter().all(|e| e.kind != "ASSAULT"), "{:?}", triples(&a));
    let a = code("Police shot two protesters in Nairobi.", None);
    assert_eq!(first(&a).kind, "ASSAULT");
}

#[test]
fn ceasefire_lines_reports_and_a_host_of() {
    // A ceasefire line is a place, not a ceasefire.
    let a = code(
        "The UK welcomed the decision by India and Pakistan to open a bus link across the ceasefire line.",
        None,
    );
    assert!(a.events.iter().all(|e| e.cameo != "0871"), "{:?}", triples(&a));
    // A reported act is a report.
    let a = code("Kenya denied reports of attacks on Somali villages.", None);
    assert!(a.events.iter().all(|e| e.kind != "ASSAULT"), "{:?}", triples(&a));
    // `a host of` is many.
    codes_nothing("He will be without a host of big names for the Six Nations.");
    // Missiles fired at a ship are an attack.
    let a = code("An Iranian gunboat fired missiles at a Cypriot tanker.", None);
    assert_eq!(first(&a).kind, "ASSAULT");
}

#[test]
fn hosts_as_nouns_and_recognising_people() {
    // `hosts` after a determiner or `by` are people, not a hosting.
    codes_nothing("Contestants Paul Burrell and Fran Cosgrave were told by hosts Ant and Dec to leave.");
    let a = code("Kenya hosts Uganda's president on Monday.", None);
    assert_eq!(first(&a).cameo, "043");
    // A person recognised as a leader is a recognition; a face recognised is not.
    let a = code(
        "The United States recognised Juan Guaido as interim president of Venezuela.",
        None,
    );
    assert_eq!(first(&a).cameo, "054");
    let a = code("Just one in 10 voters recognised Charles Kennedy.", None);
    assert!(a.events.iter().all(|e| e.cameo != "054"), "{:?}", triples(&a));
}

#[test]
fn headline_plans_and_deadlines_faced() {
    // `X to visit Y` is a plan, not a visit held.
    let a = code("Kenyan President William Ruto to visit China next week.", None);
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.modality), ("AGREE", Modality::Planned));
    // A call made to congratulate is a call held.
    codes_modality(
        "Netanyahu called Scott Morrison on Wednesday to congratulate him.",
        Modality::Occurred,
    );
    // A deadline faced from someone is theirs.
    let a = code(
        "Tokyo already faces a deadline of April 17 from Washington for the imposition of tariffs.",
        None,
    );
    assert_eq!(first(&a).source.code.as_deref(), Some("USAGOV"));
}

#[test]
fn forces_to_be_sent_are_a_planned_mobilisation() {
    let a = code("Kenya will send troops to Haiti.", None);
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.modality), ("MOBILIZE", Modality::Planned));
    // An attack announced is a threat.
    codes_first("Kenya will attack al-Shabaab bases.", "THREATEN", "138");
}

#[test]
fn joining_someone_and_topics_of_talks() {
    // Joining someone for a meeting is meeting them.
    codes_triple("US Secretary of State Rex Tillerson joined Iranian Foreign Minister Mohammad Javad Zarif for a first meeting with partners.", "CONSULT", "Rex Tillerson", "Mohammad Javad Zarif");
    // What talks are on is their topic, not a party.
    codes_nothing("Kenya held talks on Sudan.");
    codes_nothing("Kenya joined the talks on Sudan.");
}

#[test]
fn less_common_verbs_of_each_family_are_coded() {
    for (text, kind, cameo, source, target) in [
        (
            "The Kenyan foreign minister hit out at Uganda on Monday.",
            "ACCUSE",
            "111",
            "Kenya foreign minister",
            "Uganda",
        ),
        (
            "Ethiopian troops recaptured the town of Adigrat from the rebels.",
            "ASSAULT",
            "192",
            "Ethiopia military",
            "rebels",
        ),
        (
            "The African Union fined Burundi.",
            "COERCE",
            "172",
            "African Union",
            "Burundi",
        ),
        (
            "Uganda relaxed visa restrictions on Kenyan traders.",
            "CONCEDE",
            "081",
            "Uganda",
            "Kenya business",
        ),
        (
            "The protesters implored the Kenyan government to act.",
            "REQUEST",
            "020",
            "protesters",
            "Kenya government",
        ),
    ] {
        let a = code(text, None);
        let e = first(&a);
        assert_eq!((e.kind.as_str(), e.cameo.as_str()), (kind, cameo), "{text}");
        assert_eq!(e.source.name, source, "{text}");
        assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some(target), "{text}");
    }
    // Words that only look like them: a weaker currency, an injured player, `barring` a change.
    codes_nothing("The yen appreciated against the euro.");
    codes_nothing("Barring any changes, Arsenal will field an injured Thierry Henry.");
}

#[test]
fn names_keep_their_particles_and_lose_their_titles() {
    // The tagger read `Prince Abdullah bin Abdul Aziz` across the title `Crown Prince`; the
    // person is what follows the title, particles and all.
    let a = code(
        "Saudi Crown Prince Abdullah bin Abdul Aziz paid a courtesy call on Kenyan President Daniel arap Moi.",
        None,
    );
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.cameo.as_str()), ("CONSULT", "042"));
    assert_eq!(named(&e.source), ("Abdullah bin Abdul Aziz", Some("SAUGOV")));
    let t = e.target.as_ref().unwrap();
    assert_eq!(named(t), ("Daniel arap Moi", Some("KENGOV")));
}

#[test]
fn what_is_asked_for_or_marketed_is_not_done() {
    // A ceasefire called for is a request, not a ceasefire the caller declared.
    let a = code(
        "Kenya called for an immediate ceasefire between Sudan and South Sudan.",
        None,
    );
    assert!(a.events.iter().all(|e| e.kind == "REQUEST"), "{:?}", triples(&a));
    assert!(!a.events.is_empty());
    // `insisted … must` is one demand, not a demand and a request.
    let a = code("Kenya insisted that Uganda must withdraw its troops.", None);
    assert_eq!(triples(&a), [triple("DEMAND", "Kenya", "Uganda")]);
    // Insisting on a fact, and demand for goods, ask nothing of anyone.
    codes_nothing("Uganda has always insisted the auction was lawful.");
    codes_nothing("Strong demand from China lifted Kenyan tea exports.");
}

#[test]
fn a_participle_before_a_noun_and_a_community_abroad() {
    // `assassinated` describes the former prime minister; the company did not kill him.
    codes_nothing("Shares in the company founded by assassinated former prime minister Rafik Hariri fell.");
    // Visiting a community of nationals abroad is not visiting their country.
    let a = code(
        "Kenyan President William Ruto visited the Somali community in Minneapolis.",
        None,
    );
    let e = first(&a);
    let t = e.target.as_ref().unwrap();
    assert_eq!(t.code.as_deref(), Some("SOMCVL"), "{:?}", triples(&a));
}

#[test]
fn sporting_idioms_are_no_events() {
    codes_nothing("Andy Roddick rallied to beat Sweden's Thomas Enqvist.");
    codes_nothing("Henman held his serve thanks to four winners from Tim.");
    codes_nothing("Jones had missed three earlier shots at goal when Wales were awarded a penalty.");
    // The same words outside the idioms still code.
    let a = code("Kenya thanks China for its support.", None);
    assert_eq!(triples(&a), [triple("SUPPORT", "Kenya", "China")]);
}

#[test]
fn a_nationality_in_the_plural_is_its_people_or_with_the_its_country() {
    let a = code("Thousands of Kenyans protested against the finance bill.", None);
    assert_eq!(first(&a).source.code.as_deref(), Some("KENCVL"));
    let a = code("The Iranians launched a major assault on Iraqi positions.", None);
    let e = first(&a);
    assert_eq!(e.kind, "ASSAULT");
    assert_eq!(e.source.code.as_deref(), Some("IRN"));
}

#[test]
fn the_subject_of_a_joined_clause_is_no_target() {
    let a = code("Kenya criticised the plan and Ugandan officials rejected it.", None);
    assert_eq!(triples(&a)[0], triple("ACCUSE", "Kenya", "the plan"));
    let a = code(
        "Rebels attacked a convoy near the border and Kenyan officials said five soldiers died.",
        None,
    );
    assert_eq!(triples(&a)[0], triple("ASSAULT", "rebels", "a convoy"));
    // Coordinated objects are still both targets.
    let a = code("Kenya met Uganda and Tanzania in Arusha.", None);
    assert_eq!(triples(&a).len(), 2, "{:?}", triples(&a));
}

#[test]
fn a_nominal_act_takes_its_doer_from_by() {
    let a = code(
        "The attack by Kenyan troops on al-Shabab bases killed 20 militants.",
        None,
    );
    assert_eq!(triples(&a)[0], triple("ASSAULT", "Kenya military", "al-Shabab bases"));
    // (Greece responding is not the warning's source.)
    let a = code(
        "Greece responded to a warning by Turkey against Greek survey ships in the Aegean.",
        None,
    );
    assert_eq!(triples(&a)[0], triple("THREATEN", "Turkey", "Greece"));
}

#[test]
fn natural_forces_attack_nobody() {
    codes_nothing("The Tsunami which struck south Asia killed thousands.");
    codes_nothing("A prolonged drought has killed crops in eastern Ethiopia.");
}

#[test]
fn a_passive_signing_takes_all_its_signatories_and_not_the_deal() {
    let t = codes_triple(
        "The deal was signed by Treasury Cabinet Secretary John Mbadi and Japanese Ambassador Ken Okaniwa.",
        "SUPPORT",
        "John Mbadi",
        "Ken Okaniwa",
    );
    assert!(t.iter().all(|(_, s, o)| s != "The deal" && o != "The deal"), "{t:?}");
    // The subject of a passive meeting meets each of its agents.
    let t = codes_triple("Ruto was met by Xi Jinping and Wang Yi.", "CONSULT", "Wang Yi", "Ruto");
    assert!(!t.contains(&triple("CONSULT", "Xi Jinping", "Wang Yi")), "{t:?}");
}

#[test]
fn a_portfolio_belongs_to_its_title() {
    // `of Trade` between a title and the name; `Foreign Affairs` between a country and a title.
    let a = code(
        "Trade Cabinet Secretary Lee Kinyanjui and Uganda's Minister of Trade Francis Mwebesa signed the trade pact.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.cameo, "057");
    let names = [
        e.source.name.as_str(),
        e.target.as_ref().map_or("", |t| t.name.as_str()),
    ];
    assert!(
        names.contains(&"Francis Mwebesa") && names.contains(&"Lee Kinyanjui"),
        "{names:?}"
    );
    let m = if e.source.name == "Francis Mwebesa" {
        &e.source
    } else {
        e.target.as_ref().unwrap()
    };
    assert_eq!(m.code.as_deref(), Some("UGAGOV"));
    let a = code(
        "Kenyan Foreign Affairs Principal Secretary Korir Sing'oei met Wang Yi.",
        None,
    );
    let e = first(&a);
    let sing = if e.source.name == "Korir Sing'oei" {
        &e.source
    } else {
        e.target.as_ref().unwrap()
    };
    assert_eq!(sing.code.as_deref(), Some("KENGOV"));
}

#[test]
fn a_sign_that_is_no_signing() {
    codes_nothing("Rockefeller said the recent tour by the Brazilian finance minister was a sign that Brazil wanted to cooperate.");
    codes_nothing("There were encouraging signs that investors were returning to South Africa.");
    codes_triple(
        "Uganda, which signed the treaty with Kenya, will trade freely.",
        "SUPPORT",
        "Uganda",
        "Kenya",
    );
}

#[test]
fn coordinated_subjects_act_with_their_partner() {
    // Each subject meets the object; the subjects do not meet each other.
    let t = codes_all(
        "Uganda and Tanzania met Kenya in Arusha.",
        &[("CONSULT", "Tanzania", "Kenya"), ("CONSULT", "Uganda", "Kenya")],
    );
    assert!(!t.contains(&triple("CONSULT", "Uganda", "Tanzania")), "{t:?}");
    // So does a coordinated relative subject.
    codes_triple(
        "Uganda and Tanzania, which signed the treaty with Kenya, will trade freely.",
        "SUPPORT",
        "Uganda",
        "Kenya",
    );
    // A topic is no partner: the subjects discuss it with each other.
    codes_only(
        "Reagan and Thatcher discussed the market crisis.",
        "CONSULT",
        "Reagan",
        "Thatcher",
    );
}

#[test]
fn a_participle_after_before_shares_the_clause_subject_and_tense() {
    // Published on a Wednesday: the Thursday of a scheduled meeting is the next one.
    let a = code(
        "On Thursday, Ruto is scheduled to address the Tokyo International Conference on African Development (TICAD) before meeting Emperor Naruhito.",
        Some(date(2025, 8, 20)),
    );
    let e = first(&a);
    assert_eq!((e.source.name.as_str(), e.modality), ("Ruto", Modality::Planned));
    assert_eq!(e.target.as_ref().map(|t| t.name.as_str()), Some("Emperor Naruhito"));
    assert_eq!(e.date.value.as_deref(), Some("2025-08-21"));
    // A second meeting with someone else is coded too, and the first object is no source.
    let t = codes_triple(
        "Ruto met Xi Jinping before meeting Emperor Naruhito.",
        "CONSULT",
        "Ruto",
        "Emperor Naruhito",
    );
    assert!(t.contains(&triple("CONSULT", "Ruto", "Xi Jinping")), "{t:?}");
    assert!(!t.iter().any(|(_, s, _)| s == "Xi Jinping"), "{t:?}");
    // A past weekday stays in the past.
    let a = code("Ruto met Xi Jinping on Thursday.", Some(date(2025, 8, 20)));
    assert_eq!(first(&a).date.value.as_deref(), Some("2025-08-14"));
}

#[test]
fn a_dialogue_is_a_consultation() {
    codes_triple(
        "Last week, Kenya and the US held a strategic dialogue in Washington.",
        "CONSULT",
        "Kenya",
        "United States",
    );
}

#[test]
fn what_frames_an_act_in_time_is_no_party_to_it() {
    let t = codes_triple(
        "Museveni thanked Kenya for its support during the East African Community (EAC) summit in Arusha.",
        "SUPPORT",
        "Museveni",
        "Kenya",
    );
    assert!(!t.iter().any(|(_, _, o)| o.contains("East African")), "{t:?}");
}

#[test]
fn the_two_presidents_are_the_people_just_named() {
    let a = code(
        "President William Ruto hosted his Ugandan counterpart Yoweri Museveni at State House. \
         Museveni thanked Kenya for its support. \
         The two presidents also witnessed the signing of four bilateral agreements.",
        None,
    );
    let last = a.events.iter().rfind(|e| e.mirror_of.is_none()).unwrap();
    let mut who = [
        last.source.name.as_str(),
        last.target.as_ref().map_or("", |t| t.name.as_str()),
    ];
    who.sort();
    assert_eq!((last.cameo.as_str(), who), ("057", ["William Ruto", "Yoweri Museveni"]));
}

#[test]
fn a_journey_to_a_city_abroad_is_a_visit_to_its_country() {
    let t = codes_triple(
        "After meeting Xi Jinping, Ruto flew to Shanghai.",
        "CONSULT",
        "Ruto",
        "Xi Jinping",
    );
    assert!(t.contains(&triple("CONSULT", "Ruto", "Shanghai")), "{t:?}");
    assert!(!t.iter().any(|(_, s, o)| s == "Xi Jinping" && o == "Ruto"), "{t:?}");
    let a = code("Ruto flew to Shanghai.", None);
    assert_eq!(
        first(&a).target.as_ref().and_then(|t| t.country.as_deref()),
        Some("CHN")
    );
    // Travel at home is no visit.
    codes_nothing("Kenyan President William Ruto flew to Mombasa.");
    // A visit in a relative clause is its antecedent's.
    codes_triple(
        "The deal was signed in the presence of President William Ruto, who is on a three-day state visit to Japan.",
        "CONSULT",
        "William Ruto",
        "Japan",
    );
}

#[test]
fn what_is_said_after_saying_is_no_target() {
    codes_only(
        "Kenyan Foreign Affairs Principal Secretary Korir Sing'oei rejected the claims, saying the mission had restored order in parts of Port-au-Prince.",
        "REJECT",
        "Korir Sing'oei",
        "the claims",
    );
    // An envoy's posting is not their country.
    let a = code(
        "The deal was signed by Treasury Cabinet Secretary John Mbadi and Japanese Ambassador to Kenya Ken Okaniwa.",
        None,
    );
    let e = first(&a);
    let envoy = [Some(&e.source), e.target.as_ref()]
        .into_iter()
        .flatten()
        .find(|a| a.name == "Ken Okaniwa")
        .unwrap_or_else(|| panic!("{:?}", triples(&a)));
    assert_eq!(envoy.code.as_deref(), Some("JPNGOV"));
}

#[test]
fn an_organisation_named_for_its_country_is_coded_with_it_through_its_acronym() {
    let a = code(
        "Japan International Cooperation Agency (JICA) has funded projects worth more than Sh200 billion in Kenya since 1963.",
        None,
    );
    let e = first(&a);
    assert_eq!(
        named(&e.source),
        ("Japan International Cooperation Agency", Some("JPN"))
    );
}

#[test]
fn a_warning_about_ones_own_act_is_a_threat_to_whom_the_act_is_against() {
    // The pronoun opening the warned clause is the speaker, not the threatened party.
    codes_triple(
        "The United States warned it would cut aid to Kenya.",
        "THREATEN",
        "United States",
        "Kenya",
    );
    codes_triple(
        "The United States warned that it would withdraw its troops from Kenya.",
        "THREATEN",
        "United States",
        "Kenya",
    );
    // What the clause says after its own verb is not the target (`if Japan …` is a condition):
    // and the speaker never threatens itself.
    let a = code(
        "Borussia Dortmund has warned it will go bankrupt if rescue talks with creditors fail.",
        None,
    );
    assert!(triples(&a).iter().all(|t| t.0 != "THREATEN"), "{:?}", triples(&a));
    // Not after a noun: `a state visit he will make to Britain` is still his visit (one still
    // ahead: an intent to meet).
    let a = code(
        "Museveni spoke ahead of a state visit he will make to Britain later this month.",
        None,
    );
    assert!(
        triples(&a).contains(&triple("AGREE", "Museveni", "United Kingdom")),
        "{:?}",
        triples(&a)
    );
}

#[test]
fn a_force_a_country_leads_is_that_countrys() {
    let a = code("The United States praised the Kenya-led mission.", None);
    let e = first(&a);
    let t = e.target.as_ref().unwrap_or_else(|| panic!("{:?}", triples(&a)));
    assert_eq!(named(t), ("Kenya-led mission", Some("KENMIL")));
    // The act a country leads is an event, not an actor.
    let a = code("A Saudi-led strike on a Yemeni school bus killed 40 children.", None);
    assert!(triples(&a).iter().any(|t| t.0 == "ASSAULT"), "{:?}", triples(&a));
}

#[test]
fn a_title_qualified_by_a_portfolio_or_rank_keeps_its_country() {
    for (text, who) in [
        // A ministry read as an organisation before the title.
        (
            "U.S. Agriculture Secretary Richard Lyng urged Japan to allow imports.",
            ("Richard Lyng", Some("USAGOV")),
        ),
        // A lowercase portfolio or rank between the nationality and the title.
        (
            "British consumer affairs minister Michael Howard warned Japan of reprisals.",
            ("Michael Howard", Some("GBRGOV")),
        ),
        (
            "Japanese vice minister Makoto Kuroda met Clayton Yeutter.",
            ("Makoto Kuroda", Some("JPNGOV")),
        ),
        // A two-word nationality, and a country's leader.
        (
            "West German Finance Minister Gerhard Stoltenberg met James Baker.",
            ("Gerhard Stoltenberg", Some("DEUGOV")),
        ),
        // A former state has the code ISO 3166 gave it.
        (
            "Soviet leader Mikhail Gorbachev met Ronald Reagan.",
            ("Mikhail Gorbachev", Some("SUNGOV")),
        ),
    ] {
        let a = code(text, None);
        assert_eq!(named(&first(&a).source), who, "{text}");
    }
}

#[test]
fn a_country_guessed_for_a_person_holds_across_the_article() {
    // Ruto's country is never written; he deals with Japan in a Kenya–Japan article, twice.
    let text = "Kenya and Japan signed a loan agreement in Tokyo.\n\n\
        President William Ruto held talks with Japanese Prime Minister Shigeru Ishiba.\n\n\
        Ruto also met Japanese Foreign Minister Takeshi Iwaya.\n\n\
        Kenya thanked Japan for its support.\n\n\
        On Thursday, Ruto is scheduled to meet Emperor Naruhito.";
    let a = code(text, None);
    let planned = a
        .events
        .iter()
        .find(|e| e.source.name == "William Ruto" && e.target.as_ref().is_some_and(|t| t.name.contains("Naruhito")))
        .unwrap_or_else(|| panic!("{:?}", triples(&a)));
    assert_eq!(planned.source.code.as_deref(), Some("KENGOV"));
}

#[test]
fn a_bare_surname_is_not_the_wife_named_by_it() {
    let text = "Mrs Reagan attended the state dinner.\n\nPresident Reagan met Mikhail Gorbachev in Geneva.";
    let a = code(text, None);
    assert!(
        triples(&a).contains(&triple("CONSULT", "Reagan", "Mikhail Gorbachev")),
        "{:?}",
        triples(&a)
    );
}

#[test]
fn what_is_agreed_to_be_set_up_somewhere_is_for_that_place() {
    codes_triple(
        "The Kenyan government has agreed to set up two field hospitals in Uganda.",
        "AGREE",
        "Kenya government",
        "Uganda",
    );
}

#[test]
fn the_two_governments_of_a_bilateral_article_and_the_day_an_agreement_was_made() {
    let monday = jiff::civil::date(2025, 10, 14);
    let text = "Kenyan President William Ruto on Monday held talks with Kazakh President Kassym-Jomart Tokayev, \
        where the two leaders agreed to expand cooperation in trade.\n\n\
        Tokayev said Kazakhstan was ready to export wheat through the port of Mombasa.\n\n\
        Kenya and Kazakhstan will open embassies.\n\n\
        The two governments signed five memoranda of understanding.";
    let a = code(text, Some(monday));
    // The two governments are the article's two countries, not the last pair named.
    assert!(
        triples(&a).contains(&triple("SUPPORT", "Kazakhstan government", "Kenya government"))
            || triples(&a).contains(&triple("SUPPORT", "Kenya government", "Kazakhstan government")),
        "{:?}",
        triples(&a)
    );
    // An agreement made on Monday was made on the Monday before publication.
    let agreed = a
        .events
        .iter()
        .find(|e| e.kind == "AGREE")
        .unwrap_or_else(|| panic!("{:?}", triples(&a)));
    assert_eq!(agreed.date.value.as_deref(), Some("2025-10-13"));
}

#[test]
fn an_invitation_accepted_by_the_countrys_leader_is_the_inviters() {
    let text = "Kenyan President William Ruto invited Kazakh President Kassym-Jomart Tokayev to visit Nairobi, \
        and the Kazakh leader accepted the invitation.";
    let t = triples(&code(text, None));
    assert!(
        t.contains(&triple("AGREE", "William Ruto", "Kassym-Jomart Tokayev")),
        "{t:?}"
    );
    // `the Kazakh leader` is Tokayev, and what he accepted is Ruto's invitation.
    assert!(
        t.contains(&triple("AGREE", "Kassym-Jomart Tokayev", "William Ruto")),
        "{t:?}"
    );
    // Talks still pending have not been held.
    let a = code(
        "Kenya delayed the deal, citing pending consultations with Uganda.",
        None,
    );
    assert!(
        a.events
            .iter()
            .all(|e| e.kind != "CONSULT" || e.modality != dyad_core::Modality::Occurred),
        "{:?}",
        triples(&a)
    );
}

#[test]
fn a_speaker_after_the_clause_with_a_portfolio_is_no_party() {
    codes_triple(
        "The Chinese side also agreed to increase imports of Kenyan avocados and tea, Commerce Minister Wang Wentao said.",
        "AGREE",
        "China government",
        "Kenya",
    );
}

#[test]
fn a_bare_verb_joined_by_and_shares_the_first_verbs_modal() {
    let a = code(
        "The Saudi leader will hold talks with Prime Minister Margaret Thatcher in London and meet Queen Elizabeth.",
        None,
    );
    assert!(
        a.events.iter().all(|e| e.modality == dyad_core::Modality::Planned),
        "{:?}",
        a.events.iter().map(|e| (&e.kind, &e.modality)).collect::<Vec<_>>()
    );
    assert!(a
        .events
        .iter()
        .any(|e| e.target.as_ref().is_some_and(|t| t.name == "Elizabeth")));
}

#[test]
fn a_capitalised_word_inside_a_name_is_no_act() {
    // `Support` in a name is no support; the praise still is.
    let a = code("Kenya joined the Global Support Initiative for Haiti.", None);
    assert!(a.events.is_empty(), "{:?}", triples(&a));
    codes_triple(
        "The United States praised the Multinational Security Support mission in Haiti.",
        "SUPPORT",
        "United States",
        "the Multinational Security Support mission in Haiti",
    );
    // An abbreviation capitalises what follows in some wire copy: still an act.
    let a = code(
        "The talks would cover U.S. Calls for Taiwan to open its market to American products.",
        None,
    );
    assert!(triples(&a).iter().any(|t| t.0 == "REQUEST"), "{:?}", triples(&a));
}

#[test]
fn a_participle_describing_a_noun_is_no_act_of_the_noun() {
    // The businessmen are accused; they accuse no one. Only the sanctions are an event.
    let a = code(
        "The US Treasury imposed sanctions on two Kenyan businessmen accused of financing al-Shabaab militants.",
        None,
    );
    let t = triples(&a);
    assert!(t.iter().all(|x| x.0 != "ACCUSE"), "{t:?}");
    // A state body named by its head noun is in that sector of its country.
    assert_eq!(named(&first(&a).source), ("US Treasury", Some("USAGOV")));
    // Deported migrants deport no one.
    codes_no(
        "Kenya rejected a request to accept migrants deported from third countries.",
        "COERCE",
    );
    // A headline drops its auxiliary: there it is a passive, the place's authorities the agent.
    codes_triple(
        "JOURNALIST ARRESTED IN KENYA\n\nThe journalist was later released.",
        "COERCE",
        "Kenya",
        "journalist",
    );
}

#[test]
fn dates_in_a_relative_clause_and_the_same_day() {
    let a = code(
        "Mudavadi held talks with Christopher Landau on Tuesday. Mudavadi asked the United States to renew AGOA, which expired on September 30. On the same day, Mudavadi met Jim Risch.",
        Some(date(2025, 10, 15)),
    );
    let dated: Vec<(&str, Option<&str>)> = a
        .events
        .iter()
        .filter(|e| e.mirror_of.is_none())
        .map(|e| (e.kind.as_str(), e.date.value.as_deref()))
        .collect();
    // The request takes no date from the clause about AGOA; `the same day` is that of the
    // last event whose date is known.
    assert_eq!(
        dated,
        [
            ("CONSULT", Some("2025-10-14")),
            ("REQUEST", None),
            ("CONSULT", Some("2025-10-14"))
        ]
    );
}

#[test]
fn who_after_an_organisation_in_an_apposition_is_the_person() {
    codes_triple(
        "Mudavadi met Senator Jim Risch, the chairman of the Senate Foreign Relations Committee, who praised Kenya.",
        "SUPPORT",
        "Jim Risch",
        "Kenya",
    );
    // Aid pledged after its amount is one pledge of aid.
    let a = code("Washington pledged $50 million in humanitarian aid for Kenya.", None);
    let coded: Vec<&str> = a.events.iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(coded, ["033"]);
}

#[test]
fn a_credited_speaker_or_a_place_gives_no_persons_country() {
    // `a State Department official` and `at the White House` say nothing of whose Ruto is.
    let a = code(
        "Ruto spoke by telephone with Trump. Trump is expected to host Ruto at the White House in February, a State Department official said.",
        None,
    );
    assert!(a.events.iter().all(|e| e.source.country.is_none()), "{:?}", triples(&a));
}

#[test]
fn envoys_recalled_deputies_and_talks_on_a_journey() {
    // One's own envoy recalled from a capital: that capital's government is the target.
    codes_triple(
        "Somalia recalled its envoy from Nairobi.",
        "SANCTION",
        "Somalia",
        "Kenya government",
    );
    // Recalled for consultations: an event, with no one as its target.
    let a = code("Kenya later recalled its ambassador for consultations.", None);
    let e = first(&a);
    assert_eq!(
        (e.kind.as_str(), e.cameo.as_str(), e.target.is_none()),
        ("SANCTION", "166", true)
    );
    // An offer to mediate is CAMEO's intent to mediate.
    codes_first("Kenya offered to mediate between Ethiopia and Egypt.", "AGREE", "039");
    // A deputy is not the holder of the post.
    let a = code(
        "Kenya's ambassador, Lucas Tumbo, left Mogadishu. Somalia summoned Kenya's deputy ambassador.",
        None,
    );
    assert!(
        a.events
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|t| t.name == "Kenya deputy ambassador")),
        "{:?}",
        triples(&a)
    );
    // A journey for talks with someone is a visit and a meeting.
    let t = triples(&code(
        "Abiy Ahmed travelled to Nairobi for talks with President William Ruto.",
        None,
    ));
    assert!(
        t.contains(&triple("CONSULT", "Abiy Ahmed", "Kenya government")),
        "{t:?}"
    );
    assert!(t.contains(&triple("CONSULT", "Abiy Ahmed", "William Ruto")), "{t:?}");
}

#[test]
fn a_dateline_from_two_places_dates_the_story_but_places_nothing() {
    let a = code(
        "Somalia expels Kenyan envoy\n\nMOGADISHU/NAIROBI, Dec 3, 2024 (Reuters) - Somalia on Monday accused Kenya of interfering in its internal affairs.",
        None,
    );
    let e = a
        .events
        .iter()
        .find(|e| e.kind == "ACCUSE" && e.date.value.is_some())
        .unwrap();
    assert_eq!(e.date.value.as_deref(), Some("2024-12-02"));
    assert!(e.place.is_none(), "{:?}", e.place);
}

#[test]
fn tariffs_protests_lodged_and_things_of_a_nationality() {
    // Tariffs imposed on a country's goods are aimed at that country (CAMEO 163, as sanctions).
    let a = code("The US imposed tariffs on Chinese steel.", None);
    let e = first(&a);
    assert_eq!((e.kind.as_str(), e.cameo.as_str()), ("COERCE", "163"));
    assert_eq!(e.target.as_ref().and_then(|t| t.code.as_deref()), Some("CHN"));
    let a = code("The European Union imposed sanctions on Russia.", None);
    assert_eq!(first(&a).cameo, "163");
    // Opposition expressed to a thing of a country, and representations lodged with it.
    let a = code(
        "China on Friday expressed firm opposition to new US export controls on advanced semiconductors.",
        None,
    );
    let e = first(&a);
    assert_eq!(e.kind, "ACCUSE");
    assert_eq!(e.target.as_ref().and_then(|t| t.country.as_deref()), Some("USA"));
    codes_triple(
        "Beijing lodged solemn representations with the US side.",
        "ACCUSE",
        "China government",
        "United States government",
    );
    // The word the act needed is not its target.
    let a = code(
        "A ministry spokesperson said China had lodged solemn representations.",
        None,
    );
    assert!(a.events.iter().all(|e| e.target.is_some()), "{:?}", triples(&a));
    // `He` inside a sentence before a one-word name is the surname.
    let a = code("Chinese Vice Premier He Lifeng met Scott Bessent.", None);
    assert_eq!(named(&first(&a).source), ("He Lifeng", Some("CHNGOV")));
    // Seeking to do something is no request; seeking something from someone is.
    codes_nothing("Bessent said the United States was not seeking to decouple from China.");
    codes_triple("Kenya is seeking a loan from China.", "REQUEST", "Kenya", "China");
    // Opposition leaders briefed are no opposition expressed; `-backed` gives no country.
    codes_nothing("Papandreou expressed qualified optimism after briefing opposition leaders on Aegean developments.");
    let a = code("Iranian-backed rebels attacked the town.", None);
    assert!(a.events.iter().all(|e| e.source.country.is_none()), "{:?}", triples(&a));
}

#[test]
fn a_call_during_which_something_was_agreed_took_place() {
    let a = code(
        "Chinese President Xi Jinping and US President Donald Trump agreed during a phone call to keep communication channels open.",
        None,
    );
    let coded: Vec<(&str, &str, Modality)> = a
        .events
        .iter()
        .filter(|e| e.mirror_of.is_none())
        .map(|e| (e.kind.as_str(), e.cameo.as_str(), e.modality))
        .collect();
    assert!(coded.contains(&("CONSULT", "041", Modality::Occurred)), "{coded:?}");
    assert!(coded.contains(&("AGREE", "030", Modality::Intended)), "{coded:?}");
    // A call opening the sentence is the subject's after the comma; a visit opening it is not
    // coded again.
    codes_triple(
        "In a phone call with Kenyan President William Ruto, Chinese President Xi Jinping said China supports Kenya.",
        "CONSULT",
        "Xi Jinping",
        "William Ruto",
    );
    codes_no(
        "During his visit to Beijing, President Ruto will take part in several other meetings.",
        "CONSULT",
    );
    // Talks agreed to are still only intended.
    let a = code("Kenya and China agreed to hold talks next month.", None);
    assert_eq!(
        (first(&a).cameo.as_str(), first(&a).modality),
        ("036", Modality::Intended)
    );
}

#[test]
fn drills_borders_abductions_and_the_doer_of_a_condemned_act() {
    // Drills by one party are a show of force; by two together, military cooperation.
    codes_triple(
        "China staged large-scale military drills around Taiwan on Saturday.",
        "MOBILIZE",
        "China",
        "Taiwan",
    );
    let t = codes_triple(
        "Russia and Belarus began military exercises near the Polish border.",
        "COOPERATE",
        "Russia",
        "Belarus",
    );
    assert!(t.iter().all(|x| x.0 != "MOBILIZE"), "{t:?}");
    codes_triple("Iran put its military on high alert on Sunday.", "MOBILIZE", "Iran", "");
    // A border is towards the country it is shared with.
    codes_triple(
        "Russia massed troops along its border with Ukraine.",
        "MOBILIZE",
        "Russia",
        "Ukraine",
    );
    codes_triple(
        "Azerbaijan moved heavy artillery towards the Armenian border.",
        "MOBILIZE",
        "Azerbaijan",
        "Armenia",
    );
    // Abduction and tear gas are violence (CAMEO 181, 175 → ASSAULT).
    codes_first(
        "Gunmen abducted more than 100 students from a school in Kaduna state.",
        "ASSAULT",
        "181",
    );
    codes_first(
        "Security forces fired tear gas at protesters in Nairobi on Tuesday.",
        "ASSAULT",
        "175",
    );
    codes_nothing("The United States, responding to the kidnapping of journalist Charles Glass, said nothing.");
    // Condemning an act done to someone condemns whoever did it; criticism of someone by
    // another is still about the first.
    codes_triple(
        "Amnesty International condemned the execution of three protesters by the Iranian authorities.",
        "ACCUSE",
        "Amnesty International",
        "Iran government",
    );
}

#[test]
fn aid_goes_to_a_recipient_and_easing_needs_a_restriction() {
    codes_triple(
        "The International Monetary Fund approved a $3 billion loan for Sri Lanka.",
        "AID",
        "International Monetary Fund",
        "Sri Lanka",
    );
    codes_triple(
        "Turkey sent search and rescue teams to Morocco after the earthquake.",
        "AID",
        "Turkey",
        "Morocco",
    );
    // The aid itself is no recipient.
    codes_no(
        "The Asian Development Bank approved two loans totalling $75 million.",
        "AID",
    );
    codes_no("The Bundesbank offered funds over 28 days at 3.80 pct.", "AID");
    // Easing is a concession only when something restrictive is eased; goods stand for where
    // they come from.
    codes_triple(
        "Serbia eased restrictions on imports from Kosovo.",
        "CONCEDE",
        "Serbia",
        "Kosovo",
    );
    codes_nothing("Dundee United eased into the semi-final with an emphatic win over Aberdeen.");
}

#[test]
fn people_objects_official_visits_and_aid_in_money() {
    // People acted on come before what they did or may not do.
    codes_triple(
        "A Kenyan court convicted two men of helping al-Shabaab carry out the Westgate attack.",
        "ACCUSE",
        "Kenya judiciary",
        "two men",
    );
    codes_triple(
        "The Taliban banned women from attending universities in Afghanistan.",
        "COERCE",
        "Taliban",
        "women",
    );
    // `official` before a visit is no official.
    codes_triple(
        "The Japanese foreign minister paid a three-day official visit to Kenya last week.",
        "CONSULT",
        "Japan foreign minister",
        "Kenya",
    );
    // A named line of control shared with a party is towards it.
    codes_triple(
        "India deployed additional troops to the Line of Actual Control with China.",
        "MOBILIZE",
        "India",
        "China",
    );
    // Money disbursed as budget support is one aid event, not also praise.
    let t = codes_triple(
        "The European Union disbursed 50 million euros in budget support to Mozambique.",
        "AID",
        "European Union",
        "Mozambique",
    );
    assert!(t.iter().all(|x| x.0 != "SUPPORT"), "{t:?}");
    codes_triple(
        "Canada resettled 40,000 Afghan refugees.",
        "AID",
        "Canada",
        "Afghanistan refugees",
    );
    codes_triple(
        "Rwanda pulled its troops out of Burundi.",
        "RETREAT",
        "Rwanda",
        "Burundi",
    );
    // Crimes someone is said to have committed are an accusation by the speaker.
    codes_triple(
        "Human Rights Watch said Ethiopian forces committed war crimes in Tigray.",
        "ACCUSE",
        "Human Rights Watch",
        "Ethiopia military",
    );
    // A raid is coercion, not an investigation; what someone is accused of doing against
    // others does not make them the target.
    codes_triple(
        "Police raided the offices of the opposition party in Kampala.",
        "COERCE",
        "police",
        "opposition party in Kampala",
    );
    codes_triple(
        "Van Gogh made a film accusing Islam of promoting violence against women.",
        "ACCUSE",
        "Van Gogh",
        "Islam",
    );
}

#[test]
fn requests_to_their_addressee_fronted_talks_and_common_armed_actors() {
    // The one urged to act is the target, not whom the act would touch.
    codes_triple(
        "Opposition leader Raila Odinga called on the government to release the protesters unconditionally.",
        "REQUEST",
        "Raila Odinga",
        "government",
    );
    // Talks in a fronted phrase are the subject's after the comma.
    codes_triple(
        "Speaking after talks with his Ugandan counterpart Yoweri Museveni in Entebbe, President Ruto said the two countries would expand trade.",
        "CONSULT",
        "Ruto",
        "Yoweri Museveni",
    );
    // `agreed on Wednesday to` is an intent, not a deal agreed on.
    let t = codes_triple(
        "Somalia and Ethiopia agreed on Wednesday to work together to resolve their dispute.",
        "AGREE",
        "Somalia",
        "Ethiopia",
    );
    assert!(t.iter().all(|x| x.0 != "SUPPORT"), "{t:?}");
    codes_triple(
        "Washington has designated Kenya as a major non-NATO ally.",
        "SUPPORT",
        "United States government",
        "Kenya",
    );
    codes_triple(
        "Washington announced $300 million in new funding for the security mission in Haiti.",
        "AID",
        "United States government",
        "Haiti",
    );
    codes_triple("Kenya sent 400 police officers to Haiti.", "MOBILIZE", "Kenya", "Haiti");
    codes_triple(
        "Bandits shot dead two police officers in Baringo on Sunday.",
        "ASSAULT",
        "bandits",
        "police officers in Baringo",
    );
    codes_triple(
        "Western diplomats condemned the crackdown on protesters by Tanzanian police.",
        "ACCUSE",
        "Western diplomats",
        "Tanzania police",
    );
}

#[test]
fn a_conflictual_act_vowed_is_a_threat() {
    codes_first(
        "China vowed to impose sanctions on the United States.",
        "THREATEN",
        "131",
    );
    codes_triple(
        "China vowed to retaliate against the United States.",
        "THREATEN",
        "China",
        "United States",
    );
    // Agreed sanctions stay an agreement.
    codes_triple(
        "EU leaders agreed to impose sanctions on Russia.",
        "AGREE",
        "European Union",
        "Russia",
    );
}

#[test]
fn people_of_others_act_and_crossings_lead_somewhere() {
    codes_triple(
        "The families of the kidnapped schoolgirls urged President Buhari to do more to secure their release.",
        "REQUEST",
        "The families of the kidnapped schoolgirls",
        "Buhari",
    );
    codes_triple(
        "Israel has closed the main border crossing into Gaza.",
        "COERCE",
        "Israel",
        "Palestine",
    );
}

#[test]
fn closer_ties_are_diplomatic_cooperation_or_its_intent() {
    codes_triple("Kenya strengthened ties with Japan.", "SUPPORT", "Kenya", "Japan");
    codes_first("Kenya will strengthen its partnership with China.", "AGREE", "030");
    codes_triple("Kenya and China agreed to deepen ties.", "AGREE", "Kenya", "China");
    // A gerund topic is no act; a second verb of saying ends the target search.
    codes_nothing("He said strengthening friendly cooperation with China has become a consensus.");
    codes_triple(
        "Lula praised China's role in the global economy and said Brazil would deepen ties with Beijing.",
        "SUPPORT",
        "Lula",
        "China",
    );
}

#[test]
fn roles_as_antecedents_and_negated_purposes() {
    // `he` after a role without a name is that role.
    codes_only(
        "Ghana's finance minister said he was ready to hold talks with the IMF.",
        "AGREE",
        "Ghana finance minister",
        "International Monetary Fund",
    );
    // What a negated verb was for did not happen either.
    codes_first(
        "The president said he will not travel to Addis Ababa next month to meet the rebel leaders.",
        "REJECT",
        "125",
    );
    // Relations to be restored are an intent to cooperate.
    codes_triple(
        "Qatar and Egypt agreed to restore diplomatic relations.",
        "AGREE",
        "Qatar",
        "Egypt",
    );
}

#[test]
fn handovers_suicide_attacks_missiles_votes_and_joint_operations() {
    codes_first(
        "Mali's junta handed power to a transitional government.",
        "CONCEDE",
        "0831",
    );
    codes_triple(
        "Mali's junta handed power to a transitional government.",
        "CONCEDE",
        "Mali junta",
        "a transitional government",
    );
    codes_triple("Pakistan unbanned YouTube on Monday.", "CONCEDE", "Pakistan", "YouTube");
    codes_first(
        "A suicide bomber blew himself up outside a mosque in Kabul.",
        "ASSAULT",
        "183",
    );
    codes_first("Iran fired a ballistic missile at Israel.", "ASSAULT", "195");
    codes_triple(
        "The opposition voted against the government's budget.",
        "REJECT",
        "opposition",
        "government",
    );
    codes_triple(
        "Chad and Niger held joint counter-terrorism exercises.",
        "COOPERATE",
        "Chad",
        "Niger",
    );
}

#[test]
fn addressees_recipients_and_attributions() {
    // The addressee of a request is no thing moved.
    codes_triple(
        "Sudan's leader urged the international community to lift sanctions on his country.",
        "REQUEST",
        "Sudan leader",
        "international community",
    );
    // Those aid goes to are no thing moved either, nor are the numbered freed.
    codes_only(
        "The Red Cross delivered food to flood victims in northern Kenya.",
        "AID",
        "Red Cross",
        "victims in northern Kenya",
    );
    codes_triple(
        "The president granted amnesty to more than 500 prisoners.",
        "RETREAT",
        "president",
        "more than 500 prisoners",
    );
    // Who reports it is no party, past its adjectives; nor is what frames it in time.
    codes_triple(
        "Rebels shelled the town of Goma overnight, the local mayor said.",
        "ASSAULT",
        "rebels",
        "Goma",
    );
    codes_triple(
        "Turkey deployed warships to the eastern Mediterranean ahead of the EU summit.",
        "MOBILIZE",
        "Turkey",
        "the eastern Mediterranean",
    );
    // A court of a country is that country's judiciary; those it charged with a crime are
    // the target.
    codes_triple(
        "An Ethiopian court charged four journalists with inciting violence.",
        "ACCUSE",
        "Ethiopia judiciary",
        "journalists",
    );
}

#[test]
fn rejections_blockades_looting_and_stripped_rights() {
    codes_first(
        "The senate threw out the impeachment motion against the governor.",
        "REJECT",
        "120",
    );
    codes_triple(
        "Poland blocked the EU's migration pact at the summit.",
        "REJECT",
        "Poland",
        "European Union",
    );
    // A deal not to be accepted is rejected.
    codes_triple(
        "Kenya's government said it would not accept Uganda's terms.",
        "REJECT",
        "Kenya government",
        "Uganda",
    );
    // Looting is an attack on the place; what comes after `after seizing it` is another act.
    codes_triple(
        "Militiamen looted the market town of Kalemie after seizing it from the army.",
        "ASSAULT",
        "militiamen",
        "Kalemie",
    );
    codes_first(
        "Belarus stripped three exiled journalists of their citizenship.",
        "COERCE",
        "172",
    );
    codes_triple(
        "The regional bloc cut off Guinea from its financial institutions.",
        "SANCTION",
        "The regional bloc",
        "Guinea",
    );
}

#[test]
fn willingness_truces_and_demands_that() {
    codes_first(
        "Colombia's president expressed willingness to negotiate with the ELN.",
        "AGREE",
        "036",
    );
    codes_triple(
        "The rebels agreed to a truce with the army in South Kivu.",
        "AGREE",
        "rebels",
        "army",
    );
    // Who is asked is the subject of the `that` clause, and the act asked for is not done.
    codes_only(
        "The opposition demanded that the electoral commission open its servers.",
        "DEMAND",
        "opposition",
        "the electoral commission",
    );
    codes_only(
        "Amnesty demanded that the government release the detained reporters.",
        "DEMAND",
        "Amnesty",
        "government",
    );
}

#[test]
fn things_that_act_donations_and_restored_access() {
    // What a bill `that would have allowed` does is no act of the parliament voting it down,
    // and what it names is no party: the bill is what is rejected.
    codes_only(
        "Iran's parliament voted down a bill that would have allowed the country to join the Financial Action Task Force.",
        "REJECT",
        "Iran parliament",
        "a bill",
    );
    codes_triple(
        "Qatar donated 50 ambulances to the Palestinian health ministry.",
        "AID",
        "Qatar",
        "the Palestinian health ministry",
    );
    codes_first(
        "Authorities in Kashmir restored mobile internet services in the Jammu region.",
        "CONCEDE",
        "081",
    );
}

#[test]
fn doers_of_acts_judged_people_of_a_country_and_words_attacked() {
    // The act judged is its doer's, named by what they are.
    codes_only(
        "Opposition lawmakers in Uganda condemned the arrest of Bobi Wine by security forces.",
        "ACCUSE",
        "lawmakers",
        "security forces",
    );
    // A country's candidate is the country's, not the post's.
    codes_only(
        "The African Union endorsed Kenya's candidate for the post of WTO director-general.",
        "SUPPORT",
        "African Union",
        "Kenya",
    );
    // Aid goes to the people in a place; a ship seized off a coast is the target.
    codes_only(
        "The World Food Programme delivered food aid to 200,000 people in Tigray.",
        "AID",
        "World Food Programme",
        "200,000 people in Tigray",
    );
    codes_only(
        "Pirates hijacked a Greek-owned oil tanker off the coast of Benin.",
        "ASSAULT",
        "pirates",
        "a Greek-owned oil tanker off the coast of Benin",
    );
    // An attack on what was decided is criticism; on a town, an assault.
    codes_first("Labour attacked the budget as unfair.", "ACCUSE", "111");
    codes_first("Rebels attacked the town.", "ASSAULT", "190");
}

#[test]
fn passive_agents_fire_strikes_and_expulsions() {
    // A passive's agent named by what it is, and a requirement met before the passive verb.
    codes_triple(
        "Three Chinese workers were kidnapped by armed men in the Central African Republic.",
        "ASSAULT",
        "armed men",
        "China labour",
    );
    codes_only(
        "The ceasefire was violated by Houthi forces within hours of taking effect.",
        "ASSAULT",
        "Houthi forces",
        "The ceasefire",
    );
    // Without its agent a passive says nothing of who acted.
    codes_nothing("The agreement was reached after hearing the parties.");
    // What is fired is no target; people fired from a job are no attack.
    codes_only(
        "Hezbollah fired dozens of rockets at northern Israel.",
        "ASSAULT",
        "Hezbollah",
        "Israel",
    );
    codes_nothing("The company fired 300 workers after the rockets hit.");
    codes_first(
        "Protesters set fire to the French embassy in Ouagadougou.",
        "ASSAULT",
        "1712",
    );
    codes_first(
        "Mali's military rulers have ordered the French ambassador to leave the country.",
        "SANCTION",
        "166",
    );
    codes_first(
        "Doctors in Nigeria began an indefinite strike on Monday.",
        "PROTEST",
        "143",
    );
    codes_nothing("Ford has not been hit by a national strike since 1976.");
}

#[test]
fn cooperation_promised_together_and_acts_suspended() {
    // Cooperation promised by coordinated parties is with each other, not with whom it targets.
    codes_all(
        "Britain and France agreed to boost cooperation to stop migrants crossing the Channel.",
        &[
            ("AGREE", "United Kingdom", "France"),
            ("AGREE", "France", "United Kingdom"),
        ],
    );
    // A deployment suspended is no deployment.
    codes_only(
        "The Kenyan High Court suspended the deployment of police officers to Haiti.",
        "SANCTION",
        "Kenyan High Court",
        "Haiti",
    );
}

#[test]
fn what_a_refused_act_was_for_is_not_done() {
    codes_no(
        "Brazil's President Luiz Inacio Lula da Silva declined to join the US-led effort to send arms to Ukraine.",
        "AID",
    );
    codes_only(
        "Uganda refused to attend the summit to discuss aid to Sudan.",
        "REJECT",
        "Uganda",
        "Sudan",
    );
}

#[test]
fn names_required_words_and_participles() {
    // A word inside a named armed group is not what a trigger requires: a truce, no support.
    codes_only(
        "The government declared a truce with the Rapid Support Forces in Darfur.",
        "RETREAT",
        "government",
        "Rapid Support Forces",
    );
    // Internet shutdowns are coercion; cutting broadband prices is not.
    codes_only(
        "Ethiopian authorities shut down the internet in Tigray.",
        "COERCE",
        "Ethiopia government",
        "Tigray",
    );
    codes_nothing("BT offered to cut wholesale broadband prices.");
    // Returns; a participle before its noun is no act of its own.
    codes_only(
        "Germany handed back looted bronzes to Nigeria.",
        "RETREAT",
        "Germany",
        "Nigeria",
    );
    // A passive with a particle names no one handing over.
    codes_nothing("The hotel will be handed over to the buyer.");
    // The doer of an act welcomed, past the act's modifiers.
    codes_only(
        "Kenya welcomed the release of two detained aid workers by Ethiopia.",
        "SUPPORT",
        "Kenya",
        "Ethiopia",
    );
    codes_first(
        "Russia designated Human Rights Watch an undesirable organisation.",
        "COERCE",
        "172",
    );
    codes_only(
        "Iran ignored repeated calls from the IAEA.",
        "REJECT",
        "Iran",
        "International Atomic Energy Agency",
    );
    // Arms sold are military aid; a stake sold is not.
    codes_first("France sold fighter jets to India.", "AID", "072");
    codes_nothing("The company sold its stake to investors.");
    codes_triple(
        "China and Russia held joint naval patrols in the Pacific.",
        "COOPERATE",
        "China",
        "Russia",
    );
    codes_triple(
        "Human Rights Watch said the police used excessive force.",
        "ACCUSE",
        "Human Rights Watch",
        "police",
    );
    codes_first("Eritrea ordered the UN observer mission to leave.", "SANCTION", "166");
}

#[test]
fn attributions_joint_acts_and_judged_plans() {
    // Who reports it, even named with where they are, is no party; forces withdraw from a place.
    codes_all(
        "Kyrgyz and Tajik forces withdrew from the disputed border area, officials in Bishkek said.",
        &[
            ("RETREAT", "Kyrgyzstan military", "the disputed border area"),
            ("RETREAT", "Tajikistan military", "the disputed border area"),
        ],
    );
    // Several subjects acting on people act on them together.
    codes_triple(
        "Police and soldiers arrested 20 protesters.",
        "COERCE",
        "soldiers",
        "protesters",
    );
    // A country's plan judged is about that country, not what the plan is for.
    codes_only(
        "The Arab League endorsed Egypt's plan for the reconstruction of Gaza.",
        "SUPPORT",
        "Arab League",
        "Egypt",
    );
    // An apology is to whom it is made.
    codes_only(
        "Thailand's army chief apologised to the public for the mass shooting in Nakhon Ratchasima.",
        "SUPPORT",
        "Thailand army chief",
        "the public",
    );
    codes_only(
        "The M23 rebels handed control of the town to regional forces.",
        "CONCEDE",
        "rebels",
        "forces",
    );
    codes_first("Egyptian police rounded up dozens of fans.", "COERCE", "170");
    codes_first(
        "Georgian police dispersed protesters outside parliament.",
        "COERCE",
        "172",
    );
    codes_only(
        "Niger's junta revoked military agreements with France.",
        "SANCTION",
        "Niger junta",
        "France",
    );
}

#[test]
fn a_peoples_name_before_a_body_names_that_body() {
    // `Tigrayan forces` is one party, even with no country of its own, and joins a compound subject.
    let t = triples(&code(
        "The Ethiopian government and Tigrayan forces signed a peace deal.",
        None,
    ));
    assert_eq!(t, [triple("SUPPORT", "Ethiopia government", "Tigrayan forces")]);
    codes_only(
        "Tigrayan forces attacked the town.",
        "ASSAULT",
        "Tigrayan forces",
        "the town",
    );
}

#[test]
fn ties_between_coordinated_parties_unnamed_pairs_and_dropped_charges() {
    codes_triple(
        "Argentina and Israel strengthened ties.",
        "SUPPORT",
        "Israel",
        "Argentina",
    );
    codes_only(
        "The Red Cross criticised both parties for failing to protect civilians.",
        "ACCUSE",
        "Red Cross",
        "both parties",
    );
    codes_first(
        "A judge dismissed the case against the former president.",
        "CONCEDE",
        "081",
    );
    codes_only(
        "Britain trained thousands of Ukrainian recruits.",
        "COOPERATE",
        "United Kingdom",
        "Ukraine",
    );
}

#[test]
fn a_blocked_plan_is_its_owners_and_not_done() {
    codes_only(
        "The Kenyan High Court blocked the government's plan to deploy police officers to Haiti.",
        "REJECT",
        "Kenyan High Court",
        "government",
    );
}

#[test]
fn released_people_deals_borders_and_demands_name_the_target() {
    // People freed are the target, whatever comes after; a journey's `to` is not theirs.
    codes_triple(
        "Myanmar's junta freed more than 2,000 political prisoners under an amnesty marking Buddhist Lent.",
        "RETREAT",
        "Myanmar junta",
        "more than 2,000 political prisoners",
    );
    codes_all(
        "Venezuela freed six jailed Americans after a visit by a U.S. envoy to Caracas.",
        &[
            ("RETREAT", "Venezuela", "United States civilians"),
            ("CONSULT", "United States envoy", "Venezuela government"),
        ],
    );
    // A named crossing or deal shared with a country is towards that country.
    codes_only(
        "Pakistan reopened the Torkham border crossing with Afghanistan after a two-week closure.",
        "CONCEDE",
        "Pakistan",
        "Afghanistan",
    );
    codes_only(
        "Russia agreed to extend the Black Sea grain deal with Ukraine for another 60 days.",
        "AGREE",
        "Russia",
        "Ukraine",
    );
    // An act condemned is its doer's.
    codes_only(
        "Saudi Arabia condemned the storming of the Al-Aqsa mosque by Israeli settlers.",
        "ACCUSE",
        "Saudi Arabia",
        "Israeli settlers",
    );
    // Protesters demanding someone's resignation protest against them.
    codes_triple(
        "Opposition supporters marched in Dhaka demanding the resignation of Prime Minister Sheikh Hasina.",
        "PROTEST",
        "opposition",
        "prime minister",
    );
    // A place is no protester.
    codes_only(
        "French farmers blocked roads around Paris to protest against EU trade policies.",
        "PROTEST",
        "France agriculture",
        "European Union",
    );
}

#[test]
fn arms_halted_ceasefires_agreed_and_bodies_of_one_country() {
    codes_only(
        "Canada halted arms exports to Israel, Foreign Minister Melanie Joly said.",
        "SANCTION",
        "Canada",
        "Israel",
    );
    // Arms control is no sanction.
    codes_nothing("The two sides discussed a treaty on reducing these weapons.");
    // A ceasefire the parties agree to is between them, wherever it holds; one announced by
    // others is in its place.
    codes_only(
        "The Sudanese army and the Rapid Support Forces agreed to a 72-hour ceasefire in Khartoum.",
        "AGREE",
        "Sudan military",
        "Rapid Support Forces",
    );
    codes_all(
        "Turkey and Russia announced a ceasefire in Idlib.",
        &[("RETREAT", "Turkey", "Idlib"), ("RETREAT", "Russia", "Idlib")],
    );
    // Two bodies of one country named by different nouns are two parties.
    codes_only(
        "The Malian junta handed over the military base in Tessalit to Malian troops.",
        "RETREAT",
        "Mali military",
        "Mali military",
    );
    // A capital is in its country.
    let a = code("Kenya sent troops to Khartoum.", None);
    assert_eq!(
        first(&a).target.as_ref().and_then(|t| t.country.as_deref()),
        Some("SDN")
    );
}

#[test]
fn lawsuits_house_arrest_closed_media_weapons_and_conditions() {
    codes_only(
        "South Africa filed a genocide case against Israel at the International Court of Justice.",
        "ACCUSE",
        "South Africa",
        "Israel",
    );
    codes_first(
        "The Chinese government placed a Uyghur scholar under house arrest.",
        "COERCE",
        "173",
    );
    codes_only(
        "Israel's security cabinet closed the offices of Al Jazeera in the country.",
        "COERCE",
        "Israel cabinet",
        "Al Jazeera",
    );
    // A business closing its own offices coerces no one.
    codes_nothing("The company closed its offices in London.");
    codes_only(
        "India dispatched a naval ship carrying relief material to cyclone-hit Myanmar.",
        "AID",
        "India",
        "Myanmar",
    );
    // What a condition names is not the target, unless no one else is named.
    codes_only(
        "Iran threatened to close the Strait of Hormuz if it was attacked.",
        "THREATEN",
        "Iran",
        "Hormuz",
    );
    codes_only(
        "China warned it would retaliate if Japan imposed sanctions.",
        "THREATEN",
        "China",
        "Japan",
    );
    codes_only(
        "The Houthis warned that they would target any U.S. ships in the Red Sea.",
        "THREATEN",
        "Houthis",
        "United States",
    );
    // A weapon that kills is a source; a blast may be an accident.
    codes_first("A car bomb killed at least 12 soldiers in Mogadishu.", "ASSAULT", "190");
    codes_nothing("A gas explosion killed 12 miners.");
    // The place shelled is the target; the people killed, the next act's.
    codes_all(
        "Russian forces shelled the city of Kharkiv overnight, killing three civilians.",
        &[
            ("ASSAULT", "Russia military", "Kharkiv"),
            ("ASSAULT", "Russia military", "civilians"),
        ],
    );
}

#[test]
fn named_fighters_hostages_resolutions_and_who_is_told() {
    codes_only(
        "Hamas fighters attacked Israeli soldiers.",
        "ASSAULT",
        "Hamas",
        "Israel military",
    );
    codes_only(
        "Hamas released the hostages in exchange for an end to the war.",
        "RETREAT",
        "Hamas",
        "the hostages",
    );
    codes_only(
        "Russia vetoed a resolution on Syria.",
        "REJECT",
        "Russia",
        "a resolution on Syria",
    );
    // Who is told something neither says nor does it.
    codes_nothing("Officials told Reuters relief squads had been sent to the area with food and medicine.");
    // A second verb's object is its own (`and handed it over to …`).
    codes_only(
        "The rebels withdrew from the town of Kibumba and handed it over to East African troops.",
        "RETREAT",
        "rebels",
        "Kibumba",
    );
}

#[test]
fn arms_delivered_reinforcements_sent_and_shared_things_agreed() {
    codes_only(
        "The United States delivered Abrams tanks to Ukraine.",
        "AID",
        "United States",
        "Ukraine",
    );
    // Tanks sent somewhere are no aid.
    codes_no("Russia sent tanks to the border.", "AID");
    codes_only(
        "Turkey sent reinforcements to its border with Syria.",
        "MOBILIZE",
        "Turkey",
        "Syria",
    );
    // Agreeing what to do with what both share is agreeing with each other.
    codes_all(
        "Kenya and Somalia agreed to reopen their border after more than a decade.",
        &[("AGREE", "Kenya", "Somalia"), ("AGREE", "Somalia", "Kenya")],
    );
}

#[test]
fn a_ceasefire_with_no_place_after_holds_where_named_before() {
    codes_only(
        "In Colombia, the ELN declared a monthlong ceasefire on 1 April.",
        "RETREAT",
        "ELN",
        "Colombia",
    );
    // Not where the speaker was.
    codes_only(
        "Speaking in Kenya, Ruto said Sudan's army declared a ceasefire.",
        "RETREAT",
        "Sudan army",
        "",
    );
}

#[test]
fn things_handed_back_go_to_the_recipient_whatever_adjective_names_a_country() {
    codes_only(
        "A painting from a Spanish museum was returned by US officials to Italian authorities.",
        "RETREAT",
        "United States government",
        "Italy government",
    );
    // People released are the target themselves, past a possessor and a superlative, and not
    // someone named after `including`.
    codes_only(
        "The Iranian authorities freed 11 of Iran's most prominent political prisoners, including the lawyer Nasrin Sotoudeh.",
        "RETREAT",
        "Iran government",
        "11 of Iran's most prominent political prisoners",
    );
}

#[test]
fn a_visit_still_ahead_is_planned_and_a_preposition_after_a_name_is_no_apposition() {
    let a = code(
        "Ahead of a visit by Iran's president, Hassan Rouhani, to the United States, the Iranian authorities freed 11 prisoners.",
        None,
    );
    let e = first(&a);
    assert_eq!(
        (e.kind.as_str(), e.cameo.as_str(), e.modality),
        ("AGREE", "036", Modality::Planned)
    );
    assert_eq!(e.source.country.as_deref(), Some("IRN"));
    assert_eq!(e.target.as_ref().and_then(|t| t.country.as_deref()), Some("USA"));
    // `up to` a number is no run-up.
    codes_no(
        "Up to 800 guerrillas attacked the army base in Chalatenango.",
        "THREATEN",
    );
    // Goods brought from a country stand for it.
    codes_only(
        "The U.S. has imposed higher tariffs on computer microchips imported from Japan.",
        "COERCE",
        "United States",
        "Japan",
    );
}

#[test]
fn doers_of_participles_and_acts_that_only_frame_another() {
    // People right before a participle do it, even after a preposition.
    codes_all(
        "Police fired tear gas at demonstrators protesting against the finance bill.",
        &[("PROTEST", "demonstrators", "the finance bill")],
    );
    // Protests that frame an arrest are not the police's.
    codes_no("Police arrested 20 people after the protests.", "PROTEST");
    // A weapon that went off is the source of the killing it caused.
    codes_only(
        "A car bomb exploded in Mogadishu, killing nine people.",
        "ASSAULT",
        "A car bomb",
        "nine people",
    );
    // Captives handed to a go-between are still the ones freed.
    codes_only(
        "Hamas handed over four Israeli hostages to the Red Cross.",
        "RETREAT",
        "Hamas",
        "four Israeli hostages",
    );
    // A motion voted down is the target, not whom it would investigate.
    codes_only(
        "Turkey's parliament voted down a motion to investigate the government's handling of the earthquake.",
        "REJECT",
        "Turkey parliament",
        "a motion",
    );
    // An internet shutdown is where it was imposed.
    codes_only(
        "The Iranian government shut down the internet in several provinces.",
        "COERCE",
        "Iran government",
        "several provinces",
    );
}

#[test]
fn intents_invitations_truces_and_working_with() {
    codes_all(
        "The Sudanese army accepted a U.S. invitation to attend peace talks in Geneva.",
        &[("AGREE", "Sudan military", "United States")],
    );
    // An intent about a thing only is between the parties.
    codes_all(
        "China and the Philippines agreed to ease tensions in the South China Sea.",
        &[("AGREE", "China", "Philippines"), ("AGREE", "Philippines", "China")],
    );
    codes_all("Hamas and Israel agreed on a truce.", &[("AGREE", "Hamas", "Israel")]);
    codes_no("Hamas and Israel agreed on a truce.", "SUPPORT");
    codes_all(
        "Kenyan police are working with Interpol to track down the suspects.",
        &[("COOPERATE", "Kenya police", "Interpol")],
    );
    codes_nothing("The plan will only work with a sizeable lag, economists say.");
    // One party's intent to act jointly is its own: no mirror.
    let a = code("China is willing to cooperate with Kenya.", None);
    assert_eq!(a.events.len(), 1, "{:?}", triples(&a));
    codes_only("China is willing to cooperate with Kenya.", "AGREE", "China", "Kenya");
    // Talks on a journey are a fact of their own; the truce they are about is none.
    let t = codes_all(
        "The Qatari prime minister travelled to Cairo for talks with Egyptian officials on the Gaza truce.",
        &[("CONSULT", "Qatar prime minister", "Egypt government")],
    );
    assert!(t.iter().all(|x| x.0 != "RETREAT"), "{t:?}");
}

#[test]
fn weapons_provided_are_aid_and_provided_as_a_conjunction_gives_nothing() {
    codes_only(
        "The United States provided Israel with artillery shells.",
        "AID",
        "United States",
        "Israel",
    );
    codes_no(
        "West Germany said it would accept the plan provided Bonn was allowed to retain its own missiles.",
        "AID",
    );
}

#[test]
fn another_partys_deed_praised_is_that_party() {
    codes_only("Ruto praised China's support for Kenya.", "SUPPORT", "Ruto", "China");
}

#[test]
fn a_charge_in_a_clause_is_against_its_subject() {
    codes_only(
        "Opposition leader Raila Odinga alleged that the electoral commission had manipulated the results.",
        "ACCUSE",
        "Raila Odinga",
        "the electoral commission",
    );
    codes_only(
        "Amnesty International charged that Israeli forces used excessive force against Palestinian demonstrators.",
        "ACCUSE",
        "Amnesty International",
        "Israel military",
    );
}

#[test]
fn a_refused_act_without_a_trigger_is_rejected_with_its_object() {
    codes_only(
        "Venezuela's opposition refused to take part in the regional elections.",
        "REJECT",
        "Venezuela opposition",
        "the regional elections",
    );
    // A reporter's question declined, or one's own things, are no rejection.
    codes_nothing("The army declined to comment on the report.");
    codes_nothing("The unions refused to open their contracts for renegotiation.");
}

#[test]
fn a_bare_promise_needs_a_party_or_aid() {
    codes_only(
        "President Emmanuel Macron promised Ukraine more air defence systems.",
        "AGREE",
        "Emmanuel Macron",
        "Ukraine",
    );
    codes_nothing("He called on Congress to cut the promised benefits.");
}

#[test]
fn a_place_named_with_its_country_is_the_whole_phrase() {
    let a = code(
        "Houthi rebels fired a ballistic missile at the Saudi city of Jizan.",
        None,
    );
    let t = first(&a)
        .target
        .as_ref()
        .map(|t| (t.text.as_str(), t.country.as_deref()));
    assert_eq!(t, Some(("the Saudi city of Jizan", Some("SAU"))));
    // A direction before a country after a preposition keeps it an object.
    codes_triple(
        "Rebels in eastern Congo surrendered to government forces.",
        "RETREAT",
        "rebels",
        "government",
    );
}

#[test]
fn a_possessor_before_a_nominal_act_does_it_unless_it_suffered_it() {
    codes_triple(
        "China put its forces on high alert ahead of Tsai's visit to the United States.",
        "AGREE",
        "Tsai",
        "United States",
    );
    codes_triple(
        "The U.S. State Department welcomed the release of the detained journalists by Ethiopian authorities.",
        "SUPPORT",
        "United States",
        "Ethiopia government",
    );
}

#[test]
fn joint_exercises_and_protection_granted() {
    codes_triple(
        "France and Germany conducted a joint air force exercise over the Baltic Sea.",
        "COOPERATE",
        "France",
        "Germany",
    );
    codes_only(
        "The European Union granted temporary protection to millions of Ukrainian refugees.",
        "AID",
        "European Union",
        "Ukraine refugees",
    );
    codes_nothing("The Commission's decision gave the same legal protection to feta.");
}

#[test]
fn what_frames_an_act_is_no_party_to_it() {
    codes_triple(
        "Georgia's government withdrew the foreign agents bill on Thursday following two nights of mass protests in Tbilisi.",
        "CONCEDE",
        "Georgia government",
        "the foreign agents bill",
    );
    // Protests a clause is timed by are nobody's here.
    codes_no(
        "Authorities in Bangladesh imposed a nationwide curfew and deployed the army as protests spread.",
        "PROTEST",
    );
    // A fronted phrase's object is not listed with the subject after its comma.
    codes_only(
        "After weeks of pressure from Washington, Riyadh agreed to release the activist.",
        "AGREE",
        "Saudi Arabia government",
        "activist",
    );
}

#[test]
fn claims_denied_and_crimes_alleged() {
    codes_only(
        "Beijing denied reports that it was building a military base in Cambodia.",
        "REJECT",
        "China government",
        "reports",
    );
    codes_only(
        "UN investigators said Myanmar's military had committed genocide against the Rohingya.",
        "ACCUSE",
        "United Nations",
        "Myanmar military",
    );
    codes_only(
        "French President Emmanuel Macron expressed his condolences to the people of Morocco.",
        "SUPPORT",
        "Emmanuel Macron",
        "Morocco civilians",
    );
}

#[test]
fn a_passive_agent_after_a_place_and_a_nominal_doer_without_target() {
    codes_triple(
        "Ruto was received at the airport by Ethiopian Prime Minister Abiy Ahmed.",
        "CONSULT",
        "Abiy Ahmed",
        "Ruto",
    );
    // Things received are no visit, whatever the subject names inside it.
    codes_nothing("Animals smuggled to Europe by a trader were received by the zoo.");
    // The doer of a nominal act with no target named stays its doer.
    codes_only(
        "Two soldiers were killed in the attack by militants.",
        "ASSAULT",
        "militants",
        "soldiers",
    );
}

#[test]
fn a_body_before_talks_is_no_party_to_a_threat() {
    codes_only(
        "Opposition leader Morgan Tsvangirai threatened to halt unity government talks with President Robert Mugabe.",
        "THREATEN",
        "Morgan Tsvangirai",
        "Robert Mugabe",
    );
}

#[test]
fn raids_on_camps_are_attacks_and_on_offices_coercion() {
    codes_first(
        "Israeli troops raided the Nur Shams refugee camp near Tulkarem, killing 14 Palestinians.",
        "ASSAULT",
        "190",
    );
    codes_first("Police raided the offices of the newspaper.", "COERCE", "172");
}

#[test]
fn who_reported_an_act_after_a_comma_is_no_party_to_it() {
    codes_only(
        "The Finance Ministry has asked commercial banks to moderate their dollar sales, JiJi News Agency reported.",
        "REQUEST",
        "Finance Ministry",
        "commercial banks",
    );
}

#[test]
fn prisoner_swaps_and_live_bullets() {
    codes_triple(
        "Russia and Ukraine swapped 90 prisoners of war on Friday.",
        "RETREAT",
        "Russia",
        "Ukraine",
    );
    codes_first(
        "Kenyan police fired live bullets at protesters storming parliament in Nairobi.",
        "ASSAULT",
        "175",
    );
}

#[test]
fn refusals_reach_through_the_verb_to_the_talks_refused() {
    codes_only(
        "The Kenyan opposition refused to take part in talks with the ruling coalition.",
        "REJECT",
        "Kenya opposition",
        "the ruling coalition",
    );
    codes_only(
        "The Kenyan opposition refused to join talks with the ruling coalition.",
        "REJECT",
        "Kenya opposition",
        "the ruling coalition",
    );
    // Talks boycotted were not held.
    codes_no("The opposition boycotted talks with the government.", "CONSULT");
}

#[test]
fn who_is_blamed_comes_before_what_they_are_blamed_for() {
    codes_only(
        "Amnesty International criticised Kenyan police for the use of excessive force against demonstrators.",
        "ACCUSE",
        "Amnesty International",
        "Kenya police",
    );
    codes_only(
        "Nicaragua deported 135 political prisoners to Guatemala.",
        "COERCE",
        "Nicaragua",
        "135 political prisoners",
    );
}

#[test]
fn protests_named_as_nouns_are_not_the_subjects() {
    codes_no(
        "The government imposed a curfew in Dhaka to stop the protests.",
        "PROTEST",
    );
    codes_no("Protest organisers said the march would go ahead.", "PROTEST");
    codes_triple(
        "Thousands of students joined the protests in Nairobi.",
        "PROTEST",
        "students",
        "Kenya government",
    );
}

#[test]
fn forces_sent_to_act_and_forces_raised_after_an_attack() {
    codes_triple(
        "Nigeria deployed troops to crush the rebellion.",
        "ASSAULT",
        "troops",
        "the rebellion",
    );
    codes_only(
        "Israel called up 300,000 reservists after the Hamas attack.",
        "MOBILIZE",
        "Israel",
        "",
    );
}

#[test]
fn ties_restored_by_two_and_joint_operations() {
    codes_triple(
        "Saudi Arabia and Iran restored diplomatic ties in a deal brokered by China.",
        "SUPPORT",
        "Saudi Arabia",
        "Iran",
    );
    codes_triple(
        "Kenyan and Ugandan police launched a joint operation against cattle rustlers.",
        "COOPERATE",
        "Kenya police",
        "Uganda police",
    );
    codes_first(
        "Nigeria's anti-graft agency arraigned a former state governor on 19 counts of money laundering.",
        "ACCUSE",
        "116",
    );
}

#[test]
fn a_subject_named_by_no_known_actor_does_what_it_agreed_to() {
    codes_only(
        "The warring parties in Sudan agreed to allow aid into Darfur.",
        "AGREE",
        "The warring parties in Sudan",
        "Darfur",
    );
}

#[test]
fn clashes_with_police_are_riots_and_states_protest_by_complaint() {
    codes_only(
        "Thousands of supporters of the jailed former prime minister clashed with police in Islamabad.",
        "PROTEST",
        "supporters of the jailed former prime minister",
        "police in Islamabad",
    );
    codes_first("China protested the sale of US weapons to Taiwan.", "ACCUSE", "111");
    codes_first("Thousands of Kenyans protested the tax increases.", "PROTEST", "140");
}

#[test]
fn weapons_launched_are_aimed_somewhere() {
    codes_only(
        "Ukraine's military said Russian forces had launched 40 drones overnight at targets across the country.",
        "ASSAULT",
        "Russia military",
        "targets",
    );
    codes_nothing("India launched its first intercontinental-range rocket, the Press Trust of India reported.");
    codes_nothing("NASA launched an Indonesian communications satellite aboard a Delta rocket.");
}

#[test]
fn threats_of_response_and_calls_reported_in_the_perfect() {
    codes_only(
        "The Kremlin said Russia would respond to any deployment of U.S. missiles in Germany.",
        "THREATEN",
        "Russia government",
        "United States",
    );
    codes_first(
        "The White House said President Biden had spoken by phone with Egyptian President Abdel Fattah el-Sisi.",
        "CONSULT",
        "041",
    );
    // Whoever is named after `said` or `according to` reported it.
    codes_only(
        "Japan has agreed to restrict currency movements to within a narrow band, said Leo Melamed, chairman of the exchange.",
        "AGREE",
        "Japan",
        "currency movements",
    );
}

#[test]
fn exchanges_of_fire_mediators_and_forces_of_both() {
    codes_triple(
        "Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir overnight.",
        "ASSAULT",
        "India military",
        "Pakistan military",
    );
    let t = codes_triple(
        "Egypt and Qatar are mediating between Israel and Hamas.",
        "CONSULT",
        "Egypt",
        "Israel",
    );
    assert!(!t.contains(&triple("CONSULT", "Egypt", "Qatar")), "{t:?}");
    codes_triple(
        "Thailand and Cambodia agreed to withdraw troops from the disputed border area.",
        "AGREE",
        "Thailand",
        "Cambodia",
    );
}

#[test]
fn visitors_named_by_a_participle_and_calls_received() {
    codes_only(
        "President Ruto received a courtesy call from the visiting Chinese foreign minister at State House, Nairobi.",
        "CONSULT",
        "China foreign minister",
        "Ruto",
    );
    codes_only(
        "The Nigerian army said it had rescued 50 hostages held by bandits in Katsina state.",
        "AID",
        "Nigeria military",
        "50 hostages",
    );
    codes_only(
        "President Museveni has granted a pardon to 300 prisoners.",
        "RETREAT",
        "Museveni",
        "300 prisoners",
    );
    codes_nothing(
        "American Motors Corp said its February U.S. car production declined to 2,978 units from 3,808 a year ago.",
    );
}

#[test]
fn sackings_asset_freezes_loans_secured_and_downed_aircraft() {
    codes_first(
        "South Sudan's President Salva Kiir on Thursday sacked his vice president, Riek Machar.",
        "COERCE",
        "172",
    );
    codes_first(
        "The German government has frozen the assets of three Russian oligarchs.",
        "COERCE",
        "163",
    );
    codes_only(
        "Zambia's government secured a $1.3 billion loan from the International Monetary Fund last year.",
        "AID",
        "International Monetary Fund",
        "Zambia government",
    );
    codes_nothing("Loans from Marine Midland are secured by substantially all company assets.");
    codes_triple(
        "The rebels shot down a government helicopter over the town of Bambari.",
        "ASSAULT",
        "rebels",
        "a government helicopter",
    );
}

#[test]
fn talks_offered_and_refused_and_calls_rejected() {
    codes_only(
        "Venezuela's opposition rejected on Friday an offer of dialogue from the government.",
        "REJECT",
        "Venezuela opposition",
        "government",
    );
    codes_only(
        "Serbian President Aleksandar Vucic rejected calls to impose sanctions on Russia.",
        "REJECT",
        "Aleksandar Vucic",
        "calls",
    );
}

#[test]
fn captives_handed_to_envoys_are_still_the_ones_freed() {
    codes_only(
        "The Taliban released 20 prisoners to U.S. officials in Doha.",
        "RETREAT",
        "Taliban",
        "20 prisoners",
    );
}

#[test]
fn meetings_called_off_or_postponed_did_not_take_place() {
    codes_first(
        "The meeting between Ruto and Biden at the White House did not take place as planned.",
        "REJECT",
        "125",
    );
    codes_modality(
        "Talks between Kenya and Somalia were postponed to next week.",
        dyad_core::Modality::Planned,
    );
}

#[test]
fn a_nationality_before_a_common_noun_gives_its_country() {
    codes_only("Kenyan teachers went on strike.", "PROTEST", "Kenya teachers", "");
    let a = code("Ruto praised Ghanaian farmers.", None);
    assert_eq!(
        first(&a).target.as_ref().and_then(|t| t.country.as_deref()),
        Some("GHA")
    );
}

#[test]
fn a_clause_of_time_has_its_own_subject() {
    codes_all(
        "The army withdrew from the town after the Taliban attacked a checkpoint.",
        &[("RETREAT", "army", "the town"), ("ASSAULT", "Taliban", "a checkpoint")],
    );
    codes_triple(
        "The spokesman spoke after the top Catholic in England backed the president.",
        "SUPPORT",
        "Catholic",
        "president",
    );
}

#[test]
fn a_passive_visit_names_the_visited_first() {
    codes_triple(
        "President Ruto was visited by Chinese President Xi Jinping.",
        "CONSULT",
        "Xi Jinping",
        "Ruto",
    );
    codes_first(
        "President Ruto was visited by Chinese President Xi Jinping.",
        "CONSULT",
        "042",
    );
    codes_nothing("The site was visited by the Chinese president.");
}

#[test]
fn a_name_and_its_bracketed_acronym_are_one_actor() {
    let text = "The New York Stock Exchange (NYSE) urged members to refrain from program trading.";
    let a = code(text, None);
    let source = &first(&a).source;
    assert_eq!((source.start, source.end), (4, 34), "{text}");
}

#[test]
fn a_description_in_apposition_is_the_person() {
    codes_triple(
        "Stephen Schechter, a UK investment banker who has held talks with Borussia Dortmund, said the club needs cash.",
        "CONSULT",
        "Stephen Schechter",
        "Borussia Dortmund",
    );
}

#[test]
fn pleas_frozen_wages_and_attacks_in_words() {
    codes_nothing("Mr Myers has already pleaded guilty to fraud and is assisting prosecutors.");
    codes_nothing("The government froze salaries as part of its efforts to pull Bolivia out of a crisis.");
    codes_first("Japan has also attacked OECD forecasts.", "ACCUSE", "111");
}

#[test]
fn an_invitation_to_act_is_a_request() {
    codes_only(
        "The Queen invited Mr Wilson to form a new minority government.",
        "REQUEST",
        "monarch",
        "Mr Wilson",
    );
    codes_first(
        "The Queen invited Mr Wilson to form a new minority government.",
        "REQUEST",
        "020",
    );
    codes_first("Ruto invited President Tokayev to visit Nairobi.", "AGREE", "036");
    codes_first("Kenya urged Uganda to release the traders.", "REQUEST", "020");
}

#[test]
fn criticism_for_a_deed_and_talks_fronted_or_past_their_subject() {
    codes_first(
        "Liberal Democrat leader Charles Kennedy attacked Mr Brown for failing to mention the environment.",
        "ACCUSE",
        "111",
    );
    codes_triple(
        "Within hours of his final talks with Mr Thorpe, Sir Edward told the nation he was resigning.",
        "CONSULT",
        "Sir Edward",
        "Mr Thorpe",
    );
    codes_triple(
        "Argentina has been negotiating a loan with the steering committee.",
        "CONSULT",
        "Argentina",
        "the steering committee",
    );
}

#[test]
fn a_participle_opening_the_sentence_is_its_subjects() {
    codes_triple(
        "Accusing Uganda of aggression, Kenya recalled its ambassador.",
        "ACCUSE",
        "Kenya",
        "Uganda",
    );
    codes_nothing("Detaining foreign terrorist suspects without trial breaks human rights laws, the UK's highest court has ruled.");
    codes_triple(
        "The chancellor urged all ministries to cut spending.",
        "REQUEST",
        "The chancellor",
        "all ministries",
    );
}

#[test]
fn plans_said_with_be_to_preparing_or_a_present_tense_ahead() {
    for text in [
        "Foreign Secretary Jack Straw is to visit Thailand and Indonesia this week.",
        "Mikulic visits West Germany next week.",
        "Viktor Yushchenko prepared to head to Brussels to meet with US President George W Bush.",
    ] {
        codes_modality(text, dyad_core::Modality::Planned);
    }
    codes_modality(
        "Liberal Democrat leader Charles Kennedy, who backs the constitution, said he expected the referendum next year.",
        dyad_core::Modality::Occurred,
    );
}

#[test]
fn reported_subjects_aircraft_and_others_of_a_kind() {
    codes_triple(
        "Sales executive Peter Findlay told reporters that Plessey was negotiating on further contracts with several other countries.",
        "CONSULT",
        "Plessey",
        "several other countries",
    );
    let a = code("Afghan warplanes bombed a village in Pakistan.", None);
    assert_eq!(first(&a).source.code.as_deref(), Some("AFGMIL"));
    codes_nothing("The movie is being put together by Simon Bysshe who has shot many other films.");
}

#[test]
fn a_describing_word_after_and_keeps_the_coordination() {
    codes_only(
        "Kenya and neighbouring Uganda signed a deal.",
        "SUPPORT",
        "Kenya",
        "Uganda",
    );
    codes_all(
        "Tutsis and moderate Hutus were killed by Hutu militias.",
        &[
            ("ASSAULT", "Hutu militias", "Tutsis"),
            ("ASSAULT", "Hutu militias", "Hutus"),
        ],
    );
}

#[test]
fn a_refusal_reaches_past_an_aside() {
    codes_only(
        "Gluck had again refused, on April 8, to meet with Sosnoff, even though he had said he was willing.",
        "REJECT",
        "Gluck",
        "Sosnoff",
    );
}

#[test]
fn a_possessor_before_a_relation_and_a_name_is_not_the_party() {
    codes_triple(
        "The London exchange is also holding talks with Deutsche Boerse's rival Euronext.",
        "CONSULT",
        "The London exchange",
        "Euronext",
    );
}

#[test]
fn a_place_of_a_country_visited_is_a_visit_to_it() {
    codes_triple(
        "Chancellor Gordon Brown has visited Kenya's biggest shantytown as he opened a week-long visit to Africa.",
        "CONSULT",
        "Gordon Brown",
        "Kenya",
    );
}

#[test]
fn a_meeting_likely_to_happen_is_planned() {
    codes_modality(
        "Ugandan President Yoweri Museveni is likely to have a meeting with Kenyan leader Daniel arap Moi.",
        dyad_core::Modality::Planned,
    );
}

#[test]
fn a_protest_outside_a_body_is_against_it() {
    codes_triple(
        "Protesters demonstrated outside the US embassy in Nairobi.",
        "PROTEST",
        "protesters",
        "United States government",
    );
}

#[test]
fn a_price_cap_or_quota_imposed_on_a_country_coerces_it() {
    codes_triple(
        "India imposed quotas on Chinese steel.",
        "COERCE",
        "India",
        "Chinese steel",
    );
}

#[test]
fn weapons_sent_to_a_country_are_aid_but_not_to_a_border() {
    codes_triple("Germany sent tanks to Ukraine.", "AID", "Germany", "Ukraine");
    codes_no("Russia sent tanks to the border.", "AID");
}

#[test]
fn a_body_named_in_a_bills_noun_phrase_is_not_its_doer() {
    codes_nothing("A bill in the U.S. Congress would impose tariffs on Japan.");
    codes_nothing(
        "They were disturbed by a draft bill before the U.S. Congress that would impose quotas on textile imports.",
    );
}

#[test]
fn forces_put_on_combat_readiness_amid_tensions_are_mobilised_against_the_rival() {
    codes_triple(
        "Serbia placed its army on the highest level of combat readiness amid tensions with Kosovo.",
        "MOBILIZE",
        "Serbia",
        "Kosovo",
    );
}

#[test]
fn aid_named_in_a_prepositions_object_is_its_possessors() {
    codes_triple(
        "The Hungarian government lifted its veto on the EU's 50 billion euro aid package for Ukraine.",
        "AID",
        "European Union",
        "Ukraine",
    );
}

#[test]
fn a_decree_signed_is_no_agreement_what_it_does_is_the_act() {
    codes_only(
        "Putin signed a decree recognising the independence of two breakaway regions of Ukraine.",
        "SUPPORT",
        "Putin",
        "Ukraine",
    );
    codes_first("Putin signed a decree recognising Kosovo.", "SUPPORT", "054");
    // One signed with someone is an agreement with them.
    codes_first(
        "Hughes Tool Co said it signed a consent decree with the U.S. Justice Department.",
        "SUPPORT",
        "057",
    );
}

#[test]
fn aid_accepted_from_someone_is_their_aid() {
    codes_triple("Morocco accepted aid from Spain.", "AID", "Spain", "Morocco");
}

#[test]
fn parliaments_dissolved_and_crowds_dispersed_are_coerced() {
    codes_triple(
        "Chad's military council dissolved parliament after President Idriss Deby was killed.",
        "COERCE",
        "Chad military",
        "parliament",
    );
    codes_triple("Police dispersed the protesters.", "COERCE", "police", "protesters");
}

#[test]
fn a_vow_to_hold_someone_accountable_is_a_threat() {
    codes_triple(
        "U.S. President Joe Biden vowed to hold Russia accountable for the death of Alexei Navalny.",
        "THREATEN",
        "Joe Biden",
        "Russia",
    );
}

#[test]
fn who_is_asked_is_the_subject_of_the_that_clause() {
    codes_triple(
        "Students set up a protest camp demanding that the university divest from companies linked to Israel.",
        "DEMAND",
        "students",
        "the university",
    );
    codes_triple(
        "The union demanded that the government release jailed activists in Kenya.",
        "DEMAND",
        "The union",
        "government",
    );
}

#[test]
fn a_protest_camp_set_up_is_a_protest_held() {
    let a = code("Students set up a protest camp outside parliament.", None);
    assert_eq!(first(&a).kind, "PROTEST");
    assert_eq!(first(&a).modality, dyad_core::Modality::Occurred);
}

#[test]
fn may_in_a_capitalised_headline_is_the_modal() {
    codes_modality(
        "VENEZUELA MAY ASK IMF FOR CREDITS\n\nCaracas, March 3 - Venezuela's finance minister spoke on Tuesday.",
        dyad_core::Modality::Hypothetical,
    );
}

#[test]
fn parties_who_clash_fight_each_other() {
    codes_triple(
        "Indian and Chinese troops clashed along their disputed border in the Himalayas.",
        "ASSAULT",
        "India military",
        "China military",
    );
}

#[test]
fn aid_to_be_received_from_someone_is_their_promise() {
    codes_triple(
        "Ghana will receive a loan from the IMF.",
        "AGREE",
        "International Monetary Fund",
        "Ghana",
    );
    codes_triple(
        "India will get 104 mln stg as grants from Britain.",
        "AGREE",
        "United Kingdom",
        "India",
    );
}

#[test]
fn a_joint_press_conference_or_a_summit_held_together_is_a_meeting() {
    codes_triple(
        "The president of Finland and the president of Estonia held a joint press conference in Helsinki.",
        "CONSULT",
        "Finland president",
        "Estonia president",
    );
    codes_triple("Kenya and China held a summit in Nairobi.", "CONSULT", "Kenya", "China");
}

#[test]
fn no_party_past_a_subordinate_clause_with_its_own_verb() {
    // Not the gangs of `after gangs took hostages`, nor the state of emergency itself: the
    // emergency declared is on no one named.
    codes_only(
        "Ecuador's president declared a state of emergency after gangs took hostages at a TV station.",
        "COERCE",
        "Ecuador president",
        "",
    );
}

#[test]
fn those_kept_from_going_somewhere_are_coerced() {
    codes_triple(
        "Police blocked protesters from marching to parliament.",
        "COERCE",
        "police",
        "protesters",
    );
}

#[test]
fn a_closure_ordered_is_of_what_it_names() {
    codes_triple(
        "The Taliban rulers have ordered the closure of beauty salons across the country.",
        "COERCE",
        "Taliban",
        "beauty salons",
    );
}

#[test]
fn what_is_said_after_the_object_names_no_party_even_without_a_comma() {
    codes_only(
        "Airlines have attacked the legislation saying they could be forced to raise prices.",
        "ACCUSE",
        "Airlines",
        "the legislation",
    );
}

#[test]
fn aid_accepted_from_a_list_of_countries_is_each_ones() {
    let t = codes_triple(
        "Morocco accepted aid from Spain, Britain, Qatar and the United Arab Emirates after the earthquake.",
        "AID",
        "Spain",
        "Morocco",
    );
    assert!(t.contains(&triple("AID", "Qatar", "Morocco")), "{t:?}");
}

#[test]
fn a_guest_welcomed_to_a_place_is_hosted_there() {
    codes_first(
        "Vietnam's top leader Nguyen Phu Trong welcomed U.S. President Joe Biden to Hanoi on Sunday.",
        "CONSULT",
        "043",
    );
    codes_first(
        "Kenya welcomed the decision to send police officers to Haiti.",
        "SUPPORT",
        "051",
    );
}

#[test]
fn what_is_judged_may_follow_its_judgement() {
    codes_triple(
        "The Kremlin dismissed as baseless reports that Russia was planning to attack a NATO member.",
        "REJECT",
        "Russia government",
        "reports",
    );
    codes_triple(
        "China dismissed as 'absurd' allegations that it spied on Taiwan.",
        "REJECT",
        "China",
        "allegations",
    );
}

#[test]
fn an_attack_being_planned_is_a_threat() {
    codes_only("Russia is planning to attack Ukraine.", "THREATEN", "Russia", "Ukraine");
}

#[test]
fn a_body_formed_with_a_partner_is_no_party() {
    codes_only(
        "South Africa's ruling ANC agreed to form a coalition government with the Democratic Alliance.",
        "AGREE",
        "ANC",
        "Democratic Alliance",
    );
}

#[test]
fn a_membership_suspended_is_towards_the_body() {
    codes_only(
        "Armenia suspended its membership in NATO.",
        "SANCTION",
        "Armenia",
        "NATO",
    );
    codes_only(
        "Kenya has frozen its participation in the East African Community.",
        "SANCTION",
        "Kenya",
        "East African Community",
    );
}

#[test]
fn people_sent_away_are_the_target_not_where_they_go() {
    codes_only(
        "Thai authorities deported 40 Uyghurs to China despite warnings from rights groups.",
        "COERCE",
        "Thailand government",
        "40 Uyghurs",
    );
}

#[test]
fn an_attack_claimed_is_its_claimants() {
    codes_only(
        "Al-Shabaab claimed responsibility for a bombing that killed 59 people.",
        "ASSAULT",
        "Al-Shabaab",
        "59 people",
    );
    // A relative clause whose antecedent is not found is not the main subject's act.
    codes_nothing(
        "Stanley said its output was lower due to snowstorms in January that forced the closing of two plants.",
    );
}

#[test]
fn creditors_can_be_asked() {
    codes_only(
        "Zambia's President Hakainde Hichilema appealed to creditors to speed up the restructuring of the country's debt.",
        "REQUEST",
        "Hakainde Hichilema",
        "creditors",
    );
}

#[test]
fn warning_shots_are_no_target() {
    // (Fired after another's move, they are a show of force at the mover: session 31.)
    codes_only(
        "South Korea's military fired warning shots after North Korean soldiers crossed the border.",
        "MOBILIZE",
        "South Korea military",
        "North Korea military",
    );
    codes_only(
        "The navy fired warning shots at a Chinese fishing boat.",
        "THREATEN",
        "navy",
        "a Chinese fishing boat",
    );
}

#[test]
fn a_countrys_site_visited_is_a_visit_to_it() {
    let a = code("Grossi visited Iran's Natanz nuclear site on Thursday.", None);
    assert_eq!(first(&a).cameo, "042");
    assert_eq!(
        first(&a).target.as_ref().and_then(|t| t.country.as_deref()),
        Some("IRN")
    );
}

#[test]
fn a_membership_bid_approved_is_backed_and_a_countrys_place_in_a_body_is_the_countrys() {
    codes_only(
        "Hungary approved Sweden's NATO membership.",
        "SUPPORT",
        "Hungary",
        "Sweden",
    );
    codes_only(
        "Turkey would not approve Sweden's NATO membership.",
        "REJECT",
        "Turkey",
        "Sweden",
    );
    codes_first(
        "The U.S. State Department approved the possible sale of F-16 fighter jets to Turkey worth $23 billion.",
        "AID",
        "072",
    );
}

#[test]
fn an_act_judged_in_a_passive_is_its_doers() {
    codes_triple(
        "The visit by Indian Prime Minister Narendra Modi to Moscow was criticised by Ukraine's president.",
        "ACCUSE",
        "Ukraine president",
        "Narendra Modi",
    );
}

#[test]
fn agreeing_with_a_view_backs_it() {
    codes_only(
        "Tory peer Lord Tebbit said he agreed with Dr Fox's view.",
        "SUPPORT",
        "Tebbit",
        "Dr Fox",
    );
    codes_first("Kenya agreed with Uganda to implement the plan.", "SUPPORT", "057");
}

#[test]
fn a_second_visit_made_after_and_is_the_subjects() {
    let t = codes_triple(
        "Mr Blair visited Israel and made a surprise visit to Iraq.",
        "CONSULT",
        "Mr Blair",
        "Israel",
    );
    assert!(t.contains(&triple("CONSULT", "Mr Blair", "Iraq")), "{t:?}");
}

#[test]
fn a_bare_noun_protested_against_is_the_target() {
    codes_only(
        "Thousands of Kenyans protested against rising femicide.",
        "PROTEST",
        "Kenya civilians",
        "rising femicide",
    );
}

#[test]
fn a_second_verb_in_an_irregular_past_ends_the_object() {
    codes_only(
        "Nicaragua freed 222 political prisoners and flew them to the United States.",
        "RETREAT",
        "Nicaragua",
        "222 political prisoners",
    );
    codes_triple(
        "Moscow announced it was suspending its participation in the New START treaty with the United States.",
        "SANCTION",
        "Russia government",
        "United States",
    );
}

#[test]
fn forces_ordered_to_act_act_for_whoever_ordered_them() {
    codes_only("Putin ordered troops to attack Ukraine.", "ASSAULT", "Putin", "Ukraine");
    codes_nothing("Tokayev ordered troops to fire without warning at protesters in Almaty.");
}

#[test]
fn talks_suspended_were_not_held() {
    codes_only("Kenya suspended talks with Uganda.", "SANCTION", "Kenya", "Uganda");
    codes_only("Police opened fire on protesters.", "ASSAULT", "police", "protesters");
}

#[test]
fn goods_under_export_rules_stand_for_where_they_go() {
    codes_only(
        "Japan lifted its export restrictions on semiconductor materials to South Korea.",
        "CONCEDE",
        "Japan",
        "South Korea",
    );
    codes_only(
        "The United States lifted a ban on arms sales to Vietnam.",
        "CONCEDE",
        "United States",
        "Vietnam",
    );
}

#[test]
fn forces_sent_to_lead_a_security_mission_abroad_are_protection_given() {
    codes_first(
        "The Kenyan government deployed police officers to Haiti to lead a U.N.-backed security mission against armed gangs.",
        "AID",
        "074",
    );
}

#[test]
fn a_country_and_its_capital_are_no_two_sides_of_a_deal() {
    codes_nothing("Kazakhstan sent wheat under an agreement signed in Astana.");
    codes_only(
        "Kenya and Uganda signed an agreement in Kampala.",
        "SUPPORT",
        "Kenya",
        "Uganda",
    );
}

#[test]
fn a_force_trigger_ending_in_to_takes_the_noun_phrase_after_it() {
    codes_only(
        "Protesters set fire to parts of the parliament building.",
        "ASSAULT",
        "protesters",
        "the parliament building",
    );
}

#[test]
fn licences_revoked_and_people_removed_from_office() {
    codes_first(
        "The Nigerien junta revoked the operating license of French nuclear fuel company Orano.",
        "SANCTION",
        "160",
    );
    codes_first(
        "South Korea's Constitutional Court removed President Yoon Suk Yeol from office.",
        "COERCE",
        "172",
    );
    codes_only(
        "The Dutch government blocked exports of chipmaking equipment to China.",
        "COERCE",
        "Netherlands government",
        "China",
    );
    codes_only(
        "The Biden administration approved a $1 billion weapons package for Israel.",
        "AID",
        "Biden administration",
        "Israel",
    );
}

#[test]
fn what_several_do_to_each_other_each_does_to_the_others() {
    let t = codes_triple(
        "Armenia and Azerbaijan accused each other of shelling civilian areas in Nagorno-Karabakh despite a humanitarian truce.",
        "ACCUSE",
        "Armenia",
        "Azerbaijan",
    );
    assert!(t.contains(&triple("ACCUSE", "Azerbaijan", "Armenia")), "{t:?}");
    // (The truce in force is no new event.)
    assert!(t.iter().all(|(k, _, _)| k != "RETREAT"), "{t:?}");
}

#[test]
fn leaving_a_treaty_reduces_relations_leaving_a_place_is_a_withdrawal() {
    codes_only(
        "The United States withdrew from the Paris climate agreement.",
        "SANCTION",
        "United States",
        "the Paris climate agreement",
    );
    codes_first("Russia pulled out of the New START treaty.", "SANCTION", "161");
    codes_first("Israel withdrew from Gaza under the ceasefire deal.", "RETREAT", "0872");
}

#[test]
fn ties_cut_and_hands_shaken() {
    codes_first(
        "Saudi Arabia cut diplomatic and transport links with Qatar.",
        "SANCTION",
        "161",
    );
    codes_triple(
        "Cuban leader Raul Castro and U.S. President Barack Obama shook hands at the Summit of the Americas in Panama.",
        "CONSULT",
        "Raul Castro",
        "Barack Obama",
    );
}

#[test]
fn forces_sent_to_a_country_to_help_it_are_protection_given() {
    let t = codes_triple(
        "France sent 2,500 troops to Mali to halt an advance by Islamist militants on the capital Bamako.",
        "AID",
        "France",
        "Mali",
    );
    // (Someone else's advance halted is no concession.)
    assert!(t.iter().all(|(k, _, _)| k != "RETREAT"), "{t:?}");
    codes_first("Russia sent troops to Belarus for joint exercises.", "MOBILIZE", "150");
}

#[test]
fn leaders_called_names_are_criticised() {
    codes_triple(
        "Venezuelan President Hugo Chavez called U.S. President George W. Bush \"the devil\" in a speech.",
        "ACCUSE",
        "Hugo Chavez",
        "George W. Bush",
    );
}

#[test]
fn several_who_back_a_thing_each_back_it() {
    codes_all(
        "Teachers and doctors backed the plan.",
        &[("SUPPORT", "teachers", "the plan"), ("SUPPORT", "doctors", "the plan")],
    );
    codes_nothing("Clive Owen won best supporting actor.");
}

#[test]
fn a_legal_challenge_launched_is_a_lawsuit() {
    codes_only(
        "Pro-hunt supporters formally launched their second legal challenge to the ban in London's High Court on Thursday.",
        "ACCUSE",
        "Pro-hunt supporters",
        "the ban",
    );
}

#[test]
fn officials_dismissed_are_removed_claims_dismissed_are_rejected() {
    codes_triple(
        "Tunisian President Kais Saied dismissed Prime Minister Hichem Mechichi and suspended parliament.",
        "COERCE",
        "Kais Saied",
        "Hichem Mechichi",
    );
    codes_first("Russia dismissed the claims as baseless.", "REJECT", "120");
    codes_first(
        "Tory leader Michael Howard has dismissed Gordon Brown's Budget as spending plans.",
        "REJECT",
        "120",
    );
}

#[test]
fn stones_thrown_and_roads_blocked() {
    codes_only(
        "Hundreds of Palestinians hurled stones at Israeli troops at the Qalandia checkpoint.",
        "ASSAULT",
        "Palestine civilians",
        "Israel military",
    );
    codes_first(
        "Lebanese protesters blocked roads with burning tyres.",
        "PROTEST",
        "144",
    );
}

#[test]
fn what_several_reopen_of_their_own_border_is_between_them() {
    codes_all(
        "Eritrea and Ethiopia reopened their border crossing points for the first time in two decades.",
        &[("CONCEDE", "Eritrea", "Ethiopia"), ("CONCEDE", "Ethiopia", "Eritrea")],
    );
}

#[test]
fn a_lifting_asked_for_is_the_request() {
    codes_only(
        "Castro called for the lifting of sanctions against Cuba.",
        "REQUEST",
        "Castro",
        "sanctions",
    );
    codes_only(
        "The United States announced the lifting of the decades-old trade embargo on Vietnam.",
        "CONCEDE",
        "United States",
        "Vietnam",
    );
}

#[test]
fn passage_of_goods_goes_where_it_goes() {
    codes_triple(
        "Israel eased restrictions on the movement of goods into the Gaza Strip.",
        "CONCEDE",
        "Israel",
        "Gaza Strip",
    );
}

#[test]
fn one_refused_to_be_handed_over_is_refused_to_the_recipient() {
    codes_triple(
        "The Taliban refused to hand over Osama bin Laden to the United States.",
        "REJECT",
        "Taliban",
        "United States",
    );
}

#[test]
fn a_ruling_or_report_dismissed_is_its_authors() {
    codes_triple(
        "Beijing dismissed the tribunal's ruling on the South China Sea as null and void.",
        "REJECT",
        "China government",
        "tribunal",
    );
}

#[test]
fn harassment_and_missile_systems_sent() {
    codes_triple(
        "Chinese vessels harassed Filipino fishermen near Scarborough Shoal.",
        "COERCE",
        "China",
        "Philippines",
    );
    codes_triple(
        "Germany sent Patriot missile systems to Ukraine.",
        "AID",
        "Germany",
        "Ukraine",
    );
}

#[test]
fn an_attack_on_a_place_killing_people_is_on_the_place() {
    let t = codes_triple(
        "Boko Haram fighters attacked a military base in Borno state, killing at least 20 soldiers.",
        "ASSAULT",
        "fighters",
        "a military base in Borno",
    );
    assert!(t.iter().any(|(k, _, tg)| k == "ASSAULT" && tg == "soldiers"), "{t:?}");
}

#[test]
fn an_exchange_agreed_on_and_brokered_is_agreed_between_the_parties() {
    codes_all(
        "Russia and Ukraine agreed on a prisoner exchange brokered by the United Arab Emirates.",
        &[("AGREE", "Russia", "Ukraine"), ("AGREE", "Ukraine", "Russia")],
    );
}

#[test]
fn what_is_agreed_in_talks_is_agreed_with_the_other_side() {
    codes_triple(
        "Kenya agreed to buy more tea during talks with Chinese officials in Beijing.",
        "AGREE",
        "Kenya",
        "China government",
    );
}

#[test]
fn access_to_news_websites_blocked_is_coercion() {
    codes_first(
        "Egypt's government blocked access to dozens of news websites, including Al Jazeera.",
        "COERCE",
        "172",
    );
}

#[test]
fn forces_leaving_a_place_withdraw_from_it() {
    codes_triple(
        "American troops have begun leaving Afghanistan under the peace agreement.",
        "RETREAT",
        "United States military",
        "Afghanistan",
    );
    codes_no("The minister left office in May.", "RETREAT");
    codes_no(
        "Iranian troops fled the battlefield, leaving 220 men killed.",
        "RETREAT",
    );
}

#[test]
fn several_who_break_a_truce_break_it_against_each_other() {
    codes_all(
        "The Moro Islamic Liberation Front and Philippine government are guilty of violating the ceasefire agreement.",
        &[
            ("ASSAULT", "Moro Islamic Liberation Front", "Philippines government"),
            ("ASSAULT", "Philippines government", "Moro Islamic Liberation Front"),
        ],
    );
}

#[test]
fn an_attack_named_as_a_noun_is_on_what_follows_on() {
    codes_all(
        "A Taliban attack on a government compound in western Badghis province has killed at least 20 troops.",
        &[
            ("ASSAULT", "Taliban", "a government compound"),
            ("ASSAULT", "Taliban", "troops"),
        ],
    );
}

#[test]
fn what_the_object_is_suspected_of_is_not_the_subjects_act() {
    codes_only(
        "Police arrested a man accused of killing a Kenyan diplomat.",
        "COERCE",
        "police",
        "a man",
    );
    codes_triple(
        "The Israel Defense Forces demolished the home of a Palestinian man suspected of carrying out a West Bank shooting attack.",
        "COERCE",
        "Israel Defense Forces",
        "Palestine",
    );
}

#[test]
fn a_daily_newspaper_is_one_noun_phrase() {
    codes_triple(
        "The government ordered the daily newspaper to suspend publication for 15 days.",
        "COERCE",
        "government",
        "the daily newspaper",
    );
}

#[test]
fn prisoners_freed_are_the_target_wherever_they_were_captured() {
    codes_triple(
        "Sudan's army said on Sunday it had released 50 prisoners of war captured from the Rapid Support Forces.",
        "RETREAT",
        "Sudan army",
        "50 prisoners",
    );
}

#[test]
fn vetoes_overridden_and_foreign_agents_designated() {
    codes_first(
        "The Georgian parliament overrode the president's veto of the foreign agents bill.",
        "REJECT",
        "120",
    );
    codes_triple(
        "The Russian Justice Ministry designated the independent news outlet Meduza as a foreign agent.",
        "COERCE",
        "Justice Ministry",
        "Meduza",
    );
}

#[test]
fn money_pledged_is_a_promise_not_backing() {
    codes_only(
        "Qatar pledged $50 million to support the reconstruction of Gaza.",
        "AGREE",
        "Qatar",
        "Palestine",
    );
}

#[test]
fn a_charge_past_another_verb_has_no_known_accuser() {
    codes_only(
        "The Chinese embassy condemned the arrest of two British men charged with spying for Hong Kong.",
        "ACCUSE",
        "China government",
        "United Kingdom",
    );
}

#[test]
fn who_is_charged_is_the_subject_of_the_that_clause() {
    codes_triple(
        "Raila Odinga alleged that the electoral commission had rigged the presidential vote in favour of William Ruto.",
        "ACCUSE",
        "Raila Odinga",
        "the electoral commission",
    );
}

#[test]
fn an_execution_is_an_attack_and_a_suicide_is_none() {
    codes_triple(
        "Iranian authorities hanged a man convicted of killing a member of the Basij militia.",
        "ASSAULT",
        "Iran government",
        "a man",
    );
    codes_nothing("Joseph Scholes hanged himself in his cell.");
}

#[test]
fn guerrillas_act_and_a_weapons_name_is_no_party() {
    codes_triple(
        "Hezbollah guerrillas fired Katyusha rockets into northern Israel on Sunday.",
        "ASSAULT",
        "guerrillas",
        "Israel",
    );
}

#[test]
fn control_handed_over_goes_to_the_recipient() {
    codes_triple(
        "Israel handed over control of the West Bank town of Jericho to the Palestinian Authority in May 1994.",
        "CONCEDE",
        "Israel",
        "Palestinian Authority",
    );
}

#[test]
fn forces_withdrawn_from_a_place_name_the_place() {
    codes_triple(
        "Gorbachev promised to withdraw 500,000 Soviet troops from Eastern Europe.",
        "AGREE",
        "Gorbachev",
        "Eastern Europe",
    );
    codes_triple(
        "The US withdrew American troops from Somalia.",
        "RETREAT",
        "United States",
        "Somalia",
    );
}

#[test]
fn people_on_strike_are_the_subject_a_pronoun_stands_for() {
    let t = triples(&code(
        "The guards on strike say they will not end the strike until the government provides resources.",
        None,
    ));
    assert!(
        t.iter()
            .any(|(k, s, tg)| k == "REJECT" && s == "The guards on strike" && tg == "government"),
        "{t:?}"
    );
}

#[test]
fn asylum_applied_for_is_asked_of_the_country() {
    codes_triple(
        "More than 500 migrants applied for asylum in Italy.",
        "REQUEST",
        "migrants",
        "Italy",
    );
}

#[test]
fn what_is_fired_at_is_the_target_past_a_named_place() {
    codes_only(
        "Chinese vessels fired water cannon at a resupply boat near the Second Thomas Shoal.",
        "ASSAULT",
        "China",
        "a resupply boat near the Second Thomas Shoal",
    );
}

#[test]
fn opponents_of_a_party_are_not_that_party() {
    codes_only(
        "Nicaragua stripped 94 opponents of President Daniel Ortega of their citizenship.",
        "COERCE",
        "Nicaragua",
        "94 opponents of President Daniel Ortega",
    );
    // Critics jailed accuse no one; critics who say so do.
    codes_no("Russia jailed prominent critics of the Kremlin.", "ACCUSE");
    codes_triple(
        "Kremlin critics say Russian President Vladimir Putin has given him free rein.",
        "ACCUSE",
        "Russia government",
        "Vladimir Putin",
    );
}

#[test]
fn a_plot_told_of_accuses_the_plotters() {
    codes_only(
        "Venezuela's government said the United States was plotting a coup against President Nicolas Maduro.",
        "ACCUSE",
        "Venezuela government",
        "United States",
    );
}

#[test]
fn responses_coordinated_are_cooperation() {
    codes_only(
        "France and Germany coordinated their response to the U.S. tariffs.",
        "COOPERATE",
        "France",
        "Germany",
    );
    codes_no(
        "Militants carried out coordinated attacks on police stations.",
        "COOPERATE",
    );
}

#[test]
fn a_clause_on_what_the_object_would_do_names_no_party() {
    codes_only(
        "The Guatemalan Congress on Thursday voted against a bill that would have lifted the immunity of President Jimmy Morales.",
        "REJECT",
        "Congress",
        "a bill",
    );
    // A deal signed may still name the other party there.
    codes_triple(
        "Kenya signed a deal that will see China build a railway.",
        "SUPPORT",
        "Kenya",
        "China",
    );
}

#[test]
fn a_pact_ended_with_a_partner_reduces_relations() {
    codes_only(
        "Niger's military government ended a security pact with the European Union.",
        "SANCTION",
        "Niger government",
        "European Union",
    );
}

#[test]
fn a_possessor_country_reaches_past_a_modifying_body() {
    codes_triple(
        "Mali's military junta expelled the French ambassador.",
        "SANCTION",
        "Mali junta",
        "France ambassador",
    );
}

#[test]
fn agreeing_at_a_time_to_act_is_one_sided() {
    codes_only(
        "The Kenyan government agreed on Monday to pay Uganda for the power.",
        "AGREE",
        "Kenya government",
        "Uganda",
    );
}

#[test]
fn a_body_still_to_be_set_up_is_no_party_its_place_is() {
    codes_only(
        "The Catalan government has agreed today to set up the new José Carreras Research Institute against Leukaemia in Barcelona.",
        "AGREE",
        "Catalan government",
        "Barcelona",
    );
}

#[test]
fn reports_figures_and_goods_released_free_no_one() {
    codes_nothing("The Department of Energy released a report that warned of rising U.S. reliance on foreign oil.");
    codes_nothing("Figures released by the IMF show growth in Kenya.");
    codes_nothing("The European Commission approved the release of 300,000 tonnes of British wheat.");
    codes_triple(
        "The Venezuelan government released six jailed American oil executives.",
        "RETREAT",
        "Venezuela government",
        "United States",
    );
}

#[test]
fn a_hit_is_a_strike_only_by_arms() {
    codes_triple(
        "Syrian regime air strikes and artillery fire hit the rebel-held enclave of Eastern Ghouta.",
        "ASSAULT",
        "Syria government",
        "Eastern Ghouta",
    );
    codes_nothing("Her debut hit Genie in a Bottle reached number one in the UK.");
    codes_nothing("The sluggish European economy has hit sales at Swiss food giant Nestle.");
    codes_nothing("Moody's downgraded the debt of Texaco.");
    codes_only("Labour hit back at the Tory proposals.", "ACCUSE", "Labour", "Tory");
}

#[test]
fn a_return_gives_something_back() {
    codes_triple(
        "Azerbaijan returned the bodies of two Armenian soldiers to Yerevan.",
        "RETREAT",
        "Azerbaijan",
        "Yerevan",
    );
    codes_nothing("Wayne Rooney made a winning return to Everton.");
    codes_nothing("The holdings had a rate of return of 13.5 pct in the year.");
    codes_nothing("Federal funds were trading at 6-3/16 pct when the Fed began its temporary operations.");
}

#[test]
fn a_guest_received_is_hosted_an_approval_is_not() {
    codes_triple(
        "President Ruto received Chinese Foreign Minister Wang Yi at State House.",
        "CONSULT",
        "Ruto",
        "Wang Yi",
    );
    codes_nothing("The company said the test has received Food and Drug Administration approval.");
    codes_nothing("Leigh had previously received three Oscar nominations.");
}

#[test]
fn a_delegation_received_is_hosted() {
    codes_triple(
        "President Tokayev received a delegation from Kenya on Monday.",
        "CONSULT",
        "Tokayev",
        "Kenya",
    );
}

#[test]
fn what_should_happen_by_the_course_of_things_is_no_demand() {
    codes_nothing("Both he and Tinker said this factor should help keep input costs down.");
    codes_triple(
        "Harada said Japan should not view expansion of its economy as the result of pressure.",
        "REQUEST",
        "Harada",
        "Japan",
    );
}

#[test]
fn a_thing_that_allows_makes_no_concession() {
    codes_no(
        "The U.S. Senate has approved a measure that would allow 4,200 agricultural banks to write off loan losses.",
        "AGREE",
    );
    codes_triple(
        "Ethiopia said it would allow the World Food Program to deliver food to some 1 million people.",
        "AGREE",
        "Ethiopia",
        "World Food Programme",
    );
}

#[test]
fn a_restriction_imposed_on_someone_is_theirs_and_offers_spurned_were_not_talks() {
    codes_only(
        "Al-Shabaab refuses to lift the ban that they imposed on aid agencies.",
        "REJECT",
        "Al-Shabaab",
        "aid agencies",
    );
    codes_only(
        "The Taliban has spurned repeated offers for peace talks by the Kabul government.",
        "REJECT",
        "Taliban",
        "Afghanistan government",
    );
}

#[test]
fn seeking_asks_someone_or_asks_for_what_parties_grant() {
    codes_nothing("Cable and Wireless is seeking a stake in the proposed Japanese telecommunications rival.");
    codes_triple(
        "Kenya sought help from China to build the railway.",
        "REQUEST",
        "Kenya",
        "China",
    );
    codes_triple(
        "Over 720,000 members of Myanmar's Rohingya community have sought refuge in Bangladesh.",
        "REQUEST",
        "720,000 members of Myanmar's Rohingya community",
        "Bangladesh",
    );
}

#[test]
fn a_bodys_routine_meeting_is_no_consultation() {
    codes_no(
        "Guinness is planning a resolution at the annual meeting in May to remove Saunders from the board.",
        "CONSULT",
    );
    codes_no(
        "A statement issued after a cabinet meeting said Goria had been informed by the United States.",
        "CONSULT",
    );
}

#[test]
fn market_and_poll_support_backs_no_one() {
    codes_no(
        "The Austrian National Bank did not intervene on the foreign exchange markets today to support the dollar.",
        "SUPPORT",
    );
    codes_no(
        "One poll out today showed the Conservatives leading with 43 pct support against Labour's 30 pct.",
        "SUPPORT",
    );
}

#[test]
fn declining_to_comment_rejects_no_one() {
    codes_nothing("The spokesman declined to comment on a New York Times report about Airbus.");
    codes_nothing("Heavy heating oil prices in Germany declined 5.3 pct.");
    codes_triple(
        "Pakistan has refused to provide military aid to Saudi Arabia.",
        "REJECT",
        "Pakistan",
        "Saudi Arabia",
    );
}

#[test]
fn a_warning_about_how_things_will_go_threatens_no_one() {
    codes_nothing("Renault warned of lower margins this year.");
    codes_nothing("Qantas warned that earnings growth would slow in the second half.");
    codes_triple(
        "Turkey warned that Greece would pay a heavy price for its actions.",
        "THREATEN",
        "Turkey",
        "Greece",
    );
}

#[test]
fn one_who_poses_a_threat_issues_none() {
    codes_no(
        "Mr Knapman rejected the idea Mr Kilroy-Silk posed a threat to UKIP.",
        "THREATEN",
    );
    codes_no(
        "Sony's PSP represents a real threat to Nintendo because of the huge number of PlayStation owners.",
        "THREATEN",
    );
}

#[test]
fn crowds_protest_only_with_a_protests_marks() {
    codes_triple(
        "Demonstrators gathered outside the Israeli embassy in Amman on Friday.",
        "PROTEST",
        "demonstrators",
        "Israel government",
    );
    codes_nothing("Thousands gathered for the funeral of the slain journalist.");
    codes_nothing("Stocks rallied on Wall Street.");
    codes_nothing("Samsung demonstrated a phone using UWB technology.");
    codes_nothing("Henman rallied to clinch the set.");
    codes_triple(
        "Hundreds of dockworkers walked off the job at the port of Antwerp in protest at the government's pension reform.",
        "PROTEST",
        "dockworkers",
        "government",
    );
}

#[test]
fn missiles_fired_into_the_sea_are_a_show_of_force() {
    codes_first(
        "Pyongyang fired two short-range ballistic missiles into the sea off its east coast.",
        "MOBILIZE",
        "150",
    );
    codes_first("North Korea test-fired a cruise missile on Sunday.", "MOBILIZE", "150");
    codes_first("Hamas fired rockets into southern Israel.", "ASSAULT", "190");
}

#[test]
fn a_leader_who_calls_another_by_name_phones_them() {
    codes_first("Putin called Erdogan on Saturday.", "CONSULT", "041");
    codes_no("Trump called Erdogan a dictator.", "CONSULT");
    codes_nothing("The mortal threat back then was a scruffy little Austrian called Adolf Hitler.");
}

#[test]
fn a_protest_is_by_whoever_did_what_it_is_the_purpose_of() {
    codes_triple(
        "Supporters of the opposition blocked roads in Lahore to protest against the arrest.",
        "PROTEST",
        "Supporters of the opposition",
        "the arrest",
    );
}

#[test]
fn cooperation_drills_and_approved_deals() {
    codes_first(
        "Iran's Revolutionary Guards staged large-scale drills near the Strait of Hormuz.",
        "MOBILIZE",
        "150",
    );
    codes_triple(
        "South Korea and Japan resumed intelligence sharing under their GSOMIA pact.",
        "COOPERATE",
        "South Korea",
        "Japan",
    );
    codes_triple(
        "Europol and Spanish police arrested five men in a coordinated operation.",
        "COOPERATE",
        "Europol",
        "Spain police",
    );
    codes_triple(
        "Israel's cabinet approved a deal with Hamas to pause the fighting.",
        "SUPPORT",
        "Israel cabinet",
        "Hamas",
    );
}

#[test]
fn asked_to_act_threats_of_strikes_claims_and_demands_rejected() {
    codes_triple(
        "The president asked parliament to extend the state of emergency by three months.",
        "REQUEST",
        "president",
        "parliament",
    );
    codes_first(
        "Workers threatened to go on strike if their wages were not paid by Friday.",
        "THREATEN",
        "133",
    );
    codes_triple(
        "The Pakistani Taliban claimed responsibility for a suicide attack on a police station.",
        "ASSAULT",
        "Pakistani Taliban",
        "a police station",
    );
    codes_triple(
        "The governor rejected the union's demand for a 20 percent pay rise.",
        "REJECT",
        "governor",
        "the union",
    );
    codes_triple("The gang threatened residents.", "THREATEN", "The gang", "residents");
}

#[test]
fn the_party_met_with_comes_before_the_place_met_at() {
    codes_triple(
        "The president met with union leaders at the State House to discuss the wage dispute.",
        "CONSULT",
        "president",
        "union leaders",
    );
    codes_triple(
        "The minister met with members of a Chinese delegation at the State House.",
        "CONSULT",
        "minister",
        "China government",
    );
}

#[test]
fn a_protest_names_what_it_opposes_and_whom_strikers_work_for() {
    codes_only(
        "Thousands of Kenyans took to the streets of Nairobi to oppose the finance bill.",
        "PROTEST",
        "Kenya civilians",
        "the finance bill",
    );
    codes_only(
        "Workers at Samsung Electronics went on strike for the first time in the company's history.",
        "PROTEST",
        "workers",
        "Samsung Electronics",
    );
    codes_only(
        "Israel rejected Hamas's proposal for a ceasefire.",
        "REJECT",
        "Israel",
        "Hamas",
    );
}

#[test]
fn officials_dismissed_parties_suspended_and_emergencies_declared_coerce() {
    codes_first(
        "Poland's new government dismissed the heads of public television and radio.",
        "COERCE",
        "172",
    );
    codes_first(
        "The Malian junta suspended the activities of all political parties until further notice.",
        "COERCE",
        "1722",
    );
    codes_first(
        "The French government dissolved a far-right group accused of inciting violence.",
        "COERCE",
        "172",
    );
    codes_first(
        "Myanmar's military government extended the state of emergency for another six months.",
        "COERCE",
        "172",
    );
}

#[test]
fn walkouts_expulsions_and_places_withdrawn_from() {
    codes_first(
        "Doctors in South Korea walked out of hospitals to protest a government plan.",
        "PROTEST",
        "140",
    );
    codes_first("The opposition walked out of the talks.", "REJECT", "120");
    codes_only(
        "Chad ordered French troops to leave the country by the end of January.",
        "SANCTION",
        "Chad",
        "France military",
    );
    codes_triple(
        "The Sudanese army withdrew from the city of Wad Madani after clashes with the Rapid Support Forces.",
        "RETREAT",
        "Sudan military",
        "Wad Madani",
    );
}

#[test]
fn arms_halted_people_expelled_and_what_is_feared() {
    codes_only(
        "The United States halted arms shipments to Israel over concerns about an offensive in Rafah.",
        "SANCTION",
        "United States",
        "Israel",
    );
    codes_only(
        "Israel halted its offensive in Rafah.",
        "RETREAT",
        "Israel",
        "its offensive in Rafah",
    );
    codes_first(
        "Sweden expelled an Iranian imam accused of being a security threat.",
        "COERCE",
        "174",
    );
    codes_first("Burkina Faso expelled two French diplomats.", "SANCTION", "160");
    codes_first("Qatar delivered fuel to Gaza through the Rafah crossing.", "AID", "070");
}

#[test]
fn crowds_storming_trade_stopped_and_leaders_spoken_with() {
    codes_first(
        "Hundreds of protesters stormed the parliament building in Nairobi.",
        "PROTEST",
        "145",
    );
    codes_first("Israeli commandos stormed the ship.", "ASSAULT", "190");
    codes_first(
        "China suspended imports of Taiwanese fruit, citing pests.",
        "COERCE",
        "163",
    );
    codes_first(
        "The Netherlands froze the assets of a Russian oligarch.",
        "COERCE",
        "163",
    );
    codes_first(
        "Japan donated ten patrol boats to the Philippine coast guard.",
        "AID",
        "070",
    );
    codes_first("Ruto spoke with Xi on Monday.", "CONSULT", "040");
    codes_nothing("Speaking with reporters at the meetings, Balladur said target zones were near.");
    codes_first(
        "A drone strike killed a senior al-Qaeda leader in Syria.",
        "ASSAULT",
        "190",
    );
}

#[test]
fn field_hospitals_sent_and_organisations_closed() {
    codes_triple(
        "The United Arab Emirates sent a field hospital to Gaza.",
        "AID",
        "United Arab Emirates",
        "Palestine",
    );
    codes_first(
        "The Nicaraguan government closed 1,500 non-governmental organisations.",
        "COERCE",
        "172",
    );
}

#[test]
fn concessions_under_pressure_and_dropped_inquiries() {
    codes_triple(
        "The minister resigned under pressure from the opposition.",
        "CONCEDE",
        "minister",
        "opposition",
    );
    codes_only(
        "Under pressure from Washington, the International Criminal Court (ICC) has dropped the investigation of alleged war crimes.",
        "CONCEDE",
        "International Criminal Court",
        "United States government",
    );
    codes_first(
        "Hungarian Prime Minister Viktor Orban dropped his objection to the start of accession talks with Ukraine.",
        "CONCEDE",
        "080",
    );
}

#[test]
fn bombings_outside_and_bounties() {
    codes_triple(
        "A suicide bomber blew himself up outside a police station in the Pakistani city of Quetta, killing nine officers.",
        "ASSAULT",
        "A suicide bomber",
        "a police station",
    );
    codes_first(
        "Authorities in Hong Kong placed bounties on eight overseas democracy activists.",
        "COERCE",
        "173",
    );
}

#[test]
fn nearest_required_word_picks_the_row() {
    codes_first(
        "The Dutch government cut its development aid to Uganda over the anti-gay law.",
        "SANCTION",
        "161",
    );
}

#[test]
fn go_betweens_are_no_partners_and_penalties_fall_on_people() {
    let t = codes_triple(
        "Saudi Arabia and Iran agreed to reopen their embassies within two months, in a deal brokered by China.",
        "AGREE",
        "Saudi Arabia",
        "Iran",
    );
    assert!(!t.iter().any(|x| x.0 == "AGREE" && x.2 == "China"), "{t:?}");
    codes_only(
        "Biden commuted the sentences of 37 death row inmates.",
        "CONCEDE",
        "Biden",
        "37 death row inmates",
    );
}

#[test]
fn subjects_named_by_office_alias_or_relative_clause() {
    codes_all(
        "Abiy Ahmed and the leader of the TPLF met in Addis Ababa.",
        &[("CONSULT", "Abiy Ahmed", "the leader of the TPLF")],
    );
    codes_all(
        "After weeks of negotiations, the Colombian government and the FARC dissidents known as EMC agreed to a temporary ceasefire.",
        &[("AGREE", "Colombia government", "FARC")],
    );
    codes_triple(
        "The two men, who had been held since 2022 on espionage charges, were released by Iran on Tuesday.",
        "RETREAT",
        "Iran",
        "two men",
    );
    codes_triple(
        "Turkish-backed factions shelled Kurdish-held villages near Manbij overnight.",
        "ASSAULT",
        "factions",
        "Kurdish-held villages near Manbij",
    );
}

#[test]
fn those_driven_to_act_act_and_aid_received_from_a_giver() {
    codes_triple(
        "Kosovo police seized four municipal buildings in the Serb-majority north, prompting Serbia to put its army on high alert.",
        "MOBILIZE",
        "Serbia",
        "Kosovo police",
    );
    codes_triple(
        "Zelenskiy said Ukraine had received the first batch of F-16 fighter jets from Denmark.",
        "AID",
        "Denmark",
        "Ukraine",
    );
    codes_triple(
        "The Indonesian foreign minister flew to Naypyidaw to press the junta to implement the peace plan.",
        "REQUEST",
        "Indonesia foreign minister",
        "junta",
    );
    codes_nothing("He told a press conference in Nairobi that the company would press ahead.");
    codes_first(
        "The Pope expressed his closeness to the people of Ukraine.",
        "SUPPORT",
        "051",
    );
}

#[test]
fn findings_rulings_and_acts_kept_from_happening() {
    codes_triple(
        "The European Court of Human Rights ruled that Russia was responsible for the downing of flight MH17.",
        "ACCUSE",
        "European Court of Human Rights",
        "Russia",
    );
    codes_triple(
        "A UN commission found that Israel had committed war crimes in Gaza.",
        "ACCUSE",
        "United Nations",
        "Israel",
    );
    codes_nothing("A recent poll found that a third believed he should consider resignation.");
    let t = codes_triple(
        "A US federal judge blocked the Trump administration from deporting Venezuelan migrants.",
        "REJECT",
        "United States judiciary",
        "Trump",
    );
    assert!(!t.iter().any(|x| x.0 == "COERCE"), "{t:?}");
    codes_nothing("Salomon bought a block of the stock from Ronald Perelman.");
}

#[test]
fn fronted_talks_restrictive_relatives_and_disengagement() {
    codes_triple(
        "After a meeting with the French president at the Elysee, the Algerian foreign minister said relations had entered a new phase.",
        "CONSULT",
        "Algeria foreign minister",
        "France president",
    );
    codes_nothing("During the meeting, the Head of State underscored Kenya's importance.");
    codes_triple(
        "The Israeli military demolished the family home of a Palestinian gunman who killed three Israelis last month.",
        "COERCE",
        "Israel military",
        "Palestine",
    );
    codes_triple(
        "India and China completed the disengagement of troops at two friction points.",
        "RETREAT",
        "India",
        "China",
    );
    codes_first(
        "Britain has sent 20 military advisers to help train the Kenyan troops.",
        "AID",
        "074",
    );
}

#[test]
fn named_armed_groups_body_leaders_loans_and_burning_protesters() {
    codes_all(
        "The Congolese government and M23 rebels signed a declaration of principles in Doha.",
        &[("SUPPORT", "Democratic Republic of Congo government", "rebels")],
    );
    codes_triple(
        "The leaders of the G7 pledged to fund Ukraine.",
        "AGREE",
        "The leaders of the G7",
        "Ukraine",
    );
    codes_no(
        "The G7 leaders pledged to use frozen Russian assets to fund a loan for Ukraine.",
        "SANCTION",
    );
    codes_triple(
        "The African Development Bank will lend Kenya $80 million to upgrade its water infrastructure.",
        "AID",
        "African Development Bank",
        "Kenya",
    );
    codes_nothing("Banks raised their prime lending rates by a quarter point.");
}

#[test]
fn surrender_to_the_authorities_yields() {
    codes_triple(
        "Former President Jacob Zuma handed himself over to police to begin serving a 15-month sentence.",
        "RETREAT",
        "Jacob Zuma",
        "police",
    );
}

#[test]
fn named_forces_withheld_troops_deportations_and_opposition_met() {
    codes_all(
        "The government and Tigray forces agreed to a truce.",
        &[("AGREE", "government", "forces")],
    );
    codes_first(
        "Speaking in Brussels, NATO's secretary general said the alliance would not send troops to Ukraine.",
        "REJECT",
        "120",
    );
    codes_triple(
        "Kenya ordered the deportation of two Turkish nationals.",
        "COERCE",
        "Kenya",
        "Turkey civilians",
    );
    codes_nothing("Sayad submitted a new package but met opposition from Sarney and Funaro.");
    codes_no("CHAD SAYS TROOPS KILLED 1,200 LIBYANS IN BATTLE", "CONSULT");
}

#[test]
fn shows_of_force_in_anothers_waters_and_missile_tests_mobilize() {
    codes_triple(
        "Chinese warships entered Japan's territorial waters near the Senkaku islands.",
        "MOBILIZE",
        "China military",
        "Japan",
    );
    codes_triple(
        "Russian military aircraft violated Estonian airspace on Friday.",
        "MOBILIZE",
        "Russia military",
        "Estonia",
    );
    codes_first(
        "North Korean leader Kim Jong Un oversaw the test launch of a new intercontinental ballistic missile.",
        "MOBILIZE",
        "150",
    );
    codes_first("The rebels violated the ceasefire.", "ASSAULT", "180");
}

#[test]
fn addressees_amnesty_counts_and_spokespeople() {
    codes_triple(
        "Kenya's President William Ruto appealed to wealthy nations to cancel the debts of African countries.",
        "REQUEST",
        "William Ruto",
        "wealthy nations",
    );
    codes_triple(
        "The president granted an amnesty to some 800 prisoners.",
        "RETREAT",
        "president",
        "some 800 prisoners",
    );
    codes_triple(
        "A senior Hamas official rejected the Israeli proposal.",
        "REJECT",
        "Hamas",
        "Israel",
    );
    let t = codes_all(
        "Iran launched about 180 ballistic missiles at Israel in response to the killing of Hezbollah's leader.",
        &[("ASSAULT", "Iran", "Israel")],
    );
    assert_eq!(t.len(), 1, "{t:?}");
}

#[test]
fn fronted_phrases_end_at_their_comma() {
    codes_all(
        "After a meeting in Tokyo, the leaders of Japan and Australia pledged to deepen ties.",
        &[("AGREE", "Japan government", "Australia government")],
    );
    codes_all(
        "After talks with the Emir of Qatar, Tokayev said the two countries would expand cooperation.",
        &[("CONSULT", "Tokayev", "Qatar monarch")],
    );
}

#[test]
fn session_28_withdrawals_occupations_requests_and_concern() {
    codes_triple(
        "Mali withdrew from the regional bloc ECOWAS.",
        "SANCTION",
        "Mali",
        "Economic Community of West African States",
    );
    codes_first(
        "Pro-Palestinian students occupied a building at Columbia University.",
        "PROTEST",
        "144",
    );
    codes_first("Russian troops occupied the town of Kupiansk.", "ASSAULT", "190");
    codes_triple(
        "Following a request from Mozambique's government, Rwanda deployed 1,000 troops to the Cabo Delgado province.",
        "AID",
        "Rwanda",
        "Mozambique",
    );
    codes_triple(
        "Russia sent troops to Kazakhstan at the request of President Tokayev.",
        "REQUEST",
        "Tokayev",
        "Russia",
    );
    codes_triple(
        "Israel's foreign minister declared UN Secretary-General Antonio Guterres persona non grata.",
        "SANCTION",
        "Israel foreign minister",
        "Antonio Guterres",
    );
    codes_nothing("German Chancellor Gerhard Schroeder voiced concerns about the strength of the euro.");
    codes_triple(
        "Putin was greeted at the airport in Pyongyang by Kim Jong Un.",
        "CONSULT",
        "Kim Jong Un",
        "Putin",
    );
    codes_triple(
        "The Nicaraguan government has ordered the closure of 1,500 non-governmental organisations, including charities run by the Catholic Church.",
        "COERCE",
        "Nicaragua government",
        "1,500 non-governmental organisations",
    );
}

#[test]
fn accused_parties_drawn_criticism_and_credentials() {
    let t = codes_all(
        "Ruto accused foreign-funded groups of sponsoring protests against the government.",
        &[("ACCUSE", "Ruto", "foreign-funded groups")],
    );
    assert_eq!(t.len(), 1, "{t:?}");
    codes_triple(
        "Ghanaian lawmakers unanimously approved a bill that criminalises LGBTQ activity, drawing criticism from the United States.",
        "ACCUSE",
        "United States",
        "Ghana legislature",
    );
    codes_triple(
        "President Ruto received the credentials of the new Chinese ambassador at State House.",
        "CONSULT",
        "Ruto",
        "China ambassador",
    );
    codes_triple(
        "Kenya's foreign ministry expressed concern over the arrest of opposition figure Kizza Besigye in Nairobi.",
        "ACCUSE",
        "Kenya ministry",
        "opposition figure Kizza Besigye in Nairobi",
    );
}

#[test]
fn relative_clauses_weapons_and_blocked_orders() {
    codes_all(
        "China and Israel, which have no diplomatic relations, discussed Middle East peace prospects.",
        &[("CONSULT", "China", "Israel")],
    );
    codes_triple(
        "Ukraine's navy said a Russian missile struck a civilian cargo ship in the port of Odesa.",
        "ASSAULT",
        "Russia",
        "a civilian cargo ship in the port of Odesa",
    );
    codes_first(
        "A U.S. federal judge blocked the Trump administration's order to freeze federal grants and loans.",
        "REJECT",
        "120",
    );
}

#[test]
fn reduced_passives_and_court_orders() {
    codes_all(
        "A Kenyan court ordered the government to compensate the families of protesters killed by police.",
        &[
            ("REQUEST", "Kenya judiciary", "government"),
            ("ASSAULT", "police", "the families of protesters"),
        ],
    );
}

#[test]
fn own_voice_threats_border_salvos_and_dismissals() {
    // One's own country in what is warned of is the voice; the condition names the target.
    codes_only(
        "Mexican President Claudia Sheinbaum warned that Mexico would retaliate if Washington imposed duties on Mexican goods.",
        "THREATEN",
        "Claudia Sheinbaum",
        "United States government",
    );
    // Shells fired near a border, hitting no one, show force.
    codes_only(
        "North Korea fired a barrage of artillery shells near the maritime border with South Korea on Friday.",
        "MOBILIZE",
        "North Korea",
        "South Korea",
    );
    // An official owned by a one-word possessor is dismissed from office.
    codes_first(
        "The Haitian transitional council dismissed the country's prime minister after six months in office.",
        "COERCE",
        "172",
    );
    // Ships that fire water cannon ship no aid.
    codes_no(
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal.",
        "AID",
    );
    // Whoever's plan is suspended is its target.
    codes_triple(
        "A federal judge suspended the government's plan to cut funding for universities.",
        "SANCTION",
        "A federal judge",
        "government",
    );
}

#[test]
fn downed_weapons_ordered_forces_and_interceptions() {
    // Weapons destroyed are their owner's.
    codes_triple(
        "The US military destroyed four Houthi drones over the Red Sea.",
        "ASSAULT",
        "United States military",
        "Houthi",
    );
    // A state declared is no speech: the one who ordered forces to act acts.
    codes_triple(
        "Ecuador's President Daniel Noboa declared an internal armed conflict and ordered the military to neutralise criminal gangs.",
        "ASSAULT",
        "Daniel Noboa",
        "gangs",
    );
    codes_triple(
        "Tunisian coast guards intercepted 300 migrants off Sfax.",
        "COERCE",
        "Tunisia",
        "migrants",
    );
    // Disengaging from a place is one-sided; completing a disengagement is mutual.
    codes_only("Israel disengaged from Gaza in 2005.", "RETREAT", "Israel", "Palestine");
}

#[test]
fn speakers_own_side_sanctions_agreed_and_receptions() {
    // A state's own side doing what its speaker reports is the speaker's act.
    codes_triple(
        "Iraq said today its troops had killed thousands of Iranians near Basra.",
        "ASSAULT",
        "Iraq",
        "Iran civilians",
    );
    codes_triple(
        "Iranian President Masoud Pezeshkian said on Tuesday that Tehran was ready to resume talks with the European Union.",
        "AGREE",
        "Masoud Pezeshkian",
        "European Union",
    );
    // Not a company's: its spokesman's report stays the company's act.
    codes_triple(
        "A GAF spokesman said the company asked Texaco for the information.",
        "REQUEST",
        "company",
        "Texaco",
    );
    codes_triple(
        "EU foreign ministers agreed on a new package of sanctions against Russia.",
        "COERCE",
        "European Union",
        "Russia",
    );
    codes_first(
        "South Korea's parliament impeached President Yoon Suk Yeol over his declaration of martial law.",
        "COERCE",
        "172",
    );
    codes_first(
        "Taiwan's coast guard expelled two Chinese coast guard vessels near Kinmen.",
        "COERCE",
        "170",
    );
    // People from a party received in a place are received.
    codes_triple(
        "A delegation from the Taliban government was received in Moscow by Russian Foreign Minister Sergei Lavrov.",
        "CONSULT",
        "Sergei Lavrov",
        "Taliban government",
    );
}

#[test]
fn fighting_between_pacts_revoked_and_aid_resumed() {
    // A sentence opened by a noun with its parties is no participle.
    codes_only(
        "Fighting between the army and the RSF resumed in Khartoum on Saturday.",
        "ASSAULT",
        "army",
        "RSF",
    );
    // A body's noun before a pact is a modifier.
    codes_triple(
        "The Nigerien junta revoked a military agreement that allowed US troops to operate in the country.",
        "SANCTION",
        "Niger military",
        "United States military",
    );
    codes_first(
        "The World Food Programme resumed food deliveries to northern Gaza after a three-week pause.",
        "AID",
        "070",
    );
    // One accused right after the verb stays the target.
    codes_triple(
        "UN experts accused the Nicaraguan government of violations against political opponents.",
        "ACCUSE",
        "United Nations",
        "Nicaragua government",
    );
}

#[test]
fn battles_extraditions_transfers_and_investment() {
    // Who backs the second of two coordinated parties only describes it.
    codes_only(
        "The Congolese army and Rwandan-backed M23 rebels fought heavy battles near the town of Sake.",
        "ASSAULT",
        "Democratic Republic of Congo military",
        "rebels",
    );
    // People extradited are the target, not where they are sent.
    codes_only(
        "Mexican authorities extradited 29 cartel members to the United States on Thursday.",
        "ACCUSE",
        "Mexico government",
        "29 cartel members",
    );
    codes_first(
        "US President Joe Biden approved the transfer of long-range ATACMS missiles to Ukraine.",
        "AID",
        "072",
    );
    // Withdrawing straight from a place is a withdrawal, whatever mission it ended.
    codes_first(
        "Ugandan troops withdrew from the Central African Republic after completing their mission.",
        "RETREAT",
        "0872",
    );
    codes_only(
        "China invested $2 billion in Kenya last year.",
        "COOPERATE",
        "China",
        "Kenya",
    );
    // Money put into a plant is no cooperation with anyone.
    codes_nothing("The company invested $5 million in a new plant.");
    codes_first(
        "The Burkinabe junta suspended the French news magazine Jeune Afrique.",
        "COERCE",
        "172",
    );
}

#[test]
fn ties_broken_parliaments_suspended_and_ships_shadowed() {
    codes_triple(
        "Honduras broke diplomatic relations with Taiwan and established ties with China.",
        "SANCTION",
        "Honduras",
        "Taiwan",
    );
    codes_first(
        "Kuwait's emir suspended parliament for up to four years.",
        "COERCE",
        "172",
    );
    codes_first(
        "The Chinese navy shadowed a British aircraft carrier as it sailed through the Taiwan Strait.",
        "MOBILIZE",
        "150",
    );
    // Protests put down are not the act of whoever puts them down.
    codes_no(
        "The Kenyan government has deployed the military to quell protests in Nairobi.",
        "PROTEST",
    );
}

#[test]
fn state_bodies_speaking_forces_readied_and_troops_asked_out() {
    // `it` after a state body's report is the body's owner when nothing else is named.
    codes_only(
        "Ukraine's security service said it had detained a Russian agent.",
        "COERCE",
        "Ukraine",
        "Russia",
    );
    codes_triple(
        "North Korean leader Kim Jong Un ordered the army to prepare for war.",
        "MOBILIZE",
        "Kim Jong Un",
        "army",
    );
    codes_first(
        "The Chadian government asked French troops to leave the country by the end of January.",
        "SANCTION",
        "166",
    );
}

#[test]
fn vessels_boarded_and_courts_left() {
    codes_first(
        "The Chinese coast guard boarded a Philippine navy boat and seized weapons from its crew.",
        "COERCE",
        "172",
    );
    codes_first(
        "Hungary announced its withdrawal from the International Criminal Court.",
        "SANCTION",
        "161",
    );
}

#[test]
fn session_30_rules() {
    // A country's `top leader` is its head, with or without a name.
    codes_first(
        "China's president Xi Jinping received Vietnam's top leader To Lam in Beijing.",
        "CONSULT",
        "043",
    );
    // A support package approved is aid, not support voiced.
    codes_only(
        "The European Commission approved a 50 billion euro support package for Ukraine.",
        "AID",
        "European Commission",
        "Ukraine",
    );
    // Forces arriving pay no visit.
    codes_first(
        "Hundreds of Kenyan police officers arrived in Haiti to lead a multinational force against gangs.",
        "COOPERATE",
        "062",
    );
    codes_first("Russian troops arrived in Belarus.", "MOBILIZE", "150");
    // Leaving a regional community reduces relations.
    codes_first(
        "The Malian junta withdrew from the Economic Community of West African States.",
        "SANCTION",
        "161",
    );
    // An embassy closed, a commission dissolved, a boat rammed, a war vowed to go on.
    codes_triple(
        "Venezuela's government closed its embassy in Argentina.",
        "SANCTION",
        "Venezuela government",
        "Argentina",
    );
    codes_first(
        "Burkina Faso's government dissolved the country's electoral commission.",
        "COERCE",
        "172",
    );
    codes_first(
        "The Chinese coast guard rammed a Philippine supply boat near the Second Thomas Shoal.",
        "ASSAULT",
        "180",
    );
    codes_no(
        "Democrats rammed through the House Budget Committee a spending budget.",
        "ASSAULT",
    );
    codes_triple(
        "Israel's prime minister vowed to continue the war until Hamas is destroyed.",
        "THREATEN",
        "Israel prime minister",
        "Hamas",
    );
    // What was refused is the target, not where it was to be.
    codes_triple(
        "Sudan's army chief refused to attend peace talks in Geneva.",
        "REJECT",
        "Sudan army chief",
        "peace talks",
    );
    // Craft sighted near a place are their owner's show of force.
    codes_triple(
        "Taiwan's defence ministry said it had detected 30 Chinese military aircraft near the island.",
        "MOBILIZE",
        "China military",
        "the island",
    );
    codes_nothing("Police tracked the suspect near the border.");
    // Tariffs announced are imposed; planned ones are not.
    codes_first(
        "China's commerce ministry announced anti-dumping duties on brandy imported from the European Union.",
        "COERCE",
        "163",
    );
    codes_no(
        "Washington announced plans to slap tariffs on Japanese electronic imports.",
        "COERCE",
    );
    // Leaders welcomed to a place are hosted; property nationalised is confiscated, but not a
    // date; a disbursement approved is aid; border posts captured are attacked.
    codes_first(
        "The Malaysian prime minister welcomed the Thai and Cambodian leaders to Kuala Lumpur for ceasefire talks.",
        "CONSULT",
        "043",
    );
    codes_first(
        "The Burkinabe junta nationalised two gold mines owned by a London-listed company.",
        "COERCE",
        "171",
    );
    codes_no(
        "Officials rejected calls to reprivatise the 26 Mexican banks, nationalised five years ago.",
        "COERCE",
    );
    codes_first(
        "The IMF approved a $1.4 billion disbursement to Pakistan under its bailout programme.",
        "AID",
        "071",
    );
    codes_first(
        "The Afghan Taliban captured several Pakistani border posts after clashes.",
        "ASSAULT",
        "192",
    );
    // Protests the act came after are no one's intent or act in it.
    codes_nothing("The Serbian president promised to hold early elections after months of protests.");
    codes_modality(
        "Mexico had shown a political willingness after 1986 to cooperate with OPEC.",
        dyad_core::Modality::Intended,
    );
    // People evacuated are helped out, not forces withdrawn.
    codes_first("The Ghanaian army evacuated 500 citizens from Sudan.", "AID", "073");
    codes_first("Troops evacuated the town.", "RETREAT", "0872");
    // More capitals are places one visits; what is protested follows where.
    codes_triple(
        "Ethiopia's prime minister Abiy Ahmed flew to Asmara for talks with Eritrean President Isaias Afwerki.",
        "CONSULT",
        "Abiy Ahmed",
        "Eritrea government",
    );
    codes_only(
        "Students protested in Belgrade against corruption.",
        "PROTEST",
        "students",
        "corruption",
    );
    codes_first("Greek firefighters helped battle wildfires in Albania.", "AID", "073");
    // Bail granted frees.
    codes_triple(
        "A Pakistani court granted bail to former prime minister Imran Khan in a corruption case.",
        "RETREAT",
        "Pakistan judiciary",
        "Imran Khan",
    );
    // Fire exchanged, fireworks thrown, part of a building torched; a strong response vowed.
    codes_first(
        "Congolese troops and M23 rebels exchanged heavy artillery fire near Goma.",
        "ASSAULT",
        "190",
    );
    codes_triple(
        "Protesters in Tbilisi threw fireworks at police outside parliament.",
        "ASSAULT",
        "protesters",
        "police",
    );
    codes_first("Rebels torched part of the village.", "ASSAULT", "190");
    codes_first(
        "The South Korean president vowed to respond strongly to any provocation by North Korea.",
        "THREATEN",
        "130",
    );
    // A relative clause's subject past a time.
    codes_triple(
        "Mr Chirac will miss an address from Iraqi president Iyad Allawi, who this week criticised Britain.",
        "ACCUSE",
        "Iyad Allawi",
        "United Kingdom",
    );
}

#[test]
fn session_31_rules() {
    // Anything donated to a party is aid; not blood donated to someone, nor hardware donated to
    // build something.
    codes_only(
        "Qatar donated 50 buses to the Syrian transport ministry.",
        "AID",
        "Qatar",
        "the Syrian transport ministry",
    );
    codes_nothing("They collected blood donated to the Red Cross.");
    codes_no(
        "IBM has donated the hardware and expertise to build the basic infrastructure for the grid.",
        "AID",
    );
    // The city gone to is visited, not another country's people met there.
    codes_triple(
        "The Iranian foreign minister travelled to Muscat for indirect talks with US envoys.",
        "CONSULT",
        "Iran foreign minister",
        "Oman government",
    );
    // Warplanes scrambled raise an alert; the jets are no party; drones entering airspace are
    // their owner's.
    codes_first(
        "Polish fighter jets scrambled after Russian drones entered the country's airspace.",
        "MOBILIZE",
        "152",
    );
    codes_only("Japan deployed fighter jets.", "MOBILIZE", "Japan", "");
    codes_triple(
        "Poland scrambled jets after Russian drones entered its airspace.",
        "MOBILIZE",
        "Russia",
        "Poland",
    );
    // Who was not allowed to do something is the one refused.
    codes_only(
        "The Taliban government refused to allow women to attend universities.",
        "REJECT",
        "Taliban government",
        "women",
    );
    // A participle after another verb describes its object.
    codes_no(
        "The envoy was allowed to meet detained leader Aung San Suu Kyi.",
        "COERCE",
    );
    // A bare surname the tagger missed, met or meeting, is a party; a perfect participle opening
    // the sentence shares the main clause's subject.
    codes_triple("Ruto met Xi in Beijing.", "CONSULT", "Ruto", "Xi");
    codes_triple("Xi met Ruto in Beijing.", "CONSULT", "Xi", "Ruto");
    codes_triple(
        "Having met Xi on Monday, Ruto flew to Shanghai.",
        "CONSULT",
        "Ruto",
        "Xi",
    );
    // Leaving a court or a bloc is withdrawing; not leaving a city before a word further on.
    codes_first(
        "Mali's military government announced it was leaving the International Criminal Court.",
        "SANCTION",
        "161",
    );
    codes_nothing("He was quoted as saying before leaving Tripoli that OPEC should do everything possible.");
    // A law passed that criminalises is a restriction imposed; a cell dismantled is coerced.
    codes_first(
        "Ghana's parliament passed a bill that criminalises LGBTQ activities.",
        "COERCE",
        "172",
    );
    codes_first(
        "Moroccan and Spanish police dismantled a jihadist cell operating in both countries.",
        "COERCE",
        "170",
    );
    // Troops ordered somewhere are mobilised; ordered to do something is an order.
    codes_first(
        "Venezuela's defence minister ordered troops to the border with Guyana.",
        "MOBILIZE",
        "150",
    );
    codes_no("Putin ordered troops to withdraw from the border.", "MOBILIZE");
    // Warning shots are a show of force at whoever moved; the air is no target.
    codes_triple(
        "The South Korean military fired warning shots after North Korean soldiers crossed the border.",
        "MOBILIZE",
        "South Korea military",
        "North Korea military",
    );
    codes_only(
        "The soldiers fired warning shots into the air.",
        "MOBILIZE",
        "soldiers",
        "",
    );
    // A guest welcomed at a place is hosted.
    codes_first(
        "Kazakhstan's president welcomed the Chinese leader at Astana's airport.",
        "CONSULT",
        "043",
    );
    // A strike over a bare noun is against it.
    codes_triple("Workers went on strike over pay.", "PROTEST", "workers", "pay");
    codes_only("Workers protested over the weekend.", "PROTEST", "workers", "");
    // Control taken of a place is its capture; a treaty initialled is signed.
    codes_first(
        "The Sudanese army regained control of the presidential palace in Khartoum.",
        "ASSAULT",
        "192",
    );
    codes_first(
        "Armenia and Azerbaijan initialled a peace treaty at the White House.",
        "SUPPORT",
        "057",
    );
    // Someone told to do something is asked to; not an audience told what happens.
    codes_triple(
        "The Chinese foreign minister told his Australian counterpart to respect China's core interests.",
        "REQUEST",
        "China foreign minister",
        "Australia counterpart",
    );
    codes_triple(
        "Trump told Zelensky to make a deal with Russia.",
        "REQUEST",
        "Trump",
        "Zelensky",
    );
    codes_no("He told Les Echos he aims to reduce the budget deficit.", "REQUEST");
    codes_no(
        "Sarney told the meeting an austerity plan to trim government spending would be introduced.",
        "REQUEST",
    );
    // A joint offensive against a party attacks it; shops looted are attacked.
    codes_triple(
        "Kenyan and Somali troops launched a joint offensive against al-Shabaab in Jubaland.",
        "ASSAULT",
        "Somalia military",
        "al-Shabaab",
    );
    codes_first("Militiamen looted shops in the town.", "ASSAULT", "190");
}

#[test]
fn session_32_rules() {
    // A guest welcomed at a residence or a palace is hosted there.
    codes_first(
        "The Indonesian president welcomed the Chinese premier at the presidential palace in Jakarta.",
        "CONSULT",
        "043",
    );
    // Craft crossing the median line show force; after `said`, their nationality is the doer
    // even past two words for the craft.
    codes_first(
        "Taiwan's defence ministry said Chinese fighter jets crossed the median line of the Taiwan Strait.",
        "MOBILIZE",
        "150",
    );
    codes_triple(
        "Japan said Chinese coast guard ships entered its territorial waters.",
        "MOBILIZE",
        "China",
        "its territorial waters",
    );
    // People rescued are the rescue's target, not whoever the participle after them names; that
    // one did the participle's act to them.
    codes_all(
        "Nigerian troops rescued 30 schoolchildren kidnapped by gunmen in Kaduna state.",
        &[
            ("AID", "Nigeria military", "30 schoolchildren"),
            ("ASSAULT", "gunmen", "30 schoolchildren"),
        ],
    );
    // People before such a participle are what it is done to, not the main clause's subject.
    codes_all(
        "Police arrested 30 protesters backed by the opposition.",
        &[
            ("COERCE", "police", "protesters"),
            ("SUPPORT", "opposition", "30 protesters"),
        ],
    );
    // A second verb after `and` that is an act of its own ends the first one's object.
    codes_triple(
        "Kenyan opposition leader Raila Odinga refused to recognise the election result and called on his supporters to boycott the products of companies linked to the government.",
        "REJECT",
        "Raila Odinga",
        "the election result",
    );
    // One's own intervention warned of threatens where it would happen.
    codes_triple(
        "Egypt's President Abdel Fattah al-Sisi warned on Saturday that any direct intervention by Egypt in Libya had acquired international legitimacy.",
        "THREATEN",
        "Abdel Fattah al-Sisi",
        "Libya",
    );
    // Proceedings opened against a party accuse it.
    codes_only(
        "The European Commission opened an infringement procedure against Poland over a law that allows politicians to discipline judges.",
        "ACCUSE",
        "European Commission",
        "Poland",
    );
    // What one's own country will do, told to someone, is the speaker's act.
    codes_triple(
        "Chinese President Xi Jinping told Kenyan President William Ruto that China was ready to cooperate with Kenya.",
        "AGREE",
        "Xi Jinping",
        "Kenya",
    );
    // `visiting` right after the verb names the visitor: met, not a visit by the host.
    codes_only(
        "President Biden met visiting Kenyan President William Ruto at the White House.",
        "CONSULT",
        "Biden",
        "William Ruto",
    );
    // A transfer of arms or know-how approved is aid; troops sent to bolster a country's
    // defences too.
    codes_triple(
        "Germany authorised the delivery of Leopard tanks to Ukraine.",
        "AID",
        "Germany",
        "Ukraine",
    );
    codes_nothing("The board approved the transfer of the shares to the new holding company.");
    codes_triple(
        "Britain will send 120 troops to Estonia to bolster NATO's presence in the Baltic region, the defence ministry said.",
        "AID",
        "United Kingdom",
        "Estonia",
    );
    // Rockets landing somewhere pay no visit.
    codes_no("Rockets fired by Hamas landed in Tel Aviv.", "CONSULT");
    // The US formula with an amount between: a possible sale of weapons approved is aid.
    codes_triple(
        "The U.S. State Department approved a possible $2.2 billion sale of tanks and missiles to Taiwan, prompting an angry response from Beijing.",
        "AID",
        "United States",
        "Taiwan",
    );
    // What is challenged in court is accused; a treaty broken off ends relations.
    codes_first(
        "Zimbabwe's main opposition party said on Thursday it would challenge President Emmerson Mnangagwa's election victory in the Constitutional Court.",
        "ACCUSE",
        "115",
    );
    codes_first(
        "Ukraine's parliament voted to break off a friendship treaty with Russia, citing Moscow's annexation of Crimea.",
        "SANCTION",
        "161",
    );
    // `veto` after a modal is a refusal; veto power is none.
    codes_first(
        "Hungary's foreign minister said Budapest would veto any EU sanctions targeting Russian energy supplies.",
        "REJECT",
        "120",
    );
    codes_no("The U.S. pressed for veto power over the bank's loans.", "REJECT");
    // People held by someone, released, are the release's target (an irregular participle).
    codes_triple(
        "Nigeria's President Muhammadu Buhari on Wednesday ordered the release of all schoolgirls held by the military for questioning.",
        "RETREAT",
        "Muhammadu Buhari",
        "all schoolgirls",
    );
    // A deadly attack condemned is the target; peacekeepers attacked are given no aid.
    codes_only(
        "The U.N. Security Council condemned a deadly attack on peacekeepers in Mali.",
        "ACCUSE",
        "UN Security Council",
        "a deadly attack on peacekeepers in Mali",
    );
    // A strike held somewhere to protest against someone targets them.
    codes_triple(
        "Thousands of Palestinians took part in a general strike in the occupied West Bank on Monday to protest against the Israeli government's annexation plans.",
        "PROTEST",
        "Palestine civilians",
        "Israel government",
    );
    // A country's membership suspended is its own, not a party named in a later clause.
    codes_triple(
        "The OAS suspended Nicaragua's membership after the country's government expelled its observers.",
        "SANCTION",
        "Organization of American States",
        "Nicaragua",
    );
    // A phone call in which one told another something is between them.
    codes_triple(
        "Finnish President Sauli Niinisto told Russian President Vladimir Putin in a phone call that Finland would apply to join NATO.",
        "CONSULT",
        "Sauli Niinisto",
        "Vladimir Putin",
    );
    // Drones shot down are the target, not where they were launched from.
    codes_triple(
        "The U.S. Navy said one of its destroyers shot down three drones launched from Houthi-controlled areas of Yemen over the Red Sea.",
        "ASSAULT",
        "U.S. Navy",
        "three drones launched from Houthi-controlled areas of Yemen",
    );
    // Boats blocked from delivering supplies are coerced.
    codes_first(
        "Chinese coast guard vessels blocked two Philippine boats from delivering supplies to troops stationed on a disputed shoal.",
        "COERCE",
        "172",
    );
}
