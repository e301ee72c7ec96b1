package dev.posttrends.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one input into a {@link Post} or a {@link Reject}; never throws. Build one per thread (per
 * Spark partition) and reuse it: it holds the YAML, Markdown and JSON readers.
 *
 * <p>Test-only fault injection: when the JVM system property {@value #FAULT_PROPERTY} is set, an
 * input whose {@code source_path} contains its value fails with an {@code IllegalStateException}
 * once decoded, when its post is built (the path every form of input shares), and {@link #parse}
 * must turn that into an {@code INTERNAL_ERROR} reject. It is read when a parser is built (once per
 * Spark partition); it reaches executors only in local mode, where they share the driver's JVM.
 * Never set it in production.
 */
public final class PostParser {

  /** The test-only fault-injection property (see the class comment). */
  public static final String FAULT_PROPERTY = "posttrends.fault.parseThrowsOnPathContaining";

  private final ParserOptions options;
  private final String faultOnPath = blankToNull(System.getProperty(FAULT_PROPERTY));
  private final FrontMatterReader frontMatter = new FrontMatterReader();
  private final BodyText bodyText = new BodyText();
  private final JsonLineReader jsonLines = new JsonLineReader();

  public PostParser(ParserOptions options) {
    this.options = options;
  }

  public ParseOutcome parse(RawInput input) {
    String text = input.line();
    try {
      List<String> notes = new ArrayList<>();
      if (RawInput.JSONL.equals(input.format())) {
        return jsonLines.read(input, this, notes);
      }
      TextDecoding.Decoded decoded = TextDecoding.decode(input.bytes());
      text = decoded.text();
      if (decoded.hadBom()) {
        notes.add("UTF8_BOM");
      }
      return parseDocument(input, input.sourcePath(), text, decoded.encoding(), notes);
    } catch (Rejected rejected) {
      return rejected.reject();
    } catch (RuntimeException | StackOverflowError e) {
      String message =
          "Cannot read "
              + input.sourcePath()
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage();
      if (text != null) {
        return Reject.of(RejectReason.INTERNAL_ERROR, message, text);
      }
      // failed before the text was decoded: an excerpt of the bytes, or why there is none
      String excerpt = Reject.excerptOfBytes(input.bytes());
      return excerpt != null
          ? new Reject(RejectReason.INTERNAL_ERROR, message, excerpt)
          : Reject.withoutExcerpt(RejectReason.INTERNAL_ERROR, message, "no bytes were read");
    }
  }

  /** Title and clean text of a post, whatever its dates. */
  public record TitleAndText(String title, String text) {}

  /**
   * The title and clean text of a whole Jekyll file, without requiring a usable date: for
   * evaluating extractors on annotated posts (one of the real ones has no date at all). Null when
   * the file has no readable front matter.
   */
  public TitleAndText readTitleAndText(String path, String fileText) {
    try {
      FrontMatterSplitter.Split split = FrontMatterSplitter.split(fileText, new ArrayList<>());
      FrontMatter fm = frontMatter.read(split.yaml(), new ArrayList<>());
      BodyText.Content content = bodyText.read(split.body(), isHtml(path));
      String title = fm.text("title");
      return new TitleAndText(
          title == null || title.isBlank() ? null : title.strip(),
          String.join("\n", content.paragraphs()));
    } catch (Rejected e) {
      return null;
    }
  }

  /** A whole Jekyll file (front matter and body); {@code logicalPath} names the post file. */
  Post parseDocument(
      RawInput input, String logicalPath, String text, String encoding, List<String> notes)
      throws Rejected {
    if (hasLoneCr(text)) { // classic Mac OS line ends: every reader below splits on '\n'
      text = text.replace("\r\n", "\n").replace('\r', '\n');
      notes.add("CR_LINE_ENDS");
    }
    FrontMatterSplitter.Split split = FrontMatterSplitter.split(text, notes);
    FrontMatter fm = frontMatter.read(split.yaml(), notes);
    return build(input, logicalPath, encoding, fm, split.body(), isHtml(logicalPath), notes, text);
  }

  /**
   * A post from front-matter values and a body, wherever they came from; {@code logicalPath} is
   * null when the input names no post file (a structured JSON Lines record).
   */
  Post build(
      RawInput input,
      String logicalPath,
      String encoding,
      FrontMatter fm,
      String body,
      boolean html,
      List<String> notes,
      String rawText)
      throws Rejected {
    if (faultOnPath != null && input.sourcePath().contains(faultOnPath)) {
      throw new IllegalStateException("injected fault for " + input.sourcePath());
    }
    String fileName = fileName(logicalPath);
    JekyllDates.NameDate nameDate = fileName == null ? null : JekyllDates.fromFileName(fileName);
    ZoneId zone = options.zoneFor(input.inputRoot());
    String dateValue = fm.text("date");
    JekyllDates.Stamp stamp = JekyllDates.parse(dateValue, zone);
    String dateSource = Post.DATE_FROM_FRONT_MATTER;
    if (stamp == null) {
      if (fm.has("date")) {
        notes.add("UNUSABLE_FRONT_MATTER_DATE: '" + dateValue + "'");
      }
      if (nameDate == null) {
        String name =
            fileName == null
                ? "the record names no file"
                : "file name '" + fileName + "' has no YYYY-MM-DD- prefix";
        throw new Rejected(
            RejectReason.MISSING_DATE,
            fm.has("date")
                ? "Cannot parse date '" + dateValue + "' and " + name
                : "No date: front matter has no 'date' and " + name,
            rawText);
      }
      stamp = new JekyllDates.Stamp(nameDate.date().atStartOfDay(zone).toInstant(), true);
      dateSource = Post.DATE_FROM_FILENAME;
    }
    for (String key : List.of("categories", "category", "tags", "tag")) {
      if (fm.isMap(key)) {
        notes.add("IGNORED_FRONT_MATTER_MAP: " + key); // Jekyll has no reading of a map here
      }
    }
    Instant instant = stamp.instant();
    LocalDate localDate = instant.atZone(options.jobZone()).toLocalDate();
    BodyText.Content content = bodyText.read(body, html);
    String cleanText = String.join("\n", content.paragraphs());
    String title = blankToNull(fm.text("title"));
    String sourceUrl =
        content.sourceUrl() != null ? content.sourceUrl() : blankToNull(fm.text("url"));
    return new Post(
        Hashing.postId(input.sourcePath()),
        input.sourcePath(),
        input.inputRoot(),
        logicalPath == null || logicalPath.equals(input.sourcePath()) ? null : logicalPath,
        input.format(),
        encoding,
        title,
        slug(fm, nameDate, fileName),
        blankToNull(fm.text("layout")),
        instant,
        localDate,
        dateSource,
        stamp.offsetAssumed(),
        Taxonomy.categories(
            logicalPath, logicalPath == null || logicalPath.equals(input.sourcePath()), fm),
        Taxonomy.tags(fm),
        fm.bool("published", true),
        fm.isLenient(),
        cleanText,
        content.sourceName(),
        sourceUrl,
        PostMetrics.of(content.paragraphs(), content.links(), content.images()),
        Hashing.contentHash(cleanText.isEmpty() && title != null ? title : cleanText),
        fm.toJson(),
        List.copyOf(notes),
        input.fileSize(),
        input.modifiedMillis());
  }

  private static String slug(FrontMatter fm, JekyllDates.NameDate nameDate, String fileName) {
    String explicit = blankToNull(fm.text("slug"));
    if (explicit != null) {
      return explicit;
    }
    if (nameDate != null) {
      return nameDate.slug();
    }
    if (fileName == null) {
      return null;
    }
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static boolean hasLoneCr(String text) {
    for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
        return true;
      }
    }
    return false;
  }

  static String fileName(String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static boolean isHtml(String path) {
    String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
