package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.burden.ListCatalogues;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated burden record with the catalogues it is to be checked against (减负测试样例), and the defect planted in
 * it, if any.
 *
 * <p>Check it with the catalogues as the pack's lists and the burden time limits on, with a Monday-to-Friday
 * calendar: a case without a defect gives no finding, a case with a defect exactly the one finding of that defect.
 *
 * @param <T> the type of record
 */
public final class BurdenCase<T> {
  private final T record;
  private final ListCatalogues catalogues;
  private final BurdenDefect defect;
  private final String description;

  private BurdenCase(T record, ListCatalogues catalogues, BurdenDefect defect, String description) {
    this.record = Objects.requireNonNull(record, "record");
    this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
    this.defect = defect;
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a case.
   *
   * @param record the record, not null
   * @param catalogues the catalogues to check it against, not null
   * @param defect the planted defect, or empty for a valid record
   * @param description what the case is, in English
   * @param <T> the type of record
   * @return the case
   */
  public static <T> BurdenCase<T> of(T record, ListCatalogues catalogues, Optional<BurdenDefect> defect,
      String description) {
    return new BurdenCase<>(record, catalogues, Objects.requireNonNull(defect, "defect").orElse(null), description);
  }

  /**
   * Returns the record.
   *
   * @return the record
   */
  public T record() {
    return record;
  }

  /**
   * Returns the catalogues to check the record against.
   *
   * @return the catalogues
   */
  public ListCatalogues catalogues() {
    return catalogues;
  }

  /**
   * Returns the planted defect.
   *
   * @return the defect, or empty for a valid record
   */
  public Optional<BurdenDefect> defect() {
    return Optional.ofNullable(defect);
  }

  /**
   * Returns what the case is, naming the record and the defect.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /** Returns the description. */
  @Override
  public String toString() {
    return description;
  }
}
