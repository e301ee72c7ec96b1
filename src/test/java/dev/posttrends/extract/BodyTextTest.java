package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Body to clean paragraphs: Markdown and HTML, the emnews digest, source URL and attribution. */
class BodyTextTest {

  private final BodyText bodyText = new BodyText();

  private BodyText.Content markdown(String body) {
    return bodyText.read(body, false);
  }

  @Test
  void linesSplitAsTheRegexDid() {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "a\r\n\n \r";
    for (int round = 0; round < 50_000; round++) {
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        body.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String b = body.toString();
      assertEquals(List.of(b.split("\r?\n", -1)), BodyText.lines(b), b.replace("\r", "CR"));
    }
  }

  @Test
  void emnewsHtmlDigest() {
    BodyText.Content content =
        markdown(
            """
            > 据霍尼韦尔官网消息，霍尼韦尔宣布为蔚来提供制冷剂。（上海证券报）

            <p style="display:none;height:1px;overflow:hidden;"><br /></p><!-- EM_StockImg_Start -->\
            <p style="text-align:center;"><a href="http://quote.eastmoney.com/unify/r/106.NIO" \
            class="EmImageRemark" target="_blank"><img src="https://x.test/k.png" alt="K图 NIO_0" />\
            </a></p><!-- EM_StockImg_End --><p>国内首款<span id="bk_90.BK0493"><a \
            href="http://quote.eastmoney.com/unify/r/90.BK0493" class="keytip">新能源</a></span>\
            <span id="bkquote_90.BK0493"></span>汽车来了！<br /></p><center><img \
            src="https://dfscdn.dfcfw.com/download/D1.jpg" alt="Image" width="552" /></center>\
            <p style="text-align:center;">图片来源：霍尼韦尔官网</p><p>据了解，\
            《&lt;蒙特利尔议定书&gt;基加利修正案》已于2021年9月正式对我国生效。</p>\
            <p class="em_media">（文章来源：上海<span id="bk_90.BK0473"><a \
            href="http://quote.eastmoney.com/unify/r/90.BK0473" class="keytip">证券</a></span>\
            <span id="bkquote_90.BK0473"></span>报）</p>

            <>

            [返回东财滚动新闻](//finews.withounder.com/emnews/)｜[返回首页](//finews.withounder.com/)\
            """);
    assertEquals(
        List.of(
            "据霍尼韦尔官网消息，霍尼韦尔宣布为蔚来提供制冷剂。（上海证券报）",
            "国内首款新能源汽车来了！",
            "图片来源：霍尼韦尔官网",
            "据了解，《<蒙特利尔议定书>基加利修正案》已于2021年9月正式对我国生效。"),
        content.paragraphs());
    assertEquals("上海证券报", content.sourceName());
    assertNull(content.sourceUrl());
    assertEquals(2, content.images());
    assertEquals(3, content.links());
  }

  @Test
  void rawLessThanSurvivesInMarkdownAndHtml() {
    assertEquals(List.of("精度满足<1%"), markdown("精度满足<1%\n").paragraphs());
    assertEquals(List.of("精度满足<1%"), bodyText.read("<p>精度满足<1%</p>", true).paragraphs());
  }

  @Test
  void horizontalBarSurvives() {
    assertEquals(List.of("他说――这是关键"), markdown("他说――这是关键").paragraphs());
  }

  @Test
  void spacesInsideFiguresSurvive() {
    assertEquals(List.of("净亏损为 2052 万美元"), markdown("净亏损为 2052 万美元\n").paragraphs());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[返回东财滚动新闻](../emnews/)\n[返回首页](../)",
        "[返回东财滚动新闻](./emnews/)\n[返回首页](./)",
        "[返回东财滚动新闻](//finews.withounder.com/emnews/)\n[返回首页](//finews.withounder.com/)",
        "[返回东财滚动新闻](//finews.withounder.com/emnews/)｜[返回首页](//finews.withounder.com/)",
        "[返回东财滚动新闻](//finews.zning.me/emnews/)\n[返回首页](//finews.zning.me/)",
        "[返回上饶日报新闻](//finews.withounder.com/category/shangraoribao.html)"
            + "｜[返回首页](//finews.withounder.com/)",
        ""
      })
  void trailingNavigationIsDropped(String navigation) {
    BodyText.Content content =
        markdown(
            "正文第一段。\n\n"
                + "<http://finance.eastmoney.com/news/1351,202112082207085963.html>\n\n"
                + navigation);
    assertEquals(List.of("正文第一段。"), content.paragraphs());
    assertEquals(
        "http://finance.eastmoney.com/news/1351,202112082207085963.html", content.sourceUrl());
    assertEquals(0, content.links());
  }

  @Test
  void contentLineWithLinkInTheMiddleIsKept() {
    BodyText.Content content = markdown("正文。\n\n详见[公告](http://x.test/a.pdf)全文。");
    assertEquals(List.of("正文。", "详见公告全文。"), content.paragraphs());
    assertEquals(1, content.links());
  }

  @Test
  void trailingImageLineIsContentNotNavigation() {
    BodyText.Content content = markdown("正文\n\n![图](a.png)\n");
    assertEquals(List.of("正文"), content.paragraphs());
    assertEquals(1, content.images());
  }

  @Test
  void navigationOnlyLines() {
    assertTrue(BodyText.isNavigationOnly("[返回首页](../) | [上一篇](../a/) » [下一篇](../b/)"));
    assertFalse(BodyText.isNavigationOnly("返回[首页](../)"));
    assertFalse(BodyText.isNavigationOnly("![图](a.png)"));
    assertFalse(BodyText.isNavigationOnly("普通正文"));
  }

  @Test
  void sourceUrlLine() {
    Post post =
        post(
            "emnews/_posts/2022-06-08-x.md",
            "---\n"
                + "---\n"
                + "正文\n\n"
                + "<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202206082404552422>\n");
    assertEquals(
        "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202206082404552422",
        post.sourceUrl());
    assertEquals("正文", post.text());
  }

  @Test
  void emptySourceUrlLine() {
    Post post = post("emnews/_posts/2022-06-08-x.md", "---\n---\n正文\n\n<>\n");
    assertNull(post.sourceUrl());
    assertEquals("正文", post.text());
  }

  @Test
  void frontMatterUrlIsTheFallbackSourceUrl() {
    Post post = post("_posts/2022-06-08-x.md", "---\nurl: http://x.test/a\n---\n正文\n");
    assertEquals("http://x.test/a", post.sourceUrl());
  }

  @Test
  void attributionParagraphGivesSourceNameAndIsRemoved() {
    BodyText.Content content =
        bodyText.read("<p>第一段</p> <p>第二段</p><p class=\"em_media\">（文章来源：上饶日报）</p>", true);
    assertEquals(List.of("第一段", "第二段"), content.paragraphs());
    assertEquals("上饶日报", content.sourceName());
  }

  @Test
  void inlineAttributionGivesSourceNameAndIsKept() {
    BodyText.Content content = markdown("新华社电，某某会议召开（来源：新华社）。\n\n第二段。");
    assertEquals(List.of("新华社电，某某会议召开（来源：新华社）。", "第二段。"), content.paragraphs());
    assertEquals("新华社", content.sourceName());
  }

  @Test
  void fileWithoutFinalNewline() {
    Post post = post("_posts/2022-06-08-x.md", "---\ntitle: t\n---\n第一段\n\n最后一段没有换行");
    assertEquals("第一段\n最后一段没有换行", post.text());
  }

  @Test
  void imageAndLinkCounts() {
    Post post =
        post(
            "_posts/2022-06-08-x.md",
            """
            ---
            ---
            ![图一](a.png) ![图二](b.png)

            见[链接](http://x.test/1)和[另一个](http://x.test/2)。

            <p><img src="c.png"><a href="http://x.test/3">三</a><a name="anchor">锚</a></p>

            正文
            """);
    assertEquals(3, post.metrics().imageCount());
    assertEquals(3, post.metrics().linkCount());
  }

  @Test
  void htmlFileGoesStraightToJsoup() {
    Post post =
        post(
            "_posts/2022-06-08-x.html",
            "---\n---\n<p>*星号*保留</p>\n<div>第二段<br>第三行</div>\n<script>var x = 1;</script>\n");
    assertEquals("*星号*保留\n第二段\n第三行", post.text());
  }

  @Test
  void markdownIsRendered() {
    Post post = post("_posts/2022-06-08-x.md", "---\n---\n# 标题\n\n*强调*和**加粗**\n\n- 一\n- 二\n");
    assertEquals("标题\n强调和加粗\n一\n二", post.text());
  }

  @Test
  void ideographicAndNoBreakSpacesCollapse() {
    BodyText.Content content = bodyText.read("<p>\u3000\u3000正文&nbsp;&nbsp;开始\u3000了</p>", true);
    assertEquals(List.of("正文 开始 了"), content.paragraphs());
  }
}
