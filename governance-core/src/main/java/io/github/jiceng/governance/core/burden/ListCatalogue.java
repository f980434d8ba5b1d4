package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One version of a jurisdiction's lists (清单目录): the work items and certificates of a district or city, with the
 * version, effective dates, source document and the approval path of changes.
 *
 * <p>A district's catalogue sits under its city's: {@link ListCatalogues#effectiveFor} combines them. Each version
 * names the version it replaces ({@link #previousVersion()}), and {@link #diff(ListCatalogue)} lists what was added,
 * removed and changed.
 *
 * <p>Checked at construction: the id and version are well-formed and the catalogue ends after it starts. Not checked
 * here, but reported by rules: duplicate item ids, an item on two incompatible lists, versions out of order, a change
 * without the approval its path requires.
 *
 * <pre>{@code
 * ListCatalogue yubei = ListCatalogue.builder()
 *     .id("yubei").version("2023").jurisdiction(DivisionCode.parse("500112"))
 *     .title("渝北区村（社区）工作事项清单").sourceDocument("重庆市民政局网站 2023-02-01")
 *     .effectiveFrom(LocalDate.of(2023, 2, 1))
 *     .addItems(WorkItem.of("yb.n01", ListKind.NEGATIVE, "行政执法"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListCatalogue {
  ListCatalogue() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableListCatalogue.Builder builder() {
    return new ImmutableListCatalogue.Builder();
  }

  /**
   * Returns the catalogue's id, the same for all its versions.
   *
   * @return the id, such as {@code "yubei"}
   */
  public abstract String id();

  /**
   * Returns the version.
   *
   * @return the version, such as {@code "2023"}
   */
  public abstract String version();

  /**
   * Returns the jurisdiction whose lists these are: a district, or a city for the city-wide baseline.
   *
   * @return the division code, such as {@code 500112}
   */
  public abstract DivisionCode jurisdiction();

  /**
   * Returns the title.
   *
   * @return the title, such as {@code "渝北区村（社区）工作事项清单"}
   */
  @NotBlank
  public abstract String title();

  /**
   * Returns the source document: the title and number of the instrument, or the publication the data is taken from.
   *
   * @return the source
   */
  @NotBlank
  public abstract String sourceDocument();

  /**
   * Returns where the source can be read.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> sourceUrl();

  /**
   * Returns who issued the lists.
   *
   * @return the issuing body, such as {@code "重庆市人民政府办公厅"}, or empty
   */
  public abstract Optional<String> issuedBy();

  /**
   * Returns the first day the version is in force.
   *
   * @return the date (inclusive)
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the first day the version is no longer in force.
   *
   * @return the date (exclusive), or empty while in force
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Returns the version this one replaces.
   *
   * @return the previous version of the same catalogue, or empty for the first
   */
  public abstract Optional<String> previousVersion();

  /**
   * Returns the approval path of changes to the lists.
   *
   * @return the path, or empty if the source does not give one
   */
  public abstract Optional<ApprovalPath> approvalPath();

  /**
   * Returns the jurisdiction whose government approved this version.
   *
   * @return the approver, or empty if not recorded
   */
  public abstract Optional<DivisionCode> approvedBy();

  /**
   * Returns the items of all lists, in the order of the source.
   *
   * @return the items
   */
  public abstract List<@Valid WorkItem> items();

  /**
   * Returns the number of items per list that the source states, such as 27 assistance items, which may differ
   * from the items recorded when the source does not give them all.
   *
   * @return the stated counts
   */
  public abstract Map<ListKind, Integer> statedCounts();

  /**
   * Returns a note on the data, such as which dates are approximate.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the reference used in messages and decisions: {@code id@version}.
   *
   * @return for example {@code "yubei@2023"}
   */
  public String ref() {
    return id() + "@" + version();
  }

  /**
   * Returns whether the version is in force on a day.
   *
   * @param date the day, not null
   * @return true if {@code effectiveFrom <= date < effectiveUntil}
   */
  public boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(effectiveFrom()) && effectiveUntil().map(date::isBefore).orElse(true);
  }

  /**
   * Returns the items of one list.
   *
   * @param kind the list, not null
   * @return the items of that list, in order
   */
  public List<WorkItem> itemsOf(ListKind kind) {
    Objects.requireNonNull(kind, "kind");
    return items().stream().filter(item -> item.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the number of items recorded per list.
   *
   * @return the counts, only for lists with items
   */
  public Map<ListKind, Integer> itemCounts() {
    Map<ListKind, Integer> counts = new EnumMap<>(ListKind.class);
    items().forEach(item -> counts.merge(item.kind(), 1, Integer::sum));
    return Map.copyOf(counts);
  }

  /**
   * Returns the item with an id (the first one, if the data has the id twice).
   *
   * @param itemId the id, not null
   * @return the item, or empty
   */
  public Optional<WorkItem> find(String itemId) {
    Objects.requireNonNull(itemId, "itemId");
    return items().stream().filter(item -> item.id().equals(itemId)).findFirst();
  }

  /**
   * Compares this version with an earlier one, item by item (by id).
   *
   * @param previous the earlier version, not null
   * @return what was added, removed and changed from {@code previous} to this version
   */
  public CatalogueDiff diff(ListCatalogue previous) {
    Objects.requireNonNull(previous, "previous");
    return CatalogueDiff.between(previous.ref(), previous.items(), ref(), items());
  }

  @Value.Check
  void check() {
    ItemNames.requireId("catalogue", id());
    if (version().isEmpty() || version().codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("catalogue " + id() + ": version '" + version()
          + "' must be non-empty without white space, such as '2023'");
    }
    effectiveUntil().ifPresent(until -> {
      if (!until.isAfter(effectiveFrom())) {
        throw new IllegalArgumentException("catalogue " + ref() + ": effective until " + until
            + " is not after effective from " + effectiveFrom()
            + "; a version is in force from its first day (inclusive) until its end (exclusive)");
      }
    });
    statedCounts().forEach((kind, count) -> {
      if (count < 0) {
        throw new IllegalArgumentException("catalogue " + ref() + ": stated count of " + kind + " is " + count
            + ", expected 0 or more");
      }
    });
  }

  /** Returns for example {@code "ListCatalogue[yubei@2023 500112 from 2023-02-01, 64 items]"}. */
  @Override
  public String toString() {
    return "ListCatalogue[" + ref() + " " + Jurisdiction.of(jurisdiction()).code() + " from " + effectiveFrom()
        + effectiveUntil().map(d -> " until " + d).orElse("") + ", " + items().size()
        + (items().size() == 1 ? " item]" : " items]");
  }
}
