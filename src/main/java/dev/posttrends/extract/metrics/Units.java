package dev.posttrends.extract.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that may follow a number, each with its canonical unit and kind, plus the ones that
 * make the figure no mention (年, 月, 倍, 级…). Looked up by first character, longest first, so {@code
 * 个百分点} wins over {@code 个} and {@code 平方米} over {@code 米}.
 */
final class Units {

  static final String MONEY = "money";
  static final String PERCENT = "percent";
  static final String POINTS = "percentage_point";
  static final String COUNT = "count";
  static final String QUANTITY = "quantity";

  /** A word after which the number is a date, duration, multiple, grade or ordinal. */
  static final String EXCLUDED = "excluded";

  /** A unit word as matched: {@code shift} moves the decimal point (basis points: -2). */
  record Unit(String word, String code, String kind, int shift, int end) {
    Unit at(int end) {
      return new Unit(word, code, kind, shift, end);
    }
  }

  private static final Map<Character, Unit[]> BY_FIRST = new HashMap<>();

  /** Classifier + next char that make a noun, not a count (项目, 家庭, 股份, 人民…). */
  private static final Set<String> COMPOUNDS =
      Set.of(
          TextScan.words(
              "项目|家庭|家族|家居|家电|家具|家乡|家园|家属|家长|家里|人民|人员|人口|人士|人群|人才|人工|人气|人均|人们|台湾|台阶|台风|条件"
                  + "|条款|条例|条约|部门|部分|部署|部件|部长|部落|次数|次日|次年|位置|位于|位列|位数|名单|名义|名称|名字|名额|场景|场所|场地"
                  + "|户口|户籍|股份|股东|股票|股权|股价|股市|股本|股息|股民|只有|只是|只能|只要|座谈|座位|期间|期货|期限|期权|期待|期末|期初"
                  + "|类别|类似|类型|类股|种类|种植|种子|批准|批发|处理|处于|处置|所有|所以|所在|所得|单位|单价|单独|单一|笔记|支持|支付|支出"
                  + "|支撑|支行|款项|款式|份额|架构|列车|列入|间隔|间接|起来|起步|起点|起诉|起飞|例如|篇章|轮胎|头部|头条|头寸|套餐|套利|本地"
                  + "|本身|本科|本土|首先|首都|首付|片区|根据|根本|口径|口岸|门户|门槛|席位|票房|手机|手续|手中|个体|个性|件事|宗教|节目|节点"
                  + "|段落|包括|包含|场馆|块钱|省份|省级|市场|市值|市民|县城|国内|国际|国家|国产|城市|城镇|道路|张家|枚举|届时"));

  static {
    List<Unit> all = new ArrayList<>();
    add(all, MONEY, 0, "元人民币", "CNY", "人民币", "CNY", "元", "CNY", "块钱", "CNY", "美元", "USD");
    add(all, MONEY, 0, "美金", "USD", "港元", "HKD", "港币", "HKD", "欧元", "EUR", "日元", "JPY");
    add(all, MONEY, 0, "英镑", "GBP", "yuan", "CNY", "renminbi", "CNY", "RMB", "CNY", "CNY", "CNY");
    add(all, MONEY, 0, "US dollars", "USD", "dollars", "USD", "USD", "USD", "HK dollars", "HKD");
    add(all, MONEY, 0, "Hong Kong dollars", "HKD", "HKD", "HKD", "euros", "EUR", "euro", "EUR");
    add(all, MONEY, 0, "EUR", "EUR", "yen", "JPY", "JPY", "JPY", "GBP", "GBP");
    add(all, MONEY, 0, "pounds sterling", "GBP", "pound sterling", "GBP", "pounds", "GBP");
    add(all, MONEY, 0, "pound", "GBP", "sterling", "GBP", "dollar", "USD");
    add(all, PERCENT, 0, "%", "%", "per cent", "%", "percent", "%", "pct", "%");
    add(all, POINTS, 0, "个百分点", "pp", "百分点", "pp", "percentage points", "pp");
    add(all, POINTS, 0, "percentage point", "pp", "ppts", "pp", "ppt", "pp", "pp", "pp");
    add(all, POINTS, -2, "个基点", "pp", "基点", "pp", "basis points", "pp", "basis point", "pp");
    add(all, POINTS, -2, "bps", "pp", "bp", "pp", "basis-point", "pp", "-basis-point", "pp");
    add(all, POINTS, 0, "-percentage-point", "pp", "percentage-point", "pp");
    add(all, QUANTITY, 0, "平方公里", "km2", "平方千米", "km2", "平方米", "m2", "平米", "m2");
    add(all, QUANTITY, 0, "㎡", "m2", "公里", "km", "千米", "km", "米", "m", "亩", "mu", "吨", "t");
    add(all, QUANTITY, 0, "公斤", "kg", "千克", "kg", "吉瓦时", "GWh", "太瓦时", "TWh");
    add(all, QUANTITY, 0, "兆瓦时", "MWh", "千瓦时", "kWh", "度", "kWh", "吉瓦", "GW", "兆瓦", "MW");
    add(all, QUANTITY, 0, "千瓦", "kW", "点", "pt", "GWh", "GWh", "TWh", "TWh", "MWh", "MWh");
    add(all, QUANTITY, 0, "kWh", "kWh", "GW", "GW", "MW", "MW", "kW", "kW", "km", "km");
    add(all, QUANTITY, 0, "kilometres", "km", "kilometers", "km", "square metres", "m2");
    add(all, QUANTITY, 0, "square meters", "m2", "sq m", "m2", "sqm", "m2", "metres", "m");
    add(all, QUANTITY, 0, "meters", "m", "tonnes", "t", "tons", "t", "tonne", "t", "kg", "kg");
    add(all, QUANTITY, 0, "points", "pt", "pts", "pt");
    for (String c :
        TextScan.words(
            "人次|家次|架次|批次|台次|辆次|个|家|项|辆|只|人|件|座|台|户|股|套|期|次|条|名|位|款|份|张|架|艘|列|部|处|所|间|栋|幢"
                + "|批|种|类|宗|起|例|篇|场|轮|笔|单|支|枚|颗|头|匹|块|箱|片|根|棵|株|粒|瓶|盒|包|袋|本|册|首|段|节|门|口|席|票|手|剂"
                + "|针|省|县")) {
      all.add(new Unit(c, c, COUNT, 0, 0));
    }
    for (String x :
        ("个交易日 个工作日 个自然日 个小时 个季度 个月 个年头 周年 年度 年期 年 月 日 号 时 小时 分钟 秒 天 周 季度 季 世纪 岁"
                + " 倍 级 代 届 成 楼 层 强 分 版 阶 years year months month weeks week days day hours"
                + " hour minutes minute seconds second times st nd rd th am pm x")
            .split(" ")) {
      all.add(new Unit(x, null, EXCLUDED, 0, 0));
    }
    Map<Character, List<Unit>> grouped = new HashMap<>();
    for (Unit u : all) {
      grouped.computeIfAbsent(u.word().charAt(0), k -> new ArrayList<>()).add(u);
    }
    grouped.forEach(
        (k, v) -> {
          v.sort(Comparator.comparingInt((Unit u) -> -u.word().length()));
          BY_FIRST.put(k, v.toArray(new Unit[0]));
        });
  }

  private Units() {}

  private static void add(List<Unit> all, String kind, int shift, String... wordCode) {
    for (int k = 0; k < wordCode.length; k += 2) {
      all.add(new Unit(wordCode[k], wordCode[k + 1], kind, shift, 0));
    }
  }

  /**
   * The unit word at {@code j} (after at most one space), or null. English words need a word
   * boundary after them; classifiers that start a compound noun ({@code 项目}) do not count.
   */
  static Unit match(String t, int j) {
    Unit u = matchAt(t, j);
    if (u == null && j + 1 < t.length() && t.charAt(j) == ' ') {
      u = matchAt(t, j + 1);
      if (u != null && !isAscii(u.word().charAt(0)) && !u.word().equals("%")) {
        return null; // 5 家 is rare; a space before a Han unit usually ends the figure
      }
    }
    return u;
  }

  private static Unit matchAt(String t, int j) {
    if (j >= t.length()) {
      return null;
    }
    Unit[] candidates = BY_FIRST.get(t.charAt(j));
    if (candidates == null) {
      return null;
    }
    for (Unit u : candidates) {
      String w = u.word();
      if (!t.startsWith(w, j)) {
        continue;
      }
      int end = j + w.length();
      char after = end < t.length() ? t.charAt(end) : ' ';
      if (isAscii(w.charAt(w.length() - 1))
          && NumberScanner.isLetter(w.charAt(w.length() - 1))
          && NumberScanner.isLetter(after)) {
        continue; // 5 kmh, 3 percentile: not this word
      }
      if (u.kind().equals(COUNT) && w.length() == 1 && COMPOUNDS.contains(w + after)) {
        continue;
      }
      return u.at(end);
    }
    return null;
  }

  static boolean isAscii(char c) {
    return c < 128;
  }
}
