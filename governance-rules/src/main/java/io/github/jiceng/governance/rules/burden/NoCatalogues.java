package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogues;

/** The source without catalogues, {@link CatalogueSource#none()}. */
enum NoCatalogues implements CatalogueSource {
  /** The only instance. */
  INSTANCE;

  @Override
  public ListCatalogues catalogues() {
    return ListCatalogues.none();
  }

  @Override
  public String toString() {
    return "no catalogues";
  }
}
