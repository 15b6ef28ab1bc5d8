package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounded look-arounds of {@link FigureExtractor}: a window of characters, never the whole report. */
class TextWindowTest {
  @Test
  void lastWithinSearchesOnlyTheWindowBothEndsIncluded() {
    String s = "(a) giao dự toán (không kể đất) 12 tỷ";
    int close = s.indexOf(')', 5);
    assertThat(FigureExtractor.lastWithin(s, '(', 0, s.length() + 10)).as("clipped to the text").isEqualTo(s.lastIndexOf('('));
    assertThat(FigureExtractor.lastWithin(s, '(', 5, close)).as("the second bracket").isEqualTo(s.lastIndexOf('('));
    assertThat(FigureExtractor.lastWithin(s, '(', 1, 15)).as("no bracket in [1, 15]").isEqualTo(-1);
    assertThat(FigureExtractor.lastWithin(s, '(', -5, 0)).as("index 0 is included").isZero();
    assertThat(FigureExtractor.charWithin(s, ')', 2, 2)).as("a one-character window").isTrue();
    assertThat(FigureExtractor.charWithin(s, ')', 3, 2)).as("an empty window").isFalse();
  }
}
