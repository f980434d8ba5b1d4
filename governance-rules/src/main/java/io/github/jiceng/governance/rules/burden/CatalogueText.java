package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ApplicableLevel;
import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.ImmutableListCatalogue;
import io.github.jiceng.governance.core.burden.ImmutableWorkItem;
import io.github.jiceng.governance.core.burden.ItemFunding;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the line-based text form of a catalogue that the bundled catalogues are stored in ({@code jiceng-lists 1}),
 * strictly: an unknown key, a repeated key, a malformed value or a missing field fails with the source name and line.
 *
 * <p>The format is described in {@link BundledCatalogues}. It exists so that the rules module can ship catalogues as
 * data without a JSON library; the JSON form of catalogues belongs to the JSON layer.
 */
final class CatalogueText {
  static final String FORMAT = "jiceng-lists 1";
  private static final List<String> HEADER_KEYS = List.of("format", "catalogue", "version", "jurisdiction", "title",
      "source", "source-url", "issued-by", "effective-from", "effective-until", "previous-version", "approval-path",
      "approved-by", "stated-count", "note");
  private static final List<String> ITEM_KEYS =
      List.of("illustrative", "commitment", "level", "funding", "department", "basis", "description", "note");

  private final String source;
  private final ImmutableListCatalogue.Builder catalogue = ListCatalogue.builder();
  private final Set<String> seenKeys = new HashSet<>();
  private final Map<ListKind, Integer> statedCounts = new EnumMap<>(ListKind.class);
  private int lineNumber;
  private boolean inItems;

  private CatalogueText(String source) {
    this.source = source;
  }

  /**
   * Reads one catalogue.
   *
   * @param source the name of the source, for messages, such as {@code yubei-2023.lists}
   * @param reader the text, UTF-8 decoded
   * @return the catalogue
   * @throws IllegalArgumentException if the text is malformed; the message names the source and line
   * @throws UncheckedIOException if reading fails
   */
  static ListCatalogue read(String source, BufferedReader reader) {
    CatalogueText text = new CatalogueText(source);
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        text.lineNumber++;
        text.line(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return text.build();
  }

  private void line(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw error("expected 'key: value', got '" + line + "'");
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    if (seenKeys.isEmpty() && !key.equals("format")) {
      throw error("the first line must be 'format: " + FORMAT + "'");
    }
    if (key.equals("item")) {
      inItems = true;
      item(value);
      return;
    }
    if (!HEADER_KEYS.contains(key)) {
      throw error("unknown key '" + key + "'; expected one of " + HEADER_KEYS + " or 'item'");
    }
    if (inItems) {
      throw error("'" + key + "' after the first item; the catalogue's keys come before its items");
    }
    if (!key.equals("stated-count") && !seenKeys.add(key)) {
      throw error("'" + key + "' is given twice");
    }
    seenKeys.add(key);
    if (value.isEmpty()) {
      throw error("'" + key + "' has no value");
    }
    header(key, value);
  }

  private void header(String key, String value) {
    switch (key) {
      case "format":
        if (!value.equals(FORMAT)) {
          throw error("format '" + value + "' is not supported; expected '" + FORMAT + "'");
        }
        break;
      case "catalogue":
        catalogue.id(value);
        break;
      case "version":
        catalogue.version(value);
        break;
      case "jurisdiction":
        catalogue.jurisdiction(code(value));
        break;
      case "title":
        catalogue.title(value);
        break;
      case "source":
        catalogue.sourceDocument(value);
        break;
      case "source-url":
        catalogue.sourceUrl(value);
        break;
      case "issued-by":
        catalogue.issuedBy(value);
        break;
      case "effective-from":
        catalogue.effectiveFrom(date(value));
        break;
      case "effective-until":
        catalogue.effectiveUntil(date(value));
        break;
      case "previous-version":
        catalogue.previousVersion(value);
        break;
      case "approval-path":
        catalogue.approvalPath(approvalPath(value));
        break;
      case "approved-by":
        catalogue.approvedBy(code(value));
        break;
      case "stated-count":
        statedCount(value);
        break;
      default: // "note"
        catalogue.note(value);
    }
  }

  private ApprovalPath approvalPath(String value) {
    String[] parts = value.split("\\|", 2);
    String[] codes = parts[0].split("->");
    if (codes.length != 2) {
      throw error("approval-path '" + value + "' must be '<proposer> -> <approver> [| description]'");
    }
    var path = ApprovalPath.builder().proposer(code(codes[0].strip())).approver(code(codes[1].strip()));
    if (parts.length == 2 && !parts[1].isBlank()) {
      path.description(parts[1].strip());
    }
    return path.build();
  }

  private void statedCount(String value) {
    String[] parts = value.split("\\s+");
    if (parts.length != 2) {
      throw error("stated-count '" + value + "' must be '<LIST_KIND> <count>', such as 'ASSIST_GOVERNMENT 27'");
    }
    ListKind kind = constant(ListKind.class, parts[0], "list kind");
    int count;
    try {
      count = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw error("stated-count of " + kind + " is '" + parts[1] + "', expected a whole number");
    }
    if (statedCounts.put(kind, count) != null) {
      throw error("stated-count of " + kind + " is given twice");
    }
  }

  private void item(String value) {
    String[] fields = value.split("\\|", -1);
    if (fields.length < 3 || fields.length > 4) {
      throw error("an item must be '<id> | <LIST_KIND> | <name> [| attributes]', got " + fields.length + " fields");
    }
    ImmutableWorkItem.Builder item = WorkItem.builder()
        .id(fields[0].strip())
        .kind(constant(ListKind.class, fields[1].strip(), "list kind"))
        .name(fields[2].strip());
    if (fields.length == 4) {
      attributes(item, fields[3]);
    }
    try {
      catalogue.addItems(item.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(e.getMessage());
    }
  }

  private void attributes(ImmutableWorkItem.Builder item, String text) {
    Set<String> seen = new HashSet<>();
    for (String attribute : text.split(";")) {
      String trimmed = attribute.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      String key = equals < 0 ? trimmed : trimmed.substring(0, equals).strip();
      String value = equals < 0 ? "" : trimmed.substring(equals + 1).strip();
      if (!ITEM_KEYS.contains(key)) {
        throw error("unknown item attribute '" + key + "'; expected one of " + ITEM_KEYS);
      }
      if (!seen.add(key)) {
        throw error("item attribute '" + key + "' is given twice");
      }
      boolean flag = key.equals("illustrative") || key.equals("commitment");
      if (flag != (equals < 0)) {
        throw error(flag ? "'" + key + "' is a flag and takes no value" : "'" + key + "' needs a value: " + key + "=...");
      }
      if (!flag && value.isEmpty()) {
        throw error("item attribute '" + key + "' has no value");
      }
      itemAttribute(item, key, value);
    }
  }

  private void itemAttribute(ImmutableWorkItem.Builder item, String key, String value) {
    switch (key) {
      case "illustrative":
        item.illustrative(true);
        break;
      case "commitment":
        item.commitmentReplaces(true);
        break;
      case "level":
        item.level(constant(ApplicableLevel.class, value, "level"));
        break;
      case "funding":
        item.funding(constant(ItemFunding.class, value, "funding"));
        break;
      case "department":
        item.responsibleDepartment(value);
        break;
      case "basis":
        item.legalBasis(value);
        break;
      case "description":
        item.description(value);
        break;
      default: // "note"
        item.note(value);
    }
  }

  private ListCatalogue build() {
    if (seenKeys.isEmpty()) {
      throw new IllegalArgumentException(source + ": empty; expected 'format: " + FORMAT + "' and a catalogue");
    }
    catalogue.putAllStatedCounts(statedCounts);
    try {
      return catalogue.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private DivisionCode code(String value) {
    try {
      return DivisionCode.parse(value);
    } catch (IllegalArgumentException e) {
      throw error("'" + value + "' is not a division code: " + e.getMessage());
    }
  }

  private LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error("'" + value + "' is not an ISO date such as 2023-02-01");
    }
  }

  private <E extends Enum<E>> E constant(Class<E> type, String value, String what) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error(what + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())
          .toUpperCase(Locale.ROOT));
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(source + " line " + lineNumber + ": " + message);
  }
}
