package dev.posttrends.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link KnownNames}: names learned from a batch found again in other posts. */
class KnownNamesTest {

  private static final KnownNames KNOWN =
      new KnownNames(
          List.of(
              new Entity("信达生物", "信达生物", "company", "1801.HK", "HK", "code", 3),
              new Entity("信达", "信达", "company", null, null, "mover", 0),
              new Entity("茅台", "贵州茅台", "company", "600519.SH", "SH", "code", 9),
              new Entity("AMD", "AMD", "company", null, null, "latin", 0)));

  @Test
  void findsLearnedNamesWithTheirCodes() {
    String text = "今天信达生物与贵州茅台走强。";
    List<Entity> found = KNOWN.find(text, List.of());
    assertEquals(2, found.size(), found.toString());
    Entity first = found.get(0);
    assertEquals("信达生物", first.surface());
    assertEquals("1801.HK", first.code());
    assertEquals("batch", first.foundBy());
    assertEquals(2, first.offset());
    assertEquals("贵州茅台", found.get(1).surface());
    assertEquals("600519.SH", found.get(1).code());
  }

  @Test
  void findsTheSurfaceUnderTheLearnedName() {
    List<Entity> found = KNOWN.find("茅台午后拉升", List.of());
    assertEquals(1, found.size());
    assertEquals("茅台", found.get(0).surface());
    assertEquals("贵州茅台", found.get(0).name());
  }

  @Test
  void longestMatchWinsAndShorterOnesStillCount() {
    List<Entity> found = KNOWN.find("信达生物和信达", List.of());
    assertEquals(List.of("信达生物", "信达"), found.stream().map(Entity::surface).toList());
  }

  @Test
  void skipsSpansTakenByTheFinderAndLatinInsideWords() {
    String text = "信达生物公告，AMDX与AMD";
    Entity taken = new Entity("信达生物", "信达生物", "company", null, null, "suffix", 0);
    List<Entity> found = KNOWN.find(text, List.of(taken));
    assertEquals(1, found.size(), found.toString());
    assertEquals("AMD", found.get(0).surface());
    assertEquals(text.length() - 3, found.get(0).offset());
  }

  @Test
  void survivesJavaSerialisation() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(KNOWN);
    }
    KnownNames copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (KnownNames) in.readObject();
    }
    assertEquals(KNOWN.size(), copy.size());
    assertEquals(KNOWN.find("贵州茅台与信达生物", List.of()), copy.find("贵州茅台与信达生物", List.of()));
  }

  @Test
  void nothingLearnedFindsNothing() {
    KnownNames none = new KnownNames(List.of());
    assertEquals(List.of(), none.find("贵州茅台", List.of()));
    assertNull(none.find("", List.of()).stream().findFirst().orElse(null));
  }
}
