import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/content";
import { deskProfile, makeStory, pakistan, world } from "@/lib/testing/stories";
import { homePage } from "./home";

describe("the home page's blocks", () => {
  const at = (hour: number) => `2026-11-29T${String(hour).padStart(2, "0")}:00:00+05:00`;
  const stories = [
    makeStory({ slug: "p1", date: at(10) }),
    makeStory({ slug: "w1", date: at(9), category: world }),
    makeStory({ slug: "p2", date: at(8) }),
    makeStory({ slug: "p3", date: at(7) }),
    makeStory({ slug: "p4", date: at(6) }),
    makeStory({ slug: "p5", date: at(5) }),
    makeStory({ slug: "p6", date: at(4), featured: true }),
    makeStory({ slug: "v1", date: at(3), kind: "video" }),
    makeStory({ slug: "c1", date: at(2), kind: "column" }),
  ];
  const home = homePage(buildIndex(stories, [pakistan, world], [deskProfile], { now: () => new Date(at(12)) }));
  const slugs = (list: readonly { slug: string }[]) => list.map((s) => s.slug);

  it("leads with the featured story and follows with the newest news", () => {
    expect(home.lead?.slug).toBe("p6");
    expect(slugs(home.top)).toEqual(["p1", "w1", "p2", "p3"]);
    expect(slugs(home.latest)).toEqual(["p1", "w1", "p2", "p3", "p4", "p5", "v1", "c1"]);
  });

  it("gives each section, in menu order, what the top did not already show, yet never nothing", () => {
    expect(home.sections.map((s) => [s.category.key, slugs(s.stories)])).toEqual([
      ["pakistan", ["p4", "p5"]],
      ["world", ["w1"]],
    ]);
    expect(slugs(home.videos)).toEqual(["v1"]);
    expect(slugs(home.columns)).toEqual(["c1"]);
  });

  it("marks صفحۂ اول in the menu and names the site's address as its canonical link", () => {
    expect(home.chrome.active).toEqual({ href: "/", current: "page" });
    expect(home.head.canonical).toBe("http://localhost:3000");
  });
});
