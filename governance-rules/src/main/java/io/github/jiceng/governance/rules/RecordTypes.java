package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A registry of record types (记录类型表): type name to Java type, id and date. Immutable.
 *
 * <p>{@link #standard()} holds the library's own record types; {@link #with} adds a user's types. A validator uses it
 * to name the subjects of findings and to find the date whose law applies; the JSON layer uses it to read a record by
 * its {@code "type"}.
 */
public final class RecordTypes {
  private static final RecordTypes STANDARD = of(
      RecordType.of("district", District.class, d -> d.code().value()),
      RecordType.of("township", Township.class, t -> t.code().value()),
      RecordType.of("village", Village.class, v -> v.code().value()),
      RecordType.of("unified-social-credit-code", UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::value),
      RecordType.of("admission-request", AdmissionRequest.class, AdmissionRequest::id).withDate(AdmissionRequest::date),
      RecordType.of("admission-decision", AdmissionDecision.class, AdmissionDecision::requestId)
          .withDate(AdmissionDecision::date),
      RecordType.of("certificate-request", CertificateRequest.class, CertificateRequest::id)
          .withDate(CertificateRequest::date),
      RecordType.of("list-catalogue", ListCatalogue.class, ListCatalogue::ref));

  private final Map<String, RecordType<?>> byName;

  private RecordTypes(Map<String, RecordType<?>> byName) {
    this.byName = byName;
  }

  /**
   * Returns the library's own record types: {@code district}, {@code township}, {@code village} and {@code
   * unified-social-credit-code} (more as the domain areas are added).
   *
   * @return the standard registry
   */
  public static RecordTypes standard() {
    return STANDARD;
  }

  /**
   * Returns a registry of the given types.
   *
   * @param types the types, with distinct names
   * @return the registry
   * @throws IllegalArgumentException if two types have the same name
   */
  public static RecordTypes of(RecordType<?>... types) {
    return new RecordTypes(Map.of()).with(types);
  }

  /**
   * Returns a registry with these types added.
   *
   * @param types the types to add, with names not yet registered
   * @return a new registry
   * @throws IllegalArgumentException if a name is already registered
   */
  public RecordTypes with(RecordType<?>... types) {
    Map<String, RecordType<?>> copy = new LinkedHashMap<>(byName);
    for (RecordType<?> type : Arrays.asList(types)) {
      Objects.requireNonNull(type, "type");
      if (copy.putIfAbsent(type.name(), type) != null) {
        throw new IllegalArgumentException("record type '" + type.name() + "' is already registered as "
            + copy.get(type.name()).javaType().getName());
      }
    }
    return new RecordTypes(java.util.Collections.unmodifiableMap(copy));
  }

  /**
   * Finds a record type by its name.
   *
   * @param name the type name, not null
   * @return the type, or empty if none has that name
   */
  public Optional<RecordType<?>> named(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Finds the record type of a record: the first registered type whose Java type the record is an instance of.
   *
   * @param record the record, not null
   * @return the type, or empty if none matches
   */
  public Optional<RecordType<?>> of(Object record) {
    Objects.requireNonNull(record, "record");
    return byName.values().stream().filter(t -> t.matches(record)).findFirst();
  }

  /**
   * Returns every registered type, in registration order.
   *
   * @return an immutable list
   */
  public List<RecordType<?>> all() {
    return List.copyOf(new ArrayList<>(byName.values()));
  }

  /** Returns for example {@code RecordTypes[district, township, village]}. */
  @Override
  public String toString() {
    return "RecordTypes" + byName.keySet();
  }
}
