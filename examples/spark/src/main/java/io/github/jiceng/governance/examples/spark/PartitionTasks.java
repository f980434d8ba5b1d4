package io.github.jiceng.governance.examples.spark;

import io.github.jiceng.governance.json.stream.DatasetFacts;
import io.github.jiceng.governance.json.stream.KeyedCheck;
import io.github.jiceng.governance.json.stream.RecordChecker;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordResult;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Validator;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The work of the tasks of {@link SparkValidation}; each task builds its validator once from the broadcast
 * {@link JobOptions}. No rule logic is here: the per-record step is the library's {@link RecordChecker}, the
 * cross-record steps are the library's {@link KeyedCheck}s.
 */
final class PartitionTasks {
  private PartitionTasks() {
  }

  /**
   * Where each partition starts: in which file, at which line of that file, and the number (in that file) of its
   * first record, as the streaming validator numbers the lines and records of each file.
   */
  static final class Layout implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The file of each partition. */
    final int[] file;
    /** The line in its file of each partition's first line. */
    final long[] firstLine;
    /** The record number in its file of each partition's first record. */
    final long[] firstRecord;

    Layout(int[] file, long[] firstLine, long[] firstRecord) {
      this.file = file;
      this.firstLine = firstLine;
      this.firstRecord = firstRecord;
    }
  }

  /**
   * Counts the lines and the records (the lines that are not blank) of one partition, without parsing them.
   *
   * @param partition the partition index
   * @param lines the partition's lines
   * @return one array: {partition, lines, records}
   */
  static Iterator<long[]> count(int partition, Iterator<Tuple2<LongWritable, Text>> lines) {
    long n = 0;
    long records = 0;
    while (lines.hasNext()) {
      Tuple2<LongWritable, Text> line = lines.next();
      n++;
      Text text = line._2();
      if (!blank(text.getBytes(), from(line._1().get(), text), text.getLength())) {
        records++;
      }
    }
    return List.of(new long[] {partition, n, records}).iterator();
  }

  /** Where a line's record starts: after a byte order mark at the very start of a file. */
  private static int from(long offset, Text text) {
    byte[] bytes = text.getBytes();
    return offset == 0 && text.getLength() >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /**
   * Checks the records of one partition: emits the per-record findings, the keyed checks' partial states and, last,
   * the partition's counts.
   *
   * @param partition the partition index
   * @param lines the partition's lines, as Hadoop's text input gives them (the Text is reused)
   * @param options the job options
   * @param layout where partitions start
   * @param files the input files
   * @return the emissions, made lazily, one line at a time
   */
  static Iterator<Emission> checkRecords(int partition, Iterator<Tuple2<LongWritable, Text>> lines,
      Broadcast<JobOptions> options, Broadcast<Layout> layout, Broadcast<InputFiles> files) {
    RecordStreamValidator streaming = options.value().streaming();
    RecordChecker checker = streaming.recordChecker();
    List<KeyedCheck<?>> checks = streaming.keyedChecks();
    int file = layout.value().file[partition];
    String name = files.value().name(file);
    Emission tally = Emission.tally(file);
    return new Iterator<>() {
      private final ArrayDeque<Emission> pending = new ArrayDeque<>();
      private long line = layout.value().firstLine[partition];
      private long record = layout.value().firstRecord[partition];
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && !done) {
          if (lines.hasNext()) {
            Tuple2<LongWritable, Text> next = lines.next();
            check(next._2(), from(next._1().get(), next._2()), line++);
          } else {
            pending.add(tally);
            done = true;
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public Emission next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }

      private void check(Text text, int from, long lineInFile) {
        byte[] bytes = text.getBytes();
        int to = text.getLength();
        if (blank(bytes, from, to)) {
          return;
        }
        long number = record++;
        RecordOutcome outcome = checker.check(bytes, from, to, file, name, number, Math.toIntExact(lineInFile), 1);
        for (Finding finding : outcome.findings()) {
          pending.add(Emission.finding(FindingRow.of(name, number, finding), file, false));
        }
        tally.suppressed += outcome.suppressed().size();
        switch (outcome.status()) {
          case VALID:
            tally.valid++;
            break;
          case WITH_ERRORS:
            tally.withErrors++;
            break;
          default:
            tally.unreadable++;
        }
        if (outcome.value().isPresent()) {
          tally.recordTypes.add(outcome.subject().type());
          for (int c = 0; c < checks.size(); c++) {
            int index = c;
            keys(checks.get(c), outcome, (key, state) -> pending.add(Emission.partial(index, key, state)));
          }
        }
      }
    };
  }

  private static <S extends Serializable> void keys(KeyedCheck<S> check, RecordOutcome outcome,
      java.util.function.BiConsumer<String, Serializable> out) {
    check.keys(outcome.value().orElseThrow(), outcome, out::accept);
  }

  private static boolean blank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Combines the partial states of one key with the key's check; the checks are made once per task. */
  static final class Combine implements org.apache.spark.api.java.function.Function2<Emission.Partial,
      Emission.Partial, Emission.Partial> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<JobOptions> options;
    private transient List<KeyedCheck<?>> checks;

    Combine(Broadcast<JobOptions> options) {
      this.options = options;
    }

    @Override
    public Emission.Partial call(Emission.Partial left, Emission.Partial right) {
      if (checks == null) {
        checks = options.value().streaming().keyedChecks();
      }
      return new Emission.Partial(left.check, combine(checks.get(left.check), left.state, right.state));
    }

    @SuppressWarnings("unchecked")
    private static <S extends Serializable> S combine(KeyedCheck<S> check, Serializable left, Serializable right) {
      return check.combine((S) left, (S) right);
    }
  }

  /**
   * Reports the findings of the combined keys of one partition, with waivers applied.
   *
   * @param keys the keys and their combined states
   * @param options the job options
   * @param facts what the whole dataset holds
   * @param files the input files
   * @return the findings (marked when they turn a valid record into one with errors) and, last, the number of
   *     findings suppressed by waivers
   */
  static Iterator<Emission> reportKeys(Iterator<Tuple2<String, Emission.Partial>> keys,
      Broadcast<JobOptions> options, Broadcast<DatasetFacts> facts, Broadcast<InputFiles> files) {
    RecordStreamValidator streaming = options.value().streaming();
    List<KeyedCheck<?>> checks = streaming.keyedChecks();
    Validator validator = validatorOf(options.value());
    ArrayDeque<Emission> out = new ArrayDeque<>();
    Emission tally = Emission.tally(-1);
    while (keys.hasNext()) {
      Tuple2<String, Emission.Partial> entry = keys.next();
      tally.keys.merge(entry._2().check, 1L, Long::sum);
      String key = entry._1().substring(entry._1().indexOf(':') + 1);
      findings(checks.get(entry._2().check), key, entry._2().state, facts.value(),
          (source, record, wasValid, finding) -> {
            RecordResult waived = validator.applyWaivers(List.of(finding));
            tally.suppressed += waived.suppressed().size();
            for (Finding active : waived.findings()) {
              String name = source < 0 ? null : files.value().name(source);
              out.add(Emission.finding(FindingRow.of(name, record, active), source,
                  wasValid && active.severity() == Severity.ERROR));
            }
          });
    }
    out.add(tally);
    return out.iterator();
  }

  @SuppressWarnings("unchecked")
  private static <S extends Serializable> void findings(KeyedCheck<S> check, String key, Serializable state,
      DatasetFacts facts, KeyedCheck.KeyedFindings out) {
    check.findings(key, (S) state, facts, out);
  }

  private static Validator validatorOf(JobOptions options) {
    Validator.Builder validator = Validator.builder(options.pack());
    options.asOf().ifPresent(validator::asOf);
    return validator.build();
  }
}
