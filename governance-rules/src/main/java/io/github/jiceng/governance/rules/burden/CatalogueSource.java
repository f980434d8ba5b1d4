package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogues;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where the burden rules get the lists from (清单来源): the value of the pack parameter {@link
 * BurdenParameters#CATALOGUES}. The national pack has {@link #none()}; the Chongqing pack has {@link
 * BundledCatalogues#CHONGQING}; a district with its own lists sets a source in its pack.
 *
 * <p>Rule packs are serializable (Spark ships them to executors), so a source is serializable too. The bundled
 * sources are enum constants that load their data where they are used. {@link #of(ListCatalogues)} keeps the
 * catalogues in memory and is <b>not</b> serializable: a pack that must be serialized should carry a source class of
 * its own that loads the catalogues on first use.
 */
public interface CatalogueSource extends Serializable {
  /**
   * Returns the catalogues. Called for every record checked: implementations should load once and cache.
   *
   * @return the catalogues
   */
  ListCatalogues catalogues();

  /**
   * Returns the source without catalogues: the burden rules then report that no lists are in force.
   *
   * @return the empty source
   */
  static CatalogueSource none() {
    return NoCatalogues.INSTANCE;
  }

  /**
   * Returns a source over catalogues in memory. It cannot be serialized ({@code java.io.NotSerializableException}
   * names {@code ListCatalogues}).
   *
   * @param catalogues the catalogues, not null
   * @return the source
   */
  static CatalogueSource of(ListCatalogues catalogues) {
    return new InMemoryCatalogues(Objects.requireNonNull(catalogues, "catalogues"));
  }
}
