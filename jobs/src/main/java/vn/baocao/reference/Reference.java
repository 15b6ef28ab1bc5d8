package vn.baocao.reference;

import java.io.Serializable;

/**
 * Everything the extractor reads from data/reference, loaded once per JVM; Spark broadcasts
 * one instance to the executors.
 */
public final class Reference implements Serializable {
  private static final long serialVersionUID = 1L;
  private static volatile Reference defaults;

  private final Gazetteer gazetteer;
  private final Catalogue catalogue;

  public Reference(Gazetteer gazetteer, Catalogue catalogue) {
    this.gazetteer = gazetteer;
    this.catalogue = catalogue;
  }

  /** The bundled reference data, loaded on first use. */
  public static Reference defaults() {
    Reference r = defaults;
    if (r == null) {
      synchronized (Reference.class) {
        r = defaults;
        if (r == null) {
          r = new Reference(Gazetteer.load(), Catalogue.load());
          defaults = r;
        }
      }
    }
    return r;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Catalogue catalogue() {
    return catalogue;
  }
}
