//! The other direction, for the theme editor: the `<pain-guide …>` element a clinic pastes, for a
//! set of settings. Only what the widget accepts is written (in the contract's order, escaped), so
//! a snippet the editor gives always does what its preview showed. Pure.

use super::WidgetConfig;
use crate::embed::contract::ATTRIBUTES;
use crate::html::escape;

/// What the editor gets for a set of settings.
pub struct Snippet {
    /// `<pain-guide …></pain-guide>`, to paste.
    pub element: String,
    /// The settings it holds, as written: what a preview of it should be given.
    pub accepted: Vec<(&'static str, String)>,
    /// Why any setting was left out: the setting's name, and why (the editor holds a field's
    /// problem back while it is being typed in).
    pub problems: Vec<(String, String)>,
    /// The widget's configuration for these settings (what it would show).
    pub config: WidgetConfig,
}

/// The element for `settings` (attribute name → value).
pub fn element(settings: &[(String, String)]) -> Snippet {
    let lookup = |name: &str| {
        settings
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.trim().to_string())
            .filter(|value| !value.is_empty())
    };
    let (config, warnings) = WidgetConfig::from_sources(lookup, |_| None, None);
    let mut problems: Vec<(String, String)> = warnings
        .iter()
        .map(|warning| (warning.attribute.to_string(), warning.to_string()))
        .collect();
    for (key, _) in settings {
        let known = ATTRIBUTES.iter().any(|spec| spec.name == key);
        if !known || key == "theme-config" {
            problems.push((
                key.clone(),
                format!("\"{key}\" is not a setting of the widget; it was left out."),
            ));
        }
    }

    let accepted: Vec<(&'static str, String)> = ATTRIBUTES
        .iter()
        .filter(|spec| {
            !warnings
                .iter()
                .any(|warning| warning.attribute == spec.name)
        })
        // Nor the words of a link that was refused: no link shows, and the words alone make the
        // widget warn (in the editor's previews, at each key typed towards "www.…").
        .filter(|spec| spec.name != "cta-text" || config.cta.is_some())
        .filter_map(|spec| Some((spec.name, lookup(spec.name)?)))
        .collect();
    let mut element = String::from("<pain-guide");
    for (name, value) in &accepted {
        element.push_str(&[" ", name, "=\"", &escape(value), "\""].concat());
    }
    element.push_str("></pain-guide>");
    Snippet {
        element,
        accepted,
        problems,
        config,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn writes_the_accepted_settings_in_contract_order() {
        let Snippet {
            element, problems, ..
        } = element(&settings(&[
            ("cta-href", "/contact"),
            ("theme", "calm"),
            ("primary-color", " #5b3f8c "),
            ("clinic-name", "Riverside Pain & Wellness"),
            ("text-color", ""),
        ]));
        assert_eq!(
            element,
            "<pain-guide theme=\"calm\" primary-color=\"#5b3f8c\" cta-href=\"/contact\" \
             clinic-name=\"Riverside Pain &amp; Wellness\"></pain-guide>"
        );
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn refused_and_unknown_settings_are_left_out_and_explained() {
        let Snippet {
            element,
            accepted,
            problems,
            ..
        } = element(&settings(&[
            ("primary-color", "red;}</style><script>alert(1)</script>"),
            ("cta-href", "javascript:alert(1)"),
            ("background", "#fff"),
            ("crisis-number", "116 123"),
        ]));
        assert_eq!(
            element,
            "<pain-guide crisis-number=\"116 123\"></pain-guide>"
        );
        assert_eq!(accepted, [("crisis-number", "116 123".to_string())]);
        let settings: Vec<&str> = problems
            .iter()
            .map(|(setting, _)| setting.as_str())
            .collect();
        assert_eq!(settings, ["primary-color", "cta-href", "background"]);
        assert!(problems[0].1.contains("primary-color"));
        assert!(problems[2].1.starts_with("\"background\" is not a setting"));
    }

    #[test]
    fn the_words_of_a_refused_link_are_left_out_with_it() {
        let Snippet {
            element,
            accepted,
            problems,
            ..
        } = element(&settings(&[
            ("cta-text", "Book a visit"),
            ("cta-href", "www.riverside.example/book"),
        ]));
        assert_eq!(element, "<pain-guide></pain-guide>");
        assert!(accepted.is_empty(), "{accepted:?}");
        assert_eq!(
            problems.len(),
            1,
            "the link's problem says it: {problems:?}"
        );
    }

    #[test]
    fn the_element_reads_back_as_the_same_settings() {
        let given = settings(&[
            ("theme", "dark"),
            ("cta-text", "Book \"now\""),
            ("cta-href", "/book"),
        ]);
        let element = element(&given).element;
        // What a browser reads from each attribute: the text between its quotes, unescaped.
        for (key, value) in &given {
            let written = element.split(&format!(" {key}=\"")).nth(1).unwrap();
            let written = &written[..written.find('"').unwrap()];
            assert_eq!(
                &written.replace("&quot;", "\"").replace("&amp;", "&"),
                value
            );
        }
    }
}
