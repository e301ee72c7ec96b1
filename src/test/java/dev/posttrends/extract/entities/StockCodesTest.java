package dev.posttrends.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code normalisation table of {@link StockCodes}. */
class StockCodesTest {

  @ParameterizedTest(name = "({0}) -> {1}")
  @CsvSource({
    "600519, 600519.SH, SH",
    "000001, 000001.SZ, SZ",
    "300750, 300750.SZ, SZ",
    "688981, 688981.SH, SH",
    "830799, 830799.BJ, BJ",
    "430047, 430047.BJ, BJ",
    "920001, 920001.BJ, BJ",
    "510300, 510300.SH, SH",
    "159915, 159915.SZ, SZ",
    "600519.SH, 600519.SH, SH",
    "600519.ss, 600519.SH, SH",
    "SH600519, 600519.SH, SH",
    "sz000001, 000001.SZ, SZ",
    "股票代码：600519, 600519.SH, SH",
    "600519.SH/600519, 600519.SH, SH",
    "2197.HK, 2197.HK, HK",
    "00700.HK, 0700.HK, HK",
    "0700.HK, 0700.HK, HK",
    "700.HK, 0700.HK, HK",
    "03868, 3868.HK, HK",
    "HK：00700, 0700.HK, HK",
    "09988.HK/BABA.N, 9988.HK, HK",
    "AAPL.O, AAPL.O, O",
    "SUN.N, SUN.N, N",
    "TSLA.OQ, TSLA.O, O",
    "BRK.A, BRK.A, A",
    "NIO.US, NIO.US, US",
    "NASDAQ: AAPL, AAPL.O, O",
    "NYSE：BABA, BABA.N, N"
  })
  void normalises(String inside, String code, String exchange) {
    StockCodes.Code parsed = StockCodes.parse(inside, false);
    assertEquals(code, parsed.code());
    assertEquals(exchange, parsed.exchange());
  }

  @ParameterizedTest(name = "({0}) is no code")
  @CsvSource({"GDP", "HFC", "2021", "700000", "12", "AAPL", "1.5%", "上市公司", "0000.HK"})
  void rejects(String inside) {
    assertNull(StockCodes.parse(inside, false));
  }

  @ParameterizedTest(name = "({0}) is a Hong Kong code only in a Hong Kong post")
  @CsvSource({"2020, 2020.HK", "1211, 1211.HK"})
  void fourBareDigitsNeedHongKongContext(String inside, String code) {
    assertNull(StockCodes.parse(inside, false));
    assertEquals(code, StockCodes.parse(inside, true).code());
  }
}
