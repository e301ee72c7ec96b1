package dev.posttrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trailing navigation in HTML and Markdown bodies, the original-article link, soft breaks. */
class TrailingLinksTest {

  private final BodyText bodyText = new BodyText();

  @Test
  void htmlNavigationBlocksAndOriginalLinkAreTakenOff() {
    BodyText.Content content =
        bodyText.read(
            """
            <p>全省外贸进出口2871.3亿元。</p>
            <p class="em_media">（文章来源：江西日报）</p>
            <p class="source"><a href="http://finews.example.com/NewsShare.html?infoCode=NW1">原文链接</a></p>
            <p><a href="//finews.example.com/category/jiangxiribao.html">返回江西日报新闻</a>｜\
            <a href="//finews.example.com/">返回首页</a></p>
            """,
            true);
    assertEquals(List.of("全省外贸进出口2871.3亿元。"), content.paragraphs());
    assertEquals("江西日报", content.sourceName());
    assertEquals("http://finews.example.com/NewsShare.html?infoCode=NW1", content.sourceUrl());
    assertEquals(0, content.links(), "navigation links are not counted");
  }

  @Test
  void markdownOriginalLinkLineGivesTheSourceUrl() {
    BodyText.Content content =
        bodyText.read(
            """
            正文一段。

            [阅读原文](https://news.example.com/a/1.html)
            [返回首页](../)\
            """,
            false);
    assertEquals(List.of("正文一段。"), content.paragraphs());
    assertEquals("https://news.example.com/a/1.html", content.sourceUrl());
  }

  @Test
  void aHomeLinkIsNotTheSource() {
    BodyText.Content content = bodyText.read("正文。\n\n[Home](https://example.com/)", false);
    assertEquals(List.of("正文。"), content.paragraphs());
    assertNull(content.sourceUrl());
  }

  @Test
  void aBodyThatIsOnlyALinkKeepsIt() {
    assertEquals(
        List.of("相关报道"),
        bodyText.read("<p><a href=\"https://x.example/1\">相关报道</a></p>", true).paragraphs());
    assertEquals(List.of("相关报道"), bodyText.read("[相关报道](https://x.example/1)", false).paragraphs());
  }

  @Test
  void aLinkInsideTheLastContentParagraphStays() {
    BodyText.Content content =
        bodyText.read("<p>详见<a href=\"https://x.example/r\">季度报告</a>。</p>", true);
    assertEquals(List.of("详见季度报告。"), content.paragraphs());
    assertEquals(1, content.links());
  }

  @Test
  void softLineBreakBetweenChineseCharactersVanishes() {
    assertEquals(
        List.of("第一行第二行，and English words"),
        bodyText.read("第一行\n第二行，and\nEnglish words", false).paragraphs());
    assertEquals(List.of("上半年 GDP 增长"), bodyText.read("上半年\nGDP\n增长", false).paragraphs());
    assertEquals(List.of("两个 空格"), bodyText.read("<p>两个  空格</p>", true).paragraphs());
  }
}
