//! The colours of the widget. Every value here is a literal we control; user-supplied colours
//! (theming) will be parsed and re-serialised before they can become a `Palette`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: &'static str,
    pub surface: &'static str,
    pub text: &'static str,
    pub muted_text: &'static str,
    pub primary: &'static str,
    pub border: &'static str,
    pub focus: &'static str,
}

/// The default clinic theme: dark text on white, teal accents (all pairs pass WCAG AA).
pub const LIGHT: Palette = Palette {
    background: "#ffffff",
    surface: "#f2f6f7",
    text: "#1c2b33",
    muted_text: "#485a63",
    primary: "#0b6b66",
    border: "#b7c6cc",
    focus: "#0a58ca",
};
