package dev.posttrends.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's post dates: the front-matter {@code date} and the {@code YYYY-MM-DD-} prefix of the file
 * name. A date without an offset is local time in the given zone.
 */
public final class JekyllDates {

  /** An instant, and whether its offset was assumed from the time zone rather than written. */
  public record Stamp(Instant instant, boolean offsetAssumed) {}

  /** A file name's date and the slug after it. */
  public record NameDate(LocalDate date, String slug) {}

  private static final Pattern DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:(?:[ \\t]+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
              + "[ \\t]*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern NAME =
      Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+?)(\\.[^.]+)?$");

  private JekyllDates() {}

  /**
   * Parses a front-matter date such as {@code 2022-06-08 07:33:42 +0800}, {@code 2022-6-8}, {@code
   * 2022-06-08T07:33:42.5Z} or {@code 2022-06-08 07:33 UTC}. Returns null when the value is not
   * such a date (the caller falls back to the file name).
   */
  public static Stamp parse(String value, ZoneId zone) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE.matcher(value.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
              nanos(m.group(7)));
      String offset = m.group(8);
      if (offset == null) {
        return new Stamp(local.atZone(zone).toInstant(), true);
      }
      return new Stamp(local.atOffset(offset(offset)).toInstant(), false);
    } catch (DateTimeException | NumberFormatException e) {
      return null; // 2022-13-45 and friends: not a usable date, the caller notes the fallback
    }
  }

  /**
   * The date and slug of a Jekyll post file name: {@code 2022-06-08-slug.md}, also unpadded {@code
   * 2022-6-8-slug.md}; null when the name carries no valid date.
   */
  public static NameDate fromFileName(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return new NameDate(date, m.group(4));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text.equals("Z") || text.equals("UTC") || text.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = text.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    return Integer.parseInt((fraction + "000000000").substring(0, 9));
  }
}
