package dev.posttrends.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.extract.keywords.Segmenter;
import dev.posttrends.extract.keywords.WordSegmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link EntityFinder} on sentences written for these tests in the style of market news: every
 * source, its priority over the later ones, the junk each must reject, and name normalisation.
 */
class EntityFinderTest {

  private static final WordSegmenter SEGMENTER = Segmenter.FAST.newSegmenter();
  private final EntityFinder finder = new EntityFinder();

  @Test
  void codeAnchorsNameWithNormalisedCode() {
    String text = "今日贵州茅台(600519)股价走高，分析师维持腾讯控股（00700.HK）买入评级，苹果(AAPL.O)收涨。";
    List<Entity> found = find(text);
    assertEntity(found, "贵州茅台", "贵州茅台", "company", "600519.SH", "SH", "code");
    assertEntity(found, "腾讯控股", "腾讯控股", "company", "0700.HK", "HK", "code");
    assertEntity(found, "苹果", "苹果", "company", "AAPL.O", "O", "code");
  }

  @Test
  void codeAnchorsKeepShareClassAndStopAtVerbs() {
    List<Entity> found = find("机构首予德琪医药-B（6996.HK）买入评级。记者从紫金矿业(601899.SH/601899)获悉。");
    assertEntity(found, "德琪医药-B", "德琪医药-B", "company", "6996.HK", "HK", "code");
    assertEntity(found, "紫金矿业", "紫金矿业", "company", "601899.SH", "SH", "code");
  }

  @Test
  void laterMentionsOfAnAnchoredNameCarryItsCode() {
    String text = "信达生物(1801.HK)公布临床结果。分析师认为，信达生物的新药有望获批。";
    List<Entity> found = find(text);
    assertEquals(
        2, found.stream().filter(e -> "1801.HK".equals(e.code())).count(), found.toString());
    assertEquals("code", found.get(found.size() - 1).foundBy());
  }

  @Test
  void bracketedAcronymsAndYearsAreNoCodes() {
    List<Entity> found = find("国内生产总值(GDP)增长，公司年报(2021)显示营收(123)增长。");
    for (Entity e : found) {
      assertNull(e.code(), e.toString());
    }
  }

  @Test
  void peopleAfterTheirRoleAreFound() {
    List<Entity> found = find("某证券首席经济学家王晓明表示，经济回暖。该公司董事长张强称，订单饱满；研究员欧阳青青认为风险可控。");
    assertEntity(found, "王晓明", "王晓明", "person", null, null, "role");
    assertEntity(found, "张强", "张强", "person", null, null, "role");
    assertEntity(found, "欧阳青青", "欧阳青青", "person", null, null, "role");
  }

  @Test
  void aRoleNameMayBeFollowedByAnAdverbOfItsClause() {
    List<Entity> found = find("知名投资人张磊又一次出手，公司董事长李明也出席了会议，首席经济学家王涛近日撰文。");
    assertEntity(found, "张磊", "张磊", "person", null, null, "role");
    assertEntity(found, "李明", "李明", "person", null, null, "role");
    assertEntity(found, "王涛", "王涛", "person", null, null, "role");
  }

  @Test
  void aRoleBeforeAnythingButANameFindsNoPerson() {
    // 分析师认为: a cue right after the role; 董事长会议: no family name; 主任说明: 说明 is no name
    List<Entity> found = find("多位分析师认为，董事长会议将召开，办公室主任说明了情况。");
    assertTrue(found.stream().noneMatch(e -> "role".equals(e.foundBy())), found.toString());
  }

  @Test
  void indexListFindsShortNamesAsWholeWords() {
    List<Entity> found = find("沪指收涨0.5%，深成指跌0.3%，恒生科技指数走高。据报道指出，市场情绪回暖。");
    assertEntity(found, "沪指", "上证指数", "index", null, null, "list");
    assertEntity(found, "深成指", "深证成指", "index", null, null, "list");
    assertEntity(found, "恒生科技指数", "恒生科技指数", "index", null, null, "list");
    assertNull(bySurface(found, "道指"), "道指 inside 报道指出 is no index");
  }

  @Test
  void moverListsNameEachMember() {
    List<Entity> found = find("个股方面，长江电力、中国神华涨超3%，紫金矿业一度跌停，格力电器大涨。");
    assertEntity(found, "长江电力", "长江电力", "company", null, null, "mover");
    assertEntity(found, "中国神华", "中国神华", "company", null, null, "mover");
    assertEntity(found, "紫金矿业", "紫金矿业", "company", null, null, "mover");
    assertEntity(found, "格力电器", "格力电器", "company", null, null, "mover");
  }

  @Test
  void aMoverListClosedByDengNamesEachMember() {
    // 等 ("and others") closes the list; it is no part of the last name
    List<Entity> found = find("午后，长江电力、中国神华、紫金矿业等涨超4%，煤炭、有色等跌超1%。");
    assertEntity(found, "长江电力", "长江电力", "company", null, null, "mover");
    assertEntity(found, "中国神华", "中国神华", "company", null, null, "mover");
    assertEntity(found, "紫金矿业", "紫金矿业", "company", null, null, "mover");
    assertTrue(
        found.stream().noneMatch(e -> e.surface().contains("煤炭") || e.surface().contains("有色")),
        "a list of sectors is dropped whole: " + found);
  }

  @Test
  void aListOfStocksNamesEachMemberWholeBetweenItsCommas() {
    // the members between two 、 are whole whatever their words (领益智造: three verbs to HanLP)
    List<Entity> found = find("昨日，立讯精密、领益智造、鹏鼎控股等个股均获机构买入评级；银行、保险等股走弱。");
    assertEntity(found, "领益智造", "领益智造", "company", null, null, "stock-list");
    assertEntity(found, "鹏鼎控股", "鹏鼎控股", "company", null, null, "stock-list");
    assertTrue(
        found.stream().noneMatch(e -> e.surface().contains("银行") || e.surface().contains("保险")),
        "a list of sectors is dropped whole: " + found);
    // one name before 等股 is no list
    assertTrue(find("另有华胜天成等股获评级。").stream().noneMatch(e -> "stock-list".equals(e.foundBy())));
  }

  @Test
  void moverListsOfSectorsCommoditiesOrPricesAreDropped() {
    List<Entity> found = find("煤炭板块、有色行业涨超2%；螺纹、焦炭涨超1%，电解铜涨500元，电力股大涨，此次大涨。");
    for (Entity e : found) {
      assertTrue(!e.foundBy().equals("mover"), "no mover in a sector or commodity list: " + e);
    }
  }

  @Test
  void aDerivationalMorphemeIsNoProperPartOfAHead() {
    List<Entity> found = find("全国政府性基金预算收入下降，市场化基金规模扩大。");
    assertTrue(found.stream().noneMatch(e -> "suffix".equals(e.foundBy())), found.toString());
  }

  @Test
  void suffixNamesNeedAProperHead() {
    List<Entity> found = find("宁德时代新能源科技股份有限公司公告称，中信证券发布研报，商业银行和子公司全部布局。");
    assertEntity(found, "宁德时代新能源科技股份有限公司", null, "company", null, null, "suffix");
    assertEntity(found, "中信证券", "中信证券", "company", null, null, "suffix");
    assertNull(bySurface(found, "商业银行"));
    assertNull(bySurface(found, "子公司"));
    assertNull(bySurface(found, "布局"));
    assertNull(bySurface(found, "全部"));
  }

  @Test
  void categoriesOfFirmsAndPhrasesAboutChinaAreNoCompanies() {
    List<Entity> found = find("二季度末公募基金规模创新高，多家中小银行合并，外资对华电动汽车投资增加。");
    for (Entity e : found) {
      assertTrue(!e.type().equals("company"), "no company here: " + e);
    }
  }

  @Test
  void localBodiesAreNotTheNationalOnes() {
    List<Entity> found = find("记者从省统计局获悉，市发改委同日发布通知。");
    assertEntity(found, "省统计局", "省统计局", "organization", null, null, "list");
    assertEntity(found, "市发改委", "市发改委", "organization", null, null, "list");
  }

  @Test
  void institutionsFromListAndSuffixes() {
    List<Entity> found = find("证监会与国家统计局发布数据，美国商务部回应，广东省商务厅表示支持。");
    assertEntity(found, "证监会", "中国证券监督管理委员会", "organization", null, null, "list");
    assertEntity(found, "国家统计局", "国家统计局", "organization", null, null, "list");
    assertEntity(found, "美国商务部", "美国商务部", "organization", null, null, "list");
    assertEntity(found, "广东省商务厅", "广东省商务厅", "organization", null, null, "suffix");
  }

  @Test
  void dictionaryNamesArePersonsPlacesAndOrganisations() {
    List<Entity> found = find("李克强在北京主持召开国务院常务会议，新华社报道。");
    assertEntity(found, "李克强", "李克强", "person", null, null, "dictionary");
    assertEntity(found, "北京", "北京", "place", null, null, "dictionary");
    assertEntity(found, "新华社", "新华社", "organization", null, null, "dictionary");
  }

  @Test
  void dictionaryPersonsInsideLongerTransliterationsAreSkipped() {
    List<Entity> found = find("据霍尼韦尔官网消息，拜登表示欢迎。");
    assertNull(bySurface(found, "韦尔"), found.toString());
    assertEntity(found, "拜登", "拜登", "person", null, null, "dictionary");
  }

  @Test
  void latinRunsButNoSingleAcronyms() {
    List<Entity> found = find("Tim Cook表示，Berkshire Hathaway Inc增持，IPO与ETF市场活跃，Goldman Sachs看好。");
    assertEntity(found, "Tim Cook", "Tim Cook", "person", null, null, "latin");
    assertEntity(found, "Berkshire Hathaway Inc", null, "company", null, null, "latin");
    assertEntity(found, "Goldman Sachs", "高盛", "organization", null, null, "list");
    assertNull(bySurface(found, "IPO"));
    assertNull(bySurface(found, "ETF"));
  }

  @Test
  void codeAnchorWinsOverMoverAndEntitiesNeverOverlap() {
    List<Entity> found = find("比亚迪股份(1211.HK)涨超5%，长城汽车涨停。");
    assertEntity(found, "比亚迪股份", "比亚迪股份", "company", "1211.HK", "HK", "code");
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).end() <= found.get(i).offset(), found.toString());
    }
  }

  @Test
  void namesAreNormalisedWithinThePost() {
    List<Entity> found = find("茅台(600519)获增持，贵州茅台（600519.SH）午后拉升。海信家电集团(0921.HK)公告，海信集团涨停。");
    assertEquals("贵州茅台", bySurface(found, "茅台").name());
    assertEquals("贵州茅台", bySurface(found, "贵州茅台").name());
    Entity shortForm = bySurface(found, "海信集团");
    assertNotNull(shortForm, found.toString());
    assertEquals("海信家电集团", shortForm.name());
    assertEquals("0921.HK", shortForm.code());
  }

  @Test
  void emptyAndPlainTextGiveNothing() {
    assertEquals(List.of(), finder.find("", List.of()));
    assertEquals(List.of(), find("今天天气很好，我们一起去散步吧。"));
  }

  private List<Entity> find(String text) {
    List<Entity> found = finder.find(text, SEGMENTER.segment(text));
    for (Entity e : found) {
      assertEquals(e.surface(), text.substring(e.offset(), e.end()), "surface at offset: " + e);
    }
    return found;
  }

  private static Entity bySurface(List<Entity> found, String surface) {
    for (Entity e : found) {
      if (e.surface().equals(surface)) {
        return e;
      }
    }
    return null;
  }

  private static void assertEntity(
      List<Entity> found,
      String surface,
      String name,
      String type,
      String code,
      String exchange,
      String foundBy) {
    Entity e = bySurface(found, surface);
    assertNotNull(e, "no entity '" + surface + "' in " + new ArrayList<>(found));
    if (name != null) {
      assertEquals(name, e.name(), e.toString());
    }
    assertEquals(type, e.type(), e.toString());
    assertEquals(code, e.code(), e.toString());
    assertEquals(exchange, e.exchange(), e.toString());
    assertEquals(foundBy, e.foundBy(), e.toString());
  }
}
