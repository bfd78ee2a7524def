/*! pain-guide.js, the <pain-guide> patient-education widget: <script src=".../pain-guide.js"> */
// A small classic script: it defines the element and loads the widget's code (an ES module and
// its WebAssembly) from next to itself, once per page, checking both against pinned hashes.
(function () {
  'use strict';
  var TAG = 'pain-guide';
  if (!window.customElements || window.customElements.get(TAG)) return; // a second copy is harmless
  performance.mark('pain-guide:start'); // a User Timing mark: lets anyone measure load-to-render

  // The attributes the guide reads (observed: a change reaches the widget) and the page's CSS
  // properties it reads (named here only to say which one a misspelt name is like), kept in step
  // with the Rust contract table (src/embed/contract.rs) by tests/contract.rs.
  var OBSERVED_ATTRIBUTES = [
    'theme', 'font-family', 'text-size', 'density', 'corner-radius', 'primary-color', 'background-color', 'surface-color', 'text-color',
    'theme-config', 'height', 'start', 'entry', 'cta-text', 'cta-href', 'content-src', 'logo-src', 'clinic-name', 'lang', 'language-switch', 'sheet-lang',
    'emergency-number', 'crisis-number', 'submit-url', 'submit'
  ];
  var CSS_PROPERTIES = ['--pg-primary', '--pg-background', '--pg-surface', '--pg-text', '--pg-text-size', '--pg-density', '--pg-radius'];
  // Written by the build (tools/finish-build.mjs): the version, the widget's files and their SRI hashes.
  var VERSION = '@VERSION@';
  // The widget is built once per language (the Spanish build is widget_es/); a page fetches only
  // the build its patient reads, with the words shown while it loads or if it cannot.
  var BUILDS = {
    en: {
      glue: { file: 'pain-guide-en.js', integrity: '@GLUE_INTEGRITY@' },
      wasm: { file: 'pain-guide-en_bg.wasm', integrity: '@WASM_INTEGRITY@' },
      loading: 'Loading the patient guide…',
      slow: 'Still loading the patient guide. If nothing appears soon, please refresh the page.',
      failed: 'Sorry, the patient guide could not load. Please refresh the page, or contact the clinic.',
      unsupported: 'Sorry, this browser cannot show the patient guide. Please update it or use another browser, or contact the clinic.',
      fromFile: 'This browser does not run the patient guide on a page opened as a file. Open the page from a website.'
    },
    es: {
      glue: { file: 'pain-guide-es.js', integrity: '@ES_GLUE_INTEGRITY@' },
      wasm: { file: 'pain-guide-es_bg.wasm', integrity: '@ES_WASM_INTEGRITY@' },
      loading: 'Cargando la guía para pacientes…',
      slow: 'La guía para pacientes todavía se está cargando. Si no aparece pronto, vuelva a cargar la página.',
      failed: 'Lo sentimos, la guía para pacientes no se pudo cargar. Vuelva a cargar la página o comuníquese con la clínica.',
      unsupported: 'Lo sentimos, este navegador no puede mostrar la guía para pacientes. Actualícelo o use otro navegador, o comuníquese con la clínica.',
      fromFile: 'Este navegador no ejecuta la guía para pacientes en una página abierta como archivo. Abra la página desde un sitio web.'
    }
  };
  // The "For your appointment" tools (hand_off/): fetched only when a patient first uses one.
  var HAND_OFF_GLUE = { file: 'pain-guide-hand-off.js', integrity: '@HAND_OFF_GLUE_INTEGRITY@' };
  var HAND_OFF_WASM = { file: 'pain-guide-hand-off_bg.wasm', integrity: '@HAND_OFF_WASM_INTEGRITY@' };

  // Same box as the widget (src/theme/rules.rs; a test checks they match), so the page never jumps:
  // the element's height where the page gives it one, else 40em in the widget's em (so a larger
  // text size makes both taller); where the page sizes the element to its content, its width is
  // the widget's too (less its padding here).
  var PLACEHOLDER_CSS =
    ':host{display:grid;grid-template:minmax(0,1fr)/minmax(0,1fr);text-indent:0;max-width:100%;min-width:0;height:fit-content}:host([hidden]:not([hidden=until-found])){display:none}:host>div{height:100%}' +
    '.pg-placeholder{all:initial;visibility:inherit;pointer-events:inherit;contain:inline-size;contain-intrinsic-width:calc(min(48em,90vw) - 3em);box-sizing:border-box;display:inline-flex;vertical-align:top;width:100%;' +
    'align-items:center;' +
    'justify-content:center;padding:1.5em;' +
    '--pg-height:40em;--pg-window:90vh;height:clamp(12em,var(--pg-height),var(--pg-window));min-height:min(100%,var(--pg-window));max-height:min(100%,var(--pg-window));' +
    'font:medium/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#485a63;' +
    'background:#f2f6f7;border:1px solid #b7c6cc;border-radius:.75em;text-align:center}' +
    '.pg-large{font-size:large}.pg-larger{font-size:x-large}' +
    // Dark presets (and `auto` for dark-mode or more-contrast visitors) must not flash a light box.
    '.pg-dark,.pg-high-contrast{color:#e8eef1;background:#1c262d;border-color:#3a4a54}' +
    '@media (prefers-color-scheme:dark),(prefers-contrast:more){.pg-auto' +
    '{color:#e8eef1;background:#1c262d;border-color:#3a4a54}}';

  // A theme setting as the widget will read it (src/config/mod.rs): setTheme's, else theme-config's,
  // else the attribute, else the page's CSS property. Only the loading box's look follows it, so it
  // is not validated: a value the widget refuses (and warns about) matches no rule there either.
  function themeSetting(element, name, property) {
    var config = null;
    try { config = JSON.parse(element.getAttribute('theme-config')); } catch (error) { /* the widget warns */ }
    var layers = [element._themeObject, config];
    for (var i = 0; i < layers.length; i++) {
      var value = layers[i] && layers[i][name];
      if (typeof value === 'string') return value.trim().toLowerCase();
    }
    var attribute = element.getAttribute(name);
    if (attribute !== null) return attribute.trim().toLowerCase();
    return property ? getComputedStyle(element).getPropertyValue(property).trim().toLowerCase() : '';
  }

  // The language a widget speaks: the patient's own choice on the language switch (kept for the
  // tab's session), else the element's `lang` or the nearest one above it (the page's
  // <html lang>), else the browser's languages, else English. Languages without a build are
  // passed over ('es-MX' is Spanish).
  var CHOICE_KEY = 'pain-guide:lang';
  // The patient's choice on the language switch, kept in the tab's storage for the visit (if the
  // browser refuses it, for this page only).
  function storedChoice() {
    try { return sessionStorage.getItem(CHOICE_KEY); } catch (error) { return patientChoice || null; }
  }
  var patientChoice = storedChoice();
  function built(tag) {
    var primary = String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
    return BUILDS.hasOwnProperty(primary) ? primary : null;
  }
  function languageOf(element) {
    var owner = element.closest('[lang]');
    var wanted = [patientChoice, owner && owner.lang, document.documentElement.lang]
      .concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      if (built(wanted[i])) return built(wanted[i]);
    }
    return 'en';
  }

  // What the widget's code needs beyond custom elements (README, "Browsers"): WebAssembly (which
  // an iPhone in Lockdown Mode turns off) and constructable stylesheets (Safari 16.4). Without
  // them nothing is downloaded, and the patient reads why instead of a blank box.
  var SUPPORTED = typeof WebAssembly === 'object' && 'adoptedStyleSheets' in ShadowRoot.prototype;

  // Files are found next to this script, wherever a clinic hosts it (any CDN path or sub-folder);
  // the loader in a release's moving folder (`0/`) finds them in its version's folder instead
  // (tools/loader.mjs), so a page open across an update never mixes in files its hashes refuse.
  var script = document.currentScript || document.querySelector('script[src*="pain-guide.js"]');
  var base = new URL('@FILES@', (script && script.src) || document.baseURI);
  // A web admin often tries the files on their own computer first, by double-clicking a page:
  // Chromium and Safari load no module or wasm from a file (Firefox does). Said with the failure,
  // which a second try would not mend: a file does not drop like a connection.
  var FROM_FILE = base.protocol === 'file:';
  var OPENED_AS_FILE = ". This page is a file (file://): Chrome, Edge and Safari load the guide's code only from a " +
    'web server. Open the page on your website, or on this computer from a local server (`python3 -m http.server` ' +
    'in its folder, then http://localhost:8000/)';
  // Speed plugins that combine, minify or inline scripts (WP Rocket, LiteSpeed Cache,
  // Autoptimize…) serve this file from their cache, away from the files it looks for: said with
  // the failure, for the site's admin.
  function movedBySpeedPlugin() {
    var from = script && script.src;
    if (from && /\/pain-guide\.js$/.test(new URL(from).pathname) && !/\/cache\//.test(from)) return '';
    return '. This script runs from ' + (from || 'the page itself') + ': if a speed plugin (WP Rocket, ' +
      "LiteSpeed Cache, Autoptimize…) put it there, away from the guide's files, exclude pain-guide.js " +
      'from its combining and minifying';
  }
  var modules = {}; // glue file → Promise of its initialised module, shared by every element
  // glue file → how many times it was asked for anew: it failed to load (a dropped connection), or
  // its code stopped (a module runs once per address: a new one instantiates the wasm afresh)
  var reloads = {};
  // Each copy of a build's code that arrived: its hold on its window listeners (see restart).
  var listening = [];

  // The widget's Trusted Types policy for this page, made on first use (a page that enforces
  // Trusted Types must allow its name: README, "Content-Security-Policy"). It returns addresses
  // unchanged: it stays in this closure, given only the widget's own files.
  var policy;
  // `url` as a page with Trusted Types takes it; null where such a page refuses the policy.
  function scriptUrl(url) {
    if (!window.trustedTypes) return url;
    if (policy === undefined) {
      try {
        policy = trustedTypes.createPolicy(TAG, { createScriptURL: String });
      } catch (refused) {
        policy = null;
      }
    }
    return policy && policy.createScriptURL(url);
  }
  // A module script with the glue's pinned hash, which the dynamic import() below then finds
  // already run (a module runs once per page). Safari does not check a module preload's integrity
  // (a tampered glue ran there), so a preload is only for a page whose Trusted Types refuse the
  // widget's policy: Chromium and Firefox check it.
  function moduleTag(url, integrity) {
    var address = scriptUrl(url);
    var tag = document.createElement(address ? 'script' : 'link');
    if (address) {
      tag.type = 'module';
      tag.src = address;
    } else {
      tag.rel = 'modulepreload';
      tag.href = url;
    }
    tag.integrity = integrity;
    tag.crossOrigin = 'anonymous';
    return tag;
  }

  // Imports an ES-module glue and instantiates its wasm, both checked against their pinned hashes.
  // With `patience` (ms), a load that has not ended by then fails, its download stopped: a
  // connection that stalls never fails by itself. Each try after a failure waits that much longer,
  // so a connection that is only very slow gets there.
  function load(glue, wasm, patience) {
    if (!modules[glue.file]) {
      // Firefox keeps a module whose download failed failed, for the page's life: after a failure,
      // the next try asks under another address.
      var reloaded = reloads[glue.file] || 0;
      var glueUrl = new URL(glue.file + (reloaded ? '?retry=' + reloaded : ''), base).href;
      var tag = moduleTag(glueUrl, glue.integrity);
      var fetched = new Promise(function (resolve, reject) {
        tag.onload = resolve;
        tag.onerror = function () {
          reject(new Error(glue.file + ' did not load, or does not match its pinned hash'));
        };
      });
      document.head.appendChild(tag);
      // The wasm is fetched alongside the glue, not after it: one round trip less before the
      // first render. Its failure is reported through the glue's init (or not at all, if the
      // glue failed first), so it is marked as handled here.
      var download = new AbortController();
      var code = fetch(new URL(wasm.file, base).href,
        { integrity: wasm.integrity, credentials: 'same-origin', signal: download.signal });
      code.catch(function () {});
      var timer;
      var loaded = fetched
        .then(function () { return import(glueUrl); })
        .then(function (module) {
          return module.default({ module_or_path: code }).then(function () {
            if (module.listening) listening.push(module.listening());
            return module;
          });
        });
      if (patience) {
        var wait = patience * (reloaded + 1);
        loaded = Promise.race([loaded, new Promise(function (resolve, reject) {
          timer = setTimeout(function () {
            download.abort();
            reject(new Error(glue.file + ' did not arrive within ' + wait / 1000 + ' seconds'));
          }, wait);
        })]);
      }
      modules[glue.file] = loaded
        .finally(function () {
          clearTimeout(timer);
          tag.remove(); // leave the host page as we found it
        })
        .catch(function (error) {
          delete modules[glue.file]; // a dropped or stalled connection: the next call downloads again
          reloads[glue.file] = reloaded + 1;
          throw error;
        });
    }
    return modules[glue.file];
  }
  // Runs a "For your appointment" tool (hand_off/src/lib.rs); resolves to its outcome (0: failed;
  // 3: the tools could not be downloaded, or not within 30 seconds, as long as Send waits for the
  // clinic's server).
  function handOff(action, host, answers, lang) {
    var args = arguments;
    var tools = load(HAND_OFF_GLUE, HAND_OFF_WASM, 30000);
    var done;
    if (action === 'copy' && window.ClipboardItem && navigator.clipboard) {
      // Safari lets a page write to the clipboard only while it handles the press, not once the
      // tools have downloaded: the write starts now, and takes the text when they have made it.
      var text = tools.then(function (module) {
        return new Blob([module.sheet_text(host, answers, lang)], { type: 'text/plain' });
      });
      done = navigator.clipboard.write([new ClipboardItem({ 'text/plain': text })]).then(
        function () { return 1; },
        function (problem) {
          // The tools' own failure is reported below, as for every tool.
          return text.then(function () {
            console.warn('pain-guide: copy failed: ' + problem);
            return 0;
          });
        });
    } else {
      // The other tools; and copying where a browser has no ClipboardItem (Firefox before 127).
      done = tools.then(function (module) { return module.hand_off.apply(null, args); });
    }
    return done.catch(function (error) {
      console.error('pain-guide: the appointment tools failed (' + action + '): ' + error);
      return tools.then(function () { return 0; }, function () { return 3; });
    });
  }

  // The loading box's look, after the settings (again when a script changes them meanwhile).
  function dress(box, element) {
    var theme = themeSetting(element, 'theme');
    var textSize = themeSetting(element, 'text-size', '--pg-text-size');
    box.className = 'pg-placeholder';
    if (/^(dark|high-contrast|auto)$/.test(theme)) box.classList.add('pg-' + theme);
    if (/^larger?$/.test(textSize)) box.classList.add('pg-' + textSize);
    element.shadowRoot.adoptedStyleSheets = [placeholderSheet].concat(heightSheet(element));
    fitWindow(element);
  }
  // The clinic's `height`, checked as the widget checks it (src/config/mod.rs: whole pixels, 300
  // to 2000; refused, 40em), since the box must be the widget's own height. A sheet, not a style
  // attribute, which a strict policy blocks; one per height, shared.
  var heightSheets = {};
  function heightSheet(element) {
    var given = /^\s*(\d+)(px)?\s*$/.exec(element.getAttribute('height'));
    var pixels = given ? Number(given[1]) : 0;
    if (pixels < 300 || pixels > 2000) return [];
    if (!heightSheets[pixels]) {
      heightSheets[pixels] = new CSSStyleSheet();
      heightSheets[pixels].replaceSync('.pg-placeholder{--pg-height:' + pixels + 'px}');
    }
    return [heightSheets[pixels]];
  }
  // A text-size button that zooms the page with CSS (`zoom` on <body>) zooms the window's `vh`
  // too: at most 90vh tall, the guide grew past the window (945 px in a 700 px window at 1.5×),
  // its end out of sight. After the other sheets, each box is held to 90vh over the zoom it is
  // drawn at (none where the browser cannot say); again whenever its size changes, as it does
  // when the zoom does (a frame later, since a ResizeObserver must not resize what it observes).
  // A sheet of its own, after the box's (the widget adopts its sheet in place of the loading
  // box's), once the page is zoomed: on other pages the widget keeps its one sheet.
  function fitWindow(element) {
    var zoom = element.currentCSSZoom || 1;
    if (zoom === 1 && !element._fitSheet) return;
    var sheet = element._fitSheet || (element._fitSheet = new CSSStyleSheet());
    if (element._zoom !== zoom) {
      element._zoom = zoom;
      sheet.replaceSync(zoom === 1 ? '' : '.pg-root,.pg-placeholder{--pg-window:calc(90vh / ' + zoom + ')}');
    }
    var sheets = element.shadowRoot.adoptedStyleSheets;
    if (sheets.indexOf(sheet) < 0) element.shadowRoot.adoptedStyleSheets = sheets.concat(sheet);
  }
  var resized = SUPPORTED && window.ResizeObserver && new ResizeObserver(function (entries) {
    requestAnimationFrame(function () {
      entries.forEach(function (entry) { if (entry.target.shadowRoot) fitWindow(entry.target); });
    });
  });

  function redressPlaceholder(element) {
    var box = element.shadowRoot && element.shadowRoot.querySelector('.pg-placeholder');
    if (box) dress(box, element);
  }

  var placeholderSheet = null;
  function showPlaceholder(root, lang, text, busy) {
    if (!placeholderSheet) {
      placeholderSheet = new CSSStyleSheet();
      placeholderSheet.replaceSync(PLACEHOLDER_CSS);
    }
    var box = document.createElement('div');
    dress(box, root.host);
    box.setAttribute('role', 'status');
    box.setAttribute('aria-busy', String(busy));
    box.lang = lang;
    box.textContent = text;
    // In a cell of its own, as the widget is: the box stays an inline box in it (see rules.rs).
    var cell = document.createElement('div');
    cell.append(box);
    root.replaceChildren(cell);
  }

  // A fault in the widget's code (the release build turns a Rust panic into a WebAssembly trap)
  // may be passing: WebKit traps now and then right after loading, under load, and not again. The
  // first one starts every widget again in a fresh copy of its build's code, where the patient
  // was, with the answers the tab keeps; a second one, in either copy (WebKit's stacks do not tell
  // them apart), stops them for good: every widget then shows the apology its code prepared, with
  // the clinic's link (src/embed/crash.rs). The console says each once. The page's own errors, and
  // other WebAssembly on it, are left alone.
  var running = new Set(); // elements with a mounted app
  var connected = new Set(); // elements on the page, mounted or loading
  var restarted = false;
  var crashed = false;
  function crash(error) {
    if (crashed) return;
    if (!restarted) return restart(error);
    crashed = true;
    console.error('pain-guide: the widget stopped because of an internal error and shows an apology instead: ' + error);
    running.forEach(function (element) {
      element._handle = null;
      var root = element.shadowRoot;
      var apology = root.querySelector('.pg-failed');
      if (!apology) return showPlaceholder(root, element._lang, BUILDS[element._lang].failed, false);
      apology.hidden = false;
      root.replaceChildren(apology);
    });
    running.clear();
  }
  // Once the element's new app has rendered, focus goes to what `find(shadow root)` finds.
  function focusWhenReady(element, find) {
    element.addEventListener('pain-guide:ready', function () {
      var control = find(element.shadowRoot);
      if (control) control.focus();
    }, { once: true });
  }
  var FOCUSABLE = 'a[href],button,input,select,textarea,[tabindex]';
  function restart(error) {
    restarted = true;
    console.warn('pain-guide: the widget stopped because of an internal error and starts again: ' + error);
    Object.keys(modules).forEach(function (file) {
      delete modules[file];
      reloads[file] = (reloads[file] || 0) + 1;
    });
    // Their code is not called again: it stops following the answers saved by the new copies.
    listening.splice(0).forEach(function (hold) { if (hold) hold.abort(); });
    running.forEach(function (element) {
      var root = element.shadowRoot;
      var at = [].indexOf.call(root.querySelectorAll(FOCUSABLE), root.activeElement);
      var place;
      try {
        place = element._handle.place();
        element._handle.unmount(); // and its listeners go
      } catch (stopped) {
        // The stopped copy cannot tell: the widget opens where it starts, with the answers.
      }
      // The patient's focus goes back to the same control of the same place, drawn alike, or,
      // where it opens elsewhere, to the reading area (named by its title).
      if (at >= 0) focusWhenReady(element, function (fresh) {
        return place === undefined ? fresh.querySelector('.pg-scroll') : fresh.querySelectorAll(FOCUSABLE)[at];
      });
      element._handle = null;
      mount(element, place);
    });
    running.clear();
  }
  function crashIfOurs(error) {
    var stack = String(error && error.stack);
    var ours = Object.keys(BUILDS).some(function (lang) {
      return stack.indexOf(BUILDS[lang].glue.file) >= 0 || stack.indexOf(BUILDS[lang].wasm.file) >= 0;
    });
    if (ours && error instanceof WebAssembly.RuntimeError) crash(error); // ours: WebAssembly exists
  }
  window.addEventListener('error', function (event) { crashIfOurs(event.error); });
  window.addEventListener('unhandledrejection', function (event) { crashIfOurs(event.reason); });

  // Calls into a running widget; one that fails means the code is broken.
  function safely(element, call) {
    if (!element._handle) return;
    try {
      call(element._handle);
    } catch (error) {
      crash(error);
    }
  }

  // Keys the widget uses stay in it (heard on the element, where they leave its shadow root).
  // Beyond it a key event seems to come from <pain-guide> itself, not from a text field, so a
  // page's shortcuts ("s" or "/" to search, arrows for a slider) would take the patient's typing
  // and the map's arrow keys. Tab and Escape go on, for the page's focus traps and dialogs, unless
  // the widget used them. Keys that scroll stay while a box of the widget can still scroll their
  // way, as the wheel's turns do (keepScroll): a slider's keyboard module (Swiper) took Page Down
  // from the reading area. The value is whether the key scrolls down.
  var SCROLL_KEYS = { PageDown: true, ArrowDown: true, End: true, PageUp: false, ArrowUp: false, Home: false };
  function keepKeys(event) {
    var fromField = /^(INPUT|TEXTAREA|SELECT)$/.test(event.composedPath()[0].nodeName);
    if (event.defaultPrevented || (fromField && event.key !== 'Tab' && event.key !== 'Escape')) return event.stopPropagation();
    var down = event.key === ' ' ? !event.shiftKey : SCROLL_KEYS[event.key];
    if (down !== undefined) keepScroll(event, this, down);
  }

  // A page that scrolls itself in script (a theme's "smooth scrolling", Lenis) takes every turn of
  // the mouse wheel it hears for the page, so the guide's reading area never scrolled under the
  // pointer; some take the finger's swipes too: on a phone the guide never scrolled (Lenis's
  // syncTouch), or the page moved on to its next section (fullPage.js). Turns and swipes a box in
  // the widget can still take stop at the element, as keys do; at the box's end they go on to the
  // page. Passive: the browser scrolls, as it would on any page.
  function keepScroll(event, element, down) {
    var path = event.composedPath();
    for (var i = 0; path[i] !== element; i++) {
      var box = path[i];
      var room = down ? box.scrollHeight - box.clientHeight - box.scrollTop : box.scrollTop;
      if (room >= 1 && /auto|scroll/.test(getComputedStyle(box).overflowY)) return event.stopPropagation();
    }
  }
  function keepWheel(event) {
    if (Math.abs(event.deltaY) > Math.abs(event.deltaX)) keepScroll(event, this, event.deltaY > 0);
  }
  function keepSwipe(event) {
    var finger = event.touches.length === 1 && event.touches[0];
    if (!finger) return;
    var up = this._fingerY - finger.clientY;
    if (event.type === 'touchmove' && Math.abs(up) > Math.abs(this._fingerX - finger.clientX)) keepScroll(event, this, up > 0);
    this._fingerX = finger.clientX;
    this._fingerY = finger.clientY;
  }

  // Firefox scrolls a control that gets keyboard focus into view only if none of it shows: one at
  // the edge of the widget's scroller, or half under its pinned tabs, stayed cut off. After the
  // frame's own scrolling (the browser's, the widget's), the least scroll that shows it whole.
  // Only controls (the widget has no others than these): the map and the reading area, focusable
  // too, can be taller than the widget.
  function revealFocus(event) {
    var control = event.composedPath()[0];
    if (control.matches('a,button,input')) requestAnimationFrame(function () {
      if (control.matches(':focus-visible')) control.scrollIntoView({ block: 'nearest' });
    });
  }

  function emit(element, name, detail) {
    element.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: detail }));
  }

  // Loads the build of the element's language and mounts it, replacing what the shadow root shows;
  // `place` is where in the widget to open (its part, topic and search), and `previous` the
  // language it spoke (where the patient was, before a language change).
  function mount(element, place, previous) {
    var root = element.shadowRoot;
    var lang = (element._lang = languageOf(element));
    var build = BUILDS[lang];
    if (!SUPPORTED) return explainUnsupported(element, build);
    if (crashed) return showPlaceholder(root, lang, build.failed, false);
    // Asked for before the loading box is drawn: the box reads the page's computed styles, and the
    // browser works out the whole page's first (the wasm was asked for 33 ms later, at 4x CPU
    // slowdown; the first render came 20 ms later).
    var loading = load(build.glue, build.wasm);
    showPlaceholder(root, lang, build.loading, true);
    // A connection that stalls never fails: after a while the box says what the patient can do
    // (read out, as the box is a status), while the code may still come.
    var stalled = setTimeout(function () {
      var box = root.querySelector('.pg-placeholder');
      if (box) box.textContent = build.slow;
    }, 15000);
    element._loading = loading
      .finally(function () { clearTimeout(stalled); }) // and frees the element, once removed
      .then(function (glue) {
        element._loading = null;
        if (!element.isConnected) return;
        if (crashed) return showPlaceholder(root, lang, build.failed, false); // while it loaded
        if (languageOf(element) !== lang) return mount(element, place); // changed while loading
        element._handle = glue.mount(element, root, element._themeSettings, handOff, place, numberOf(element));
        running.add(element);
        fitWindow(element); // the widget adopted its own sheet in place of the loading box's
      })
      .catch(function (error) {
        element._loading = null;
        var again = !element._triedAgain && !previous && !FROM_FILE;
        console[again ? 'warn' : 'error']('pain-guide: the widget could not load from ' + base.href + ': ' + error +
          (again ? '; trying once more' : FROM_FILE ? OPENED_AS_FILE : movedBySpeedPlugin()));
        // A language switched to that did not come (a dropped connection): the guide comes back in
        // the one it spoke, where the patient was, and the switch tries again. Not stored: a reload
        // tries the language chosen.
        if (previous && modules[BUILDS[previous].glue.file]) {
          patientChoice = previous;
          return mount(element, place);
        }
        // A phone's connection often drops for a moment: once more, a moment later, before the
        // box says the guide could not load.
        if (again) {
          element._triedAgain = true;
          return setTimeout(function () {
            if (element.isConnected && !element._loading && !element._handle) mount(element, place);
          }, 2000);
        }
        showPlaceholder(root, lang, FROM_FILE ? build.fromFile : build.failed, false);
        emit(element, 'pain-guide:load-error', { message: String(error) });
      });
  }

  // Screen readers list each widget's region and navigation by name, so the names of a page's
  // second widget, and of any after it, carry its number. An element keeps its number while it is
  // on the page (through a change of language) and frees it when removed; a new one takes the
  // lowest free number.
  function numberOf(element) {
    if (!element._number) {
      var taken = new Set();
      connected.forEach(function (other) { taken.add(other._number); });
      element._number = 1;
      while (taken.has(element._number)) element._number++;
    }
    return element._number;
  }

  // A sentence in the page's own text style: there is no stylesheet to give it the widget's box.
  var unsupportedWarned = false;
  function explainUnsupported(element, build) {
    var sentence = document.createElement('p');
    sentence.lang = element._lang;
    sentence.textContent = build.unsupported;
    element.shadowRoot.replaceChildren(sentence);
    if (!unsupportedWarned) {
      unsupportedWarned = true;
      console.warn('pain-guide: this browser cannot run the guide: it lacks WebAssembly or constructable stylesheets.');
    }
    emit(element, 'pain-guide:load-error', { message: 'unsupported browser' });
  }

  // Mounts the element again if its language is no longer the one it speaks, open where the
  // patient was (the part, and the topic). The answers are in the tab's storage, so the new build
  // shows them.
  function followLanguage(element) {
    if (element._loading || languageOf(element) === element._lang) return;
    var place;
    // The patient was in this widget (its switch, pressed): focus goes to the new one's switch,
    // where it was, not to the top of the page with the old widget.
    if (element.shadowRoot && element.shadowRoot.activeElement) {
      focusWhenReady(element, function (root) { return root.querySelector('.pg-lang'); });
    }
    if (element._handle) {
      running.delete(element);
      safely(element, function (handle) {
        place = handle.place();
        handle.unmount();
      });
      element._handle = null;
    }
    mount(element, place, element._lang);
  }

  // The widget's language switch (src/app.rs) dispatches `pain-guide:language`; once every
  // listener has had it, and none cancelled it, every widget on the page moves to that language.
  function onLanguageChosen(event) {
    var lang = built(event.detail && event.detail.lang);
    queueMicrotask(function () {
      if (event.defaultPrevented || !lang) return;
      choose(lang);
      connected.forEach(followLanguage);
    });
  }

  // A page the browser brings back from its back-forward cache, or shows after prerendering it
  // ahead of a click, missed what the patient did on the site's other pages meanwhile: a language
  // chosen there holds here too, and each build's store of answers reads the tab's copies again
  // (told by the event their saves announce, src/embed/answers_store.rs).
  function catchUp() {
    patientChoice = storedChoice();
    connected.forEach(followLanguage);
    window.dispatchEvent(new CustomEvent('pain-guide-answers-saved'));
  }
  window.addEventListener('pageshow', function (event) { if (event.persisted) catchUp(); });
  document.addEventListener('prerenderingchange', catchUp);

  // A page that changes its own language in place (an app's language menu, a site translator
  // that sets it) sets <html lang>: the widgets that follow the page go with it.
  new MutationObserver(function () { connected.forEach(followLanguage); })
    .observe(document.documentElement, { attributeFilter: ['lang'] });

  // Firefox (ESR 153) gives a page it brings back from its back-forward cache its own old copy of
  // the tab's session storage, which no catching up can read past: the guide showed the answers
  // (and language) as they were when the patient left, and its next change wrote over what they
  // had marked on the site's other pages since. A page with an unload listener is never kept
  // there, so Back loads it again, fresh. Only in Firefox, and only on a page with the guide.
  var staleWhenKept = /\bFirefox\//.test(navigator.userAgent);
  function keepOutOfStaleCache() {
    if (!staleWhenKept) return;
    staleWhenKept = false;
    window.addEventListener('unload', function () {});
  }

  // Keeps (or, with null, drops) the patient's choice for the rest of the visit.
  function choose(lang) {
    patientChoice = lang;
    try {
      if (lang) sessionStorage.setItem(CHOICE_KEY, lang);
      else sessionStorage.removeItem(CHOICE_KEY);
    } catch (error) { /* storage refused: kept for this page only */ }
  }

  // `<pain-guide ... />` does not close the element in HTML: the page's content after it goes
  // inside, where the shadow root hides it. Said once an element's content is parsed; whitespace,
  // an empty paragraph a CMS adds, or a script (which runs all the same) hide nothing.
  function warnOfHiddenContent(element) {
    var text = '';
    element.childNodes.forEach(function (node) {
      if (node.nodeName !== 'SCRIPT') text += ' ' + node.textContent;
    });
    text = text.replace(/\s+/g, ' ').trim();
    if (text) {
      if (text.length > 40) text = text.slice(0, 40).trim() + '\u2026';
      console.warn('pain-guide: <pain-guide> hides the page content inside it ("' + text + '"). Close the element ' +
        'right after it opens: <pain-guide \u2026></pain-guide> (<pain-guide \u2026 /> does not close it).');
    }
  }

  // An attribute the guide does not know does nothing (`cta-url` for `cta-href`, `primary-colour`,
  // `primaryColor`, which HTML lowercases, `language` for `lang`, `data-theme` as other embeds
  // take settings), and the clinic's button or colour was missing without a word. Said only of a
  // name like one of the guide's (the same first word, one of them and more, or the same letters):
  // pages, their frameworks and tools add attributes of their own. Said of those the page wrote,
  // and of each the page's script adds later.
  function warnOfMisspeltAttributes(element, names) {
    names.forEach(function (name) {
      if (OBSERVED_ATTRIBUTES.indexOf(name) >= 0 || !element.hasAttribute(name)) return;
      var words = name.replace(/^data-/, '').split(/[-_]/);
      var like = OBSERVED_ATTRIBUTES.filter(function (known) {
        return known.split('-')[0] === words[0] || words[0].indexOf(known) === 0 || known.replace(/-/g, '') === words.join('');
      });
      warnOfLookalike('<pain-guide ' + name + '> is not an attribute', like);
    });
  }
  function warnOfLookalike(what, like) {
    if (like.length) console.warn('pain-guide: ' + what + ' of the guide and does nothing; did you mean ' + like.join(' or ') + '?');
    return like.length;
  }
  var attributesAdded = new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      if (change.oldValue === null) warnOfMisspeltAttributes(change.target, [change.attributeName]);
    });
  });
  // So does a `--pg-` CSS property: an attribute's name (`--pg-primary-color` for `--pg-primary`),
  // another word for a setting (`--pg-font-size`). Said once for the page, of a name with a word
  // of one of the guide's at either end (the page may have `--pg-` properties of its own), once a
  // widget is drawn: the page's styles have arrived.
  var saidProperties = [];
  function warnOfMisspeltProperties(event) {
    var style = getComputedStyle(event.target);
    for (var i = 0; i < style.length; i++) {
      var name = style[i];
      if (name.indexOf('--pg-') || CSS_PROPERTIES.indexOf(name) >= 0 || saidProperties.indexOf(name) >= 0) continue;
      var words = name.split('-').slice(3); // after the empty two and `pg`
      var like = CSS_PROPERTIES.filter(function (known) {
        var its = known.split('-').slice(3);
        return its[0] === words[0] || its[its.length - 1] === words[words.length - 1];
      });
      if (warnOfLookalike(name + ' is not a CSS property', like)) saidProperties.push(name);
    }
  }

  class PainGuideElement extends HTMLElement {
    static get observedAttributes() { return OBSERVED_ATTRIBUTES; }

    get version() { return VERSION; }

    constructor() {
      super();
      this.addEventListener('pain-guide:language', onLanguageChosen);
      ['keydown', 'keypress', 'keyup'].forEach(function (type) { this.addEventListener(type, keepKeys); }, this);
      this.addEventListener('wheel', keepWheel, { passive: true });
      this.addEventListener('touchstart', keepSwipe, { passive: true });
      this.addEventListener('touchmove', keepSwipe, { passive: true });
    }

    connectedCallback() {
      connected.add(this);
      keepOutOfStaleCache();
      if (resized) resized.observe(this); // again after a removal, even while its code loads
      if (this._handle || this._loading) return; // moved within the page: keep the running app
      if (!this._markupChecked) { // what the page wrote, said once: its attributes, its content
        this._markupChecked = true;
        var element = this;
        warnOfMisspeltAttributes(element, element.getAttributeNames());
        attributesAdded.observe(element, { attributes: true, attributeOldValue: true });
        element.addEventListener('pain-guide:ready', warnOfMisspeltProperties);
        var check = function () { warnOfHiddenContent(element); };
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
        else check();
      }
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
      this.shadowRoot.addEventListener('focusin', revealFocus); // once: the same listener is not added twice
      mount(this);
    }

    disconnectedCallback() {
      // A move fires disconnected then connected in the same task; tear down only real removals.
      var element = this;
      queueMicrotask(function () {
        if (element.isConnected) return;
        connected.delete(element);
        if (resized) resized.unobserve(element);
        element._number = 0;
        if (!element._handle) return;
        running.delete(element);
        safely(element, function (handle) { handle.unmount(); });
        element._handle = null;
      });
    }

    // el.setTheme({ "primary-color": "#5b3f8c" }): settings on top of the attributes. Each call adds
    // to the earlier ones; calls made before the code arrives are kept and applied at mount.
    setTheme(settings) {
      try {
        this._themeObject = Object.assign(this._themeObject || {}, settings);
        this._themeSettings = JSON.stringify(this._themeObject);
      } catch (error) {
        console.warn('pain-guide: setTheme needs a plain object of theme settings: ' + error);
        return;
      }
      var json = this._themeSettings;
      redressPlaceholder(this);
      safely(this, function (handle) { handle.setTheme(json); });
    }

    attributeChangedCallback(name) {
      // A new `lang` on a widget already showing (not the first, read at mount) may change its build.
      // The page's script sets it for the patient (its own language menu): the newest choice wins.
      if (name === 'lang') {
        if (this._lang && this.isConnected) {
          choose(null);
          followLanguage(this);
        }
        return;
      }
      redressPlaceholder(this);
      // A script often sets several attributes in a row (cta-text, then cta-href): read them once,
      // after it is done, so no half-set state is warned about or drawn.
      if (!this._handle || this._attributesPending) return;
      this._attributesPending = true;
      var element = this;
      queueMicrotask(function () {
        element._attributesPending = false;
        safely(element, function (handle) { handle.attributeChanged(); });
      });
    }
  }

  window.customElements.define(TAG, PainGuideElement);
})();
