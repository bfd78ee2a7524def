//! The inline link syntax of glossary text: `[[fibro-fog]]` links to an entry and shows its
//! title; `[[fibro-fog|brain fog]]` shows other words. Everything else, including anything that
//! looks like HTML, is plain text: the view renders pieces as text nodes, never as markup.

/// One piece of a paragraph or list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    /// A link to entry `id`; `label` is `None` for `[[id]]` (show the entry's title).
    Link {
        id: &'a str,
        label: Option<&'a str>,
    },
}

/// Splits `text` into text and links. Malformed markers (`[[` without `]]`, a bad id, an empty
/// label) stay literal text. Linear in the length of `text`.
pub fn parse(text: &str) -> Vec<Inline<'_>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    let mut plain_start = 0; // start (in `text`) of the text not yet pushed
    while let Some(open) = rest.find("[[") {
        let after_open = &rest[open + 2..];
        let offset = text.len() - rest.len();
        let Some(close) = after_open.find("]]") else {
            break;
        };
        let inner = &after_open[..close];
        match link(inner) {
            Some(piece) if !inner.contains("[[") => {
                if offset + open > plain_start {
                    pieces.push(Inline::Text(&text[plain_start..offset + open]));
                }
                pieces.push(piece);
                rest = &after_open[close + 2..];
                plain_start = text.len() - rest.len();
            }
            // Not a link: keep the `[[` as text and look again after it.
            _ => rest = after_open,
        }
    }
    if plain_start < text.len() {
        pieces.push(Inline::Text(&text[plain_start..]));
    }
    pieces
}

fn link(inner: &str) -> Option<Inline<'_>> {
    let (id, label) = match inner.split_once('|') {
        Some((id, label)) => (id.trim(), Some(label.trim())),
        None => (inner.trim(), None),
    };
    let id_ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let label_ok = label.is_none_or(|label| !label.is_empty() && !label.contains('|'));
    (id_ok && label_ok).then_some(Inline::Link { id, label })
}

/// The ids `text` links to.
pub fn link_ids(text: &str) -> impl Iterator<Item = &str> {
    parse(text).into_iter().filter_map(|piece| match piece {
        Inline::Link { id, .. } => Some(id),
        Inline::Text(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Inline::{Link, Text};

    #[test]
    fn plain_text_is_one_piece() {
        assert_eq!(parse("Hard to focus."), [Text("Hard to focus.")]);
        assert_eq!(parse(""), []);
    }

    #[test]
    fn links_with_and_without_labels() {
        assert_eq!(
            parse("People call it [[fibro-fog]]. Pain is [[central-sensitization|turned up]]!"),
            [
                Text("People call it "),
                Link {
                    id: "fibro-fog",
                    label: None
                },
                Text(". Pain is "),
                Link {
                    id: "central-sensitization",
                    label: Some("turned up")
                },
                Text("!"),
            ]
        );
        assert_eq!(
            parse("[[a]][[b|c]]"),
            [
                Link {
                    id: "a",
                    label: None
                },
                Link {
                    id: "b",
                    label: Some("c")
                }
            ]
        );
    }

    #[test]
    fn malformed_markers_stay_text() {
        for text in [
            "[[unclosed",
            "closed]] only",
            "[[Bad Id]]",
            "[[id|]]",
            "[[|label]]",
            "[[a|b|c]]",
            "[[]]",
            "[ [spaced] ]",
        ] {
            assert_eq!(parse(text), [Text(text)], "{text}");
        }
        assert_eq!(
            parse("[[ [[fog]]"),
            [
                Text("[[ "),
                Link {
                    id: "fog",
                    label: None
                }
            ]
        );
    }

    #[test]
    fn html_is_just_text() {
        let hostile = "<img src=x onerror=alert(1)> [[fog|<script>alert(1)</script>]]";
        assert_eq!(
            parse(hostile),
            [
                Text("<img src=x onerror=alert(1)> "),
                Link {
                    id: "fog",
                    label: Some("<script>alert(1)</script>")
                }
            ]
        );
    }

    #[test]
    fn huge_input_is_linear() {
        let huge = "[[".repeat(200_000);
        assert_eq!(parse(&huge), [Text(huge.as_str())]);
        let many = "[[a]] ".repeat(100_000);
        assert_eq!(parse(&many).len(), 200_000);
    }

    #[test]
    fn link_ids_lists_targets() {
        assert_eq!(
            link_ids("[[a]] and [[b|B]] and [[Bad]]").collect::<Vec<_>>(),
            ["a", "b"]
        );
    }
}
