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
    return categories(logicalPath, true, fm);
  }

  /**
   * As {@link #categories(String, FrontMatter)}; {@code underRoot} is false for a path named by a
   * JSON Lines record, which is relative to nothing (see {@link #foldersAbovePosts(String,
   * boolean)}).
   */
  public static List<String> categories(String logicalPath, boolean underRoot, FrontMatter fm) {
    LinkedHashSet<String> out = new LinkedHashSet<>(foldersAbovePosts(logicalPath, underRoot));
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
   * {@code a/b/_posts/2022/x.md} gives {@code [a, b]}; a path without {@code _posts} gives none. A
   * file's path is relative to its input root. A JSON Lines record's path that is absolute (a
   * {@code /home/u/site/emnews/_posts/x.md}, or {@code file:}/{@code hdfs:} URIs) has no root to be
   * relative to: only the folder right above {@code _posts} counts (the {@code <medium>/_posts/}
   * layout), never the machine's folders above it.
   */
  static List<String> foldersAbovePosts(String logicalPath) {
    return foldersAbovePosts(logicalPath, true);
  }

  /** {@code underRoot}: the path is relative to an input root (a listed file's path). */
  static List<String> foldersAbovePosts(String logicalPath, boolean underRoot) {
    if (logicalPath == null) {
      return List.of();
    }
    List<String> folders = folders(logicalPath);
    if (!underRoot && isAbsolute(logicalPath) && folders.size() > 1) {
      return List.of(folders.get(folders.size() - 1));
    }
    return folders;
  }

  /** Starts at a root: {@code /}, {@code \}, {@code ~}, or a URI scheme ({@code hdfs://…}). */
  static boolean isAbsolute(String path) {
    return path.startsWith("/")
        || path.startsWith("\\")
        || path.startsWith("~")
        || path.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
  }

  private static List<String> folders(String logicalPath) {
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
