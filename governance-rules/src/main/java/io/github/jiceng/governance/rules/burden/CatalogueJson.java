package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads list catalogues from their JSON form (清单 JSON 读取): one {@code list-catalogue} record per file, exactly as
 * {@code GovernanceJson.mapper()} of {@code governance-json} writes it (docs/json-format.md; the bundled catalogues are
 * stored this way). Reading is strict and needs only {@code jackson-core}: an unknown property, a value of the wrong
 * type, a property given twice, a missing property, a value the model rejects or content after the catalogue fails
 * with a {@link CatalogueFormatException} that names the source, line and column.
 *
 * <pre>{@code
 * ListCatalogue mine = CatalogueJson.read(Path.of("lists/kaizhou-2026.json"));
 * CatalogueSource source = CatalogueSource.of(BundledCatalogues.CHONGQING.catalogues().with(mine));
 * CatalogueSource travelling = CatalogueSource.fromJson(Path.of("lists/kaizhou-2026.json"));  // serializable
 * }</pre>
 *
 * <p>A {@code "type"} property is optional; if present it must be {@code "list-catalogue"}. Thread-safe.
 */
public final class CatalogueJson {
  private CatalogueJson() {
  }

  /**
   * Reads one catalogue from a UTF-8 file.
   *
   * @param file the file, not null
   * @return the catalogue
   * @throws CatalogueFormatException if the file is not a well-formed catalogue
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ListCatalogue read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads one catalogue from UTF-8 bytes, such as a class-path resource. The stream is read to its end but not
   * closed.
   *
   * @param in the bytes, not null
   * @param sourceName the name for messages, such as {@code yubei-2023.json}, not null
   * @return the catalogue
   * @throws CatalogueFormatException if the input is not a well-formed catalogue
   * @throws UncheckedIOException if reading fails
   */
  public static ListCatalogue read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return CatalogueJsonParser.read(sourceName,
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())));
  }

  /**
   * Reads one catalogue from a JSON text.
   *
   * @param json the text, not null
   * @param sourceName the name for messages, not null
   * @return the catalogue
   * @throws CatalogueFormatException if the text is not a well-formed catalogue
   */
  public static ListCatalogue read(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    return CatalogueJsonParser.read(sourceName, new StringReader(json));
  }

  /**
   * Reads several catalogue files into one set of catalogues.
   *
   * @param files the files, one catalogue each, not null
   * @return the catalogues
   * @throws CatalogueFormatException if a file is not a well-formed catalogue
   * @throws IllegalArgumentException if two versions of one jurisdiction are in force on the same day
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ListCatalogues readAll(List<Path> files) {
    Objects.requireNonNull(files, "files");
    List<ListCatalogue> catalogues = new ArrayList<>();
    for (Path file : files) {
      catalogues.add(read(Objects.requireNonNull(file, "files[" + catalogues.size() + "]")));
    }
    return ListCatalogues.of(catalogues);
  }
}
