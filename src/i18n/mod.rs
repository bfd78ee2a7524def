//! Every piece of interface text the patient sees, as data: one file per language,
//! `content/<lang>/strings.json`, with the same keys in the same order. build.rs writes each file
//! as a `Strings` constant ([`EN`], [`ES`]), so a key missing from a language, or one too many,
//! or a list of the wrong length, fails the build.

use crate::body_map::figure::View;
use crate::scoring::{Axial, PainSpread, Quality, Question, Rating, Site};

mod sheet;
pub use sheet::{sheet_strings, SheetStrings, SHEET_EN, SHEET_ES};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// Its BCP 47 tag, set as `lang` inside the widget so screen readers pronounce the text right.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language a setting names by its tag (`es`, any case).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| tag.eq_ignore_ascii_case(lang.tag()))
    }
}

/// The language of the clinic's own words (its button's, its name), where a screen reader must be
/// told it: the widget speaks another. HTML has an element's attributes in the element's language
/// (`element_lang`: its `lang`, or the nearest ancestor's), so an English page's "Book a visit"
/// stays English in the Spanish guide, and is read with English sounds. `None` where the page
/// does not say, says the widget's language, or says it in a form that is no language tag.
pub fn clinic_words_lang(element_lang: Option<String>, widget_lang: &str) -> Option<String> {
    let tag = element_lang?;
    let primary = tag.split('-').next().unwrap_or_default();
    let is_tag = (2..=8).contains(&primary.len())
        && tag.len() <= 35
        && tag
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-');
    (is_tag && !primary.eq_ignore_ascii_case(widget_lang)).then_some(tag)
}

/// Lowercase, with the accents of English and Spanish text removed, so "apnée" finds "apnee"
/// and "Á" sorts as "a". (Explicit rather than `char::to_lowercase`, whose Unicode tables would
/// add kilobytes to the wasm for letters the glossary does not use.)
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ñ' | 'Ñ' => 'n',
            'ç' | 'Ç' => 'c',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Text as a search reads it, the patient's and the names it looks in: folded, apostrophes
/// dropped ("can’t", "can't" → "cant"; "what’s" → "whats"), any other mark or spacing one space
/// ("self-harm" → "self harm", "fibromyalgia?" → "fibromyalgia "), and a space first, so that
/// every word follows one. (ASCII after folding: the Unicode tables of `char::is_alphanumeric`
/// would cost the wasm kilobytes for letters no name has.)
pub fn search_text(text: &str) -> String {
    let mut read = String::from(" ");
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            read.push(c);
        } else if !matches!(c, '\'' | '’') && !read.ends_with(' ') {
            read.push(' ');
        }
    }
    read
}

/// English: `content/en/strings.json`, written as Rust by build.rs.
pub const EN: Strings = include!(concat!(env!("OUT_DIR"), "/strings_en.rs"));
/// Spanish (usted, plain words): `content/es/strings.json`.
pub const ES: Strings = include!(concat!(env!("OUT_DIR"), "/strings_es.rs"));

/// Whether this build of the widget speaks Spanish to patients (the `es` feature) or English.
/// Each language is a build of its own (the Spanish one is `widget_es/`), and the loader fetches
/// the one the patient reads, so neither carries the other's words: a constant's branch not
/// taken is never built.
const SPANISH_BUILD: bool = cfg!(feature = "es");

/// The words of the language this build speaks.
pub const UI: &Strings = if SPANISH_BUILD { &ES } else { &EN };

/// The shared words of `lang` alone (the appointment tools' module: see [`SharedWords`]).
pub fn shared_words(lang: Lang) -> &'static SharedWords {
    // Constants of their own: `&EN.shared` would borrow into a copy of the whole `EN`, and keep
    // every word of it in the module.
    const EN_SHARED: SharedWords = EN.shared;
    const ES_SHARED: SharedWords = ES.shared;
    match lang {
        Lang::En => &EN_SHARED,
        Lang::Es => &ES_SHARED,
    }
}

/// The interface strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// BCP 47 tag, set as `lang` on the widget so screen readers pronounce it correctly.
    pub lang: &'static str,
    /// Text direction of the language (`ltr`/`rtl`), set as `dir` on the widget.
    pub dir: &'static str,
    /// Accessible name of the whole widget.
    pub widget_label: &'static str,
    pub not_medical_advice: &'static str,
    /// The call to action's words when the clinic gives a link but no `cta-text`.
    pub contact_clinic: &'static str,
    pub last_reviewed: &'static str,
    pub sources: &'static str,
    pub topic_unavailable: &'static str,
    /// Shown in place of the widget if its code fails.
    pub widget_failed: &'static str,
    pub topics_title: &'static str,
    pub search_label: &'static str,
    /// What in a search raises a safety notice, and what the topic search passes over.
    pub search: SearchWords,
    /// `{n}` is replaced by the number of topics.
    pub topics_found: &'static str,
    pub topic_found: &'static str,
    pub no_topics_found: &'static str,
    /// Said after `no_topics_found`, unless the search raised a safety notice.
    pub try_shorter_word: &'static str,
    pub back_to_topics: &'static str,
    pub related_topics: &'static str,
    /// `{title}` is replaced by the topic's title.
    pub read_more: &'static str,
    pub close: &'static str,
    pub sections_label: &'static str,
    /// The language switch: the other language's tag, its name in that language (the button's
    /// words) and what the button does, also in that language.
    pub other_lang: &'static str,
    pub other_language: &'static str,
    pub other_language_label: &'static str,
    pub part_learn: &'static str,
    pub part_map: &'static str,
    pub map_title: &'static str,
    pub map_hint: &'static str,
    pub map_keys: &'static str,
    /// What the clinician sheet says in the patient's words too.
    pub shared: SharedWords,
    pub not_counted: &'static str,
    /// `{n}` is the number of the 19 counted areas marked.
    pub areas_marked: &'static str,
    pub show_list: &'static str,
    /// Back from the list to the figures.
    pub show_figures: &'static str,
    pub show_back: &'static str,
    pub show_front: &'static str,
    pub undo: &'static str,
    /// Heard after Undo, `{place}` as the place now is: "Your neck, pain 6 of 10", or with
    /// [`Strings::marked`] or [`Strings::not_marked`] when it has no pain number.
    pub undone: &'static str,
    pub marked: &'static str,
    pub not_marked: &'static str,
    /// After Undo of several places (a "Clear all"), `{n}` places marked.
    pub places_marked: &'static str,
    pub clear_all: &'static str,
    /// Heard after "Clear all".
    pub cleared: &'static str,
    pub how_much: &'static str,
    pub scale_hint: &'static str,
    pub not_sure: &'static str,
    pub feels_like: &'static str,
    /// Below the figures: back to them, after answering for a place.
    pub another_place: &'static str,
    pub unmark: &'static str,
    /// `{site}` is the site's name.
    pub mark_site: &'static str,
    pub choose_place: &'static str,
    pub counted_areas: &'static str,
    pub other_areas: &'static str,
    pub not_kept: &'static str,
    /// At the end of the map: on to the Summary, which opens on its questions.
    pub to_questions: &'static str,
    pub part_summary: &'static str,
    pub questions_title: &'static str,
    /// Under it: the button that skips the questions to the summary below them.
    pub see_summary: &'static str,
    /// `{date}`: the day the answers were last changed, when that was before today.
    pub answers_from: &'static str,
    /// Short names of the questions, for the summary.
    pub question_names: [&'static str; 7],
    pub summary_title: &'static str,
    pub summary_hint: &'static str,
    pub nothing_marked: &'static str,
    /// Under it: the button to the map.
    pub open_map: &'static str,
    /// `{n}`: the number of the 19 counted areas with pain.
    pub areas_sentence: &'static str,
    /// After it, when the head, a hand, a knee or a foot hurts: they are in none of the 19.
    pub areas_left_out: &'static str,
    /// `{n}`: how many of the 5 body regions; `{where}`: the parts of [`Strings::where_parts`].
    pub regions_sentence: &'static str,
    /// After it, when the jaw, chest or belly hurts: they are in none of the 5 regions.
    pub regions_left_out: &'static str,
    /// Both sides, left side, right side; above and below, above, below the waist.
    pub where_parts: [&'static str; 6],
    /// The last of the parts, by which of the neck (1), back (2) and chest (4) hurt, less one:
    /// "in your neck", "in your back", "in your neck and back", … (each language says its own list).
    pub axial_where: [&'static str; 7],
    pub remember: &'static str,
    pub remember_hint: &'static str,
    pub forget: &'static str,
    /// Asked before forgetting, which cannot be undone; then the two answers.
    pub forget_question: &'static str,
    pub forget_yes: &'static str,
    pub forget_no: &'static str,
    /// Names of the body sites, in `Site::ALL` order, as the patient's own body.
    pub sites: [&'static str; 26],
    pub months: [&'static str; 12],
    /// `{month}` and `{year}`: "November 2026".
    pub month_year_format: &'static str,
    pub hand_off_title: &'static str,
    pub hand_off_hint: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub print_failed: &'static str,
    /// Said from a press of print, copy or save until it ends.
    pub preparing: &'static str,
    /// The appointment tools' code did not download (a dropped or stalled connection).
    pub tools_failed: &'static str,
    pub save_file: &'static str,
    pub save_failed: &'static str,
    /// `{clinic}`: the clinic's name, or [`Strings::the_clinic`].
    pub send_consent: &'static str,
    pub the_clinic: &'static str,
    pub send: &'static str,
    pub consent_first: &'static str,
    pub sending: &'static str,
    pub sent: &'static str,
    pub send_failed: &'static str,
}

/// The words of the patient's answers (how much, what it feels like, each question's choices),
/// of the figures and of the safety notices: the widget shows them, and the clinician sheet
/// repeats them. A struct of their own so the appointment tools' module, which makes the sheet,
/// carries these and not the whole interface, in both languages.
#[derive(Debug)]
pub struct SharedWords {
    pub front: &'static str,
    pub back: &'static str,
    pub your_left: &'static str,
    pub your_right: &'static str,
    /// `{n}` is the intensity.
    pub pain_of_ten: &'static str,
    /// The patient's "Not sure" how much a place hurts.
    pub not_sure_how_much: &'static str,
    /// In `Quality::ALL` order.
    pub qualities: [&'static str; 6],
    /// Each of `Question::ALL`, with its choices below (see [`SharedWords::question`]).
    pub questions: [&'static str; 7],
    /// The choices of the three symptom levels (0–3), of the yes/no questions, and of how long.
    pub levels: [&'static str; 4],
    pub no_yes: [&'static str; 2],
    pub durations: [&'static str; 3],
    /// Each safety notice's title, its text before and after the number to call, and the part
    /// of the text after that holds only for the US number (left out with a clinic's own), in
    /// the order of `safety::NOTICES`.
    pub notices: [[&'static str; 4]; 2],
}

/// Words of a topic search: those that raise a safety notice ("heart attack", "suicide"), each
/// matched at the start of a typed word, and those it passes over; written as [`search_text`]
/// reads the typed text: `search` in `content/<lang>/strings.json`.
#[derive(Debug)]
pub struct SearchWords {
    /// Those that raise the emergency notice (chest pain).
    pub emergency: &'static [&'static str],
    /// Those that raise the low-mood notice, with its crisis line.
    pub crisis: &'static [&'static str],
    /// The words of a question around its topic ("what", "is", "my"), which the topic search
    /// passes over: a patient may type "What is fibromyalgia?" whole.
    pub filler: &'static [&'static str],
}

// The tables are in the order of the enums' variants (checked by the scoring tests).
impl SharedWords {
    pub fn quality(&self, quality: Quality) -> &'static str {
        self.qualities[quality as usize]
    }

    /// "pain 6 of 10", or the patient's "not sure how much it hurts".
    pub fn rating(&self, rating: Rating) -> String {
        match rating {
            Rating::Pain(intensity) => self.pain_of_ten.replace("{n}", &intensity.to_string()),
            Rating::NotSure => self.not_sure_how_much.to_string(),
        }
    }

    /// A figure's caption, and the labels over its left and right edges as the viewer sees them:
    /// facing us, the patient's right is on our left; from behind, their left is.
    pub fn view_labels(&self, view: View) -> (&'static str, &'static str, &'static str) {
        match view {
            View::Front => (self.front, self.your_right, self.your_left),
            View::Back => (self.back, self.your_left, self.your_right),
        }
    }

    /// The question's text and choices.
    pub fn question(&self, question: Question) -> (&'static str, &[&'static str]) {
        let choices: &[&str] = match question.choices() {
            4 => &self.levels,
            2 => &self.no_yes,
            _ => &self.durations,
        };
        (self.questions[question as usize], choices)
    }
}

/// `sentence` after `text`, with a space between them; nothing if it is empty.
fn add_sentence(text: &mut String, sentence: &str) {
    if !sentence.is_empty() {
        text.push(' ');
        text.push_str(sentence);
    }
}

impl Strings {
    pub fn site(&self, site: Site) -> &'static str {
        self.sites[site as usize]
    }

    /// What the summary says of the marks: how many of the 19 areas, that the head, hands, knees
    /// and feet are none of them when one hurts ("0 of the 19" over a marked head read as if the
    /// mark was lost), then [`Strings::where_it_hurts`].
    pub fn marked_sentences(&self, spread: &PainSpread) -> String {
        let mut said = self.areas_sentence.replace("{n}", &spread.wpi.to_string());
        if spread.outside_areas {
            add_sentence(&mut said, self.areas_left_out);
        }
        add_sentence(&mut said, &self.where_it_hurts(spread));
        said
    }

    /// "Your pain is in 4 of 5 body regions. It hurts on both sides, above and below the waist,
    /// in your neck and back." Plain words only: never a score or a diagnosis. Two sentences: the
    /// places after "It hurts" are not the 5 regions (a jaw is on a side but in none of them), and
    /// a third says so when the jaw, chest or belly hurts ("0 of 5" after the chest read as a
    /// mistake). The spine and chest are named as marked: "in your neck, back or chest" left the
    /// patient to wonder which.
    pub fn where_it_hurts(&self, spread: &PainSpread) -> String {
        let (regions, outside_regions) = (spread.generalised_regions, spread.outside_regions);
        let spread = spread.widespread_1990;
        let sides = match (spread.left_side, spread.right_side) {
            (true, true) => Some(0),
            (true, false) => Some(1),
            (false, true) => Some(2),
            (false, false) => None,
        };
        let waist = match (spread.above_waist, spread.below_waist) {
            (true, true) => Some(3),
            (true, false) => Some(4),
            (false, true) => Some(5),
            (false, false) => None,
        };
        let mut parts: Vec<&str> = [sides, waist]
            .into_iter()
            .flatten()
            .map(|part| self.where_parts[part])
            .collect();
        let Axial { neck, back, chest } = spread.axial;
        let axial = usize::from(neck) | usize::from(back) << 1 | usize::from(chest) << 2;
        if let Some(places) = axial.checked_sub(1) {
            parts.push(self.axial_where[places]);
        }
        if parts.is_empty() {
            return String::new();
        }
        let mut sentence = self
            .regions_sentence
            .replace("{n}", &regions.to_string())
            .replace("{where}", &parts.join(", "));
        if outside_regions {
            add_sentence(&mut sentence, self.regions_left_out);
        }
        sentence
    }

    /// "3 topics", "1 topic" or "No topics match…", for the search's live status. When nothing
    /// matches, a shorter word is suggested, but not beside a safety notice: "I can't go on" is
    /// not a search to improve.
    pub fn search_status(&self, found: usize, notice_shown: bool) -> String {
        match (found, notice_shown) {
            (0, true) => self.no_topics_found.to_string(),
            (0, false) => [self.no_topics_found, self.try_shorter_word].join(" "),
            (1, _) => self.topic_found.to_string(),
            (n, _) => self.topics_found.replace("{n}", &n.to_string()),
        }
    }

    /// "November 2026" for `(2026, 11)`; `None` for a month outside 1–12.
    pub fn month_year(&self, (year, month): (u16, u8)) -> Option<String> {
        let name = self.months.get(usize::from(month).checked_sub(1)?)?;
        Some(
            self.month_year_format
                .replace("{month}", name)
                .replace("{year}", &year.to_string()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clinic_s_words_are_marked_only_in_another_language_than_the_widget_s() {
        let words = |tag: &str, widget: &str| clinic_words_lang(Some(tag.to_owned()), widget);
        assert_eq!(words("en-GB", "es"), Some("en-GB".into()));
        assert_eq!(words("fr", "en"), Some("fr".into()));
        for same in ["en", "EN-gb", "en-US"] {
            assert_eq!(words(same, "en"), None, "{same}");
        }
        assert_eq!(clinic_words_lang(None, "es"), None);
        for unknown in ["", "e", "en GB", "en_GB", "en\"><b>"] {
            assert_eq!(words(unknown, "es"), None, "{unknown:?}");
        }
    }

    #[test]
    fn site_names_follow_the_sites_order_and_sides() {
        use crate::scoring::Side;
        assert_eq!(EN.sites.len(), Site::ALL.len());
        for site in Site::ALL {
            let name = EN.site(*site).to_lowercase();
            let side = site.side();
            assert_eq!(name.contains(" left "), side == Side::Left, "{name}");
            assert_eq!(name.contains(" right "), side == Side::Right, "{name}");
            assert!(
                name.contains(
                    &site
                        .id()
                        .split('-')
                        .next()
                        .unwrap()
                        .replace("abdomen", "belly")
                ),
                "{name}"
            );
        }
        assert_eq!(EN.shared.quality(Quality::Numb), "Numb");
    }

    #[test]
    fn the_search_status_suggests_a_shorter_word_only_without_a_safety_notice() {
        assert_eq!(
            EN.search_status(0, false),
            "No topics match your search. Try a shorter word."
        );
        assert_eq!(EN.search_status(0, true), "No topics match your search.");
        assert_eq!(EN.search_status(1, false), "1 topic");
        assert_eq!(EN.search_status(14, true), "14 topics");
    }

    #[test]
    fn every_question_has_text_for_each_choice() {
        for (question, strings) in Question::ALL.into_iter().flat_map(|q| [(q, &EN), (q, &ES)]) {
            let (text, choices) = strings.shared.question(question);
            assert!(text.ends_with('?'), "{text}");
            assert_eq!(
                choices.len(),
                usize::from(question.choices()),
                "{question:?}"
            );
            // The summary and the clinician sheet write "question: choice" (the sheet after "2 of
            // 3: "): a colon inside a choice would read as a third part.
            for choice in choices {
                assert!(!choice.contains(':'), "{choice}");
            }
        }
    }

    #[test]
    fn where_it_hurts_in_plain_words() {
        use crate::scoring::Answers;
        let spread = |sites: &[Site]| {
            let mut answers = Answers::default();
            for &site in sites {
                answers.set_intensity(site, 5).unwrap();
            }
            answers.pain_spread()
        };
        let sentence = |sites: &[Site]| EN.where_it_hurts(&spread(sites));
        assert_eq!(sentence(&[]), "");
        assert_eq!(
            sentence(&[Site::ShoulderLeft]),
            "Your pain is in 1 of 5 body regions. It hurts on your left side, above the waist."
        );
        assert_eq!(
            sentence(&[Site::ShoulderLeft, Site::UpperLegRight, Site::Neck]),
            "Your pain is in 3 of 5 body regions. It hurts on both sides, above and below the waist, in your neck."
        );
        assert_eq!(
            sentence(&[Site::Neck, Site::UpperBack, Site::LowerBack]),
            "Your pain is in 1 of 5 body regions. It hurts above and below the waist, in your neck and back."
        );
        // The jaw, chest and belly are in none of the 5 regions: "0 of 5" after marking the chest
        // read as a mistake, unless the summary says so.
        let left_out = " The jaw, chest and belly are not counted in these 5 regions.";
        assert_eq!(
            sentence(&[Site::Chest]),
            [
                "Your pain is in 0 of 5 body regions. It hurts above the waist, in your chest.",
                left_out
            ]
            .concat()
        );
        assert!(sentence(&[Site::Neck, Site::LowerBack, Site::Chest])
            .ends_with(&[", in your neck, back and chest.", left_out].concat()));
        assert!(ES
            .where_it_hurts(&spread(&[Site::Neck, Site::LowerBack, Site::Chest]))
            .ends_with(", en el cuello, la espalda y el pecho. La mandíbula, el pecho y el vientre no cuentan en estas 5 regiones."));
        // The jaw is on a side and above the waist, but not one of the 5 regions.
        let jaw = sentence(&[Site::JawRight]);
        assert!(jaw.starts_with("Your pain is in 0 of 5 body regions. It hurts on your right side"));
        assert!(jaw.ends_with(left_out));
        assert!(sentence(&[Site::Abdomen, Site::ShoulderLeft]).ends_with(left_out));
        assert_eq!(
            sentence(&[Site::Abdomen]),
            "",
            "on no side, at the waist: nothing to say"
        );
        // A place outside the 19 (the head) is not one of these, and is not in the sentence.
        assert!(!sentence(&[Site::Head, Site::ShoulderLeft]).contains("jaw"));
    }

    #[test]
    fn the_summary_says_the_head_hands_knees_and_feet_are_none_of_the_19_areas() {
        use crate::scoring::Answers;
        let said = |strings: &Strings, sites: &[Site]| {
            let mut answers = Answers::default();
            for &site in sites {
                answers.mark(site);
            }
            strings.marked_sentences(&answers.pain_spread())
        };
        assert_eq!(
            said(&EN, &[Site::Head, Site::KneeLeft]),
            "You marked pain in 0 of the 19 areas doctors ask about. The head, hands, knees and feet are not among them."
        );
        assert_eq!(
            said(&EN, &[Site::Abdomen]),
            "You marked pain in 1 of the 19 areas doctors ask about.",
            "no space left over"
        );
        assert!(said(&EN, &[Site::Neck, Site::FootRight]).contains(
            "ask about. The head, hands, knees and feet are not among them. Your pain is in 1 of 5"
        ));
        assert!(said(&ES, &[Site::HandLeft]).ends_with(
            "médicos. La cabeza, las manos, las rodillas y los pies no están entre ellas."
        ));
        // Two sentences in a row that began "You marked pain in …" read as one said twice.
        assert_eq!(
            said(&ES, &[Site::Neck]),
            "Marcó dolor en 1 de las 19 zonas por las que preguntan los médicos. \
             Su dolor está en 1 de 5 regiones del cuerpo. Le duele arriba de la cintura, en el cuello."
        );
    }

    #[test]
    fn month_year_names_the_month() {
        assert_eq!(EN.month_year((2026, 11)).as_deref(), Some("November 2026"));
        assert_eq!(EN.month_year((2026, 1)).as_deref(), Some("January 2026"));
        assert_eq!(EN.month_year((2026, 0)), None);
        assert_eq!(EN.month_year((2026, 13)), None);
    }

    /// Each language's file, as translators edit it.
    fn language_files() -> [(Lang, crate::json::Json); 2] {
        let read = |text: &str| crate::json::Json::parse(text).expect("valid JSON");
        [
            (
                Lang::En,
                read(include_str!("../../content/en/strings.json")),
            ),
            (
                Lang::Es,
                read(include_str!("../../content/es/strings.json")),
            ),
        ]
    }

    /// `{n}`, `{site}`…: the blanks a text has, which every translation must keep.
    fn blanks(text: &str) -> Vec<&str> {
        let mut blanks: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        blanks.sort_unstable();
        blanks
    }

    /// Every text of a file with where it is ("sites[3]"), in order.
    fn texts(json: &crate::json::Json, at: &str, out: &mut Vec<(String, String)>) {
        use crate::json::Json;
        match json {
            Json::String(text) => out.push((at.to_string(), text.clone())),
            Json::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    texts(item, &format!("{at}[{index}]"), out);
                }
            }
            Json::Object(members) => {
                for (key, member) in members {
                    texts(member, &format!("{at}{key}"), out);
                }
            }
            _ => panic!("{at}: only texts and lists of texts"),
        }
    }

    #[test]
    fn every_language_has_every_text_in_the_same_place_with_the_same_blanks() {
        let [(_, mut english), (_, mut spanish)] = language_files();
        // Not the search words: each language lists the ways its own speakers put things, as
        // many as there are (a missing list fails the build).
        for words in [&mut english, &mut spanish] {
            if let crate::json::Json::Object(members) = words {
                members.retain(|(key, _)| key != "search");
            }
        }
        let read = |text: &str| crate::json::Json::parse(text).expect("valid JSON");
        let (mut en, mut es) = (Vec::new(), Vec::new());
        texts(&english, "", &mut en);
        texts(&spanish, "", &mut es);
        // The clinician sheet's words, too.
        texts(
            &read(include_str!("../../content/en/sheet.json")),
            "sheet.",
            &mut en,
        );
        texts(
            &read(include_str!("../../content/es/sheet.json")),
            "sheet.",
            &mut es,
        );
        let places = |texts: &[(String, String)]| -> Vec<String> {
            texts.iter().map(|(at, _)| at.clone()).collect()
        };
        assert_eq!(places(&en), places(&es), "the same keys, lists and order");
        for ((at, english), (_, spanish)) in en.iter().zip(&es) {
            assert_eq!(blanks(english), blanks(spanish), "{at}: {spanish}");
            // Empty only where English has nothing to say either (a notice with no US-only part).
            assert_eq!(
                spanish.trim().is_empty(),
                english.is_empty(),
                "{at} is empty in one language"
            );
        }
    }

    #[test]
    fn each_file_names_its_own_language() {
        for (lang, file) in language_files() {
            assert_eq!(
                file.get("lang").and_then(|tag| tag.as_str()),
                Some(lang.tag())
            );
            let strings = match lang {
                Lang::En => &EN,
                Lang::Es => &ES,
            };
            assert_eq!(strings.lang, lang.tag());
            assert_eq!(Lang::from_tag(&lang.tag().to_uppercase()), Some(lang));
        }
        assert_eq!(Lang::from_tag(" es "), Some(Lang::Es));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    #[test]
    fn spanish_site_names_keep_the_patients_own_side() {
        use crate::scoring::Side;
        for site in Site::ALL {
            let name = ES.site(*site).to_lowercase();
            assert_eq!(
                name.contains("izquierd"),
                site.side() == Side::Left,
                "{name}"
            );
            assert_eq!(
                name.contains("derech"),
                site.side() == Side::Right,
                "{name}"
            );
            let clinical = SHEET_ES.sites[*site as usize].to_lowercase();
            assert_eq!(
                clinical.contains("izquierd"),
                site.side() == Side::Left,
                "{clinical}"
            );
        }
        assert_eq!(
            ES.month_year((2026, 11)).as_deref(),
            Some("noviembre de 2026")
        );
        assert_eq!(ES.search_status(14, false), "14 temas");
    }

    #[test]
    fn the_patient_texts_are_easy_to_read_in_each_language() {
        use crate::glossary::readability::{flesch_kincaid_grade, szigriszt_pazos};
        // The sentences a patient reads (labels and names are too short to measure).
        let sentences = |strings: &Strings| -> Vec<String> {
            let notices = strings
                .shared
                .notices
                .iter()
                .map(|[_, before, after, _]| [*before, "911", *after].concat());
            [
                strings.not_medical_advice,
                strings.map_hint,
                strings.map_keys,
                strings.scale_hint,
                strings.choose_place,
                strings.not_kept,
                strings.answers_from,
                strings.summary_hint,
                strings.remember_hint,
                strings.hand_off_hint,
                strings.copy_failed,
                strings.print_failed,
                strings.tools_failed,
                strings.save_failed,
                strings.consent_first,
                strings.send_failed,
            ]
            .iter()
            .map(|text| text.to_string())
            .chain(strings.shared.questions.iter().map(|text| text.to_string()))
            .chain(notices)
            .collect()
        };
        let grade = flesch_kincaid_grade(&sentences(&EN));
        assert!(grade <= 8.0, "English grade {grade:.1}");
        let perspicuity = szigriszt_pazos(&sentences(&ES));
        assert!(perspicuity >= 65.0, "Spanish INFLESZ {perspicuity:.1}");
        println!("English grade {grade:.1}, Spanish INFLESZ {perspicuity:.1}");
    }

    #[test]
    fn the_clinician_sheet_has_the_same_blanks_in_each_language() {
        for words in [&SHEET_EN, &SHEET_ES] {
            assert_eq!(blanks(words.n_of), ["n", "of"]);
            assert_eq!(blanks(words.sss_open), ["n"]);
        }
        assert_eq!(sheet_strings(Lang::Es).title, "Resumen de dolor y síntomas");
    }
}
