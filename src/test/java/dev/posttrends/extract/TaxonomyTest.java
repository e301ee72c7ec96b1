package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Categories, tags and the {@code published} flag. */
class TaxonomyTest {

  private static Post withFrontMatter(String path, String yaml) {
    return post(path, "---\n" + yaml + "---\n正文\n");
  }

  @Test
  void foldersAbovePostsComeFirst() {
    assertEquals(List.of("a", "b"), Taxonomy.foldersAbovePosts("a/b/_posts/x.md"));
    Post post = withFrontMatter("a/b/_posts/2022-06-08-x.md", "categories: c\n");
    assertEquals(List.of("a", "b", "c"), post.categories());
    assertEquals("a", post.category());
  }

  @Test
  void anAbsoluteJsonLinesPathGivesOnlyTheFolderAbovePosts() {
    assertEquals(
        List.of("emnews"),
        Taxonomy.foldersAbovePosts("/home/u/sites/emnews/_posts/2022/x.md", false));
    assertEquals(
        List.of("emnews"),
        Taxonomy.foldersAbovePosts("hdfs://nn:8020/s/emnews/_posts/x.md", false));
    assertEquals(
        List.of("emnews"), Taxonomy.foldersAbovePosts("file:/s/emnews/_posts/x.md", false));
    assertEquals(
        List.of("emnews"), Taxonomy.foldersAbovePosts("~/sites/emnews/_posts/x.md", false));
    assertEquals(List.of(), Taxonomy.foldersAbovePosts("/_posts/x.md", false));
    assertEquals(List.of(), Taxonomy.foldersAbovePosts("/home/u/x.md", false));
    // relative paths keep every folder above _posts, as for files under an input root
    assertEquals(List.of("a", "b"), Taxonomy.foldersAbovePosts("a/b/_posts/x.md", false));
    // a colon later in a relative name is not a scheme
    assertEquals(List.of("a"), Taxonomy.foldersAbovePosts("a/_posts/2014:11:13:x.md", false));
    // under an input root every folder counts, whatever it looks like
    assertEquals(List.of("a:b", "c"), Taxonomy.foldersAbovePosts("a:b/c/_posts/x.md"));
    assertEquals(List.of("a:b", "c"), Taxonomy.foldersAbovePosts("a:b/c/_posts/x.md", true));
  }

  @Test
  void foldersBelowPostsAndDotSegmentsAreNotCategories() {
    assertEquals(List.of("a"), Taxonomy.foldersAbovePosts("./a/_posts/2022/x.md"));
    assertEquals(List.of(), Taxonomy.foldersAbovePosts("_posts/x.md"));
    assertEquals(List.of(), Taxonomy.foldersAbovePosts("old_post/x.md"));
    assertEquals(List.of(), Taxonomy.foldersAbovePosts("a/_posts"));
    assertEquals(List.of(), Taxonomy.foldersAbovePosts(null));
  }

  @Test
  void categoriesStringIsSplitOnWhitespace() {
    Post post =
        withFrontMatter("_posts/2022-06-08-x.md", "categories: 21shijijingjibaodao 21caijingAPP\n");
    assertEquals(List.of("21shijijingjibaodao", "21caijingAPP"), post.categories());
  }

  @Test
  void categoriesYamlListIsReadItemByItem() {
    Post post = withFrontMatter("_posts/2022-06-08-x.md", "categories:\n  - 财经 新闻\n  - 科技\n");
    assertEquals(List.of("财经 新闻", "科技"), post.categories());
  }

  @Test
  void nestedListsAreFlattenedAndNullsDropped() {
    Post post = withFrontMatter("_posts/2022-06-08-x.md", "categories: [[a, b], ~, c, 2022]\n");
    assertEquals(List.of("a", "b", "c", "2022"), post.categories());
  }

  @Test
  void singularCategoryIsNotSplit() {
    Post post = withFrontMatter("_posts/2022-06-08-x.md", "category: 江西 新闻\n");
    assertEquals(List.of("江西 新闻"), post.categories());
  }

  @Test
  void singularCategoryAsListCountsItemByItem() {
    Post post = withFrontMatter("_posts/2022-06-08-x.md", "category: [江西, 新闻]\n");
    assertEquals(List.of("江西", "新闻"), post.categories());
  }

  @Test
  void categoriesThenCategoryDedupedInOrderKeepingCase() {
    Post post =
        withFrontMatter(
            "TechWeb/_posts/2022-06-08-x.md",
            "categories: TechWeb Techweb TechWeb\ncategory: Techweb\n");
    assertEquals(List.of("TechWeb", "Techweb"), post.categories());
  }

  @Test
  void noCategoriesAtAll() {
    Post post = withFrontMatter("_posts/2022-06-08-x.md", "title: t\n");
    assertEquals(List.of(), post.categories());
    assertNull(post.category());
  }

  @Test
  void tagsStringIsSplit() {
    Post post = withFrontMatter("_posts/2022-06-08-x.md", "tags: 上饶日报新闻  江西\n");
    assertEquals(List.of("上饶日报新闻", "江西"), post.tags());
  }

  @Test
  void singularTagIsNotSplitAndFollowsTags() {
    Post post = withFrontMatter("_posts/2022-06-08-x.md", "tags: [甲, 乙]\ntag: 东财 滚动\n");
    assertEquals(List.of("甲", "乙", "东财 滚动"), post.tags());
    Post dup = withFrontMatter("_posts/2022-06-08-x.md", "tags: 甲 乙\ntag: 甲\n");
    assertEquals(List.of("甲", "乙"), dup.tags());
  }

  @Test
  void publishedFalse() {
    assertFalse(withFrontMatter("_posts/2022-06-08-x.md", "published: false\n").published());
    assertFalse(withFrontMatter("_posts/2022-06-08-x.md", "published: \"no\"\n").published());
  }

  @Test
  void publishedByDefault() {
    assertTrue(withFrontMatter("_posts/2022-06-08-x.md", "title: t\n").published());
    assertTrue(withFrontMatter("_posts/2022-06-08-x.md", "published: maybe\n").published());
  }

  @Test
  void frontMatterSplitListAndSingleListDirectly() {
    ObjectNode values =
        new ObjectMapper().valueToTree(Map.of("s", "  a \t b  ", "m", Map.of("k", "v")));
    FrontMatter fm = new FrontMatter(values, false);
    assertEquals(List.of("a", "b"), fm.splitList("s"));
    assertEquals(List.of("a \t b"), fm.singleList("s"));
    assertEquals(List.of(), fm.splitList("m"));
    assertEquals(List.of(), fm.singleList("m"));
    assertEquals(List.of(), fm.splitList("absent"));
    assertNull(fm.text("m"));
  }
}
