package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The versions of several jurisdictions' catalogues (清单目录集): a city's baseline and its districts' lists, each
 * with its history. It answers "which lists are in force for this village on this day" and "what changed for it".
 *
 * <p>Building accepts any catalogues except two versions of one jurisdiction in force on the same day, or two
 * catalogues with the same {@link ListCatalogue#ref() id and version}: either would make "the lists in force"
 * ambiguous. A jurisdiction's catalogue applies to every unit whose code it contains; {@link #effectiveFor} combines
 * the catalogues of a unit's jurisdictions as {@link EffectiveLists} describes.
 *
 * <pre>{@code
 * ListCatalogues chongqing = ListCatalogues.of(city2019, city2024, yubei2023);
 * chongqing.effectiveFor(DivisionCode.parse("500112001001"), LocalDate.of(2025, 3, 1)).ref();
 * // "yubei@2023+chongqing@2024"
 * }</pre>
 */
public final class ListCatalogues {
  private static final Comparator<ListCatalogue> ORDER = Comparator.comparing(ListCatalogue::jurisdiction)
      .thenComparing(ListCatalogue::effectiveFrom);
  private final List<ListCatalogue> catalogues;

  private ListCatalogues(List<ListCatalogue> sorted) {
    this.catalogues = List.copyOf(sorted);
  }

  /**
   * Returns a set of catalogues.
   *
   * @param catalogues the catalogue versions, in any order, not null
   * @return the set
   * @throws IllegalArgumentException if two versions of one jurisdiction overlap in time, or an id and version repeat;
   *     the message names both
   */
  public static ListCatalogues of(Iterable<ListCatalogue> catalogues) {
    Objects.requireNonNull(catalogues, "catalogues");
    List<ListCatalogue> list = new ArrayList<>();
    catalogues.forEach(c -> list.add(Objects.requireNonNull(c, () -> "catalogue at index " + list.size())));
    list.sort(ORDER);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        requireCompatible(list.get(i), list.get(j));
      }
    }
    return new ListCatalogues(list);
  }

  /**
   * Returns a set of catalogues.
   *
   * @param catalogues the catalogue versions, in any order
   * @return the set
   * @throws IllegalArgumentException as {@link #of(Iterable)}
   */
  public static ListCatalogues of(ListCatalogue... catalogues) {
    return of(Arrays.asList(Objects.requireNonNull(catalogues, "catalogues")));
  }

  /**
   * Returns the empty set.
   *
   * @return a set without catalogues
   */
  public static ListCatalogues none() {
    return new ListCatalogues(List.of());
  }

  private static void requireCompatible(ListCatalogue a, ListCatalogue b) {
    if (a.ref().equals(b.ref())) {
      throw new IllegalArgumentException("two catalogues have the same id and version " + a.ref()
          + "; expected each version once");
    }
    LocalDate aEnd = a.effectiveUntil().orElse(LocalDate.MAX);
    LocalDate bEnd = b.effectiveUntil().orElse(LocalDate.MAX);
    if (a.jurisdiction().equals(b.jurisdiction())
        && a.effectiveFrom().isBefore(bEnd) && b.effectiveFrom().isBefore(aEnd)) {
      throw new IllegalArgumentException("catalogues " + a.ref() + " (from " + a.effectiveFrom()
          + a.effectiveUntil().map(d -> " until " + d).orElse("") + ") and " + b.ref() + " (from "
          + b.effectiveFrom() + b.effectiveUntil().map(d -> " until " + d).orElse("")
          + ") are both for " + Jurisdiction.of(a.jurisdiction()).code() + " and overlap in time; expected one version in force per day"
          + " (set effectiveUntil of the earlier one)");
    }
  }

  /**
   * Returns a set with more catalogues, such as a district's own lists added to the bundled ones.
   *
   * @param more the catalogues to add, not null
   * @return a new set
   * @throws IllegalArgumentException as {@link #of(Iterable)}
   */
  public ListCatalogues with(ListCatalogue... more) {
    List<ListCatalogue> all = new ArrayList<>(catalogues);
    all.addAll(Arrays.asList(Objects.requireNonNull(more, "more")));
    return of(all);
  }

  /**
   * Returns every catalogue version.
   *
   * @return the versions, by jurisdiction and then effective date
   */
  public List<ListCatalogue> all() {
    return catalogues;
  }

  /**
   * Returns the versions of one jurisdiction's catalogue.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the versions, oldest first
   */
  public List<ListCatalogue> versions(DivisionCode jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return catalogues.stream().filter(c -> c.jurisdiction().equals(jurisdiction))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a catalogue version by id and version.
   *
   * @param id the catalogue id, not null
   * @param version the version, not null
   * @return the catalogue, or empty
   */
  public Optional<ListCatalogue> find(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    return catalogues.stream().filter(c -> c.id().equals(id) && c.version().equals(version)).findFirst();
  }

  /**
   * Returns the version of a jurisdiction's own catalogue in force on a day.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param date the day, not null
   * @return the version, or empty if the jurisdiction has none in force
   */
  public Optional<ListCatalogue> inForce(DivisionCode jurisdiction, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return versions(jurisdiction).stream().filter(c -> c.isInForceOn(date)).findFirst();
  }

  /**
   * Returns the version a catalogue replaces, as it names in {@link ListCatalogue#previousVersion()}.
   *
   * @param catalogue the catalogue, not null
   * @return the previous version, or empty if it names none or the set lacks it
   */
  public Optional<ListCatalogue> previousOf(ListCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return catalogue.previousVersion().flatMap(v -> find(catalogue.id(), v));
  }

  /**
   * Returns the lists in force for a unit on a day: the catalogues in force for its code and each ancestor code
   * (village, township, district, city), combined.
   *
   * @param target the village, community, township or district, not null
   * @param date the day, not null
   * @return the lists; {@link EffectiveLists#isEmpty() empty} if no catalogue is in force for the target
   */
  public EffectiveLists effectiveFor(DivisionCode target, LocalDate date) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    List<ListCatalogue> chain = new ArrayList<>();
    Optional<DivisionCode> code = Optional.of(target);
    while (code.isPresent()) {
      inForce(code.get(), date).ifPresent(chain::add);
      code = code.get().parent();
    }
    return EffectiveLists.of(target, date, chain);
  }

  /**
   * Returns what changed for one unit between two days: the lists in force on {@code from} compared with those in
   * force on {@code to}, limited to the items that apply to the unit.
   *
   * @param target the village, community or area, not null
   * @param from the earlier day, not null
   * @param to the later day, not null
   * @return the differences
   */
  public CatalogueDiff changesFor(DivisionCode target, LocalDate from, LocalDate to) {
    EffectiveLists before = effectiveFor(target, from);
    EffectiveLists after = effectiveFor(target, to);
    return CatalogueDiff.between(before.ref(), items(before), after.ref(), items(after));
  }

  private static List<WorkItem> items(EffectiveLists lists) {
    return lists.items().stream().map(ListedItem::item).collect(Collectors.toList());
  }

  /**
   * Returns whether the set has no catalogues.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return catalogues.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListCatalogues && catalogues.equals(((ListCatalogues) other).catalogues);
  }

  @Override
  public int hashCode() {
    return catalogues.hashCode();
  }

  /** Returns for example {@code "ListCatalogues[chongqing@2019, chongqing@2024, yubei@2023]"}. */
  @Override
  public String toString() {
    return "ListCatalogues" + catalogues.stream().map(ListCatalogue::ref).collect(Collectors.toList());
  }
}
