package dev.posttrends.extract.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract ({@code shared/METRICS.md}) bullet by bullet, on invented sentences. Each row is a
 * sentence and its mentions rendered as {@code surface=value[..high] unit kind [up|down] [~]},
 * joined by {@code ;} (empty when the sentence has none).
 */
class MetricExtractorTest {

  private final MetricExtractor extractor = new MetricExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # money: currencies, multipliers, Chinese numerals, full width, separators, spaces
          公司全年营收达到315.25亿元，创历史新高。 | 315.25亿元=31525000000 CNY money
          该基金累计募资约1.2万亿元。 | 1.2万亿元=1200000000000 CNY money ~
          本季度回购金额为2052 万美元。 | 2052 万美元=20520000 USD money
          机构将目标价定为45.6港币。 | 45.6港币=45.6 HKD money
          法院判处罚款￥5,000。 | ￥5,000=5000 CNY money
          这家银行以€3.5亿收购了一家券商。 | €3.5亿=350000000 EUR money
          日本央行追加投入3000亿日元。 | 3000亿日元=300000000000 JPY money
          伦敦一处物业挂牌价250万英镑。 | 250万英镑=2500000 GBP money
          公司计划投资三千五百万元建设新厂。 | 三千五百万元=35000000 CNY money
          项目补贴人民币一百零五万元。 | 人民币一百零五万元=1050000 CNY money
          今年前三季度净利润３１５．２５亿元。 | ３１５．２５亿元=31525000000 CNY money
          首月营收1，234万元。 | 1，234万元=12340000 CNY money
          门票每张80块。 | 80块=80 CNY money
          The deal is worth US$1.2 billion. | US$1.2 billion=1200000000 USD money
          Sales rose 5% to HK$3.5bn. | 5%=5 % percent up; HK$3.5bn=3500000000 HKD money
          The fund raised €40 million from investors. | €40 million=40000000 EUR money
          The group booked 2.5 billion yuan in sales. | 2.5 billion yuan=2500000000 CNY money
          # money per unit, and bare 亿 amounts in a money context
          每10股派发现金红利6.5元/股。 | 6.5元/股=6.5 CNY money
          布伦特原油报80美元/桶。 | 80美元/桶=80 USD money
          当日两市成交额近8000亿，较前一日放量。 | 8000亿=800000000000 CNY money ~
          外资午后加仓超30亿。 | 30亿=3000000000 CNY money ~
          全国人口超14亿。 | ``
          # percent and percentage points, basis points
          毛利率为百分之三十五。 | 百分之三十五=35 % percent
          净利润同比下降１２.５％。 | １２.５％=12.5 % percent down
          Sales grew 12 per cent last year. | 12 per cent=12 % percent up
          Inflation fell to 3 percent in May. | 3 percent=3 % percent
          城镇调查失业率下降0.3个百分点。 | 0.3个百分点=0.3 pp percentage_point down
          五年期贷款利率下调15个基点。 | 15个基点=0.15 pp percentage_point down
          The ten-year yield was up 10bp on Monday. | 10bp=0.1 pp percentage_point up
          Bond yields rose 25 basis points. | 25 basis points=0.25 pp percentage_point up
          Margins widened by 2 percentage points. | 2 percentage points=2 pp percentage_point
          # counts with their classifier; English nouns in the singular
          全市新开工项目50个，同比增加8个。 | 50个=50 个 count; 8个=8 个 count up
          目前只有两三家银行参与试点。 | 两三家=2..3 家 count
          首批120辆新能源公交车投入运营。 | 120辆=120 辆 count
          现场有300多名志愿者。 | 300多名=300 名 count ~
          全国已有三十余座城市开通地铁。 | 三十余座=30 座 count ~
          The group acquired 5 companies last year. | 5 companies=5 company count
          The plant employs 1,500 people. | 1,500 people=1500 person count
          The chain now runs more than 200 stores. | 200 stores=200 store count ~
          # quantities with canonical units, index points
          新建城市道路12.5公里。 | 12.5公里=12.5 km quantity
          新厂房占地3.2万平方米。 | 3.2万平方米=32000 m2 quantity
          合作社流转土地800亩。 | 800亩=800 mu quantity
          二期投产后产能达5万吨/年。 | 5万吨/年=50000 t quantity
          电站总装机容量1.2GW。 | 1.2GW=1.2 GW quantity
          全年发电量3.6亿千瓦时。 | 3.6亿千瓦时=360000000 kWh quantity
          全省用电量约120亿度。 | 120亿度=12000000000 kWh quantity ~
          单件重量45公斤。 | 45公斤=45 kg quantity
          The farm adds 300 MW of wind capacity. | 300 MW=300 MW quantity
          上证指数收报3245.12点。 | 3245.12点=3245.12 pt quantity
          道指下跌120点。 | 120点=120 pt quantity down
          沪指盘中站上3600点。 | 3600点=3600 pt quantity ~
          # ranges and lists sharing a unit
          预计新项目投资3至5亿元。 | 3至5亿元=300000000..500000000 CNY money
          行业增速预计在3-5%之间。 | 3-5%=3..5 % percent
          新品覆盖10~20家门店。 | 10~20家=10..20 家 count
          Analysts expect growth of 35% to 100%. | 35% to 100%=35..100 % percent
          两款车型销量同比分别增长12%和30%。 | 两款=2 款 count; 12%=12 % percent up; 30%=30 % percent up
          今年以来近百家公司发布回购公告，十几家媒体到场。 | 百家=100 家 count ~; 十几家=10 家 count ~
          It expects $4.5bn-$4.8bn. | $4.5bn-$4.8bn=4500000000..4800000000 USD money
          第三季度净利润为-2.3亿元。 | -2.3亿元=-230000000 CNY money
          # change: a move versus a level reached
          新增贷款比上年同期多600亿元。 | 600亿元=60000000000 CNY money up
          营收同比增长7.79%。 | 7.79%=7.79 % percent up
          股价盘中下跌3.5%。 | 3.5%=3.5 % percent down
          Shares fell 4% in early trade. | 4%=4 % percent down
          出口额降至500亿美元。 | 500亿美元=50000000000 USD money
          净利润增至8亿元。 | 8亿元=800000000 CNY money
          The unemployment rate rose to 5%. | 5%=5 % percent
          降幅为2.1%。 | 2.1%=2.1 % percent down
          # hedges and bounds
          全国逾200家医院参与。 | 200家=200 家 count ~
          不良率不足5%。 | 5%=5 % percent ~
          单项投资1000亿元以内。 | 1000亿元=100000000000 CNY money ~
          年增速在5%左右。 | 5%=5 % percent ~
          The company is valued at nearly $3 billion. | $3 billion=3000000000 USD money ~
          # English: sentence-initial hedges and change words, number words, modifiers, currencies
          About 1,200 people attended. | 1,200 people=1200 person count ~
          Nearly 300 stores closed. | 300 stores=300 store count ~
          Over 50 companies joined. | 50 companies=50 company count ~
          More than 40 banks signed. | 40 banks=40 bank count ~
          Up 5% from a year earlier. | 5%=5 % percent up
          Down 3% on the day. | 3%=3 % percent down
          Rose 4% in May. | 4%=4 % percent up
          The firm hired 2,000 workers. | 2,000 workers=2000 worker count
          In 2020 results improved. | ``
          The group bought three companies. | three companies=3 company count
          Three companies signed the deal. | Three companies=3 company count
          Output reached two million barrels a day. | two million barrels=2000000 barrel count
          It runs twenty-five branches. | twenty-five branches=25 branch count
          One company said it would exit; a dozen firms agreed. | ``
          The plan takes two-thirds of the budget. | ``
          The chain opened 5 new stores. | 5 new stores=5 store count
          The city bought 300 electric buses. | 300 electric buses=300 bus count
          Regulators named 5 major banks. | 5 major banks=5 bank count
          Stocks rose for 3 straight sessions. | ``
          The S&P 500 fell 1.2% and the FTSE 100 gained. | 1.2%=1.2 % percent down
          The deal was worth 50 million pounds. | 50 million pounds=50000000 GBP money
          It paid 40 million pound sterling. | 40 million pound sterling=40000000 GBP money
          It raised 2 billion euros. | 2 billion euros=2000000000 EUR money
          Toyota earned ¥500 billion. | ¥500 billion=500000000000 JPY money
          The Fed announced a 25 basis-point cut. | 25 basis-point=0.25 pp percentage_point down
          The Fed delivered a 50-basis-point hike. | 50-basis-point=0.5 pp percentage_point up
          Margins are seen between 35% and 40%. | 35% and 40%=35..40 % percent
          Gold fell 15 points, or 1%. | 15 points=15 pt quantity down; 1%=1 % percent down
          The firm employs about 2000 people. | 2000 people=2000 person count ~
          Net profit slumped 45 percent. | 45 percent=45 % percent down
          The bank cut the reserve ratio by 25 bps. | 25 bps=0.25 pp percentage_point down
          The company raised its dividend by 10%. | 10%=10 % percent up
          It sees between $5bn and $6bn. | $5bn and $6bn=5000000000..6000000000 USD money
          Oil fell $2, or 1%. | $2=2 USD money down; 1%=1 % percent down
          # Chinese: a move verb before a short noun and a percentage-point figure
          央行下调利率25个基点。 | 25个基点=0.25 pp percentage_point down
          美联储宣布降息25个基点。 | 25个基点=0.25 pp percentage_point down
          央行上调存款准备金率0.5个百分点。 | 0.5个百分点=0.5 pp percentage_point up
          # exclusions: dates, ordinals, codes, identifiers, URLs, durations, multiples, articles
          2022年6月8日，公司营收增长5%。 | 5%=5 % percent up
          1至5月累计签约，一季度表现平稳。 | ``
          In 2021 the company changed its name. | ``
          他在比赛中获得第二。 | ``
          这是该省第1000座充电站。 | ``
          增速列全省第二位。 | ``
          中国石化（600028）今日公告。 | ``
          腾讯控股(0700.HK)收涨。 | ``
          联系电话010-12345678。 | ``
          软件升级到3.2.1版本。 | ``
          新车型使用R1234yf制冷剂，搭载于ET7与HFO-1234yf平台。 | ``
          详见https://example.com/news/2022/123456.html | ``
          存款期限240天，另有2年期国债。 | ``
          未来两年，近2日内完成。 | ``
          营收增长3倍，利润翻倍。 | ``
          景区被评为4A级。 | ``
          一家企业落户两市，三大指数齐涨。 | ``
          会议于下午3点召开。 | ``
          一半的员工选择留下。 | ``
          Version 2.0 ships next week. | ``
          项目二期及三期将于明年投产。 | ``
          每10股转增5股。 | 5股=5 股 count
          """)
  void extractsPerContract(String sentence, String expected) {
    assertEquals(expected, render(extractor.extract(sentence)), sentence);
  }

  private static String render(List<MetricMention> mentions) {
    return mentions.stream()
        .map(
            m ->
                m.surface()
                    + "="
                    + m.value().toPlainString()
                    + (m.valueHigh() == null ? "" : ".." + m.valueHigh().toPlainString())
                    + " "
                    + m.unit()
                    + " "
                    + m.kind()
                    + (m.change() == null ? "" : " " + m.change())
                    + (m.approx() ? " ~" : ""))
        .collect(Collectors.joining("; "));
  }

  @Test
  void listSharesTheLastUnitAndTheFirstHedge() {
    assertEquals(
        "12=1200000000 CNY money ~; 8.5=850000000 CNY money ~; 6亿元=600000000 CNY money ~",
        render(extractor.extract("三地分别获补贴约12、8.5、6亿元。")));
  }

  @Test
  void valuesAreExactDecimals() {
    MetricMention m = extractor.extract("合同金额315.25亿元").get(0);
    assertEquals(new BigDecimal("31525000000"), m.value());
    assertEquals(new BigDecimal("3424.7"), extractor.extract("收报3424.70点").get(0).value());
    assertEquals(new BigDecimal("0.021"), extractor.extract("上涨2.1个基点").get(0).value());
  }

  @Test
  void subjectOffsetAndClause() {
    String text = "今年以来，全区合同签约资金315.25亿元，同比增长12%。";
    List<MetricMention> mentions = extractor.extract(text);
    MetricMention money = mentions.get(0);
    assertEquals("全区合同签约资金", money.subject());
    assertEquals(text.indexOf("315.25"), money.charOffset());
    assertEquals("全区合同签约资金315.25亿元", text.substring(money.clauseStart(), money.clauseEnd()));
    MetricMention growth = mentions.get(1);
    assertNull(growth.subject()); // 同比增长 names no subject: the clause is the whole sentence
    assertEquals(
        text.substring(0, text.length() - 1),
        text.substring(growth.clauseStart(), growth.clauseEnd()));
  }

  @Test
  void subjectDropsLeadingVerbsAndHedges() {
    assertEquals("北向资金净流入", extractor.extract("北向资金净流入达30亿元").get(0).subject());
    assertEquals("外贸出口额", extractor.extract("其中外贸出口额约12.6亿元").get(0).subject());
  }

  @Test
  void emptyAndNullText() {
    assertEquals(List.of(), extractor.extract(""));
    assertEquals(List.of(), extractor.extract(null));
  }
}
