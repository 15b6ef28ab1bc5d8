package vn.baocao.extract;

/** A character range {@code [start, end)} of the normalised text. */
public record Span(int start, int end) {
  public int length() {
    return end - start;
  }
}
