/**
 * The pages the fixture web server (web-fixtures.ts) serves, and what a
 * correct extraction finds in them. Data for tests: the Arabic is written
 * with Western digits and windows-1256's characters only, so the same
 * article can be served in either encoding.
 */

export const arabicParagraphs = [
  "توصلت بكين وكابل إلى اتفاق ينص على مساعدة الصين لحركة طالبان في تدريب كوادر متخصصة من قوات الدفاع الجوي، وفقا لوثيقة سرية اطلعت عليها الصحيفة.",
  "وقالت الوثيقة إن 22 متدربا سافروا إلى الصين في أيلول 2025 لتلقي تدريب على أنظمة الرادار، على أن تستمر الدورة ستة أشهر في أكاديمية عسكرية قرب العاصمة.",
  "وأضاف مصدر في وزارة الدفاع أن الاتفاق يشمل أيضا صيانة المعدات القديمة التي خلفتها القوات الأجنبية، من دون أن يحدد قيمته أو الجهة التي ستموله.",
  "ولم يصدر أي تعليق رسمي من بكين أو كابل حتى ساعة نشر هذا التقرير، بينما رفض متحدث باسم الخارجية الصينية الرد على أسئلة الصحيفة بشأن الوثيقة.",
];

export const arabicMetadata = {
  title: "وثيقة سرية تكشف عن تعاون عسكري بين طالبان والصين",
  outlet: "الجريدة الاختبارية",
  author: "سامر الخطيب",
  publishedOn: "2025-07-04",
};

/** Menus and footer words that must not reach the extracted text. */
export const arabicChrome = [
  "الصفحة الرئيسية",
  "أخبار الرياضة",
  "جميع الحقوق محفوظة",
  "اشترك في النشرة",
];

const arabicNavigation = [
  "الصفحة الرئيسية",
  "سياسة",
  "اقتصاد",
  "أخبار الرياضة",
  "ثقافة",
  "تكنولوجيا",
  "رأي",
  "فيديو",
];

/**
 * The second paragraph as a page that changed after capture has it (the
 * fixture server's `/changing/TAG` from its second fetch on): the number and
 * the country are different, so a quote of the first version is lost.
 */
export const editedParagraph = arabicParagraphs[1]!
  .replace("22 متدربا", "12 متدربا")
  .replace("إلى الصين", "إلى روسيا");

/** A quote of the second paragraph, as a reviewer would copy it (found before the edit only). */
export const quoteBeforeEdit = "إن 22 متدربا سافروا إلى الصين";

/** The paragraph a tagged article (`/article/TAG`) adds, so that a spec's copy is its own. */
export const taggedParagraph = (tag: string) =>
  `وذكرت الوثيقة ${tag} أن 7 ضباط من الدفعة الأولى عادوا إلى كابل بعد انتهاء التدريب.`;

/**
 * The test article, in a site's dress. `metadata`: Open Graph and article:
 * tags, or a JSON-LD NewsArticle. `charsetInMeta`: declare the encoding in
 * a <meta> too (the server decides whether the header says it). `tag`: in
 * the title and a paragraph of its own.
 */
export function arabicArticle(
  charset: "utf-8" | "windows-1256",
  options: {
    charsetInMeta: boolean;
    metadata: "open-graph" | "json-ld";
    tag?: string;
    /** the second paragraph as edited after capture (editedParagraph) */
    edited?: boolean;
  },
): string {
  const { outlet, author, publishedOn } = arabicMetadata;
  const title = options.tag ? `${arabicMetadata.title} ${options.tag}` : arabicMetadata.title;
  const story = options.edited
    ? arabicParagraphs.map((paragraph, index) => (index === 1 ? editedParagraph : paragraph))
    : arabicParagraphs;
  const paragraphs = options.tag ? [...story, taggedParagraph(options.tag)] : story;
  const head =
    options.metadata === "open-graph"
      ? `<meta property="og:title" content="${title}">
         <meta property="og:site_name" content="${outlet}">
         <meta name="author" content="${author}">
         <meta property="article:published_time" content="${publishedOn}T23:30:00+03:00">`
      : `<script type="application/ld+json">${JSON.stringify({
          "@context": "https://schema.org",
          "@graph": [
            { "@type": "WebSite", name: outlet },
            {
              "@type": "NewsArticle",
              headline: title,
              datePublished: `${publishedOn}T23:30:00+03:00`,
              author: [{ "@type": "Person", name: author }],
              publisher: { "@type": "Organization", name: outlet },
            },
          ],
        })}</script>`;
  const menu = arabicNavigation.map((item) => `<li><a href="/${item}">${item}</a></li>`).join("");
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  ${options.charsetInMeta ? `<meta charset="${charset}">` : ""}
  <title>${title} | ${outlet}</title>
  ${head}
</head>
<body>
  <header><nav><ul>${menu}</ul></nav></header>
  <main>
    <article>
      <h1>${title}</h1>
      <p class="byline">بقلم ${author}</p>
      ${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n      ")}
    </article>
  </main>
  <aside><h2>الأكثر قراءة</h2><ul>${menu}</ul></aside>
  <footer><p>اشترك في النشرة</p><ul>${menu}</ul><p>جميع الحقوق محفوظة</p></footer>
</body>
</html>`;
}

export const storyParagraphs = [
  "The port of Aden reopened on Tuesday after a week in which no ship could dock, the harbour authority said in a statement read on state television.",
  "Officials said that 14 cargo vessels had waited offshore during the closure, and that the first of them, carrying grain, was unloaded within hours of the announcement.",
  "Shipping agents in the city told reporters that insurance premiums had doubled since the storm, and that several lines were still routing their ships around the port.",
];

/** Menus, banners and footers around the story: none of it is the article. */
export const storyChrome = [
  "Subscribe to our newsletter",
  "Most read",
  "Privacy policy",
  "Accept cookies",
  "World news",
];

export function navigationHeavyPage(): string {
  const sections = ["World news", "Business", "Sport", "Culture", "Science", "Travel"];
  const menu = Array.from({ length: 80 }, (_, i) => {
    const section = sections[i % sections.length]!;
    return `<li class="menu-item"><a href="/section/${i}">${section} ${i}</a></li>`;
  }).join("");
  const mostRead = Array.from(
    { length: 10 },
    (_, i) => `<li><a href="/story/${i}">Another story that many people read, number ${i}</a></li>`,
  ).join("");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Port reopens after storm - The Daily Fixture</title>
<meta property="og:site_name" content="The Daily Fixture"></head>
<body>
  <div class="cookie-banner">We use cookies. <button>Accept cookies</button></div>
  <div class="top-bar"><ul class="menu">${menu}</ul></div>
  <div class="layout">
    <div class="sidebar"><h3>Most read</h3><ol>${mostRead}</ol></div>
    <div class="story-body">
      <h1>Port reopens after storm</h1>
      <div class="meta">By <span class="author">Rana Haddad</span> · <time datetime="2025-11-02T08:00:00Z">2 November 2025</time></div>
      ${storyParagraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n      ")}
    </div>
  </div>
  <div class="newsletter"><form action="/subscribe"><label>Subscribe to our newsletter for the day's news in your inbox <input type="email" name="email"></label><button>Sign up</button></form></div>
  <div class="footer"><ul>${menu}</ul><p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms</a></p></div>
</body>
</html>`;
}
