package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogues;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Catalogues read from JSON files on first use, {@link CatalogueSource#fromJson(Path...)}: serializable, because it
 * holds only the file names; each copy (such as on a Spark executor) reads the files itself.
 */
final class JsonFileCatalogues implements CatalogueSource {
  private static final long serialVersionUID = 1L;
  /** The files, as strings (paths are not serializable). */
  private final List<String> files;
  /** The catalogues once read. */
  private transient volatile ListCatalogues loaded;

  JsonFileCatalogues(List<String> files) {
    this.files = List.copyOf(files);
  }

  @Override
  public ListCatalogues catalogues() {
    ListCatalogues catalogues = loaded;
    if (catalogues == null) {
      catalogues = CatalogueJson.readAll(files.stream().map(Path::of).collect(Collectors.toList()));
      loaded = catalogues;
    }
    return catalogues;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonFileCatalogues && files.equals(((JsonFileCatalogues) other).files);
  }

  @Override
  public int hashCode() {
    return files.hashCode();
  }

  @Override
  public String toString() {
    return "catalogues from " + files;
  }
}
