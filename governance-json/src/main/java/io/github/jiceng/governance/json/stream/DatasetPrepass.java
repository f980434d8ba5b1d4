package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.ServiceFacility;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.service.ServiceLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A first pass over the files of a dataset (数据集预读) that collects what the rules of a streaming run need from other
 * records, so that they run while streaming as they do in batch validation. Give the result's lookup to {@link
 * RecordStreamValidator.Builder#lookup}:
 *
 * <pre>{@code
 * DatasetPrepass.Result prepass = DatasetPrepass.read(files);
 * RecordStreamValidator streaming = RecordStreamValidator.builder(validator)
 *     .lookup(prepass.lookup().orElse(RecordLookup.none()))
 *     .build();
 * }</pre>
 *
 * <p>The pass reads the files without rules or Bean Validation (and credit codes leniently, so that a code that fails
 * its checks, which the streaming pass reports, does not keep its record out), for all its {@link Part parts}
 * together: a first read for the service system and the ids that covenants and decisions name, and, only if
 * {@link Part#REFERENCED_RECORDS} is asked for, a second read for the meetings and admission requests with those ids.
 * Each read parses only the records of the types it needs: a record whose first property is {@code "type"} naming
 * another type (as in every file this library writes) is skipped after a look at its first bytes, so such a record is
 * parsed in at most one of the reads. The files must not change between the reads. Memory grows with what the pass
 * keeps, not with the records it reads:
 * <ul>
 *   <li>{@link Part#SERVICE_SYSTEM}: the three-tier service system for the {@code service.*} rules. Memory grows with
 *       the territorial units, service units and their records, facilities, social workers, social organisations
 *       and community committees.</li>
 *   <li>{@link Part#REFERENCED_RECORDS}: the meetings that covenants were adopted at, for {@code
 *       covenant.adoption.meeting-missing} and {@code covenant.adoption.meeting-mismatch}, and the admission requests
 *       that decisions answer, for {@code burden.decision.overdue} and {@code burden.decision.admits-negative}. Memory
 *       grows with the meeting and request ids that covenants and decisions name (about 100 bytes each) and with the
 *       named meetings (each without its exclusions and its resolutions on matters other than a covenant: about 260
 *       bytes with two resolutions) and requests (about 600 bytes); a meeting or request that nothing names is
 *       dropped as soon as it is read. A million meetings and a million admission requests, one in a hundred of them
 *       named, go through with {@code -Xmx256m}.</li>
 * </ul>
 * Neither part keeps volunteer service records, which make up most of a large export, nor any state per record read.
 * Records that cannot be read are skipped here (the streaming pass reports them); of two records with one id only the
 * first is kept (the streaming pass reports the duplicate).
 */
public final class DatasetPrepass {
  /** The classes of the records that make up the service system. */
  private static final List<Class<?>> SYSTEM_CLASSES = List.of(TerritorialUnit.class, ServiceUnit.class,
      UnitRecord.class, ServiceFacility.class, SocialWorker.class, SocialOrganisation.class, CommunityCommittee.class);
  /** The names of their record types. */
  private static final Set<String> SYSTEM_TYPES = systemTypes();

  private DatasetPrepass() {
  }

  /**
   * A part of the first pass (预读内容), named by the rules it serves.
   */
  public enum Part implements Displayable {
    /** The district's three-tier service system, for the {@code service.*} rules. */
    SERVICE_SYSTEM("三级服务体系（service.* 规则）", "the three-tier service system (service.* rules)"),
    /**
     * The meetings that covenants name and the admission requests that decisions answer, for the {@code
     * covenant.adoption.meeting-*} and {@code burden.decision.*} rules.
     */
    REFERENCED_RECORDS("被引用的会议和准入申请（covenant.adoption.meeting-*、burden.decision.* 规则）",
        "the referenced meetings and admission requests (covenant.adoption.meeting-*, burden.decision.* rules)");

    private final BilingualText name;

    Part(String chinese, String english) {
      this.name = BilingualText.of(chinese, english);
    }

    @Override
    public String displayName(Locale locale) {
      return name.in(locale);
    }
  }

  /**
   * What the first pass found.
   */
  public static final class Result {
    private final ServiceLookup serviceSystem;
    private final RecordLookup referenced;
    private final String problem;
    private final int records;

    private Result(ServiceLookup serviceSystem, RecordLookup referenced, String problem, int records) {
      this.serviceSystem = serviceSystem;
      this.referenced = referenced;
      this.problem = problem;
      this.records = records;
    }

    /**
     * Returns the lookup for the second pass: the service system and the referenced records together.
     *
     * @return the lookup, or empty if no part found anything to look up
     */
    public Optional<RecordLookup> lookup() {
      if (serviceSystem == null) {
        return Optional.ofNullable(referenced);
      }
      if (referenced == null) {
        return Optional.of(serviceSystem);
      }
      return Optional.of(new Both(serviceSystem, referenced));
    }

    /**
     * Returns the service system's lookup alone.
     *
     * @return the lookup, or empty if the part was not read, the files hold no service unit or the system could not be
     *     built (see {@link #problem()})
     */
    public Optional<ServiceLookup> serviceSystem() {
      return Optional.ofNullable(serviceSystem);
    }

    /**
     * Returns why no service system could be built.
     *
     * @return the reason, or empty
     */
    public Optional<String> problem() {
      return Optional.ofNullable(problem);
    }

    /**
     * Returns the number of records kept for the second pass.
     *
     * @return the count
     */
    public int records() {
      return records;
    }

    /** Returns for example {@code DatasetPrepass.Result[3210 records]}. */
    @Override
    public String toString() {
      return "DatasetPrepass.Result[" + records + " records" + (problem == null ? "" : ", " + problem) + "]";
    }
  }

  /**
   * Reads files for every part (NDJSON or JSON arrays, optionally gzip): twice, see the class comment.
   *
   * @param files the files of one dataset, not empty, none null
   * @return the lookups, or the reason why there is no service system
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if {@code files} is empty or names a file twice
   */
  public static Result read(List<Path> files) {
    return read(files, EnumSet.allOf(Part.class));
  }

  /**
   * Reads files for some parts (NDJSON or JSON arrays, optionally gzip): once, or twice if the parts include
   * {@link Part#REFERENCED_RECORDS}.
   *
   * @param files the files of one dataset, not empty, none null
   * @param parts the parts to collect, not null; none gives an empty result without reading
   * @return the lookups, or the reason why there is no service system
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if {@code files} is empty or names a file twice
   */
  public static Result read(List<Path> files, Set<Part> parts) {
    Objects.requireNonNull(files, "files");
    Set<Part> wanted = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
    if (wanted.isEmpty()) {
      return new Result(null, null, null, 0);
    }
    boolean service = wanted.contains(Part.SERVICE_SYSTEM);
    ReferencedRecords referenced = wanted.contains(Part.REFERENCED_RECORDS) ? new ReferencedRecords() : null;
    Set<String> firstTypes = new HashSet<>();
    if (service) {
      firstTypes.addAll(SYSTEM_TYPES);
    }
    if (referenced != null) {
      firstTypes.addAll(ReferencedRecords.NAMING_TYPES);
    }
    List<Object> system = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    new RecordsOfTypes(firstTypes).read(files, (value, subject) -> {
      if (service && isPartOfTheSystem(value) && ids.add(key(subject))) {
        system.add(value);
      }
      if (referenced != null) {
        referenced.acceptNaming(value);
      }
    });
    if (referenced != null) {
      new RecordsOfTypes(ReferencedRecords.NAMED_TYPES).read(files, (value, subject) -> referenced.acceptNamed(value));
    }
    RecordLookup references = referenced == null ? null : referenced.lookup().orElse(null);
    int kept = system.size() + (referenced == null ? 0 : referenced.kept());
    if (system.stream().noneMatch(ServiceUnit.class::isInstance)) {
      return new Result(null, references, null, kept);
    }
    try {
      return new Result(ServiceLookup.of(system), references, null, kept);
    } catch (IllegalArgumentException e) {
      return new Result(null, references, "the service system cannot be built: " + e.getMessage(), kept);
    }
  }

  /** The names of the standard record types whose records make up the service system. */
  private static Set<String> systemTypes() {
    Set<String> names = new HashSet<>();
    for (RecordType<?> type : RecordTypes.standard().all()) {
      if (SYSTEM_CLASSES.stream().anyMatch(c -> c.isAssignableFrom(type.javaType()))) {
        names.add(type.name());
      }
    }
    return Set.copyOf(names);
  }

  private static boolean isPartOfTheSystem(Object value) {
    return SYSTEM_CLASSES.stream().anyMatch(c -> c.isInstance(value));
  }

  /** Service units share one id space (a room's id may not be a station's), so their key ignores the type. */
  private static String key(Subject subject) {
    String id = subject.id().orElse("");
    return switch (subject.type()) {
      case "guidance-centre", "social-work-station", "social-work-room" -> "service-unit/" + id;
      default -> subject.type() + "/" + id;
    };
  }

  /** Finds in the service system first, then in the referenced records; covers what either covers. */
  private static final class Both implements RecordLookup {
    private final RecordLookup first;
    private final RecordLookup second;

    Both(RecordLookup first, RecordLookup second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public Optional<Object> find(Subject subject) {
      Optional<Object> found = first.find(subject);
      return found.isPresent() ? found : second.find(subject);
    }

    @Override
    public boolean covers(String typeName) {
      return first.covers(typeName) || second.covers(typeName);
    }

    @Override
    public String toString() {
      return first + " + " + second;
    }
  }
}
