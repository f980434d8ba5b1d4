package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogues;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where the burden rules get the lists from (清单来源): the value of the pack parameter {@link
 * BurdenParameters#CATALOGUES}. The national pack has {@link #none()}; the Chongqing pack has {@link
 * BundledCatalogues#CHONGQING}; a district with its own lists sets a source in its pack.
 *
 * <p>Rule packs are serializable (Spark ships them to executors), so a source is serializable too. The bundled
 * sources are enum constants that load their data where they are used. {@link #of(ListCatalogues)} keeps the
 * catalogues in memory and is <b>not</b> serializable; {@link #fromJson(Path...)} reads JSON files on first use and
 * is serializable, and so is a source class of the caller's own that loads the catalogues on first use.
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

  /**
   * Returns a source over catalogue files in the JSON form of {@link CatalogueJson}, one catalogue per file, read on
   * first use (a {@link CatalogueFormatException} then names the file, line and column). It is serializable: it holds
   * only the file names, so every copy must be able to read the same files.
   *
   * @param files the files, not null, at least one
   * @return the source
   * @throws IllegalArgumentException if no file is given
   */
  static CatalogueSource fromJson(Path... files) {
    Objects.requireNonNull(files, "files");
    if (files.length == 0) {
      throw new IllegalArgumentException("no catalogue file given; expected at least one JSON file");
    }
    return new JsonFileCatalogues(Arrays.stream(files).map(file -> Objects.requireNonNull(file, "file").toString())
        .collect(Collectors.toList()));
  }
}
