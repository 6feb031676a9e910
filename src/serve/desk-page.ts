/**
 * The desk's one HTML page: a shell with no data and no inline code. The app (desk.js) renders the login
 * or the desk into #desk; everything it shows comes from the session-guarded API.
 */
export const DESK_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>Lead desk</title>
  <link rel="icon" href="/desk/assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/desk/assets/desk.css">
  <script type="module" src="/desk/assets/desk.js"></script>
</head>
<body>
  <div id="desk"><p class="desk-loading">Loading the lead desk…</p></div>
  <noscript><p>The lead desk needs JavaScript.</p></noscript>
</body>
</html>
`;

/**
 * The desk's Content-Security-Policy: only our own script, stylesheet and API; no inline code or styles,
 * no framing, and Trusted Types with no policy at all (the app never writes HTML).
 */
export const DESK_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join("; ");
