package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogues;

/** Catalogues held in memory, {@link CatalogueSource#of(ListCatalogues)}; not serializable by design. */
final class InMemoryCatalogues implements CatalogueSource {
  private static final long serialVersionUID = 1L;
  /** The catalogues; not serializable, so serializing this source fails with a clear exception. */
  private final ListCatalogues catalogues;

  InMemoryCatalogues(ListCatalogues catalogues) {
    this.catalogues = catalogues;
  }

  @Override
  public ListCatalogues catalogues() {
    return catalogues;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InMemoryCatalogues && catalogues.equals(((InMemoryCatalogues) other).catalogues);
  }

  @Override
  public int hashCode() {
    return catalogues.hashCode();
  }

  @Override
  public String toString() {
    return catalogues.toString();
  }
}
