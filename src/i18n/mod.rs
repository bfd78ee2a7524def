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
    fn month_year_names_the_month() {
        assert_eq!(EN.month_year((2026, 11)).as_deref(), Some("November 2026"));
        assert_eq!(EN.month_year((2026, 1)).as_deref(), Some("January 2026"));
        assert_eq!(EN.month_year((2026, 0)), None);
        assert_eq!(EN.month_year((2026, 13)), None);
    }
}
