package dev.posttrends.extract.dates;

import java.util.regex.Pattern;

/**
 * The one regular expression that recognizes a date expression starting at a given position,
 * compiled once. Alternatives are ordered so that, at one position, the longest reading wins (an
 * ISO date before a year, a year with its month before the year alone). Guards against durations,
 * metrics and ordinals sit in the look-behinds and look-aheads; guards that need the whole match
 * live in {@link Resolver}.
 */
final class DatePatterns {

  private DatePatterns() {}

  private static final String CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])";
  private static final String CN_DAY = "(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
  private static final String EN_MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  private static final String MONTH = "(?:1[0-2]|0?[1-9])";
  private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])";
  private static final String YEAR4 = "(?:19|20)\\d{2}";

  /** A fiscal or accounting year's word after its number: 2023财年, 2023财政年度, 2023会计年度. */
  private static final String FISCAL = "(?:财年|财政年度?|会计年度?)";

  /**
   * What must follow a two-digit year (22年6月, 22年一季度, 22年上半年) for it to be read as one: alone, 22年
   * is far more often a count of years (运营22年).
   */
  private static final String AFTER_TWO_DIGIT_YEAR =
      "(?:1[0-2]|0?[1-9])(?:月|-|至|~)|第?[一二三四1-4]季度|Q[1-4]|[上下]半年|前[一二三1-3]季度";

  /** What a year written without 年 runs into: 2022上半年, 2022一季度, 2022全年. */
  private static final String AFTER_BARE_YEAR = "[上下]半年|第?[一二三四]季度|前[一二三]季度|全年";

  /** Joins the two days of a range inside one month, tightly: 8-10日, 8日至10日. */
  private static final String DAY_SEP = "(?:至|到|-|~|～|—|–)";

  /** Joins two ends of a run: {@code 1至5月}, {@code 2021年-2025年}. */
  static final String SEP = "\\s*(?:至|到|——|—|-|~|～|－|–)\\s*";

  /** Self-contained forms that open with a digit; kept together behind one cheap look-ahead. */
  private static final String NUMERIC_ABSOLUTE =
      // 2022-06-08, 2022/6/8 in running text
      "(?<![\\d./-])(?<isoY>"
          + YEAR4
          + ")(?<isoS>[-/.])(?<isoM>"
          + MONTH
          + ")\\k<isoS>(?<isoD>"
          + DAY
          + ")(?!\\d)"
          // a title's （12-08）: only two-digit pairs in brackets, so (1-2) stays a list label
          + "|(?<=[（(【\\[])(?<tM>1[0-2]|0[1-9])-(?<tD>3[01]|[12]\\d|0[1-9])(?=[）)】\\]])"
          + "|(?<![A-Za-z\\d])(?<enD2>"
          + DAY
          + ")\\s+(?<enM2>"
          + EN_MONTH
          + ")\\.?,?\\s+(?<enY2>"
          + YEAR4
          + ")(?!\\d)"
          // 3Q23, 2023Q3, 22Q1 and the halves 1H23, 2023H1
          + "|(?<![A-Za-z\\d])(?<qQ>[1-4])(?<qK>[QH])(?<qQY>(?:20)?\\d{2})(?![\\dA-Za-z])"
          + "|(?<![A-Za-z\\d.])(?<yQY>"
          + YEAR4
          + "(?=\\s*[QH])|\\d{2}(?=[QH]))\\s*(?<yK>[QH])(?<yQ>[1-4])(?![\\dA-Za-z])"
          + "|(?<![\\d./])(?<yrA>"
          + YEAR4
          + ")"
          + SEP
          + "(?<yrB>"
          + YEAR4
          + ")年(?!报)度?";

  /** Self-contained forms that open with a Latin letter. */
  private static final String LATIN_ABSOLUTE =
      "(?<![A-Za-z])(?<enM>"
          + EN_MONTH
          + ")\\.?\\s+(?:(?<enD>"
          + DAY
          + ")(?:st|nd|rd|th)?,?\\s+)?(?<enY>"
          + YEAR4
          + ")(?!\\d)"
          // a yearless English day; "May" is left out, it is too often the verb
          + "|(?<![A-Za-z])(?<enM3>January|February|March|April|June|July|August|September"
          + "|October|November|December)\\s+(?<enD3>"
          + DAY
          + ")(?:st|nd|rd|th)?(?![\\d:])"
          // Q3 2023, Q3'23 and the halves H1 2023, H1'23 (never H1 alone)
          + "|(?<![A-Za-z\\d])(?<eK>[QH])(?<eQ>[1-4])(?:\\s*(?<eQY>"
          + YEAR4
          + ")|'(?<eQY2>\\d{2}))(?!\\d)"
          // FY2023, FY23, fiscal 2023 (never fiscal 23): that calendar year, an approximation
          + "|(?<![A-Za-z])(?:FY\\s?|[Ff]iscal(?:\\s+[Yy]ear)?\\s+(?=\\d{4}))(?<fyY>"
          + YEAR4
          + "|\\d{2})(?!\\d)";

  /**
   * The alternatives that need no year or body around them. A look-ahead on the first char picks
   * the group to try, so a position that opens neither kind costs two char tests, not a dozen
   * look-behinds.
   */
  private static final String ABSOLUTE =
      "(?=\\d)(?:"
          + NUMERIC_ABSOLUTE
          + ")|(?=[A-Za-z])(?:"
          + LATIN_ABSOLUTE
          + ")"
          // five-year plans as periods; the plan's name alone (十四五规划) is not a period
          + "|[“\"「‘『]?十(?<fyp>[一二三四五六])五[”\"」’』]?(?:规划)?(?:时期|期间|期内)";

  private static final String YEAR =
      "(?:(?<![\\d./])(?<yD>"
          + YEAR4
          + ")(?:年(?!报)|"
          + FISCAL
          + "|(?="
          + AFTER_BARE_YEAR
          + "))"
          + "|(?<yC>[〇零○一二三四五六七八九]{4})(?:年|"
          + FISCAL
          + ")"
          + "|(?<![\\d./A-Za-z])(?<y2>\\d{2})年(?="
          + AFTER_TWO_DIGIT_YEAR
          + ")"
          + "|(?<yR>今年(?![\\d一二三四五六七八九十]+岁)|本年|(?<![过除回失])去年|(?<![以之向])上年"
          + "|(?<![说证表声发透聪查阐简注申指分清])明年|(?<![目提之以此当空史先从生])前年(?!化))"
          + "|[（(](?<yP>今年|明年|去年|"
          + YEAR4
          + "年)[）)])度?";

  private static final String BODY =
      "(?:(?<![\\d.%〇零一二三四五六七八九十])(?<mrA>"
          + MONTH
          + "|"
          + CN_MONTH
          + ")"
          + SEP
          + "(?<mrB>"
          + MONTH
          + "|"
          + CN_MONTH
          + ")月份?"
          + "|前(?<pM>1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个?月"
          + "|前(?<pQ>[一二三123])个?季度?"
          + "|第?(?<![\\d.])(?<qrA>[一二三1-3])"
          + SEP
          + "第?(?<qrB>[二三四2-4])季度"
          + "|(?<qF>第)?(?<q>[一二三四]|(?<![\\d.])[1-4])季(?:(?<qD>度)(?!报)|(?![度报]))"
          + "|(?<![A-Za-z\\d])Q(?<qq>[1-4])(?![\\dA-Za-z])"
          + "|(?<h>[上下])半年(?:度(?!报)|(?![度报]))"
          // 近3月 is a count of months, like 近2日
          + "|(?<![\\d.%近])(?<m>"
          + MONTH
          + "|"
          + CN_MONTH
          + ")月份?(?:(?<d>"
          + DAY
          + "|"
          + CN_DAY
          + ")(?:[日号]?"
          + DAY_SEP
          + "(?<dE>"
          + DAY
          + "|"
          + CN_DAY
          + "))?[日号]|(?<mE>[末底]))?(?!期(?!间))"
          + "|(?<full>全年)"
          + "|(?<yE>年?[末底])"
          + "|(?<yS>年?初)(?=以来|至今|迄今)"
          + "|(?<cmp>同期))";

  /**
   * Words relative to the post's date, then a day of the month alone; the same look-ahead trick.
   */
  private static final String RELATIVE =
      "(?=[今昨前明本当上下月年])(?:(?<rD>今日(?!头条)|今天|昨日|昨天|昨夜|昨晚|(?<![提之以])前天|明日(?!之)|今晨|今早(?!些))"
          + "|(?<rM>本月内?|当月|(?<!以)上个?月|(?<!以)下个?月)"
          + "|(?<![\\d一二三四五六七八九十两几数个半多这那每整])(?<mIn>月内)"
          + "|(?<rW>本周|(?<!以)上周|(?<!以)下周)"
          + "|(?<rQ>本季度|上季度|下季度)"
          + "|(?<since>年初以来|年初至今|年初迄今"
          + "|(?<![\\d一二三四五六七八九十两几数个半多周百千万今明去前后上下本当全每])年内))"
          // a day alone (8日，记者…): not an ordinal, a count or a moving average
          + "|(?=\\d)(?<![\\d.\\-+/:第近前后续每个约超逾仅共这那几数余去来达期时满隔历用涨跌连])"
          + "(?<dA>"
          + DAY
          + ")日(?!内|以内|之内|均|线|涨|跌|[Kk]|年化|平均|累计|期|后|前|左右"
          + "|以上|以下|元)";

  /**
   * Anchored at the region start (use {@code lookingAt}). The last alternative may match empty (a
   * named group may occur once, so "year, body, or both" is written as two optionals): an empty
   * match is no match.
   */
  static final Pattern EXPRESSION =
      Pattern.compile("(?:" + ABSOLUTE + "|" + RELATIVE + "|(?:" + YEAR + ")?(?:" + BODY + ")?)");

  static final Pattern SEPARATOR = Pattern.compile(SEP);
}
