package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.FoundationAccounts;
import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerEngagement;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerTeam;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.GuidanceCentre;
import io.github.jiceng.governance.core.service.ServiceDelivery;
import io.github.jiceng.governance.core.service.ServiceFacility;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.service.TrainingSession;
import io.github.jiceng.governance.core.council.Council;
import io.github.jiceng.governance.core.council.CouncilSession;
import io.github.jiceng.governance.core.council.DisputeCase;
import io.github.jiceng.governance.core.council.RaisedMatter;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A registry of record types (记录类型表): type name to Java type, id and date. Immutable.
 *
 * <p>{@link #standard()} holds the library's own record types; {@link #with} adds a user's types. A validator uses it
 * to name the subjects of findings and to find the date whose law applies; the JSON layer uses it to read a record by
 * its {@code "type"}. Each Java class has at most one type name: a type may not be registered beside one of its
 * subtypes or supertypes. In the standard types, the {@code creditCode} of a {@code social-organisation} and of a
 * {@code community-committee} are {@linkplain RecordType#withCheckedProperty checked properties}, so that the
 * {@code id.uscc.*} rules check the codes inside records.
 */
public final class RecordTypes {
  private static final RecordTypes STANDARD = of(
      RecordType.of("district", District.class, d -> d.code().value()),
      RecordType.of("township", Township.class, t -> t.code().value()),
      RecordType.of("village", Village.class, v -> v.code().value()),
      RecordType.of("community-committee", CommunityCommittee.class, CommunityCommittee::id)
          .withDate(CommunityCommittee::termStart).withCheckedProperty("creditCode", CommunityCommittee::creditCode),
      RecordType.of("social-organisation", SocialOrganisation.class, SocialOrganisation::id)
          .withCheckedProperty("creditCode", SocialOrganisation::creditCode),
      RecordType.of("social-worker", SocialWorker.class, SocialWorker::id),
      RecordType.of("volunteer", Volunteer.class, Volunteer::volunteerNumber).withDate(Volunteer::registeredOn),
      RecordType.of("volunteer-team", VolunteerTeam.class, VolunteerTeam::id),
      RecordType.of("volunteer-service-record", ServiceRecord.class, ServiceRecord::id).withDate(ServiceRecord::date),
      RecordType.of("volunteer-service-log", VolunteerServiceLog.class, VolunteerServiceLog::volunteerNumber),
      RecordType.of("volunteer-engagement", VolunteerEngagement.class, VolunteerEngagement::id),
      RecordType.of("community-fund", CommunityFund.class, CommunityFund::id),
      RecordType.of("fundraising-campaign", FundraisingCampaign.class, FundraisingCampaign::id),
      RecordType.of("foundation-accounts", FoundationAccounts.class, a -> a.organisationId() + "/" + a.year())
          .withDate(FoundationAccounts::yearEnd),
      RecordType.of("linkage-project", LinkageProject.class, LinkageProject::id),
      RecordType.of("guidance-centre", GuidanceCentre.class, GuidanceCentre::id),
      RecordType.of("social-work-station", SocialWorkStation.class, SocialWorkStation::id),
      RecordType.of("social-work-room", SocialWorkRoom.class, SocialWorkRoom::id),
      RecordType.of("service-delivery", ServiceDelivery.class, ServiceDelivery::id).withDate(ServiceDelivery::date),
      RecordType.of("service-funding", ServiceFunding.class, ServiceFunding::id).withDate(ServiceFunding::date),
      RecordType.of("service-training", TrainingSession.class, TrainingSession::id).withDate(TrainingSession::date),
      RecordType.of("service-facility", ServiceFacility.class, ServiceFacility::id),
      RecordType.of("meeting", Meeting.class, Meeting::id).withDate(Meeting::date),
      RecordType.of("representative-assembly", RepresentativeAssembly.class, RepresentativeAssembly::id)
          .withDate(RepresentativeAssembly::termStart),
      RecordType.of("covenant", Covenant.class, Covenant::id).withDate(c -> c.date().orElse(null)),
      RecordType.of("council", Council.class, Council::id),
      RecordType.of("council-session", CouncilSession.class, CouncilSession::id).withDate(CouncilSession::date),
      RecordType.of("dispute-case", DisputeCase.class, DisputeCase::id).withDate(DisputeCase::received),
      RecordType.of("raised-matter", RaisedMatter.class, RaisedMatter::id).withDate(RaisedMatter::raised),
      RecordType.of("admission-request", AdmissionRequest.class, AdmissionRequest::id).withDate(AdmissionRequest::date),
      RecordType.of("admission-decision", AdmissionDecision.class, AdmissionDecision::requestId)
          .withDate(AdmissionDecision::date),
      RecordType.of("certificate-request", CertificateRequest.class, CertificateRequest::id)
          .withDate(CertificateRequest::date),
      RecordType.of("list-catalogue", ListCatalogue.class, ListCatalogue::ref));

  private final Map<String, RecordType<?>> byName;
  private final ClassValue<Optional<RecordType<?>>> byClass = new ClassValue<>() {
    @Override
    protected Optional<RecordType<?>> computeValue(Class<?> type) {
      return byName.values().stream().filter(t -> t.javaType().isAssignableFrom(type)).findFirst();
    }
  };

  /** {@link #namesOfSubtypes} by class: the reader asks for every record. */
  private final ClassValue<SortedSet<String>> subtypeNames = new ClassValue<>() {
    @Override
    protected SortedSet<String> computeValue(Class<?> supertype) {
      return Collections.unmodifiableSortedSet(byName.values().stream()
          .filter(t -> supertype.isAssignableFrom(t.javaType()))
          .map(RecordType::name)
          .collect(Collectors.toCollection(TreeSet::new)));
    }
  };

  private RecordTypes(Map<String, RecordType<?>> byName) {
    this.byName = byName;
  }

  /**
   * Returns the library's own record types: {@code district}, {@code township} and {@code village} (more as the domain
   * areas are added).
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
      if (copy.containsKey(type.name())) {
        throw new IllegalArgumentException("record type '" + type.name() + "' is already registered as "
            + copy.get(type.name()).javaType().getName() + "; cannot register it again for "
            + type.javaType().getName());
      }
      for (RecordType<?> other : copy.values()) {
        Class<?> a = other.javaType();
        Class<?> b = type.javaType();
        if (a.isAssignableFrom(b) || b.isAssignableFrom(a)) {
          throw new IllegalArgumentException("cannot register " + b.getName() + " as '" + type.name() + "': "
              + (a.equals(b) ? "it is already registered" : "it is a subtype or supertype of " + a.getName())
              + " as '" + other.name() + "'; each class has at most one type name");
        }
      }
      copy.put(type.name(), type);
    }
    return new RecordTypes(Collections.unmodifiableMap(copy));
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
   * Finds the record type of a record: the registered type whose Java type the record is an instance of.
   *
   * @param record the record, not null
   * @return the type, or empty if none matches
   */
  public Optional<RecordType<?>> typeOf(Object record) {
    return forClass(Objects.requireNonNull(record, "record").getClass());
  }

  /**
   * Finds the record type of a Java class: the registered type whose Java type is the class or a supertype of it.
   *
   * @param javaType the class, not null (an Immutables implementation class finds its abstract value type)
   * @return the type, or empty if none matches
   */
  public Optional<RecordType<?>> forClass(Class<?> javaType) {
    return byClass.get(Objects.requireNonNull(javaType, "javaType"));
  }

  /**
   * Returns the type name of a Java class.
   *
   * @param javaType the class, not null
   * @return the name of {@link #forClass(Class)}, or empty
   */
  public Optional<String> nameOf(Class<?> javaType) {
    return forClass(javaType).map(RecordType::name);
  }

  /**
   * Returns the Java type registered under a name.
   *
   * @param name the type name, not null
   * @return the Java type, or empty if the name is not registered
   */
  public Optional<Class<?>> classOf(String name) {
    return named(name).map(RecordType::javaType);
  }

  /**
   * Returns the names of the registered types that are a Java type or its subtypes, such as the names of every
   * {@code TerritorialUnit}.
   *
   * @param supertype the Java type, not null
   * @return the names, sorted
   */
  public SortedSet<String> namesOfSubtypes(Class<?> supertype) {
    Objects.requireNonNull(supertype, "supertype");
    return subtypeNames.get(supertype);
  }

  /**
   * Returns every registered type name.
   *
   * @return the names, sorted
   */
  public SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byName.keySet()));
  }

  /**
   * Returns every registered type, in registration order.
   *
   * @return an immutable list
   */
  public List<RecordType<?>> all() {
    return List.copyOf(new ArrayList<>(byName.values()));
  }

  /** Two registries are equal when they register the same names for the same Java types. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RecordTypes && classesByName().equals(((RecordTypes) other).classesByName());
  }

  @Override
  public int hashCode() {
    return classesByName().hashCode();
  }

  private Map<String, Class<?>> classesByName() {
    Map<String, Class<?>> classes = new LinkedHashMap<>();
    byName.forEach((name, type) -> classes.put(name, type.javaType()));
    return classes;
  }

  /** Returns for example {@code RecordTypes[district, township, village]}. */
  @Override
  public String toString() {
    return "RecordTypes" + byName.keySet();
  }
}
