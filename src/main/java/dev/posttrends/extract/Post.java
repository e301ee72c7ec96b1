package dev.posttrends.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One post as read: identity, Jekyll dates, taxonomy, clean text and its measures. Field meanings
 * are documented column by column in {@code docs/SCHEMA.md} (table {@code posts}).
 */
public record Post(
    String postId,
    String sourcePath,
    String inputRoot,
    String originalPath,
    String sourceFormat,
    String sourceEncoding,
    String title,
    String slug,
    String layout,
    Instant publishedAt,
    LocalDate publishedDate,
    String dateSource,
    boolean offsetAssumed,
    List<String> categories,
    List<String> tags,
    boolean published,
    boolean frontMatterLenient,
    String text,
    String sourceName,
    String sourceUrl,
    PostMetrics metrics,
    String contentHash,
    String frontMatterJson,
    List<String> parseNotes,
    long fileSize,
    Long fileModifiedMillis)
    implements ParseOutcome {

  public static final String DATE_FROM_FRONT_MATTER = "front_matter";
  public static final String DATE_FROM_FILENAME = "filename";

  /** This post with one more parse note. */
  public Post withParseNote(String note) {
    List<String> notes = new java.util.ArrayList<>(parseNotes);
    notes.add(note);
    return new Post(
        postId,
        sourcePath,
        inputRoot,
        originalPath,
        sourceFormat,
        sourceEncoding,
        title,
        slug,
        layout,
        publishedAt,
        publishedDate,
        dateSource,
        offsetAssumed,
        categories,
        tags,
        published,
        frontMatterLenient,
        text,
        sourceName,
        sourceUrl,
        metrics,
        contentHash,
        frontMatterJson,
        List.copyOf(notes),
        fileSize,
        fileModifiedMillis);
  }

  /** {@code yyyy-MM} of the publication date: the partition of {@code posts}. */
  public String publishedMonth() {
    return publishedDate.toString().substring(0, 7);
  }

  /** The first category, the one trends group by; null when there is none. */
  public String category() {
    return categories.isEmpty() ? null : categories.get(0);
  }
}
