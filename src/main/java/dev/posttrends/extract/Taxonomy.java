package dev.posttrends.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Categories and tags the way the project defines them (close to Jekyll): categories are the
 * folders above {@code _posts}, then front-matter {@code categories} (a list, or a string split on
 * whitespace), then {@code category} (one value, not split). Tags are {@code tags} then {@code
 * tag}. Both are de-duplicated in order and kept as written (case is not folded).
 */
public final class Taxonomy {

  private Taxonomy() {}

  public static List<String> categories(String logicalPath, FrontMatter fm) {
    LinkedHashSet<String> out = new LinkedHashSet<>(foldersAbovePosts(logicalPath));
    out.addAll(fm.splitList("categories"));
    out.addAll(fm.singleList("category"));
    return new ArrayList<>(out);
  }

  public static List<String> tags(FrontMatter fm) {
    LinkedHashSet<String> out = new LinkedHashSet<>(fm.splitList("tags"));
    out.addAll(fm.singleList("tag"));
    return new ArrayList<>(out);
  }

  /**
   * {@code a/b/_posts/2022/x.md} gives {@code [a, b]}; a path without {@code _posts} gives none.
   */
  static List<String> foldersAbovePosts(String logicalPath) {
    if (logicalPath == null) {
      return List.of();
    }
    String[] parts = logicalPath.split("/");
    int posts = -1;
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("_posts")) {
        posts = i;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < posts; i++) {
      if (!parts[i].isEmpty() && !parts[i].equals(".")) {
        out.add(parts[i]);
      }
    }
    return out;
  }
}
