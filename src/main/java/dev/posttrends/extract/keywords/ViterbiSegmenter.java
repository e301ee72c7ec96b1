package dev.posttrends.extract.keywords;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Segmenter#ACCURATE}: HanLP's Viterbi segmenter ({@link Segmenters#newSegment()}), its
 * terms turned into {@link Word}s. Not thread-safe: one per thread.
 */
final class ViterbiSegmenter implements WordSegmenter {

  private final Segment segment = Segmenters.newSegment();

  @Override
  public List<Word> segment(String text) {
    List<Term> terms = segment.seg(text);
    List<Word> words = new ArrayList<>(terms.size());
    for (Term term : terms) {
      String nature = term.nature == null ? "" : term.nature.toString();
      words.add(new Word(term.word, term.offset, nature));
    }
    return words;
  }
}
