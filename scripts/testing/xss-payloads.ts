/**
 * Classic cross-site scripting payloads, as a reviewer could type or paste
 * them into any free-text field of the desk: raw HTML, event handlers, script
 * URLs in HTML and in Markdown, entity and case tricks. Tests feed them to a
 * renderer and assert that nothing executable comes out. Each payload calls
 * `alert`, so an end-to-end test also notices one that runs.
 */
export const xssPayloads: readonly string[] = [
  // raw HTML elements that run script
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  '<img src=x onerror="alert(1)">',
  "<img src=x onerror=alert(1)//",
  "<IMG SRC=JaVaScRiPt:alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<body onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<a href="javascript:alert(1)">click</a>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<details open ontoggle="alert(1)">',
  "<input autofocus onfocus=alert(1)>",
  '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<style>@import 'javascript:alert(1)';</style>",
  "<!--<img src=x onerror=alert(1)>-->",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  // Markdown links and images with script URLs
  "[click me](javascript:alert(1))",
  "[click me](JaVaScRiPt:alert(1))",
  "[click me](  javascript:alert(1)  )",
  "[click me](java\tscript:alert(1))",
  "[click me](javascript&#58;alert(1))",
  "[click me](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[click me](&#x6A;avascript:alert(1))",
  "[click me](javascript:%61lert(1))",
  "[click me](vbscript:msgbox(1))",
  "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click me](DATA:text/html,<script>alert(1)</script>)",
  "[click me](<javascript:alert(1)>)",
  '[click me](https://example.com "onmouseover=alert(1)")',
  '[click me](https://example.com" onmouseover="alert(1))',
  "![x](javascript:alert(1))",
  '![x" onerror="alert(1)](https://example.com/x.png)',
  "![x](https://example.com/x.png)",
  "[ref link][xss]\n\n[xss]: javascript:alert(1)",
  // autolinks
  "<javascript:alert(1)>",
  "<JAVASCRIPT:alert(1)>",
  "<vbscript:msgbox(1)>",
  "<data:text/html,alert(1)>",
  "www.example.com/?q=<script>alert(1)</script>",
  // entities and encodings
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  "\\<script>alert(1)\\</script>",
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  '<a href="&#106;avascript:alert(1)">entity link</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab link</a>',
];
