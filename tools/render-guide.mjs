// Renders docs/clinic-guide.md as a page of the demo site (dist/guide.html), so a clinic's web
// admin can read it next to the demo page. The Markdown is ours (no user input); the page keeps
// the demo's strict policy: no inline script or style.
import { marked } from 'marked';
import { STRICT_CSP } from './policy.mjs';

export function renderGuide(markdown) {
  const body = marked.parse(markdown);
  const title = markdown.match(/^# (.+)$/m)?.[1];
  if (!title) throw new Error('render-guide: the guide has no "# title" line');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
  <link rel="icon" href="data:,">
  <title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')} | Pain Guide</title>
  <link rel="stylesheet" href="demo.css">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="index.html">Riverside Pain &amp; Wellness</a>
    <nav aria-label="Demo"><a href="index.html">Back to the demo page</a></nav>
  </header>
  <main class="guide">
${body}  </main>
</body>
</html>
`;
}
