//! Every piece of interface text the patient sees, in one table per language.

/// The interface strings of one language.
pub struct Strings {
    /// BCP 47 tag, set as `lang` on the widget so screen readers pronounce it correctly.
    pub lang: &'static str,
    /// Text direction of the language (`ltr`/`rtl`), set as `dir` on the widget.
    pub dir: &'static str,
    /// Accessible name of the whole widget.
    pub widget_label: &'static str,
    pub not_medical_advice: &'static str,
    pub last_reviewed: &'static str,
    pub sources: &'static str,
    pub topic_unavailable: &'static str,
    /// Shown in place of the widget if its code fails.
    pub widget_failed: &'static str,
    pub topics_title: &'static str,
    pub search_label: &'static str,
    /// `{n}` is replaced by the number of topics.
    pub topics_found: &'static str,
    pub topic_found: &'static str,
    pub no_topics_found: &'static str,
    pub back_to_topics: &'static str,
    pub related_topics: &'static str,
    /// `{title}` is replaced by the topic's title.
    pub read_more: &'static str,
    pub close: &'static str,
    pub months: [&'static str; 12],
}

pub const EN: Strings = Strings {
    lang: "en",
    dir: "ltr",
    widget_label: "Patient guide",
    not_medical_advice:
        "This is education, not medical advice. Talk with your care team about your own health.",
    last_reviewed: "Last reviewed",
    sources: "Sources",
    topic_unavailable: "Sorry, this topic is not available right now.",
    widget_failed:
        "Sorry, the patient guide stopped working. Please refresh the page, or contact the clinic.",
    topics_title: "Health topics A to Z",
    search_label: "Find a topic",
    topics_found: "{n} topics",
    topic_found: "1 topic",
    no_topics_found: "No topics match your search. Try a shorter word.",
    back_to_topics: "All health topics",
    related_topics: "Related topics",
    read_more: "Read more about {title}",
    close: "Close",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};

impl Strings {
    /// "3 topics", "1 topic" or "No topics match…", for the search's live status.
    pub fn topic_count(&self, n: usize) -> String {
        match n {
            0 => self.no_topics_found.to_string(),
            1 => self.topic_found.to_string(),
            n => self.topics_found.replace("{n}", &n.to_string()),
        }
    }

    /// "November 2026" for `(2026, 11)`; `None` for a month outside 1–12.
    pub fn month_year(&self, (year, month): (u16, u8)) -> Option<String> {
        let name = self.months.get(usize::from(month).checked_sub(1)?)?;
        Some(format!("{name} {year}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_count_reads_naturally() {
        assert_eq!(EN.topic_count(0), EN.no_topics_found);
        assert_eq!(EN.topic_count(1), "1 topic");
        assert_eq!(EN.topic_count(14), "14 topics");
    }

    #[test]
    fn month_year_names_the_month() {
        assert_eq!(EN.month_year((2026, 11)).as_deref(), Some("November 2026"));
        assert_eq!(EN.month_year((2026, 1)).as_deref(), Some("January 2026"));
        assert_eq!(EN.month_year((2026, 0)), None);
        assert_eq!(EN.month_year((2026, 13)), None);
    }
}
