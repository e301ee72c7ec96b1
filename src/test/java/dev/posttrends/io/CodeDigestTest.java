package dev.posttrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The code digest that keys reuse of extracted rows: a real digest, the same on every call. */
class CodeDigestTest {

  @Test
  void digestsTheProjectsOwnClasses() {
    String digest = CodeDigest.current();
    assertTrue(digest.matches("[0-9a-f]{16}"), digest);
    assertEquals(digest, CodeDigest.current());
  }
}
