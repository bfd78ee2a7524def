// The files a clinic page downloads for the widget: the loader, the ES-module glue, the wasm.
export const EMBED_FILES = ['pain-guide.js', 'pain-guide-widget.js', 'pain-guide-widget_bg.wasm'];
