package dev.posttrends.generate;

import java.util.Random;

/**
 * Invented Chinese finance and local-news sentences and titles, full of figures for the metric and
 * date extractors (亿元, %, 个百分点, counts, named periods). Deterministic for a given {@link Random}.
 */
final class Sentences {

  static final String[] PLACES = {
    "上饶市", "南昌市", "赣州市", "九江市", "全省", "长三角地区", "广东省", "浙江省", "成渝地区", "粤港澳大湾区"
  };
  static final String[] COMPANIES = {
    "宁德时代", "比亚迪", "隆基绿能", "晶科能源", "江西铜业", "赣锋锂业", "中国平安", "招商银行", "美的集团", "海康威视"
  };
  static final String[] INDUSTRIES = {
    "光伏", "锂电池", "新能源汽车", "半导体", "有色金属", "文旅", "跨境电商", "人工智能", "低空经济", "生物医药"
  };
  static final String[] PERIODS = {"一季度", "上半年", "前三季度", "今年以来", "1至7月", "去年全年"};
  static final String[] SOURCES = {"证券日报", "证券时报网", "上饶日报", "江西日报", "中国证券报", "新华社"};
  static final String[] NAMES = {"王思敏", "李卫东", "陈晓", "刘洋", "张静", "周文涛"};
  static final String[] DEPTS = {"商务局", "发改委", "工信局", "统计局", "文广新旅局", "金融办"};

  private Sentences() {}

  /** {@code sentences} sentences, one after the other. */
  static void paragraph(Random rnd, StringBuilder out, int sentences) {
    for (int s = 0; s < sentences; s++) {
      sentence(rnd, out);
    }
  }

  static void sentence(Random rnd, StringBuilder out) {
    String place = pick(rnd, PLACES);
    String company = pick(rnd, COMPANIES);
    String industry = pick(rnd, INDUSTRIES);
    String period = pick(rnd, PERIODS);
    switch (rnd.nextInt(10)) {
      case 0 ->
          out.append(place)
              .append(period)
              .append("实现地区生产总值")
              .append(money(rnd))
              .append("亿元，同比增长")
              .append(pct(rnd))
              .append("%，增速比上年同期")
              .append(upDown(rnd))
              .append(pct(rnd))
              .append("个百分点，总量居全省第")
              .append(1 + rnd.nextInt(11))
              .append("位。");
      case 1 ->
          out.append(company)
              .append("发布公告称，公司")
              .append(period)
              .append("实现营业收入")
              .append(money(rnd))
              .append("亿元，同比")
              .append(rnd.nextBoolean() ? "增长" : "下降")
              .append(pct(rnd))
              .append("%；归属于上市公司股东的净利润")
              .append(money(rnd))
              .append("亿元。");
      case 2 ->
          out.append("国家统计局")
              .append(1 + rnd.nextInt(12))
              .append("月")
              .append(1 + rnd.nextInt(28))
              .append("日发布数据，全国居民消费价格指数(CPI)同比上涨")
              .append(pct(rnd))
              .append("%，环比")
              .append(rnd.nextBoolean() ? "上涨" : "下降")
              .append(pct(rnd))
              .append("%；扣除食品和能源价格的核心CPI同比上涨")
              .append(pct(rnd))
              .append("%。");
      case 3 ->
          out.append("截至")
              .append(1 + rnd.nextInt(12))
              .append("月末，")
              .append(place)
              .append("各项贷款余额")
              .append(money(rnd))
              .append("亿元，比年初增加")
              .append(money(rnd))
              .append("亿元，其中制造业中长期贷款增长")
              .append(pct(rnd))
              .append("%。");
      case 4 ->
          out.append(industry)
              .append("板块今日走强，")
              .append(company)
              .append("涨停，")
              .append(pick(rnd, COMPANIES))
              .append("涨超")
              .append(pct(rnd))
              .append("%，两市成交额合计")
              .append(money(rnd))
              .append("亿元，北向资金净买入")
              .append(money(rnd))
              .append("亿元。");
      case 5 ->
          out.append("市")
              .append(pick(rnd, DEPTS))
              .append("相关负责人表示，下一步将围绕")
              .append(industry)
              .append("产业链，加快推进重点项目建设，力争全年产值突破")
              .append(money(rnd))
              .append("亿元，新增规上企业")
              .append(10 + rnd.nextInt(200))
              .append("家。");
      case 6 ->
          out.append("分析人士指出，")
              .append(industry)
              .append("行业短期内仍面临产能过剩和价格竞争的压力，但随着政策持续发力，")
              .append("中长期向好的基本面没有改变，")
              .append(period)
              .append("行业集中度提升约")
              .append(pct(rnd))
              .append("个百分点。");
      case 7 ->
          out.append(place)
              .append("海关数据显示，")
              .append(period)
              .append("外贸进出口总值")
              .append(money(rnd))
              .append("亿元，同比增长")
              .append(pct(rnd))
              .append("%，其中出口")
              .append(money(rnd))
              .append("亿元，对“一带一路”沿线国家进出口增长")
              .append(pct(rnd))
              .append("%。");
      case 8 ->
          out.append("“")
              .append(industry)
              .append("”相关产品出口表现亮眼，")
              .append(period)
              .append("全市")
              .append(industry)
              .append("产品出口")
              .append(money(rnd))
              .append("亿元，占出口总值的")
              .append(pct(rnd))
              .append("%，首次突破")
              .append(1 + rnd.nextInt(9))
              .append("亿美元。");
      default ->
          out.append(period)
              .append("，")
              .append(place)
              .append("接待游客")
              .append(100 + rnd.nextInt(9000))
              .append("万人次，实现旅游收入")
              .append(money(rnd))
              .append("亿元，分别恢复至2019年同期的")
              .append(90 + rnd.nextInt(40))
              .append(".")
              .append(rnd.nextInt(10))
              .append("%。");
    }
  }

  static String title(Random rnd) {
    return switch (rnd.nextInt(5)) {
      case 0 -> pick(rnd, PERIODS) + pick(rnd, PLACES) + "外贸进出口同比增长" + pct(rnd) + "%";
      case 1 -> pick(rnd, COMPANIES) + pick(rnd, PERIODS) + "净利润" + money(rnd) + "亿元";
      case 2 -> pick(rnd, INDUSTRIES) + "板块走强 " + pick(rnd, COMPANIES) + "涨停";
      case 3 -> (1 + rnd.nextInt(12)) + "月CPI同比上涨" + pct(rnd) + "% 核心CPI保持稳定";
      default -> pick(rnd, PLACES) + "加快" + pick(rnd, INDUSTRIES) + "产业链建设";
    };
  }

  static String money(Random rnd) {
    return (1 + rnd.nextInt(999)) + "." + rnd.nextInt(10);
  }

  static String pct(Random rnd) {
    return rnd.nextInt(30) + "." + rnd.nextInt(10);
  }

  static String upDown(Random rnd) {
    return rnd.nextBoolean() ? "加快" : "回落";
  }

  static String pick(Random rnd, String[] values) {
    return values[rnd.nextInt(values.length)];
  }
}
