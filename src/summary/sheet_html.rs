//! The clinician sheet as an HTML page body, for the print frame: the sheet's sections as
//! tables, both figures (from the map's own geometry) after the first. Built as text because it
//! is printed, never interacted with; every piece of text goes through [`escape`]. Pure.

use super::clinician::Section;
use crate::body_map::figure::{areas, place_state, View, SILHOUETTE, VIEW_BOX, WIDTH};
use crate::html::escape;
use crate::i18n::SharedWords;
use crate::scoring::Answers;
use std::fmt::Write;

/// One page: what it is and who filled it in; the safety notices shown; the figures beside the
/// list of places; the self-report screen; the symptoms (`clinician::sheet`'s sections).
pub fn sheet_html(shared: &SharedWords, answers: &Answers, sheet: &[Section]) -> String {
    let mut html = String::new();
    let section = |html: &mut String, index: usize| {
        let Some(section) = sheet.get(index) else {
            return;
        };
        let heading = if index == 0 { "h1" } else { "h2" };
        let _ = write!(html, "<{heading}>{}</{heading}>", escape(section.title));
        if let Some(note) = section.note {
            let _ = write!(html, "<p>{}</p>", escape(note));
        }
        html.push_str(match index {
            1 => "<table class=\"pg-sheet-notices\">",
            _ => "<table>",
        });
        // The space parts a safety notice's title from its text, which run on as one paragraph
        // (`.pg-sheet-notices`); between table cells it is not drawn.
        for (label, value) in &section.rows {
            let _ = write!(
                html,
                "<tr><th scope=\"row\">{}</th> <td>{}</td></tr>",
                escape(label),
                escape(value)
            );
        }
        html.push_str("</table>");
    };
    section(&mut html, 0);
    section(&mut html, 1);
    html.push_str("<div class=\"pg-sheet-map\">");
    figures(shared, answers, &mut html);
    html.push_str("<div>");
    section(&mut html, 3);
    html.push_str("</div></div>");
    section(&mut html, 2);
    section(&mut html, 4);
    html
}

/// Both figures, drawn like the map (same classes, so the same rules style them): marked places
/// filled and outlined, with their pain number.
fn figures(shared: &SharedWords, answers: &Answers, html: &mut String) {
    html.push_str("<div class=\"pg-figure\">");
    for view in [View::Front, View::Back] {
        let (caption, left, right) = shared.view_labels(view);
        let _ = write!(
            html,
            "<figure class=\"pg-view\"><svg viewBox=\"{VIEW_BOX}\" role=\"img\" aria-label=\"{caption}\">\
             <g class=\"pg-silhouette\">"
        );
        for &(x, y, width, height, radius) in SILHOUETTE {
            let _ = write!(
                html,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" rx=\"{radius}\"/>"
            );
        }
        let _ = write!(
            html,
            "</g><text class=\"pg-side\" x=\"2\" y=\"-2\">{left}</text>\
             <text class=\"pg-side\" x=\"{WIDTH}\" y=\"-2\" text-anchor=\"end\">{right}</text>"
        );
        for area in areas(view) {
            let mark = answers.marks.get(&area.site);
            let state = place_state([
                (mark.is_some(), "marked"),
                (!area.site.is_scored(), "extra"),
            ]);
            let _ = write!(
                html,
                "<ellipse class=\"pg-site\" data-state=\"{state}\" cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"/>",
                area.cx, area.cy, area.rx, area.ry
            );
            if let Some(intensity) = mark.and_then(|mark| mark.intensity()) {
                let _ = write!(
                    html,
                    "<text class=\"pg-site-number\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{intensity}</text>",
                    area.cx,
                    area.cy + 4
                );
            }
        }
        let _ = write!(html, "</svg><figcaption>{caption}</figcaption></figure>");
    }
    html.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, SHEET_EN};
    use crate::scoring::Site;
    use crate::summary::clinician::{english_sheet, sheet};

    #[test]
    fn text_is_escaped_so_a_clinic_name_cannot_add_markup() {
        assert_eq!(
            escape(r#"<img src=x onerror="a">&'"#),
            "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;"
        );
        let answers = Answers::default();
        let sheet = sheet(
            &EN.shared,
            &SHEET_EN,
            &answers,
            "today",
            Some("<script>alert(1)</script>"),
            &[],
        );
        let html = sheet_html(&EN.shared, &answers, &sheet);
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    #[test]
    fn the_page_has_every_section_and_both_figures_with_the_marks() {
        let mut answers = Answers::default();
        answers.set_intensity(Site::ShoulderLeft, 7).unwrap();
        answers.mark(Site::Head);
        let notices = [("Chest pain".to_string(), "Call 911 & go.".to_string())];
        let sheet = english_sheet(&answers, &notices);
        let html = sheet_html(&EN.shared, &answers, &sheet);
        assert!(html.starts_with("<h1>Pain and symptom summary</h1><table>"));
        assert!(html.contains("<th scope=\"row\">Chest pain</th> <td>Call 911 &amp; go.</td>"));
        for section in &sheet[1..] {
            assert!(html.contains(&format!("<h2>{}</h2>", escape(section.title))));
        }
        assert_eq!(html.matches("<figure class=\"pg-view\">").count(), 2);
        let marked = areas(View::Front)
            .iter()
            .chain(areas(View::Back))
            .filter(|area| answers.marks.contains_key(&area.site))
            .count();
        assert_eq!(html.matches("data-state=\"marked").count(), marked);
        // Only the shoulder has a number; it shows on each figure that draws it.
        assert_eq!(html.matches(">7</text>").count(), 2);
        assert!(html.contains("aria-label=\"Front\"") && html.contains("aria-label=\"Back\""));
        assert_eq!(
            html.matches("<tr>").count(),
            sheet.iter().map(|s| s.rows.len()).sum::<usize>()
        );
    }
}
