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
  private static final int DETECT = 1 << 16;

  private final RecordStreamValidator config;
  private final StreamListener listener;
  private final StreamSummary.Tally tally = new StreamSummary.Tally();
  private final DatasetState dataset;
  private final List<DatasetCheck> checks = new ArrayList<>();
  private final List<StreamFinding> kept = new ArrayList<>();
  private final RecordChecker checker;
  private long dropped;
  private long number;

  StreamRun(RecordStreamValidator config, StreamListener listener) {
    this.config = config;
    this.listener = listener;
    this.dataset = new DatasetState(config.validator, config.lookup, config.duplicateIds, config.references);
    this.checker = config.recordChecker();
    config.checks.forEach(factory -> checks.add(factory.get()));
  }

  StreamReport run(InputStream raw) throws IOException {
    ContentInput content = ContentInput.open(raw, config.compression);
    BufferedInputStream in = new BufferedInputStream(content, DETECT);
    InputFormat format = config.format == InputFormat.AUTO ? detect(in) : config.format;
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
    long pending = dataset.pendingReferences();
    resolveReferences();
    long datasetKeys = 0;
    for (DatasetCheck check : checks) {
      datasetKeys += check.keys();
      List<Finding> found = new ArrayList<>();
      check.finish(found::add);
      RecordResult waived = config.validator.applyWaivers(found);
      tally.suppressed += waived.suppressed().size();
      waived.findings().forEach(f -> emit(0, f));
    }
    StreamSummary summary = new StreamSummary(tally, format, content.compression(), content.bytes(),
        HexFormat.of().formatHex(content.sha256()), dataset.distinctIds(), pending, datasetKeys);
    StreamReport report = new StreamReport(summary, kept, dropped, config.validator.pack().id(),
        config.validator.pack().version());
    listener.end(report);
    return report;
  }

  /** Chooses the format from the first character that is not white space (after a byte order mark). */
  private static InputFormat detect(BufferedInputStream in) throws IOException {
    in.mark(DETECT);
    try {
      for (int i = 0; i < DETECT; i++) {
        int b = in.read();
        if (b < 0) {
          return InputFormat.NDJSON;
        }
        if (b == '[') {
          return InputFormat.JSON_ARRAY;
        }
        if (!RecordSplitter.isWhitespace(b) && !(i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF))) {
          return InputFormat.NDJSON;
        }
      }
      return InputFormat.NDJSON;
    } finally {
      in.reset();
    }
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
      List<Finding> crossRecord = new ArrayList<>();
      dataset.register(subject, slice.line, slice.column, crossRecord::add);
      if (!crossRecord.isEmpty()) {
        checked.add(config.validator.applyWaivers(crossRecord));
      }
      dataset.references(value, subject, number, config.validator.evaluationDateOf(value), !checked.hasError(),
          checked::position);
    }
    Collections.sort(active);
    RecordOutcome outcome = checked.outcome(number);
    RecordStatus status = outcome.status();
    if (value != null) {
      for (DatasetCheck check : checks) {
        check.record(value, outcome);
      }
    }
    switch (status) {
      case VALID:
        tally.valid++;
        break;
      case WITH_ERRORS:
        tally.withErrors++;
        break;
      default:
        tally.unreadable++;
    }
    tally.suppressed += suppressed.size();
    listener.record(outcome);
    for (Finding finding : active) {
      emit(number, finding);
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
    waived.findings().forEach(f -> emit(0, f));
  }

  private void resolveReferences() {
    long[] lastConverted = {0};
    dataset.resolve((record, wasValid, finding) -> {
      RecordResult waived = config.validator.applyWaivers(List.of(finding));
      tally.suppressed += waived.suppressed().size();
      for (Finding active : waived.findings()) {
        if (active.severity() == Severity.ERROR && wasValid && lastConverted[0] != record) {
          lastConverted[0] = record;
          tally.valid--;
          tally.withErrors++;
        }
        emit(record, active);
      }
    });
  }

  private void emit(long record, Finding finding) {
    tally.bySeverity.merge(finding.severity(), 1L, Long::sum);
    tally.byCode.merge(finding.code().value(), 1L, Long::sum);
    StreamFinding located = new StreamFinding(record, finding);
    if (kept.size() < config.keptFindings) {
      kept.add(located);
    } else {
      dropped++;
    }
    listener.finding(located);
  }
}
