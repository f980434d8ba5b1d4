package io.github.jiceng.governance.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) shipped in this module's jar under {@code schemas/} (JSON Schema 文件): one per
 * record type ({@code schemas/<type>.schema.json}, such as {@code schemas/village.schema.json}), the finding format
 * ({@code schemas/finding-1.1.schema.json}) and the report format ({@code schemas/validation-report-1.1.schema.json}),
 * and the earlier versions of those two ({@code finding-1.schema.json}, {@code validation-report-1.schema.json}).
 *
 * <p>On the module path the {@code schemas/} folder is not open to other modules; read the schemas through this
 * class. On the class path they are ordinary resources. The record schemas are kept by hand and tested against the
 * model both ways (every sample validates; every schema property is a model property and the reverse).
 */
public final class JsonSchemas {
  /** The resource name of the finding schema of the current version, 1.1. */
  public static final String FINDING = "finding-1.1.schema.json";
  /** The resource name of the report schema of the current version, 1.1. */
  public static final String REPORT = "validation-report-1.1.schema.json";

  private JsonSchemas() {
  }

  /**
   * Returns the schema of a record type.
   *
   * @param typeName the record type name, for example {@code village}
   * @return the schema text, or empty if the jar has none for that name
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Optional<String> ofRecordType(String typeName) {
    Objects.requireNonNull(typeName, "typeName");
    if (!typeName.matches("[a-z][a-z0-9]*(?:-[a-z0-9]+)*")) {
      return Optional.empty();
    }
    return read(typeName + ".schema.json");
  }

  /**
   * Returns a schema file of {@code schemas/}.
   *
   * @param fileName the file name, for example {@link #REPORT}
   * @return the schema text, or empty if there is no such file
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Optional<String> named(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return fileName.contains("/") ? Optional.empty() : read(fileName);
  }

  private static Optional<String> read(String fileName) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/" + fileName)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + fileName, e);
    }
  }
}
