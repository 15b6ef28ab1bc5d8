package vn.baocao.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Lazy iterators for Spark tasks: a partition's output is made one row at a time, never held whole. */
public final class Iterators {
  private Iterators() {}

  /** {@code in} with {@code f} applied to each element as it is taken. */
  public static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }
}
