package dev.posttrends.eval;

import dev.posttrends.extract.keywords.Segmenter;
import dev.posttrends.extract.keywords.Word;
import dev.posttrends.extract.keywords.WordSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a {@link Segmenter} on a word segmentation test set in the SIGHAN bakeoff format: the text
 * file holds one sentence per line, the gold file the same text with words separated by spaces.
 * A predicted word is correct when its exact character span equals a gold word's span; precision,
 * recall and F1 count all words of the file, punctuation included (the raw segmentation, not the
 * keyword terms). Spans are counted over the whole file with whitespace and line ends left out,
 * because the gold file breaks a few lines elsewhere than the text (a quote moved to the line
 * before). Also times the segmenter over the file: warm-up passes, then the median of timed ones.
 *
 * <pre>SegmentationEvaluation TEXT_FILE GOLD_FILE [--segmenter fast|accurate] [--runs N]</pre>
 */
public final class SegmentationEvaluation {

  private SegmentationEvaluation() {}

  /** Counts and speed of one evaluation. */
  public record Report(
      Segmenter segmenter, long gold, long predicted, long correct, long chars, double charsPerS) {

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          "segmenter=%s precision=%.3f recall=%.3f f1=%.3f gold_words=%d predicted_words=%d"
              + " correct=%d chars=%d chars_per_s=%.0f",
          segmenter.specName(), precision(), recall(), f1(), gold, predicted, correct, chars,
          charsPerS);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: SegmentationEvaluation TEXT_FILE GOLD_FILE [--segmenter fast|accurate]"
              + " [--runs N]");
      System.exit(2);
    }
    Segmenter segmenter = Segmenter.DEFAULT;
    int runs = 7;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--segmenter" -> segmenter = Segmenter.parse(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    System.out.println(evaluate(Path.of(args[0]), Path.of(args[1]), segmenter, runs));
  }

  /** Scores {@code segmenter} on the files, then times {@code runs} rounds after 2 warm-ups. */
  public static Report evaluate(Path textFile, Path goldFile, Segmenter segmenter, int runs)
      throws IOException {
    List<String> lines = Files.readAllLines(textFile, StandardCharsets.UTF_8);
    WordSegmenter words = segmenter.newSegmenter();
    Set<Long> predicted = new HashSet<>();
    long at = 0;
    long chars = 0;
    for (String line : lines) {
      chars += line.length();
      int[] dense = denseOffsets(line);
      for (Word word : words.segment(line)) {
        long start = at + dense[word.offset()];
        long end = at + dense[word.end()];
        if (end > start) { // a token of whitespace only is no word
          predicted.add(start << 32 | end);
        }
      }
      at += dense[line.length()];
    }
    long gold = 0;
    long correct = 0;
    long goldAt = 0;
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      for (String word : line.strip().split("[\\s\u3000]+")) {
        if (!word.isEmpty()) {
          gold++;
          correct += predicted.contains(goldAt << 32 | (goldAt + word.length())) ? 1 : 0;
          goldAt += word.length();
        }
      }
    }
    if (goldAt != at) {
      throw new IllegalStateException(
          String.format(
              "Cannot score %s against %s: %d non-space chars in the text, %d in the gold",
              textFile, goldFile, at, goldAt));
    }
    return new Report(
        segmenter, gold, predicted.size(), correct, chars, charsPerSecond(lines, words, runs));
  }

  /** Offset i of the line → index among its non-whitespace characters before i. */
  private static int[] denseOffsets(String line) {
    int[] dense = new int[line.length() + 1];
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u3000';
      dense[i + 1] = dense[i] + (space ? 0 : 1);
    }
    return dense;
  }

  /**
   * Median chars/s of {@code runs} timed rounds over all lines after 2 warm-up rounds; a round
   * repeats passes over the file for at least a second (one pass takes milliseconds).
   */
  static double charsPerSecond(List<String> lines, WordSegmenter words, int runs) {
    long chars = lines.stream().mapToLong(String::length).sum();
    double[] rates = new double[Math.max(1, runs)];
    long sink = 0;
    for (int round = -2; round < rates.length; round++) {
      long start = System.nanoTime();
      long passes = 0;
      long nanos;
      do {
        for (String line : lines) {
          sink += words.segment(line).size();
        }
        passes++;
        nanos = System.nanoTime() - start;
      } while (nanos < 1_000_000_000L);
      if (round >= 0) {
        rates[round] = passes * chars / (nanos / 1e9);
      }
    }
    if (sink == 42) {
      System.out.print(""); // keeps the work observable
    }
    Arrays.sort(rates);
    return rates[rates.length / 2];
  }
}
