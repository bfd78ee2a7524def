// The widget's CSS rules, authored with stylist (parsed and checked at compile time).
//
// This file is not a module of the crate: `build.rs` includes it, serialises the sheet to text
// at build time, and the crate ships that text (`theme::stylesheet::RULES`). So the wasm carries
// no code to build or print a stylesheet, only the stylesheet itself. Colours and fonts come from
// custom properties that `theme::stylesheet::widget_css` sets from validated values.

pub fn rules() -> stylist::ast::Sheet {
    stylist::ast::sheet!(
        r#"
        /* The root below is an inline box, on the element's first line: a host's text-indent
           (inherited from a themed body or article) would push it out of the column. Where the
           page sizes the element to its content (a flex row, a centred column, a float, a table
           cell), the root's width says 48em (its wide layout), at most the room there is. */
        :host {
            /* One cell, which a height the page gives the element fills, and which its
               `max-height` caps (a block's content would spill past that over what follows). */
            display: grid;
            grid-template: minmax(0, 1fr) / minmax(0, 1fr);
            text-indent: 0;
            max-width: 100%;
            min-width: 0;
            /* As `auto`, but pages in quirks mode (no doctype) do not then take the root's
               percentages (below) of their body's height. */
            height: fit-content;
        }
        /* The page's `hidden` hides it, as the browser's own rule would: that rule loses to the
           element's `display` above. */
        :host([hidden]:not([hidden=until-found])) {
            display: none;
        }
        /* The node the app mounts on is the cell, so the root's percentages are of it (of the
           element, where a page makes it a block). */
        :host > div {
            height: 100%;
        }
        /* `all: initial` cuts every inherited property (text-transform, line-height, letter-spacing,
           colour…) the host page may set on <pain-guide> or its ancestors; sizes are in em so a host
           `html { font-size: 62.5% }` cannot shrink the widget. Being an atomic inline box stops a
           host's text-decoration (underline, line-through) from being drawn through our text.
           Whether it is seen and clicked stays the page's, as for its own content: a closed popup
           or tab (`visibility: hidden`, `pointer-events: none`) must not leave an invisible widget
           that takes the clicks meant for the page beneath, or the keyboard's focus. */
        .pg-root {
            all: initial;
            visibility: inherit;
            pointer-events: inherit;
            /* Its size never depends on its content (a fixed height, the host's width), so it can
               answer queries on both (the one-scroll layout below). Asked for its width, then, it
               has no content to go by: without this, 2px. */
            container: pg-root / size;
            contain-intrinsic-width: min(48em, 90vw);
            /* Where the whole widget scrolls, keep what gets focus clear of the tabs pinned at its
               top (one row, its labels at most two lines; elsewhere the widget itself never scrolls). */
            scroll-padding-top: 5em;
            box-sizing: border-box;
            display: inline-flex;
            vertical-align: top;
            width: 100%;
            flex-direction: column;
            /* Its own height: 40em (or the `height` attribute's, stylesheet::sizing_css), at most
               90% of the window so its tabs stay in sight (of the window before a page's CSS
               zoom: the loader's fitWindow), and never too short to use. */
            --pg-height: 40em;
            --pg-window: 90vh;
            height: clamp(12em, var(--pg-height), var(--pg-window));
            /* A height the page gives the element (a CSS height, 100% of a box, a stretched grid
               row) is the widget's instead, within the same 90%: it kept its own, spilling over
               what follows, its end cut off in a box that hides its overflow. Where the page
               leaves the height to the content, the percentages count for nothing. */
            min-height: min(100%, var(--pg-window));
            max-height: min(100%, var(--pg-window));
            font-size: medium;
            /* The corners; a clinic's corner-radius replaces it (stylesheet::sizing_css). */
            --pg-radius: 0.5em;
            /* The unit of the room around text and panels; a clinic's density scales it
               (stylesheet::sizing_css). Tap targets are sized apart from it. */
            --pg-space: 1em;
            line-height: 1.5;
            /* A word longer than the line (a title in large text on a phone) breaks, rather than
               running out of the widget; no hyphens, which are harder to read. */
            overflow-wrap: break-word;
            color: var(--pg-text);
            background: var(--pg-background);
            border: 1px solid var(--pg-border);
            border-radius: calc(var(--pg-radius) * 1.5);
            /* Only the reading area scrolls, unless the widget is cramped (below). */
            overflow: hidden auto;
            -webkit-text-size-adjust: 100%;
            text-size-adjust: 100%;
        }
        .pg-root *, .pg-root *::before, .pg-root *::after {
            box-sizing: border-box;
        }
        .pg-scroll {
            flex: 1 1 auto;
            overflow-y: auto;
            padding: calc(1.25 * var(--pg-space)) calc(1.5 * var(--pg-space));
        }
        /* :where() keeps these resets at the lowest specificity, so every component rule wins. */
        :where(.pg-root) button, :where(.pg-root) input {
            font: inherit;
            color: inherit;
            margin: 0;
        }
        :where(.pg-root) button {
            cursor: pointer;
        }
        /* A tap on a control acts at once. On a page without a mobile viewport (older clinic
           sites) phones wait about 300 ms after each tap for a second one, and a rating or Undo
           tapped twice zooms the page; neither on these. Pinch zoom stays. */
        :where(.pg-root) :is(button, .pg-choice, .pg-check, .pg-figure) {
            touch-action: manipulation;
        }
        .pg-scroll:focus-visible, .pg-root a:focus-visible, .pg-root button:focus-visible,
        .pg-root input:focus-visible, .pg-root [tabindex="-1"]:focus-visible {
            outline: 3px solid var(--pg-focus);
            outline-offset: 2px;
        }
        .pg-scroll:focus-visible {
            outline-offset: -3px;
        }
        .pg-root h2 {
            margin: 0 0 0.25em;
            font-size: 1.6em;
            line-height: 1.25;
            color: var(--pg-text);
        }
        .pg-summary {
            margin: 0 0 var(--pg-space);
            font-size: 1.125em;
            color: var(--pg-muted-text);
        }
        .pg-root h3 {
            margin: calc(1.25 * var(--pg-space)) 0 calc(0.4 * var(--pg-space));
            font-size: 1.2em;
            line-height: 1.3;
            color: var(--pg-primary);
        }
        .pg-root p {
            margin: 0 0 calc(0.75 * var(--pg-space));
            max-width: 40em;
        }
        .pg-entry ul {
            margin: 0 0 calc(0.75 * var(--pg-space));
            padding-inline-start: 1.5em;
            max-width: 40em;
        }
        .pg-entry li {
            margin: 0 0 calc(0.4 * var(--pg-space));
        }
        .pg-back, .pg-topic, .pg-link {
            display: inline-flex;
            align-items: center;
            min-height: 2.75em;
            padding: 0.25em 0;
            border: 0;
            background: none;
            color: var(--pg-primary);
            text-align: start;
            text-decoration: underline;
            text-underline-offset: 0.15em;
        }
        .pg-back {
            margin: -0.5em 0 0.5em;
            font-weight: 600;
        }
        .pg-term {
            display: inline;
            padding: 0 0.1em;
            border: 0;
            border-radius: 0.2em;
            background: none;
            color: var(--pg-primary);
            text-decoration: underline;
            text-decoration-style: dotted;
            text-decoration-thickness: 2px;
            text-underline-offset: 0.2em;
        }
        .pg-term[aria-expanded="true"] {
            background: var(--pg-surface);
            text-decoration-style: solid;
        }
        .pg-popover {
            margin: calc(0.5 * var(--pg-space)) 0 var(--pg-space);
            padding: calc(0.9 * var(--pg-space)) var(--pg-space);
            max-width: 40em;
            border: 2px solid var(--pg-primary);
            border-radius: var(--pg-radius);
            background: var(--pg-surface);
        }
        .pg-popover-title {
            font-weight: 700;
            font-size: 1.1em;
        }
        .pg-actions {
            display: flex;
            flex-wrap: wrap;
            gap: 0.5em;
        }
        .pg-button, .pg-cta {
            display: inline-flex;
            align-items: center;
            justify-content: center;
            min-height: 2.75em;
            padding: 0.4em 1em;
            border: 2px solid var(--pg-primary);
            border-radius: var(--pg-radius);
            background: var(--pg-button);
            color: var(--pg-button-text);
            font-weight: 600;
            text-decoration: none;
        }
        .pg-root .pg-cta {
            color: var(--pg-button-text);
            text-decoration: none;
        }
        .pg-root .pg-secondary {
            background: var(--pg-background);
            color: var(--pg-primary);
        }
        .pg-search-label {
            display: block;
            margin: 0.75em 0 0.25em;
            font-weight: 600;
        }
        .pg-search {
            box-sizing: border-box;
            width: 100%;
            max-width: 30em;
            min-height: 2.75em;
            padding: 0.4em 0.75em;
            border: 2px solid var(--pg-muted-text);
            border-radius: var(--pg-radius);
            background: var(--pg-background);
            font-size: 1.05em;
        }
        .pg-status {
            margin: 0.5em 0 0;
            color: var(--pg-muted-text);
        }
        .pg-letter h3 {
            margin: 1em 0 0.25em;
            padding-bottom: 0.15em;
            border-bottom: 1px solid var(--pg-border);
        }
        .pg-letter ul, .pg-related ul {
            margin: 0;
            padding: 0;
            list-style: none;
        }
        .pg-letter li {
            margin: 0 0 0.5em;
        }
        .pg-letter li p {
            margin: 0;
            color: var(--pg-muted-text);
        }
        .pg-topic {
            font-size: 1.1em;
            font-weight: 600;
        }
        .pg-meta {
            margin-top: 1.5em;
            padding-top: 0.75em;
            border-top: 1px solid var(--pg-border);
            font-size: 0.9em;
            color: var(--pg-muted-text);
        }
        .pg-meta h3 {
            margin: 0.75em 0 0.25em;
            font-size: 1em;
            color: var(--pg-muted-text);
        }
        .pg-root a {
            color: var(--pg-primary);
            text-decoration: underline;
            text-underline-offset: 0.15em;
        }
        .pg-footer {
            flex: 0 0 auto;
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            justify-content: space-between;
            gap: calc(0.5 * var(--pg-space)) var(--pg-space);
            padding: calc(0.6 * var(--pg-space)) calc(1.5 * var(--pg-space));
            background: var(--pg-surface);
            border-top: 1px solid var(--pg-border);
        }
        /* A fixed box, the logo fitted into it at its start: an image that arrives after the
           widget has drawn, of any shape, moves nothing (it used to push the notice onto a row of
           its own in a narrow widget). */
        .pg-logo {
            width: 10em;
            max-width: 100%;
            height: 2.5em;
            object-fit: contain;
            object-position: left center;
        }
        .pg-logo[hidden] {
            display: none;
        }
        .pg-notice {
            flex: 1 1 16em;
            font-size: 0.9em;
        }
        .pg-root .pg-notice {
            margin: 0;
        }
        .pg-nav {
            flex: 0 0 auto;
            display: flex;
            /* Large text (text-size, zoom) on a phone: the tabs take two rows, never overflow. */
            flex-wrap: wrap;
            gap: 0.25em;
            padding: calc(0.5 * var(--pg-space)) var(--pg-space) 0;
            border-bottom: 1px solid var(--pg-border);
            background: var(--pg-surface);
        }
        .pg-tab {
            min-height: 2.75em;
            padding: 0.4em 0.75em;
            border: 1px solid transparent;
            border-bottom: 0;
            border-radius: var(--pg-radius) var(--pg-radius) 0 0;
            background: none;
            color: var(--pg-primary);
            font-weight: 600;
            text-decoration: underline;
            text-underline-offset: 0.15em;
        }
        /* The language switch: beside the first line of each part, level with the back link. */
        .pg-lang {
            float: inline-end;
            margin: -0.5em 0 0 0.75em;
            border: 0;
        }
        .pg-tab[aria-current="page"] {
            margin-bottom: -1px;
            border-color: var(--pg-border);
            background: var(--pg-background);
            color: var(--pg-text);
            text-decoration: none;
        }
        .pg-toolbar {
            display: flex;
            flex-wrap: wrap;
            gap: 0.5em;
            margin: 0.5em 0;
        }
        .pg-root .pg-button:is(:disabled, [aria-disabled=true]) {
            opacity: 0.55;
            cursor: default;
        }
        /* In a narrow widget one figure shows at a time, with a button to turn it around. */
        .pg-flip {
            display: none;
        }
        /* A wide widget: the selected place's details beside the figures, where the patient is
           looking, and pinned while the figures scroll. */
        @container pg-root (min-width: 46em) {
            .pg-map {
                display: grid;
                grid-template-columns: minmax(0, 1fr) 17em;
                gap: 0 1.5em;
                align-items: start;
            }
            .pg-map .pg-panel {
                position: sticky;
                top: 0;
                margin-top: 0.5em;
            }
            /* The figures are beside it, in sight: the way back shows only when the keyboard
               reaches it (one Tab after the answers, not Shift+Tab back through them all).
               Unfocused, it waits at the panel's top, so a tap's reveal has nothing more to show. */
            .pg-panel .pg-another:not(:focus) {
                position: absolute;
                top: 0;
                width: 1px;
                height: 1px;
                min-height: 0;
                padding: 0;
                border: 0;
                overflow: hidden;
                clip-path: inset(50%);
                white-space: nowrap;
            }
        }
        /* Narrow (a phone) or short (a screen at 200% zoom, a phone on its side), in the widget's
           own em: a fixed footer and tabs would take 40% of the height and leave the reading area
           a few lines, so the whole widget scrolls as one. The tabs stay pinned at its top; the
           footer follows the part, or sits at the bottom of a short one. */
        @container pg-root (max-width: 30em) or (max-height: 28em) {
            .pg-scroll {
                flex: 1 0 auto;
                overflow: visible;
            }
            /* One row (a long label wraps inside its tab), so the pinned tabs stay small. */
            .pg-nav {
                position: sticky;
                top: 0;
                z-index: 1;
                flex-wrap: nowrap;
                padding-inline: 0.5em;
            }
            .pg-tab {
                padding-inline: 0.5em;
            }
            /* The pinned tabs are there: a pinned panel would slide under them. */
            .pg-map .pg-panel {
                position: static;
            }
        }
        /* Cramped (a phone with large text: under 20em wide): pinned tabs, two or three rows of
           large text, would take a third of the height, so they scroll away with the rest. */
        @container pg-root (max-width: 20em) {
            .pg-nav {
                position: static;
                flex-wrap: wrap;
            }
            /* No room for a title beside it: the language switch takes a line of its own. */
            .pg-lang {
                float: none;
                display: flex;
                margin: 0 0 0 auto;
            }
        }
        @container pg-root (max-width: 30em) {
            .pg-flip {
                display: inline-flex;
            }
            .pg-figure .pg-view + .pg-view, .pg-figure[data-view=back] .pg-view {
                display: none;
            }
            .pg-figure[data-view=back] .pg-view + .pg-view {
                display: block;
            }
        }
        /* Narrow, not cramped: two rows of two, how the patient looks at the map above what they
           marked, where the four buttons wrapped into three ragged rows, so the figure comes a
           row higher. (Cramped, each keeps a row of its own, its words on one line.) */
        @container pg-root (20em < width <= 30em) {
            .pg-map-tools {
                display: grid;
                grid-template-columns: 1fr 1fr;
            }
            .pg-map-tools .pg-button {
                padding-inline: 0.5em;
            }
        }
        .pg-figure {
            display: flex;
            flex-wrap: wrap;
            justify-content: center;
            gap: 0.5em 1.5em;
            margin: 0.5em 0;
            padding: 0.5em;
            border-radius: var(--pg-radius);
        }
        .pg-figure:focus-visible {
            outline: 3px solid var(--pg-focus);
            outline-offset: 2px;
        }
        .pg-view {
            flex: 1 1 10em;
            max-width: 15em;
            margin: 0;
            text-align: center;
        }
        /* A press on a place marks it, never starts selecting the labels around it (a double
           click, a long press on a phone); the browser then skips finding text to select at each
           press, too (0.4 ms a click at 4x CPU slowdown). */
        .pg-view svg {
            display: block;
            width: 100%;
            height: auto;
            overflow: visible;
            -webkit-user-select: none;
            user-select: none;
        }
        .pg-view :is(figcaption, p) {
            margin: 0;
            font-weight: 600;
        }
        .pg-silhouette rect {
            fill: var(--pg-surface);
            stroke: var(--pg-border);
            stroke-width: 1.5;
        }
        .pg-side {
            font-size: 11px;
            fill: var(--pg-muted-text);
        }
        .pg-site {
            fill: var(--pg-background);
            fill-opacity: 0.35;
            stroke: var(--pg-muted-text);
            stroke-width: 1.2;
            stroke-dasharray: 3 2;
            cursor: pointer;
            /* Dark Reader lightens the outline with the figure (1.0:1 in the high-contrast
               preset, 1.5:1 in the others): under it alone, as for the numbers below, a dark
               edge draws each place. */
            filter: drop-shadow(0 0 1px var(--darkreader-neutral-background));
        }
        .pg-site[data-state~=extra] {
            stroke-dasharray: 1 2;
        }
        .pg-site:hover {
            fill: var(--pg-surface);
            fill-opacity: 1;
        }
        .pg-site[data-state~=marked] {
            fill: var(--pg-primary);
            fill-opacity: 1;
            stroke: var(--pg-text);
            stroke-width: 2;
            stroke-dasharray: none;
        }
        .pg-site[data-state~=active] {
            stroke: var(--pg-focus);
            stroke-width: 3.5;
            stroke-dasharray: none;
        }
        .pg-site-number {
            font-size: 12px;
            font-weight: 700;
            fill: var(--pg-background);
            pointer-events: none;
            /* Dark Reader (an extension light-sensitive patients use) lightens every SVG fill as
               text, a number and its marked place alike (1.2:1). It leaves filters alone and sets
               this variable: without it the filter is invalid, so none. */
            filter: drop-shadow(0 0 1px var(--darkreader-neutral-background))
                drop-shadow(0 0 1px var(--darkreader-neutral-background));
        }
        .pg-keys, .pg-hint {
            flex: 1 0 100%;
            margin: 0;
            font-size: 0.9em;
            color: var(--pg-muted-text);
        }
        /* Heard, not seen: what a number key on the figure, Undo or "Clear all" did. */
        .pg-said {
            position: absolute;
            width: 1px;
            height: 1px;
            margin: 0;
            overflow: hidden;
            clip-path: inset(50%);
            white-space: nowrap;
        }
        /* A phone or tablet without a mouse: no keys to tell about between the figure and its
           question (screen readers still hear them, as the figure's description). */
        @media (hover: none) and (pointer: coarse) {
            .pg-keys {
                display: none;
            }
        }
        .pg-panel {
            margin: calc(0.5 * var(--pg-space)) 0 var(--pg-space);
            padding: calc(0.9 * var(--pg-space)) var(--pg-space);
            border: 1px solid var(--pg-border);
            border-radius: var(--pg-radius);
            background: var(--pg-surface);
        }
        .pg-panel h3 {
            margin-top: 0;
        }
        .pg-root fieldset {
            margin: 0 0 0.75em;
            padding: 0;
            border: 0;
        }
        .pg-root legend {
            padding: 0;
            font-weight: 600;
        }
        .pg-choices {
            display: flex;
            flex-wrap: wrap;
            gap: 0.35em;
            margin-top: 0.35em;
        }
        .pg-choice {
            position: relative;
            display: inline-flex;
        }
        .pg-choice input {
            position: absolute;
            opacity: 0;
            width: 100%;
            height: 100%;
            margin: 0;
            cursor: pointer;
        }
        .pg-choice span {
            display: inline-flex;
            align-items: center;
            justify-content: center;
            min-width: 2.75em;
            min-height: 2.75em;
            padding: 0.25em 0.6em;
            border: 2px solid var(--pg-muted-text);
            border-radius: calc(var(--pg-radius) * 0.8);
            background: var(--pg-background);
        }
        .pg-choice input:checked + span {
            border-color: var(--pg-primary);
            background: var(--pg-primary);
            color: var(--pg-background);
            font-weight: 700;
        }
        .pg-choice input:focus-visible + span {
            outline: 3px solid var(--pg-focus);
            outline-offset: 2px;
        }
        .pg-list .pg-row {
            padding: 0.35em 0;
            border-bottom: 1px solid var(--pg-border);
        }
        .pg-check {
            display: flex;
            align-items: center;
            gap: 0.6em;
            min-height: 2.75em;
            cursor: pointer;
        }
        .pg-check input {
            width: 1.4em;
            height: 1.4em;
            accent-color: var(--pg-primary);
        }
        .pg-row-details {
            padding: 0.25em 0 0.5em 2em;
        }
        .pg-note {
            padding: 0.6em 0.8em;
            border-left: 4px solid var(--pg-primary);
            background: var(--pg-surface);
        }
        /* `all: initial` on the wrapper undoes the browser's own [hidden] rule. */
        .pg-root[hidden] {
            display: none;
        }
        .pg-failed {
            align-items: flex-start;
            justify-content: center;
            gap: 1em;
            padding: 1.5em;
        }
        /* A safety notice: framed in the text colour, so it stands out in every theme and in
           forced colours without relying on a hue. */
        .pg-alert {
            margin: var(--pg-space) 0;
            padding: calc(0.75 * var(--pg-space)) var(--pg-space);
            border: 2px solid var(--pg-text);
            border-left-width: 0.5em;
            border-radius: var(--pg-radius);
            background: var(--pg-surface);
        }
        .pg-alert h3 {
            margin: 0;
        }
        .pg-message:empty {
            display: none;
        }
        /* The frame the clinician sheet prints from: in the widget, never seen. */
        .pg-print-frame {
            position: absolute;
            width: 0;
            height: 0;
            border: 0;
            visibility: hidden;
        }
        /* The host page printed (Ctrl+P) with the widget on it: the part the patient is reading,
           whole, not the first screenful of a scrolling box, and the map's two figures even where
           the screen shows one. Tabs, the language switch and the keys mean nothing on paper.
           (The clinician sheet prints from its own frame, pg-sheet.) */
        @media print {
            /* On paper the widget starts where it is and breaks across pages: an inline box (the
               screen's) went to the next page whole, leaving the page it started on blank. A
               float, not a block, so a host's text-decoration is still not drawn through it; the
               node the app mounts on holds it. */
            :host > div {
                display: flow-root;
            }
            /* Nor is it held to a height the page gives the element on screen: `!important`, as
               the shadow root's important rules win over the page's, important or not. A block,
               which every browser breaks across pages (not all break a grid). */
            :host {
                display: block;
                height: auto !important;
                max-height: none !important;
            }
            .pg-root {
                float: left;
                width: 100%;
                container-type: inline-size;
                height: auto;
                min-height: 0;
                max-height: none;
                overflow: visible;
            }
            .pg-scroll {
                overflow: visible;
            }
            /* Paper cannot press a button: the tabs, every button, the appointment tools and the
               "remember" setting are left out, so the page is the patient's answers. */
            .pg-nav, .pg-lang, .pg-keys, .pg-back, .pg-root .pg-button, .pg-screen-only {
                display: none;
            }
            .pg-root .pg-figure .pg-view {
                display: block;
            }
            /* Browsers leave backgrounds out of print, which took the chosen answer's fill with it
               (and printed its light text faintest of all): on paper it is ticked and outlined in ink. */
            .pg-choice input:checked + span {
                border: 3px solid var(--pg-text);
                background: none;
                color: var(--pg-text);
            }
        }
        /* A chosen answer is ticked wherever its fill cannot show it: on paper, and in forced
           colours (Windows' contrast themes), which replace fills with the system's. */
        @media print, (forced-colors: active) {
            .pg-choice input:checked + span::before {
                content: "✓\00a0";
                /* Not read out: screen readers say "checked" already (its name stays "7"). */
                content: "✓\00a0" / "";
            }
        }
        /* Forced colours draw the figure in the system's colours, where it kept the theme's light
           fill (a pale blot in a dark contrast theme); what the patient chose is in its highlight. */
        @media (forced-colors: active) {
            .pg-root {
                border-color: CanvasText;
            }
            .pg-silhouette rect, .pg-site {
                fill: Canvas;
                stroke: CanvasText;
            }
            .pg-site[data-state~=marked] {
                fill: Highlight;
                stroke: CanvasText;
            }
            /* Its own system colours, with no backplate (which hid its text) behind them; its
               focus ring in the text colour, not the theme's blue, faint on a dark contrast theme. */
            .pg-choice input:checked + span {
                forced-color-adjust: none;
                border-color: Highlight;
                background: Highlight;
                color: HighlightText;
            }
            .pg-choice input:focus-visible + span {
                outline-color: CanvasText;
            }
            .pg-site-number {
                fill: HighlightText;
            }
            .pg-site[data-state~=active] {
                stroke: Highlight;
            }
        }
        "#
    )
}

/// The clinician sheet's rules, added to the widget's (light preset) in the print frame only; the
/// hand-off module ships them, so they stay out of the widget's stylesheet.
pub fn sheet_rules() -> stylist::ast::Sheet {
    stylist::ast::sheet!(
        r#"
        /* The clinician sheet, as the print frame shows it: one plain page, ink-friendly. */
        .pg-root.pg-sheet {
            /* Its height follows its content here, so only its width can be queried. */
            container-type: inline-size;
            display: block;
            height: auto;
            max-height: none;
            border: 0;
            border-radius: 0;
            overflow: visible;
            /* 9pt, as on clinical forms: a patient with widespread pain (19 places, both
               safety notices, every answer) still gets one page, in Spanish too. */
            font-size: 9pt;
            line-height: 1.2;
            color: #000;
            background: #fff;
        }
        .pg-sheet h1 {
            margin: 0 0 0.4em;
            font-size: 1.5em;
        }
        .pg-sheet h2 {
            margin: 0.6em 0 0.3em;
            font-size: 1.15em;
            break-after: avoid;
        }
        /* The page's width, not the screen's 40em: a note wrapped onto a third line. */
        .pg-sheet p {
            margin: 0 0 0.4em;
            max-width: none;
        }
        .pg-sheet table {
            width: 100%;
            border-collapse: collapse;
        }
        .pg-sheet th, .pg-sheet td {
            padding: 0.05em 0.5em 0.05em 0;
            border-bottom: 1px solid #999;
            text-align: start;
            vertical-align: top;
        }
        .pg-sheet th {
            width: 45%;
            font-weight: 600;
        }
        /* Empty cells are lines to write on (the widget never asks who the patient is). */
        .pg-sheet td:empty {
            height: 1.8em;
            border-bottom-color: #000;
        }
        /* The figures beside the list of places, so the sheet fits on one page. */
        .pg-sheet-map {
            display: flex;
            gap: 1em;
            align-items: flex-start;
        }
        .pg-sheet-map > div {
            flex: 1 1 auto;
        }
        /* The places' names are longer than their answers: "Cadera izquierda (glúteo,
           trocánter)" took two lines in a 45% column. */
        .pg-sheet-map th {
            width: auto;
        }
        /* More places than the 19 counted (head, hands, knees, feet too) run below the figures:
           tighter rows keep the sheet on one page, Letter or A4, in either language. */
        .pg-sheet-map table:has(tr:nth-child(20)) :is(th, td) {
            padding-block: 0;
            line-height: 1.05;
        }
        .pg-sheet .pg-figure {
            flex: 0 0 auto;
            flex-wrap: nowrap;
            gap: 0.5em;
            margin: 0.9em 0 0;
            padding: 0;
        }
        .pg-sheet .pg-view {
            width: 3cm;
        }
        .pg-sheet .pg-keys {
            display: none;
        }
        /* A safety notice's text runs the page's width after its title: in the table's second
           column it took twice the lines. */
        .pg-sheet-notices tr {
            display: block;
            border-bottom: 1px solid #999;
        }
        .pg-sheet-notices th, .pg-sheet-notices td {
            display: inline;
            border: 0;
        }
        /* Should the sheet need a second page (most of the 26 places marked): each section
           whole when it can be, never a heading or a row apart from what it names. */
        .pg-sheet table, .pg-sheet p, .pg-sheet tr {
            break-inside: avoid;
        }
        .pg-sheet p {
            break-after: avoid;
        }
        "#
    )
}
