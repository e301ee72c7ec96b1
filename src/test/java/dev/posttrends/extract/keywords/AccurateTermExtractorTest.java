package dev.posttrends.extract.keywords;

/** {@link TermExtractorTest}'s texts through HanLP's Viterbi segmenter: both give these terms. */
class AccurateTermExtractorTest extends TermExtractorTest {

  @Override
  TermExtractor newExtractor() {
    return new TermExtractor(Segmenter.ACCURATE);
  }
}
