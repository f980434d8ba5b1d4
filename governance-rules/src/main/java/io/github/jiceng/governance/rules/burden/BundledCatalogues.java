package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogues that ship with the library (内置清单).
 *
 * <p>{@link #CHONGQING}: Chongqing's city baseline in two versions (2019: the 27 assistance items; 2024: with 7
 * negative matters and the city-wide 7 certificates), 渝北区's 2023 lists (23 self-governance items, the city's 27
 * assistance items, 7 negative areas, 7 certificates) and 巴南区's 2024 certificate lists (5 the community may issue,
 * 32 it may not). They are built from {@code shared/domain/reference.md} section 2.2, which gives counts but few item
 * texts: <b>every item whose text the reference does not give is marked {@link
 * io.github.jiceng.governance.core.burden.WorkItem#illustrative() illustrative} in the data</b>, and effective dates
 * are the dates of the sources (the lists were in force by then). Do not present illustrative items as official.
 *
 * <p><b>Storage.</b> The data are UTF-8 JSON resources next to this class, one catalogue per file, in exactly the JSON
 * form of the {@code list-catalogue} record type that {@code GovernanceJson.mapper()} writes (docs/json-format.md),
 * read strictly by {@link CatalogueJson}: an unknown property or a malformed value fails with the file, line and
 * column. Each item records whether it is illustrative, and a note on where its text comes from.
 */
public enum BundledCatalogues implements CatalogueSource {
  /** Chongqing: the city baseline (2019, 2024), 渝北区 (2023) and 巴南区's certificate lists (2024). */
  CHONGQING("chongqing-2019.json", "chongqing-2024.json", "yubei-2023.json", "banan-2024.json");

  private final List<String> resources;

  BundledCatalogues(String... resources) {
    this.resources = List.of(resources);
  }

  @Override
  public ListCatalogues catalogues() {
    return Loaded.CHONGQING;
  }

  /**
   * Returns the names of the resources the catalogues are read from.
   *
   * @return the resource names, relative to this class's package
   */
  public List<String> resources() {
    return resources;
  }

  /** Loads on first use, once per class loader. */
  private static final class Loaded {
    static final ListCatalogues CHONGQING = load(BundledCatalogues.CHONGQING);

    private static ListCatalogues load(BundledCatalogues bundle) {
      List<ListCatalogue> catalogues = new ArrayList<>();
      for (String name : bundle.resources) {
        InputStream in = BundledCatalogues.class.getResourceAsStream(name);
        if (in == null) {
          throw new IllegalStateException("bundled catalogue resource " + name + " is missing");
        }
        try (in) {
          catalogues.add(CatalogueJson.read(in, name));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close " + name, e);
        }
      }
      return ListCatalogues.of(catalogues);
    }
  }
}
