package io.github.jiceng.governance.examples.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.PlantedProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** Validates sample files as one dataset and compares its findings with a manifest, as (rule id, subject) keys. */
final class SampleFindings {
  /**
   * The validator's today, for records without a date of their own; no as-of date is set, because an as-of date
   * judges every record, a meeting of 2021 too, under the law of that date.
   */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private SampleFindings() {
  }

  /** Returns a key {@code rule|type|id} of a finding. */
  static String key(Finding finding) {
    return finding.code().value() + "|" + finding.subject().type() + "|" + finding.subject().id().orElse("");
  }

  /** Returns the keys of a manifest's problems, one per rule id. */
  static TreeSet<String> keys(Collection<PlantedProblem> problems) {
    TreeSet<String> keys = new TreeSet<>();
    for (PlantedProblem p : problems) {
      p.ruleIds().forEach(rule -> keys.add(rule + "|" + p.recordType() + "|" + p.recordId()));
    }
    return keys;
  }

  /** Returns the keys of a manifest file's problems. */
  static TreeSet<String> keys(Path manifest) throws IOException {
    JsonNode root = new ObjectMapper().readTree(manifest.toFile());
    TreeSet<String> keys = new TreeSet<>();
    for (JsonNode p : root.path("problems")) {
      for (JsonNode rule : p.path("ruleIds")) {
        keys.add(rule.asText() + "|" + p.path("recordType").asText() + "|" + p.path("recordId").asText());
      }
    }
    return keys;
  }

  /** Validates the files, concatenated in order, as one NDJSON dataset on {@link #TODAY}; returns every finding. */
  static List<Finding> validate(List<Path> files) {
    return validate(files, TODAY);
  }

  /** Validates the files, concatenated in order, as one NDJSON dataset on a day; returns every finding. */
  static List<Finding> validate(List<Path> files, LocalDate today) {
    Validator validator = Validator.builder(StandardPacks.forJurisdiction(SampleDataWriter.JURISDICTION))
        .clock(Clock.fixed(today.atStartOfDay(Validator.CHINA).toInstant(), Validator.CHINA)).build();
    RecordStreamValidator streaming = RecordStreamValidator.builder(validator).build();
    List<Finding> findings = new ArrayList<>();
    List<InputStream> inputs = new ArrayList<>();
    try {
      for (Path file : files) {
        inputs.add(Files.newInputStream(file));
      }
      try (InputStream all = new SequenceInputStream(Collections.enumeration(inputs))) {
        StreamReport report = streaming.validate(all, new StreamListener() {
          @Override
          public void finding(StreamFinding finding) {
            findings.add(finding.finding());
          }
        });
        if (report.summary().records() == 0) {
          throw new IllegalStateException("no records read from " + files);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return findings;
  }
}
