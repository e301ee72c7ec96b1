package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.config.JobSpec;
import dev.posttrends.extract.RawInput;
import dev.posttrends.extract.RejectReason;
import dev.posttrends.ingest.InputReader;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.SparkTestBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus of issue 7, generated here (one file per kind of breakage), through the real
 * job: every kind has a stated outcome, a post (with what was recovered and the note that says so)
 * or a reject with its reason; nothing fails the run; and over the whole corpus inputs = posts +
 * rejects, the inputs counted without the job.
 */
class BadInputRunTest extends SparkTestBase {

  private static final String P = "_posts/2022-06-08-";

  @TempDir static Path tmp;
  static Path site;
  static Accounting result;
  static String posts;
  static String rejects;

  @BeforeAll
  static void runJobOnTheCorpus() throws IOException {
    site = tmp.resolve("site");
    writeCorpus(site);
    Path out = tmp.resolve("out");
    JobSpec spec =
        Jobs.spec(site, out, "UTC")
            // ingest only: a post dated 9999-12-31 would stretch the trends' dense series
            // (one row per day up to the batch's last period) to millions of rows; see the report
            .withStages(List.of(JobSpec.INGEST));
    result = IngestJob.run(spark, spec); // nothing in the corpus may fail the run
    posts = table(out.resolve("posts"));
    rejects = table(out.resolve("rejects"));
  }

  // ---------------------------------------------------------------- the corpus

  static void writeCorpus(Path site) throws IOException {
    Files.createDirectories(site.resolve("_posts"));
    bytes("empty.md", new byte[0]);
    text("whitespace.md", "  \n\t \r\n\n");
    bytes(
        "png.md",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    bytes(
        "invalid-utf8.md",
        concat(
            "---\ntitle: x\n---\n".getBytes(UTF_8),
            new byte[] {(byte) 0xC3, '(', (byte) 0xFF, (byte) 0x80}));
    bytes("gb18030.md", "---\ntitle: 国标编码\n---\n这是一篇旧网站的文章。\n".getBytes("GB18030"));
    bytes(
        "utf16.md",
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "---\ntitle: UTF-16 标题\n---\n正文。\n".getBytes(Charset.forName("UTF-16LE"))));
    text("crlf.md", "---\r\ntitle: crlf\r\ntags: [a, b]\r\n---\r\n第一段\r\n\r\n第二段\r\n");
    text("cr.md", "---\rtitle: cr\rtags: [a, b]\r---\r第一段\r\r第二段\r");
    text("no-front-matter.md", "只是一段文字，没有前言。\n");
    text("unclosed.md", "---\ntitle: 未闭合\n正文\n");
    text("fm-list.md", "---\n- a\n- b\n---\n正文\n");
    text("fm-scalar.md", "---\njust a sentence\n---\n正文\n");
    text("duplicate-keys.md", "---\ntitle: first\ntitle: second\n---\n正文\n");
    text("tabs.md", "---\ntitle: tabs\ntags:\n\t- a\n\t- b\n---\n正文\n");
    text("quotes.md", "---\ntitle: \"a \"quoted\" word\"\n---\n正文\n");
    text("alias-bomb.md", "---\n" + aliasBomb() + "title: lol\n---\n正文\n");
    text("java-tag.md", "---\ntitle: url\nhome: !!java.net.URL [\"http://x.test/\"]\n---\n正文\n");
    text("ruby-tag.md", "---\ntitle: ruby\nobj: !ruby/object:Gem::Installer\n  i: x\n---\n正文\n");
    StringBuilder longFm = new StringBuilder("---\ntitle: long\n");
    for (int i = 0; i < 100_000; i++) {
      longFm.append("k").append(i).append(": v\n");
    }
    text("long-front-matter.md", longFm.append("---\n正文\n").toString());
    try (OutputStream huge = Files.newOutputStream(site.resolve(P + "huge.md"))) {
      huge.write("---\ntitle: huge\n---\n".getBytes(UTF_8));
      byte[] mb = "正文很长。\n".repeat((1 << 20) / 16).getBytes(UTF_8);
      for (long written = 0; written < 50L << 20; written += mb.length) {
        huge.write(mb);
      }
    }
    Files.writeString(
        site.resolve(P + "nested.html"), "---\ntitle: deep\n---\n" + "<div>".repeat(100_000) + "x");
    text("date-free-text.md", "---\ntitle: free\ndate: last Tuesday afternoon\n---\n正文\n");
    Files.writeString(
        site.resolve("_posts/zero-date.md"), "---\ntitle: zero\ndate: 0000-00-00\n---\n正文\n");
    text("feb-30.md", "---\ntitle: feb\ndate: 2021-02-30\n---\n正文\n");
    text("far-future.md", "---\ntitle: future\ndate: 9999-12-31\n---\n正文\n");
    text("categories-map.md", "---\ntitle: map\ncategories: {a: 1, b: 2}\n---\n正文\n");
    text("non-string-tags.md", "---\ntitle: tags\ntags: [1, true, [x, [y]], 2.5, null]\n---\n正文\n");
    text("unreadable.md", "---\ntitle: unreadable\n---\n正文\n");
    Files.setPosixFilePermissions(
        site.resolve(P + "unreadable.md"), PosixFilePermissions.fromString("---------"));
    Files.createSymbolicLink(site.resolve(P + "dangling.md"), site.resolve("nowhere.md"));
    Files.createDirectories(site.resolve("a/_posts"));
    Files.writeString(site.resolve("a/_posts/2022-06-08-in-a.md"), "---\ntitle: in a\n---\n正文\n");
    Files.createSymbolicLink(site.resolve("a/loop"), Path.of(".."));
    Files.createSymbolicLink(site.resolve("loop-at-root"), Path.of("."));
    Files.writeString(
        site.resolve("dump.jsonl"),
        "{\"title\":\"json ok\",\"date\":\"2022-06-08\",\"body\":\"正文\"}\n"
            + "[1, 2, 3]\n"
            + "{\"title\":\"big line\",\"date\":\"2022-06-08\",\"body\":\"正文\",\"padding\":\""
            + "x".repeat(10 << 20)
            + "\"}\n"
            + "{\"title\":\"cut\",\"date\":\"2022-");
  }

  private static String aliasBomb() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = "*" + (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      yaml.append(String.join(",", prev, prev, prev, prev, prev)).append("]\n");
    }
    return yaml.toString();
  }

  private static void text(String name, String content) throws IOException {
    bytes(name, content.getBytes(UTF_8));
  }

  private static void bytes(String name, byte[] content) throws IOException {
    Files.write(site.resolve(P + name), content);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---------------------------------------------------------------- the outcomes

  /** Every reject, with its reason: the rest of the corpus are posts. */
  private static final Map<String, String> REJECTS = new LinkedHashMap<>();

  static {
    REJECTS.put(P + "empty.md", "EMPTY_FILE");
    REJECTS.put(P + "whitespace.md", "EMPTY_FILE");
    REJECTS.put(P + "png.md", "BINARY_FILE");
    REJECTS.put(P + "invalid-utf8.md", "UNDECODABLE_BYTES");
    REJECTS.put(P + "no-front-matter.md", "NO_FRONT_MATTER");
    REJECTS.put(P + "unclosed.md", "UNCLOSED_FRONT_MATTER");
    REJECTS.put(P + "fm-list.md", "INVALID_FRONT_MATTER");
    REJECTS.put(P + "fm-scalar.md", "INVALID_FRONT_MATTER");
    REJECTS.put(P + "huge.md", "FILE_TOO_LARGE"); // 50 MB > limits.max_file_bytes (32 MiB)
    REJECTS.put("_posts/zero-date.md", "MISSING_DATE");
    REJECTS.put("dump.jsonl#2", "NOT_A_JSON_OBJECT");
    REJECTS.put("dump.jsonl#4", "MALFORMED_JSON_LINE");
  }

  @Test
  void eachBrokenKindIsRejectedWithItsReason() {
    List<List<Object>> expected = new ArrayList<>();
    REJECTS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> expected.add(List.of(e.getKey(), e.getValue())));
    assertEquals(
        expected, rows("SELECT source_path, reason FROM " + rejects + " ORDER BY source_path"));
    assertEquals(
        0, count("SELECT count(*) FROM " + rejects + " WHERE message IS NULL OR message = ''"));
  }

  @Test
  void inputsArePostsPlusRejectsCountedWithoutTheJob() throws IOException {
    long inputs = SampleRunTest.countInputsIndependently(site);
    long postRows = count("SELECT count(*) FROM " + posts);
    long rejectRows = count("SELECT count(*) FROM " + rejects);
    assertEquals(inputs, postRows + rejectRows, "inputs = posts + rejects");
    assertEquals(inputs, result.inputs());
    assertEquals(REJECTS.size(), rejectRows);
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT source_path FROM "
                + posts
                + " GROUP BY 1 HAVING count(*) > 1)"),
        "no file listed twice through the symlink loops");
  }

  /** One post's columns of interest, lists joined with '|'. */
  private static Map<String, Object> post(String path) {
    String[] names = {
      "title",
      "encoding",
      "lenient",
      "categories",
      "tags",
      "date_source",
      "date",
      "notes",
      "text",
      "fm"
    };
    List<List<Object>> found =
        rows(
            "SELECT title, source_encoding, is_front_matter_lenient,"
                + " array_to_string(categories, '|'), array_to_string(tags, '|'), date_source,"
                + " CAST(published_date AS VARCHAR), array_to_string(parse_notes, '|'),"
                + " left(text, 200), left(front_matter_json, 2000) FROM "
                + posts
                + " WHERE source_path = '"
                + path
                + "'");
    assertEquals(1, found.size(), "one post for " + path);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      out.put(names[i], found.get(0).get(i));
    }
    return out;
  }

  @Test
  void encodingsAreRecovered() {
    Map<String, Object> gb = post(P + "gb18030.md");
    assertEquals("国标编码", gb.get("title"));
    assertEquals("GB18030", gb.get("encoding"));
    assertEquals("这是一篇旧网站的文章。", gb.get("text"));
    Map<String, Object> utf16 = post(P + "utf16.md");
    assertEquals("UTF-16 标题", utf16.get("title"));
    assertEquals("UTF-16LE", utf16.get("encoding"));
  }

  @Test
  void crlfAndLoneCrLineEndsReadAsLines() {
    Map<String, Object> crlf = post(P + "crlf.md");
    assertEquals(
        List.of("crlf", "a|b", "第一段\n第二段", ""),
        List.of(crlf.get("title"), crlf.get("tags"), crlf.get("text"), crlf.get("notes")));
    Map<String, Object> cr = post(P + "cr.md");
    assertEquals(
        List.of("cr", "a|b", "第一段\n第二段", "CR_LINE_ENDS"),
        List.of(cr.get("title"), cr.get("tags"), cr.get("text"), cr.get("notes")));
  }

  @Test
  void brokenYamlIsReadLenientlyAndFlagged() {
    Map<String, Object> dup = post(P + "duplicate-keys.md");
    assertEquals("second", dup.get("title"), "the later key wins, as in Jekyll");
    assertEquals(false, dup.get("lenient"));
    Map<String, Object> tabs = post(P + "tabs.md");
    assertEquals(
        List.of("tabs", "a|b", true),
        List.of(tabs.get("title"), tabs.get("tags"), tabs.get("lenient")));
    assertTrue(tabs.get("notes").toString().startsWith("LENIENT_FRONT_MATTER: "), tabs.toString());
    Map<String, Object> quotes = post(P + "quotes.md");
    assertEquals("a \"quoted\" word", quotes.get("title"));
    assertEquals(true, quotes.get("lenient"));
  }

  @Test
  void hostileYamlIsRefusedNotExpandedNorInstantiated() {
    // Jackson's YAML reader keeps an alias as the anchor's name instead of expanding it (and
    // snakeyaml's alias limit, 20, is set as well): the 5^9-item bomb stays a few hundred bytes.
    Map<String, Object> bomb = post(P + "alias-bomb.md");
    assertEquals(List.of("lol", false), List.of(bomb.get("title"), bomb.get("lenient")));
    assertTrue(bomb.get("fm").toString().length() < 2000, "the aliases were not expanded");
    assertEquals(
        "{\"title\":\"url\",\"home\":[\"http://x.test/\"]}", post(P + "java-tag.md").get("fm"));
    assertEquals("{\"title\":\"ruby\",\"obj\":{\"i\":\"x\"}}", post(P + "ruby-tag.md").get("fm"));
    // 100,000 keys (about 990,000 code points) are within the 1 MiB code-point limit: read.
    Map<String, Object> longFm = post(P + "long-front-matter.md");
    assertEquals(List.of("long", false), List.of(longFm.get("title"), longFm.get("lenient")));
    assertEquals(
        100_001L,
        count(
            "SELECT json_array_length(json_keys(front_matter_json)) FROM "
                + posts
                + " WHERE source_path = '"
                + P
                + "long-front-matter.md'"));
  }

  @Test
  void deepHtmlIsRead() {
    assertEquals("x", post(P + "nested.html").get("text"));
  }

  @Test
  void unusableDatesFallBackToTheFileNameAndFarFutureIsAPost() {
    Map<String, Object> free = post(P + "date-free-text.md");
    assertEquals(
        List.of("filename", "2022-06-08", "UNUSABLE_FRONT_MATTER_DATE: 'last Tuesday afternoon'"),
        List.of(free.get("date_source"), free.get("date"), free.get("notes")));
    Map<String, Object> feb30 = post(P + "feb-30.md");
    assertEquals(
        List.of("filename", "2022-06-08", "UNUSABLE_FRONT_MATTER_DATE: '2021-02-30'"),
        List.of(feb30.get("date_source"), feb30.get("date"), feb30.get("notes")));
    Map<String, Object> future = post(P + "far-future.md");
    assertEquals(
        List.of("front_matter", "9999-12-31"),
        List.of(future.get("date_source"), future.get("date")));
  }

  @Test
  void oddTaxonomyValuesAreReadOrFlagged() {
    Map<String, Object> map = post(P + "categories-map.md");
    assertEquals(
        List.of("", "IGNORED_FRONT_MATTER_MAP: categories"),
        List.of(map.get("categories"), map.get("notes")));
    assertEquals("1|true|x|y|2.5", post(P + "non-string-tags.md").get("tags"));
  }

  @Test
  void treeOddities() {
    // Tests run as root, where chmod 000 does not stop reading: the file is then an ordinary
    // post. As any other user it is UNREADABLE_FILE (the reader's I/O failure path, below).
    if (Files.isReadable(site.resolve(P + "unreadable.md"))) {
      assertEquals("unreadable", post(P + "unreadable.md").get("title"));
    } else {
      assertEquals(
          List.of(List.of("UNREADABLE_FILE")),
          rows("SELECT reason FROM " + rejects + " WHERE source_path = '" + P + "unreadable.md'"));
    }
    // A dangling link is no file: Hadoop's listing skips it, and so does the independent count.
    assertEquals(
        0, count("SELECT count(*) FROM " + posts + " WHERE source_path LIKE '%dangling%'"));
    // Links back up the tree (a/loop -> .., loop-at-root -> .) are not walked: each file once.
    assertEquals(
        List.of(List.of("a/_posts/2022-06-08-in-a.md")),
        rows("SELECT source_path FROM " + posts + " WHERE title = 'in a'"));
  }

  @Test
  void jsonLinesKeepGoingPastBadLines() {
    assertEquals(
        "json ok",
        rows("SELECT title FROM " + posts + " WHERE source_path = 'dump.jsonl#1'").get(0).get(0));
    assertEquals(
        List.of(List.of("big line", 10L << 20)),
        rows(
            "SELECT title, length(json_extract_string(front_matter_json, '$.padding'))::BIGINT FROM"
                + " "
                + posts
                + " WHERE source_path = 'dump.jsonl#3'"));
  }

  @Test
  void aFileThatVanishedAfterListingIsUnreadable() {
    Iterator<InputReader.Item> items =
        new InputReader(new Configuration(), JobSpec.DEFAULT_MAX_FILE_BYTES)
            .read(
                site.resolve("gone.md").toUri().toString(),
                site.toString(),
                "gone.md",
                10,
                0,
                RawInput.FILE);
    InputReader.Item item = items.next();
    assertEquals(RejectReason.UNREADABLE_FILE, item.failure().reason());
    assertTrue(item.failure().message().contains("gone.md"), item.failure().message());
    assertFalse(items.hasNext());
  }
}
