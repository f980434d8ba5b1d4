package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.RecordResult;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.SuppressedFinding;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a {@link RecordStreamValidator}: reads the records one by one, emits their outcomes and findings, and
 * keeps the counts and the cross-record state. Not thread-safe; used once.
 */
final class StreamRun {
  
  private final RecordStreamValidator config;
  private final StreamListener listener;
  private final StreamSummary.Tally tally = new StreamSummary.Tally();
  private final DatasetState dataset;
  private final List<DatasetCheck> checks = new ArrayList<>();
  private final List<StreamFinding> kept = new ArrayList<>();
  private final RecordChecker checker;
  /** The findings across records about the current record (reused from record to record). */
  private final List<Finding> crossRecord = new ArrayList<>();
  private final java.util.function.Consumer<Finding> addCrossRecord = crossRecord::add;
  /** The running counts of each input; one for a single input. */
  private final List<StreamSummary.Tally> sourceTallies = new ArrayList<>();
  /** The names of the inputs, or null for a single unnamed input. */
  private List<String> names;
  /** The index of the input being read, or -1 after the last one. */
  private int source;
  private long dropped;
  /** The number of the last record read, in its input. */
  private long number;

  StreamRun(RecordStreamValidator config, StreamListener listener) {
    this.config = config;
    this.listener = listener;
    this.dataset = new DatasetState(config.validator, config.lookup, config.duplicateIds, config.references);
    this.checker = config.recordChecker();
    config.checks.forEach(factory -> checks.add(factory.get()));
  }

  StreamReport run(InputStream raw) throws IOException {
    sourceTallies.add(new StreamSummary.Tally());
    Read read = read(raw, null);
    return finish(read.format, read.compression, read.bytes, read.sha256, List.of());
  }

  /**
   * Validates several files as one dataset, one after another.
   *
   * @param paths the files
   * @param names their names, as findings give them
   * @return the report
   */
  StreamReport run(List<Path> paths, List<String> names) {
    this.names = names;
    MessageDigest total = sha256();
    List<Read> reads = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      source = i;
      number = 0;
      sourceTallies.add(new StreamSummary.Tally());
      dataset.addSource(names.get(i));
      try (InputStream in = Files.newInputStream(paths.get(i))) {
        reads.add(read(in, total));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + paths.get(i), e);
      }
    }
    InputFormat format = reads.get(0).format;
    Compression compression = reads.get(0).compression;
    long bytes = 0;
    for (Read read : reads) {
      format = read.format == format ? format : InputFormat.AUTO;
      compression = read.compression == compression ? compression : Compression.AUTO;
      bytes += read.bytes;
    }
    List<SourceSummary> sources = new ArrayList<>();
    return finish(format, compression, bytes, HexFormat.of().formatHex(total.digest()), sources, () -> {
      for (int i = 0; i < reads.size(); i++) {
        Read read = reads.get(i);
        sources.add(new SourceSummary(names.get(i), sourceTallies.get(i), read.format, read.compression,
            read.bytes, read.sha256));
      }
    });
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** What reading one input found out about it. */
  private static final class Read {
    private final InputFormat format;
    private final Compression compression;
    private final long bytes;
    private final String sha256;

    private Read(InputFormat format, Compression compression, long bytes, String sha256) {
      this.format = format;
      this.compression = compression;
      this.bytes = bytes;
      this.sha256 = sha256;
    }
  }

  private Read read(InputStream raw, MessageDigest total) throws IOException {
    ContentInput content = ContentInput.open(raw, config.compression, total);
    BufferedInputStream in = new BufferedInputStream(content, InputFormat.DETECTION_BYTES);
    InputFormat format = config.format == InputFormat.AUTO ? InputFormat.detect(in) : config.format;
    long max = config.limits.getMaxDocumentLength();
    RecordSplitter splitter = format == InputFormat.JSON_ARRAY
        ? new ArraySplitter(in, max, config.format == InputFormat.JSON_ARRAY)
        : new NdjsonSplitter(in, max);
    RecordSlice slice = new RecordSlice();
    while (splitter.next(slice)) {
      record(slice);
    }
    content.drain();
    for (InputProblem problem : splitter.problems) {
      inputFinding(problem);
    }
    if (content.problem() != null) {
      inputFinding(content.problem());
    }
    return new Read(format, content.compression(), content.bytes(), HexFormat.of().formatHex(content.sha256()));
  }

  private StreamReport finish(InputFormat format, Compression compression, long bytes, String sha256,
      List<SourceSummary> sources) {
    return finish(format, compression, bytes, sha256, sources, () -> { });
  }

  private StreamReport finish(InputFormat format, Compression compression, long bytes, String sha256,
      List<SourceSummary> sources, Runnable beforeSummary) {
    source = -1;
    long pending = dataset.pendingReferences();
    resolveReferences();
    long datasetKeys = 0;
    for (DatasetCheck check : checks) {
      datasetKeys += check.keys();
      List<Finding> found = new ArrayList<>();
      check.finish(found::add);
      RecordResult waived = config.validator.applyWaivers(found);
      tally.suppressed += waived.suppressed().size();
      waived.findings().forEach(f -> emit(-1, 0, f));
    }
    beforeSummary.run();
    StreamSummary summary = new StreamSummary(tally, format, compression, bytes, sha256, dataset.distinctIds(),
        pending, datasetKeys, sources);
    StreamReport report = new StreamReport(summary, kept, dropped, config.validator.pack().id(),
        config.validator.pack().version());
    listener.end(report);
    return report;
  }

  private void record(RecordSlice slice) {
    number++;
    RecordChecker.Checked checked = checker.check(slice.bytes, 0, slice.tooLong >= 0 ? 0 : slice.length,
        slice.line, slice.column, slice.tooLong, slice.separatorProblem);
    List<Finding> active = checked.active;
    List<SuppressedFinding> suppressed = checked.suppressed;
    Object value = checked.value;
    Subject subject = checked.subject;
    if (value != null) {
      crossRecord.clear();
      dataset.register(subject, source, slice.line, slice.column, addCrossRecord);
      if (!crossRecord.isEmpty()) {
        checked.add(config.validator.applyWaivers(crossRecord)); // the result copies the findings
      }
      dataset.references(value, subject, source, number, config.validator.evaluationDateOf(value),
          !checked.hasError(), checked::position);
    }
    Collections.sort(active);
    RecordOutcome outcome = checked.outcome(source, sourceName(source), number);
    RecordStatus status = outcome.status();
    if (value != null) {
      for (DatasetCheck check : checks) {
        check.record(value, outcome);
      }
    }
    StreamSummary.Tally current = sourceTallies.get(source);
    switch (status) {
      case VALID:
        tally.valid++;
        current.valid++;
        break;
      case WITH_ERRORS:
        tally.withErrors++;
        current.withErrors++;
        break;
      default:
        tally.unreadable++;
        current.unreadable++;
    }
    tally.suppressed += suppressed.size();
    current.suppressed += suppressed.size();
    listener.record(outcome);
    for (Finding finding : active) {
      emit(source, number, finding);
    }
  }

  private void inputFinding(InputProblem problem) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    if (problem.detail != null) {
      arguments.put("detail", problem.detail);
    }
    Finding finding = StreamFindings.make(StreamFindings.SYNTAX, problem.variant, Severity.ERROR,
        StreamFindings.INPUT, StreamFindings.at(Location.root(), problem.line, problem.column), arguments);
    RecordResult waived = config.validator.applyWaivers(List.of(finding));
    tally.suppressed += waived.suppressed().size();
    waived.findings().forEach(f -> emit(source, 0, f));
  }

  private void resolveReferences() {
    long[] lastConverted = {-1, 0};
    dataset.resolve((from, record, wasValid, finding) -> {
      RecordResult waived = config.validator.applyWaivers(List.of(finding));
      tally.suppressed += waived.suppressed().size();
      for (Finding active : waived.findings()) {
        if (active.severity() == Severity.ERROR && wasValid
            && (lastConverted[0] != from || lastConverted[1] != record)) {
          lastConverted[0] = from;
          lastConverted[1] = record;
          tally.valid--;
          tally.withErrors++;
          sourceTallies.get(from).valid--;
          sourceTallies.get(from).withErrors++;
        }
        emit(from, record, active);
      }
    });
  }

  private String sourceName(int index) {
    return names == null || index < 0 ? null : names.get(index);
  }

  /**
   * Counts and passes on a finding.
   *
   * @param from the index of the input it is about, or -1 for none
   * @param record the record number in that input, or 0
   * @param finding the finding
   */
  private void emit(int from, long record, Finding finding) {
    tally.bySeverity.merge(finding.severity(), 1L, Long::sum);
    tally.byCode.merge(finding.code().value(), 1L, Long::sum);
    if (from >= 0) {
      sourceTallies.get(from).bySeverity.merge(finding.severity(), 1L, Long::sum);
    }
    StreamFinding located = new StreamFinding(sourceName(from), record, finding);
    if (kept.size() < config.keptFindings) {
      kept.add(located);
    } else {
      dropped++;
    }
    listener.finding(located);
  }
}
