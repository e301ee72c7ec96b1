package dev.posttrends.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.config.JobSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobsTest {

  private final Globs include = new Globs(JobSpec.DEFAULT_INCLUDE);
  private final Globs exclude = new Globs(JobSpec.DEFAULT_EXCLUDE);

  @Test
  void namePatternsMatchAtAnyDepth() {
    assertTrue(include.matches("a.md"));
    assertTrue(include.matches("emnews/_posts/2024/2024-01-01-x.markdown"));
    assertTrue(include.matches("dumps/d.jsonl"));
    assertFalse(include.matches("_config.yml"));
    assertFalse(include.matches("assets/logo.md.png"));
  }

  @Test
  void jekyllBuildFoldersAndHiddenFilesAreExcluded() {
    assertTrue(exclude.matches("_site/emnews/index.html"));
    assertTrue(exclude.matches("blog/_layouts/post.html"));
    assertTrue(exclude.matches(".git/x.md"));
    assertTrue(exclude.matches("emnews/_posts/.draft.md"));
    assertFalse(exclude.matches("emnews/_posts/2024-01-01-x.md"));
    assertTrue(exclude.matchesFolder("_site"));
    assertTrue(exclude.matchesFolder(".jekyll-cache"));
    assertFalse(exclude.matchesFolder("_posts"));
    assertFalse(exclude.matchesFolder("emnews"));
  }

  @Test
  void pathPatternsAndBraces() {
    Globs globs = new Globs(List.of("emnews/**/*.{md,html}", "**/old_post/**"));
    assertTrue(globs.matches("emnews/_posts/a.md"));
    assertTrue(globs.matches("emnews/a.html"));
    assertFalse(globs.matches("other/_posts/a.md"));
    assertTrue(globs.matches("x/old_post/y/z.md"));
    assertTrue(globs.matches("old_post/z.md"));
    assertThrows(IllegalArgumentException.class, () -> new Globs(List.of("*.{md")));
  }
}
