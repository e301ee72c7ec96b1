package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input on a real HDFS (an in-process namenode and datanode): every file name HDFS allows becomes a
 * post under its name as written, read through an {@code hdfs://} URI. HDFS itself refuses a colon
 * in a name ({@code DFSUtil.isValidName}), so the colon names of {@link LegalFileNamesTest} are
 * checked to be refused by HDFS, not by posttrends.
 */
class HdfsInputTest {

  @TempDir static Path tmp;
  private static MiniDFSCluster cluster;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("hdfs").toString());
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void everyNameHdfsAllowsBecomesAPostUnderItsOwnName() throws Exception {
    FileSystem fs = cluster.getFileSystem();
    String site = fs.getUri() + "/sites/media%20one/_posts/";
    List<String> names = LegalFileNamesTest.NAMES.stream().filter(n -> !n.contains(":")).toList();
    int day = 1;
    for (String name : names) {
      try (OutputStream out = fs.create(path(site, name))) {
        out.write(LegalFileNamesTest.post(day++).getBytes(StandardCharsets.UTF_8));
      }
    }
    assertEquals(names.size(), fs.listStatus(path(site, "")).length);
    assertThrows(Exception.class, () -> fs.create(path(site, "a:b.md")), "HDFS refuses a colon");

    Path out = tmp.resolve("out");
    LegalFileNamesTest.runCli(fs.getUri() + "/sites", out);
    TreeSet<String> expected = new TreeSet<>();
    names.forEach(n -> expected.add("media one/_posts/" + n));
    TreeSet<String> actual = new TreeSet<>();
    rows("select source_path, category from " + table(out.resolve("posts")))
        .forEach(
            r -> {
              actual.add((String) r.get(0));
              assertEquals("media one", r.get(1));
            });
    assertEquals(expected, actual);
    var manifest =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("manifest.json").toFile());
    assertEquals(0, manifest.at("/rejects/total").asInt(), manifest.at("/rejects").toString());
  }

  /** The file {@code name} (exactly as written) in folder URI {@code folder}. */
  private static org.apache.hadoop.fs.Path path(String folder, String name) {
    StringBuilder encoded = new StringBuilder(folder);
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return new org.apache.hadoop.fs.Path(URI.create(encoded.toString()));
  }
}
