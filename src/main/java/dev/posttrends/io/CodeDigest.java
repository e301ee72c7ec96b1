package dev.posttrends.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of posttrends' own classes and resources (everything under {@code dev/posttrends/} in
 * the jar or class folder this class was loaded from): extracted rows are reused by a rerun only
 * when the code that extracted them is byte for byte the same. A version number alone would not
 * change when the code does (snapshots, local builds).
 */
public final class CodeDigest {

  private static final String PREFIX = "dev/posttrends/";
  private static volatile String cached;

  private CodeDigest() {}

  /** SHA-256 over the sorted names and contents, hex; computed once per JVM. */
  public static String current() {
    String digest = cached;
    if (digest == null) {
      digest = compute();
      cached = digest;
    }
    return digest;
  }

  private static String compute() {
    try {
      Path location =
          Path.of(CodeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(location)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location.resolve(PREFIX))) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          sha.update(location.relativize(file).toString().replace('\\', '/').getBytes());
          sha.update(Files.readAllBytes(file));
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          List<? extends ZipEntry> entries =
              jar.stream()
                  .filter(e -> e.getName().startsWith(PREFIX) && !e.isDirectory())
                  .sorted(java.util.Comparator.comparing(ZipEntry::getName))
                  .toList();
          for (ZipEntry entry : entries) {
            sha.update(entry.getName().getBytes());
            try (InputStream in = jar.getInputStream(entry)) {
              sha.update(in.readAllBytes());
            }
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot digest posttrends' own code", e);
    } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // unknown code: a value no other run has, so nothing extracted before is reused
      return "unknown-" + java.util.UUID.randomUUID();
    }
  }
}
