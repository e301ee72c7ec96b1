package dev.posttrends.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.config.JobSpec;
import dev.posttrends.generate.CorpusGenerator;
import dev.posttrends.generate.CorpusPlan;
import dev.posttrends.testing.CompareOutputs;
import dev.posttrends.testing.SparkTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small inputs run interpreted, larger ones compiled, and both write the same rows: the whole run
 * on the same input, once in each mode, compared table by table with DuckDB (doubles exact).
 */
class CodegenTest extends SparkTestBase {

  @TempDir Path tmp;

  @Test
  void onlySmallInputsRunInterpreted() {
    assertTrue(Codegen.interpreted(85, 300 << 10), "the README's sample");
    assertTrue(Codegen.interpreted(1_000, 8L << 20));
    assertFalse(Codegen.interpreted(1_001, 1 << 20));
    assertFalse(Codegen.interpreted(10, 9L << 20));
  }

  @Test
  void interpretedAndCompiledRunsWriteTheSameTables() throws Exception {
    Path site = tmp.resolve("site");
    CorpusGenerator.generate(site, new CorpusPlan(5, 120, 7.0 / 120), 2);
    Files.writeString(site.resolve("feed.jsonl"), RerunDeterminismTest.JsonLinesDump.TEXT);
    JobSpec spec =
        JobSpec.defaults().withInputs(List.of(site.toString())).withTimezone("Asia/Shanghai");
    Path interpreted = tmp.resolve("interpreted");
    IngestJob.run(spark, spec.withOutput(interpreted.toString()));
    assertEquals("NO_CODEGEN", spark.conf().get(Codegen.FACTORY_MODE));
    assertEquals("false", spark.conf().get(Codegen.WHOLE_STAGE));

    // the spec names both keys, so the run leaves the session's compiled-only setting alone
    spark.conf().set(Codegen.WHOLE_STAGE, "true");
    spark.conf().set(Codegen.FACTORY_MODE, "CODEGEN_ONLY");
    Path compiled = tmp.resolve("compiled");
    try {
      IngestJob.run(
          spark,
          spec.withOutput(compiled.toString())
              .withSpark(
                  Map.of(Codegen.WHOLE_STAGE, "true", Codegen.FACTORY_MODE, "CODEGEN_ONLY")));
      assertEquals("CODEGEN_ONLY", spark.conf().get(Codegen.FACTORY_MODE));
    } finally {
      spark.conf().unset(Codegen.WHOLE_STAGE);
      spark.conf().unset(Codegen.FACTORY_MODE);
    }
    assertEquals(
        List.of(),
        CompareOutputs.differingTables(interpreted, compiled, Set.of(), true),
        "tables that differ between interpreted and compiled plans");
  }
}
