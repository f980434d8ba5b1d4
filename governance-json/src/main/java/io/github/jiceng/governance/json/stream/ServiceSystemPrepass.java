package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.service.ServiceLookup;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A first pass over files that builds the three-tier service system (服务体系预读) for the {@code service.*} rules of
 * a streaming run. Those rules judge aggregates (a township without a station, a district's organisations per
 * community), which a record-by-record pass cannot see; give the result to {@link
 * RecordStreamValidator.Builder#lookup} and they run in the second pass as they do in batch validation:
 *
 * <pre>{@code
 * ServiceSystemPrepass.Result prepass = ServiceSystemPrepass.read(files);
 * RecordStreamValidator streaming = RecordStreamValidator.builder(validator)
 *     .lookup(prepass.lookup().orElse(RecordLookup.none()))
 *     .build();
 * }</pre>
 *
 * <p>The pass reads the files once more without rules or Bean Validation and keeps only the records a {@link
 * io.github.jiceng.governance.core.service.ServiceSystem} is built from: territorial units, service units and their
 * records (deliveries, funding, training), facilities, social workers, social organisations and community
 * committees. Memory grows with those records, not with the volunteer service records, requests or meetings that
 * make up most of a large export. Records that cannot be read are skipped here (the second pass reports them); of two
 * records with one id only the first is kept (the second pass reports the duplicate). A dataset without any service
 * unit (a territory or linkage export) gets no lookup: judging its coverage would report every township.
 *
 * <p>This is {@link DatasetPrepass} with its {@link DatasetPrepass.Part#SERVICE_SYSTEM} part only; use {@link
 * DatasetPrepass} to collect, in the same one pass, the records that the {@code covenant.adoption.meeting-*} and
 * {@code burden.decision.*} rules look up.
 */
public final class ServiceSystemPrepass {
  private ServiceSystemPrepass() {
  }

  /**
   * What the first pass found.
   */
  public static final class Result {
    private final ServiceLookup lookup;
    private final String problem;
    private final int records;

    private Result(ServiceLookup lookup, String problem, int records) {
      this.lookup = lookup;
      this.problem = problem;
      this.records = records;
    }

    /**
     * Returns the lookup for the second pass.
     *
     * @return the lookup, or empty if the files hold no service unit or the system could not be built (see {@link
     *     #problem()})
     */
    public Optional<ServiceLookup> lookup() {
      return Optional.ofNullable(lookup);
    }

    /**
     * Returns why no system could be built.
     *
     * @return the reason, or empty
     */
    public Optional<String> problem() {
      return Optional.ofNullable(problem);
    }

    /**
     * Returns the number of records kept for the system.
     *
     * @return the count
     */
    public int records() {
      return records;
    }

    /** Returns for example {@code ServiceSystemPrepass.Result[3210 records]}. */
    @Override
    public String toString() {
      return "ServiceSystemPrepass.Result[" + records + " records" + (problem == null ? "" : ", " + problem) + "]";
    }
  }

  /**
   * Reads the service-system records of files (NDJSON or JSON arrays, optionally gzip) and builds the lookup.
   *
   * @param files the files of one dataset, not empty, none null
   * @return the lookup, or the reason why there is none
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if {@code files} is empty or names a file twice
   */
  public static Result read(List<Path> files) {
    DatasetPrepass.Result read = DatasetPrepass.read(files, EnumSet.of(DatasetPrepass.Part.SERVICE_SYSTEM));
    return new Result(read.serviceSystem().orElse(null), read.problem().orElse(null), read.records());
  }
}
