package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.territory.Jurisdiction;
import io.github.jiceng.governance.json.binding.DirectBinding;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read of the files of a dataset that gives the records of some standard record types only (按类型读取), for the
 * {@link DatasetPrepass}: without rules or Bean Validation, with credit codes read leniently, and without any state
 * across records. It splits the files as a {@link RecordStreamValidator} does (NDJSON or JSON arrays, optionally
 * gzip), but a record whose first property is {@code "type"} with a plain string naming another type is skipped
 * before it is parsed; every other record is read by a {@link RecordChecker} whose registry holds only the wanted
 * types, so a record of another type whose {@code "type"} comes later is unreadable to it, as it should be. A record
 * is given if, and only if, a streaming run with the standard types would read it into a value of a wanted type.
 * Unreadable records are skipped silently. Immutable.
 */
final class RecordsOfTypes {
  private final Set<String> names;
  private final byte[][] wanted;
  private final RecordStreamValidator config;

  /**
   * Creates a read of some record types.
   *
   * @param typeNames the names of standard record types
   * @throws java.util.NoSuchElementException if a name is not a standard record type
   */
  RecordsOfTypes(Set<String> typeNames) {
    this.names = Set.copyOf(typeNames);
    this.wanted = names.stream().sorted().map(n -> n.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    RecordTypes standard = RecordTypes.standard();
    RecordTypes types = RecordTypes.of(names.stream().sorted().map(name -> standard.named(name).orElseThrow())
        .toArray(RecordType<?>[]::new));
    RulePack nothing = RulePack.builder("dataset-prepass", "1", Jurisdiction.national()).build();
    this.config = RecordStreamValidator.builder(
            Validator.builder(nothing).recordTypes(types).beanValidation(false).build())
        .recordTypes(types)
        // a credit code that fails its checks must not keep its organisation out of the service system: the
        // streaming pass reports the code
        .lenientCreditCodes(true)
        .references(RecordReferences.none()).duplicateIds(false).standardChecks(false).keptFindings(0).build();
  }

  /**
   * Reads the files one after another, in the order given.
   *
   * @param files the files, at least one, none twice
   * @param out receives each record of a wanted type read into a value, and its subject
   * @throws IllegalArgumentException if there is no file or a file is given twice
   * @throws UncheckedIOException if a file cannot be opened or read
   */
  void read(List<Path> files, BiConsumer<Object, Subject> out) {
    List<Path> all = List.copyOf(files);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no input: give at least one file");
    }
    List<String> slashed = new ArrayList<>(all.size());
    all.forEach(file -> slashed.add(file.toString().replace(file.getFileSystem().getSeparator(), "/")));
    SourceNames.of(slashed);
    Objects.requireNonNull(out, "out");
    RecordChecker checker = config.recordChecker();
    for (Path file : all) {
      try (InputStream raw = Files.newInputStream(file)) {
        read(raw, checker, out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  private void read(InputStream raw, RecordChecker checker, BiConsumer<Object, Subject> out) throws IOException {
    ContentInput content = ContentInput.open(raw, config.compression, null);
    BufferedInputStream in = new BufferedInputStream(content, InputFormat.DETECTION_BYTES);
    long max = config.limits.getMaxDocumentLength();
    RecordSplitter splitter = InputFormat.detect(in) == InputFormat.JSON_ARRAY ? new ArraySplitter(in, max, false)
        : new NdjsonSplitter(in, max);
    RecordSlice slice = new RecordSlice();
    while (splitter.next(slice)) {
      if (slice.tooLong >= 0 || isOtherType(slice.bytes, slice.length)) {
        continue;
      }
      RecordChecker.Checked checked = checker.check(slice.bytes, 0, slice.length, slice.line, slice.column, -1,
          slice.separatorProblem);
      if (checked.value != null) {
        out.accept(checked.value, checked.subject);
      }
    }
  }

  /**
   * Tells whether a record surely has another type than the wanted ones: its first property is {@code "type"}, whose
   * value is a string without escapes that names none of them. The reader decides the record's type by that first
   * {@code "type"} property too, so such a record is never read into a value of a wanted type.
   *
   * @param bytes the record's bytes
   * @param length their number
   * @return true to skip the record; false if it has a wanted type or this scan cannot tell
   */
  boolean isOtherType(byte[] bytes, int length) {
    long range = DirectBinding.leadingType(bytes, 0, length);
    if (range < 0) {
      return false;
    }
    int start = (int) (range >>> 32);
    int end = (int) range;
    for (byte[] name : wanted) {
      if (Arrays.equals(bytes, start, end, name, 0, name.length)) {
        return false;
      }
    }
    return true;
  }

  /** Returns for example {@code RecordsOfTypes[admission-request, meeting]}. */
  @Override
  public String toString() {
    return "RecordsOfTypes" + names.stream().sorted().toList();
  }
}
