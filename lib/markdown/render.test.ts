import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./render";
import { elements, parseHtml } from "@/lib/testing/html";

const tagsOf = (html: string) => [...elements(parseHtml(html))].map((el) => el.tagName);

describe("renderMarkdown keeps what an editor pastes", () => {
  it("keeps a table with alignment and spans", () => {
    const html = renderMarkdown(
      '| شہر | درجہ حرارت |\n|:--|--:|\n| کراچی | 30 |\n\n<table><tr><td colspan="2" rowspan="1" align="center">کل</td></tr></table>',
    );
    expect(html).toContain('<th align="left">شہر</th>');
    expect(html).toContain('<td align="right">30</td>');
    expect(html).toContain('<td colspan="2" rowspan="1" align="center">کل</td>');
  });

  it("keeps a figure with figcaption and a lazy image", () => {
    const html = renderMarkdown(
      '<figure><img src="/images/a.jpg" alt="منظر" width="800" height="450" title="t"><figcaption>کیپشن</figcaption></figure>',
    );
    expect(html).toContain(
      '<figure><img src="/images/a.jpg" alt="منظر" width="800" height="450" title="t" loading="lazy" decoding="async"><figcaption>کیپشن</figcaption></figure>',
    );
  });

  it("keeps blockquotes, lists, emphasis, links and bdi", () => {
    const html = renderMarkdown(
      [
        "> اقتباس",
        "- ایک\n- دو",
        "1. پہلا\n2. دوسرا",
        "**جلی** *ترچھا* ~~کٹا~~ <mark>نمایاں</mark> <sub>1</sub> <sup>2</sup> <kbd>Ctrl</kbd> `کوڈ`",
        '[اندرونی](/news/x) [ای میل](mailto:a@b.pk) [فون](tel:+92300) <a href="#top">اوپر</a>',
        '<bdi>English</bdi> <bdo dir="ltr">abc</bdo> <time datetime="2026-01-28">کل</time> <abbr title="Pakistan">PK</abbr>',
      ].join("\n\n"),
    );
    for (const tag of [
      "blockquote",
      "ul",
      "ol",
      "li",
      "strong",
      "em",
      "del",
      "mark",
      "sub",
      "sup",
      "kbd",
      "code",
      "bdi",
      "bdo",
      "time",
      "abbr",
    ]) {
      expect(tagsOf(html)).toContain(tag);
    }
    expect(html).toContain('<a href="/news/x">اندرونی</a>');
    expect(html).toContain('<a href="mailto:a@b.pk">');
    expect(html).toContain('<a href="tel:+92300">');
    expect(html).toContain('<bdo dir="ltr">abc</bdo>');
    expect(html).toContain('<time datetime="2026-01-28">کل</time>');
  });

  it("demotes h1 to h2: the page has one h1", () => {
    expect(renderMarkdown("# سرخی\n\n<h1>دوسری</h1>")).toBe("<h2>سرخی</h2>\n<h2>دوسری</h2>");
  });

  it("marks links to other hosts noopener noreferrer, not its own", () => {
    const html = renderMarkdown("[باہر](https://example.com/a) [اندر](http://localhost:3000/news/x)");
    expect(html).toContain('<a href="https://example.com/a" rel="noopener noreferrer">باہر</a>');
    expect(html).toContain('<a href="http://localhost:3000/news/x">اندر</a>');
  });

  it("allows only http(s) and site-relative image sources", () => {
    const html = renderMarkdown(
      '![a](https://cdn.example/a.jpg) ![b](/images/b.jpg) ![c](images/c.jpg) ![d](//evil.example/d.jpg) <img src="/\\evil.example/e.jpg">',
    );
    const sources = [...elements(parseHtml(html))].filter((el) => el.tagName === "img").map((el) => el.properties.src);
    expect(sources).toEqual(["https://cdn.example/a.jpg", "/images/b.jpg"]);
  });

  it("drops attributes outside the allow-list", () => {
    const html = renderMarkdown(
      '<p class="x" style="color:red" name="getElementById" data-x="1">متن</p><img src="/i.jpg" srcset="/j.jpg 2x">',
    );
    expect(html).toBe('<p>متن</p><img src="/i.jpg" loading="lazy" decoding="async">');
  });

  it("prefixes ids so they cannot clobber page globals, and in-page links follow", () => {
    const html = renderMarkdown('<h2 id="__next_f">حصہ</h2>\n\n[حصے پر جائیں](#__next_f)');
    expect(html).toContain('<h2 id="user-content-__next_f">حصہ</h2>');
    expect(html).toContain('<a href="#user-content-__next_f">');
  });

  it("keeps GFM footnotes working: every link points at an existing id", () => {
    const html = renderMarkdown("خبر[^1] اور تفصیل[^note]۔\n\n[^1]: پہلا حوالہ\n[^note]: دوسرا حوالہ");
    const els = [...elements(parseHtml(html))];
    const ids = new Set(els.map((el) => el.properties.id).filter(Boolean));
    const targets = els.map((el) => el.properties.href).filter((h): h is string => typeof h === "string");
    expect(targets.length).toBe(4); // two references, two back-references
    for (const href of targets) expect(ids).toContain(href.slice(1));
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
    expect(html).toContain('aria-describedby="user-content-footnote-label"');
    expect(ids).toContain("user-content-footnote-label");
  });

  it("drops unsafe elements with their content but keeps unknown wrappers' text", () => {
    const html = renderMarkdown(
      "<div>پہلے <script>alert(1)</script><style>p{}</style><form><span>فارم کا متن</span></form> بعد میں</div>",
    );
    expect(html).toBe("<div>پہلے <span>فارم کا متن</span> بعد میں</div>");
  });

  it("keeps the story after an embed left open", () => {
    const html = renderMarkdown('<iframe src="https://www.youtube.com/embed/x">\n\nاگلا پیراگراف');
    expect(html).toContain("<p>اگلا پیراگراف</p>");
    expect(html).not.toContain("iframe");
  });
});

describe("markdownToText", () => {
  it("strips markup, decodes entities and collapses whitespace", () => {
    const text = markdownToText(
      "# سرخی\n\nیہ **اہم**  &amp; &lt;b&gt; خبر[^1]&nbsp;ہے۔\n\n<p>خام &quot;HTML&quot; &#1575;</p>\n\n- ایک\n- دو\n\n| ا | ب |\n|--|--|\n| ج | د |\n\n<script>alert(1)</script>\n\n[^1]: حوالہ",
    );
    expect(text).toBe('سرخی یہ اہم & <b> خبر ہے۔ خام "HTML" ا ایک دو ا ب ج د حوالہ');
  });

  it("does not run words together across inline markup, but separates blocks", () => {
    expect(markdownToText("پاک**ستان**\n\nزندہ<br>باد")).toBe("پاکستان زندہ باد");
  });

  it("returns an empty string for an empty body", () => {
    expect(markdownToText("")).toBe("");
  });
});
