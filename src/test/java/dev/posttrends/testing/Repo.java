package dev.posttrends.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository and of the optional shared folder beside it. */
public final class Repo {

  private Repo() {}

  /** The repository root (Maven runs tests from it). */
  public static Path root() {
    return Path.of("").toAbsolutePath();
  }

  public static Path sampleData() {
    return root().resolve("sample-data");
  }

  /** {@code ../shared/<sub>} beside the repository, or null when it is not there. */
  public static Path shared(String sub) {
    Path path = root().resolveSibling("shared").resolve(sub);
    return Files.isDirectory(path) ? path : null;
  }
}
