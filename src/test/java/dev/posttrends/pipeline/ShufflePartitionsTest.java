package dev.posttrends.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {

  private static final long MB = 1L << 20;

  @Test
  void smallInputsGetOnePartitionPerCore() {
    assertEquals(2, ShufflePartitions.forInput(0, 2));
    assertEquals(2, ShufflePartitions.forInput(300 * 1024, 2)); // the sample: 85 inputs
    assertEquals(8, ShufflePartitions.forInput(40 * MB, 8));
    assertEquals(1, ShufflePartitions.forInput(MB, 0));
  }

  @Test
  void largeInputsGetOnePartitionPer32MegabytesUpTo200() {
    assertEquals(18, ShufflePartitions.forInput(551 * MB, 2)); // 200,000 generated posts
    assertEquals(3, ShufflePartitions.forInput(64 * MB + 1, 2));
    assertEquals(200, ShufflePartitions.forInput(100_000 * MB, 2));
  }
}
