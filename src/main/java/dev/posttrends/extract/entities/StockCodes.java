package dev.posttrends.extract.entities;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stock codes as Chinese financial news writes them in brackets after a name, normalised so that
 * one security has one code whatever the spelling:
 *
 * <ul>
 *   <li>A shares and Beijing: six digits and the exchange, {@code 600519.SH}. The exchange is the
 *       one written ({@code .SH}, {@code .SS}, {@code SH600519}, {@code sz000001}); otherwise it
 *       follows from the prefix as the exchanges allocate codes: 60, 68, 90 (B), 5x (funds), 11
 *       (bonds) on Shanghai; 00, 30, 20 (B), 15, 16, 18 (funds), 12 (bonds), 39 (indices) on
 *       Shenzhen; 43 and every 8x and 92 on Beijing (formerly NEEQ). Other prefixes are no code.
 *   <li>Hong Kong: leading zeros dropped and padded to four digits, {@code 00700.HK}, {@code
 *       0700.HK} and {@code 700.HK} all become {@code 0700.HK} (the Wind and Yahoo convention).
 *       Five digits starting with 0 need no {@code .HK}; four bare digits only count in a post that
 *       speaks of Hong Kong, as years are written the same way.
 *   <li>US: the ticker and the exchange letter as written: {@code AAPL.O} (Nasdaq), {@code SUN.N}
 *       (NYSE), {@code .A} (NYSE American), {@code .US}; {@code NASDAQ: AAPL} becomes {@code
 *       AAPL.O}, {@code NYSE：BABA} becomes {@code BABA.N}.
 * </ul>
 *
 * A bare Latin acronym in brackets ({@code (GDP)}, {@code (HFC)}) is never a code.
 */
final class StockCodes {

  /** A normalised code and its exchange. */
  record Code(String code, String exchange) {}

  private static final String LEAD = "(?:(?:股票|证券)?代码\\s*[:：]?\\s*)?";
  private static final Pattern A_PREFIXED =
      Pattern.compile(LEAD + "(?i)(SH|SZ|BJ|SS)[.:：]?\\s*(\\d{6})");
  private static final Pattern A_SHARE =
      Pattern.compile(LEAD + "(\\d{6})(?:\\.(?i)(SH|SZ|BJ|SS))?");
  private static final Pattern HK =
      Pattern.compile(LEAD + "(?:(HK|HKEX|SEHK|港交所|港股)\\s*[:：]\\s*)?(\\d{1,5})(\\.(?i)HK)?");
  private static final Pattern US_SUFFIXED =
      Pattern.compile("([A-Z][A-Z0-9]{0,5})\\.(?i)(O|OQ|N|A|US)");
  private static final Pattern US_PREFIXED =
      Pattern.compile("(?i)(NASDAQ|NYSE|AMEX|纳斯达克|纽交所)\\s*[:：]\\s*(?-i)([A-Z][A-Z0-9]{0,5})");

  private StockCodes() {}

  /**
   * The code {@code inside} a pair of brackets names, or null when it names none. Only the first of
   * several codes ({@code 600519.SH/600519}, {@code 09988.HK/BABA.N}) counts.
   */
  static Code parse(String inside, boolean hongKongPost) {
    String first = inside.strip();
    int cut = indexOfSeparator(first);
    if (cut > 0) {
      first = first.substring(0, cut).strip();
    }
    Matcher m = A_PREFIXED.matcher(first);
    if (m.matches()) {
      return aShare(m.group(2), m.group(1));
    }
    m = A_SHARE.matcher(first);
    if (m.matches()) {
      return aShare(m.group(1), m.group(2));
    }
    m = HK.matcher(first);
    if (m.matches()) {
      return hongKong(m.group(2), m.group(1) != null || m.group(3) != null, hongKongPost);
    }
    m = US_SUFFIXED.matcher(first);
    if (m.matches()) {
      String exchange = m.group(2).toUpperCase(Locale.ROOT);
      exchange = exchange.equals("OQ") ? "O" : exchange;
      return new Code(m.group(1) + "." + exchange, exchange);
    }
    m = US_PREFIXED.matcher(first);
    if (m.matches()) {
      String market = m.group(1).toUpperCase(Locale.ROOT);
      String exchange =
          market.equals("NASDAQ") || market.equals("纳斯达克")
              ? "O"
              : market.equals("AMEX") ? "A" : "N";
      return new Code(m.group(2) + "." + exchange, exchange);
    }
    return null;
  }

  /** The exchange six digits belong to, by the written suffix or else by the prefix; or null. */
  static Code aShare(String digits, String written) {
    String exchange = written == null ? null : written.toUpperCase(Locale.ROOT);
    if ("SS".equals(exchange)) {
      exchange = "SH";
    }
    if (exchange == null) {
      exchange = exchangeOfPrefix(digits);
    }
    return exchange == null ? null : new Code(digits + "." + exchange, exchange);
  }

  private static String exchangeOfPrefix(String digits) {
    char a = digits.charAt(0);
    char b = digits.charAt(1);
    if (a == '8' || (a == '4' && b == '3') || (a == '9' && b == '2')) {
      return "BJ";
    }
    String two = digits.substring(0, 2);
    return switch (two) {
      case "60", "68", "90", "50", "51", "52", "56", "58", "11" -> "SH";
      case "00", "30", "20", "15", "16", "18", "12", "39" -> "SZ";
      default -> null;
    };
  }

  /** A Hong Kong code, when it is marked as one or cannot be read as anything else. */
  private static Code hongKong(String digits, boolean marked, boolean hongKongPost) {
    boolean bareButClear = digits.length() == 5 && digits.charAt(0) == '0';
    boolean bareInContext = digits.length() >= 4 && hongKongPost;
    if (!marked && !bareButClear && !bareInContext) {
      return null;
    }
    int value = Integer.parseInt(digits);
    if (value == 0) {
      return null;
    }
    String padded = value < 10000 ? String.format(Locale.ROOT, "%04d", value) : digits;
    return new Code(padded + ".HK", "HK");
  }

  private static int indexOfSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == ',' || c == '，' || c == '、' || c == ';' || c == '；') {
        return i;
      }
    }
    return -1;
  }
}
