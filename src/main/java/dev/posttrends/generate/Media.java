package dev.posttrends.generate;

import dev.posttrends.generate.PostText.Medium;
import java.util.List;

/**
 * The media of a generated site, drawn with a Zipf-like skew (weight 1/rank): the first medium gets
 * about a quarter of the posts, the last well under 1 %. The first ten are the media of the real
 * site's sample; every second medium keeps its posts in {@code _posts/<year>/} folders.
 */
public final class Media {

  /** The ten media of the sample, in the order the older benchmarks use. */
  public static final List<Medium> SAMPLE =
      List.of(
          new Medium("emnews", "东财滚动新闻"),
          new Medium("shangraoribao", "上饶日报新闻"),
          new Medium("21shijijingjibaodao", "21世纪经济报道新闻"),
          new Medium("jiangxiribao", "江西日报新闻"),
          new Medium("techweb", "TechWeb新闻"),
          new Medium("caixin", "财新网新闻"),
          new Medium("yicai", "第一财经新闻"),
          new Medium("stcn", "证券时报新闻"),
          new Medium("cls", "财联社新闻"),
          new Medium("jrj", "金融界新闻"));

  private static final String[][] MORE = {
    {"sina", "新浪财经新闻"}, {"thepaper", "澎湃新闻"}, {"jiemian", "界面新闻"},
    {"wallstreetcn", "华尔街见闻"}, {"xinhua", "新华网新闻"}, {"people", "人民网新闻"},
    {"chinanews", "中国新闻网"}, {"nbd", "每日经济新闻"}, {"eeo", "经济观察网新闻"},
    {"cnstock", "中国证券网新闻"}, {"cs", "中证网新闻"}, {"hexun", "和讯网新闻"},
    {"10jqka", "同花顺财经新闻"}, {"gelonghui", "格隆汇新闻"}, {"huxiu", "虎嗅新闻"},
    {"36kr", "36氪新闻"}, {"ganzhou", "赣州日报新闻"}, {"jiujiang", "九江日报新闻"},
    {"nanchang", "南昌日报新闻"}, {"yingtan", "鹰潭日报新闻"}
  };

  /** All thirty media, most frequent first. */
  public static final List<Medium> ALL = all();

  private static final double[] CUMULATIVE = cumulative(ALL.size());

  private Media() {}

  /** The medium at {@code u}, a uniform draw in [0, 1). */
  public static Medium pick(double u) {
    for (int i = 0; i < CUMULATIVE.length; i++) {
      if (u < CUMULATIVE[i]) {
        return ALL.get(i);
      }
    }
    return ALL.get(ALL.size() - 1);
  }

  /** Whether the medium's posts sit in {@code _posts/<year>/} rather than in {@code _posts/}. */
  public static boolean nestsByYear(Medium medium) {
    return ALL.indexOf(medium) % 2 == 1;
  }

  private static List<Medium> all() {
    Medium[] all = new Medium[SAMPLE.size() + MORE.length];
    SAMPLE.toArray(all);
    for (int i = 0; i < MORE.length; i++) {
      all[SAMPLE.size() + i] = new Medium(MORE[i][0], MORE[i][1]);
    }
    return List.of(all);
  }

  private static double[] cumulative(int n) {
    double[] cumulative = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= total;
    }
    return cumulative;
  }
}
