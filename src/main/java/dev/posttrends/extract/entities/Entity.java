package dev.posttrends.extract.entities;

import java.io.Serializable;

/**
 * One name found in a text.
 *
 * @param surface the text as written, {@code text.substring(offset, end())}
 * @param name the name to count it under: the surface, or the fuller form the same post uses for it
 * @param type {@code company}, {@code person}, {@code organization}, {@code place} or {@code index}
 * @param code the normalised stock code ({@code 600519.SH}, {@code 0700.HK}, {@code AAPL.O}), or
 *     null when no code in the text names it
 * @param exchange {@code SH}, {@code SZ}, {@code BJ}, {@code HK}, {@code O}, {@code N}, {@code A},
 *     {@code US}, or null without a code
 * @param foundBy which rule found it: {@code code}, {@code list}, {@code mover}, {@code role},
 *     {@code suffix}, {@code dictionary}, {@code latin} or {@code batch}, from the surest to the
 *     least sure
 * @param offset where the surface starts in the text
 */
public record Entity(
    String surface,
    String name,
    String type,
    String code,
    String exchange,
    String foundBy,
    int offset)
    implements Serializable {

  public static final String COMPANY = "company";
  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String PLACE = "place";
  public static final String INDEX = "index";

  /** Offset just past the surface. */
  public int end() {
    return offset + surface.length();
  }

  /** This entity counted under {@code newName}. */
  Entity withName(String newName) {
    return new Entity(surface, newName, type, code, exchange, foundBy, offset);
  }
}
