package io.github.jiceng.governance.json.burden;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CatalogueDiff;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.json.stream.InputFormat;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.json.stream.RecordStatus;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.burden.AdmissionReview;
import io.github.jiceng.governance.rules.burden.BurdenParameters;
import io.github.jiceng.governance.rules.burden.CatalogueSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decides a file of admission requests against the four lists (批量工作事项准入审查), streaming: every {@code
 * admission-request} record of an NDJSON file or a JSON array (optionally gzip; other record types may be mixed in
 * and are skipped) gets an {@link AdmissionDecision} from {@link AdmissionReview}, with the lists that the
 * validator's rule pack ({@link BurdenParameters#CATALOGUES}) has in force on the request's date, and the pack's
 * findings about the request. A request that breaks a constraint or rule is still decided (its findings say what is
 * wrong). The run keeps only one record in memory and accounts for every record read.
 *
 * <pre>{@code
 * AdmissionBatch batch = AdmissionBatch.of(Validator.of(StandardPacks.chongqing()));
 * try (OutputStream out = Files.newOutputStream(Path.of("decisions.ndjson"))) {
 *   AdmissionBatchSummary summary = batch.run(Path.of("requests.ndjson"), out);
 * }
 * CatalogueDiff changed = batch.changesFor(DivisionCode.parse("500112101201"),
 *     LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1));   // what changed for one village
 * }</pre>
 *
 * <p><b>Output (NDJSON, UTF-8, one JSON object per line, in input order)</b>, each with a {@code "kind"}:
 * <ul>
 *   <li>{@code "decision"}: {@code record} (number in the input, from 1), {@code line}, {@code requestId}, {@code
 *       outcome} ({@code ADMITTED_ON_LIST}, {@code ADMITTED_BY_PURCHASE_OF_SERVICES}, {@code REFERRED_FOR_APPROVAL},
 *       {@code REFUSED}), {@code explanation} ({@code {"zh-CN": ..., "en": ...}}, from {@link
 *       AdmissionDecision#explain}), {@code decision} (the {@code admission-decision} record in the wire format of
 *       docs/json-format.md, readable by {@code RecordReader}) and {@code findings} (the pack's findings about the
 *       request: {@code code}, {@code severity}, {@code pointer}, {@code messages} in zh-CN and en);</li>
 *   <li>{@code "unreadable"}: {@code record}, {@code line}, {@code column} and {@code findings} (the {@code json.*}
 *       findings that say why);</li>
 *   <li>{@code "summary"}, the last line: {@code read}, {@code requests}, {@code admittedOnList}, {@code
 *       admittedByPurchaseOfServices}, {@code referredForApproval}, {@code refused}, {@code otherRecords}, {@code
 *       unreadable}.</li>
 * </ul>
 * Findings that need the whole input (duplicate ids, missing references) are not in the lines; run the streaming
 * validator for those. Immutable and thread-safe; each run has its own state.
 */
public final class AdmissionBatch {
  private final Validator validator;
  private final InputFormat format;
  private final RecordStreamValidator streaming;
  private final LocalDate decisionDate;

  private AdmissionBatch(Validator validator, InputFormat format, LocalDate decisionDate) {
    this.validator = validator;
    this.format = format;
    this.streaming = RecordStreamValidator.builder(validator).format(format).standardChecks(false).build();
    this.decisionDate = decisionDate;
  }

  /**
   * Returns a batch with the validator's pack, reading NDJSON or a JSON array as the content shows, each decision
   * dated its request's date.
   *
   * @param validator the validator whose pack gives the lists and checks the requests, not null
   * @return the batch
   */
  public static AdmissionBatch of(Validator validator) {
    return new AdmissionBatch(Objects.requireNonNull(validator, "validator"), InputFormat.AUTO, null);
  }

  /**
   * Returns a batch whose decisions all carry one date (the day of the review), instead of each request's date.
   * The lists in force on each request's date still apply.
   *
   * @param date the decision date, not null
   * @return a new batch
   */
  public AdmissionBatch withDecisionDate(LocalDate date) {
    return new AdmissionBatch(validator, format, Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns a batch that reads one input format instead of detecting it.
   *
   * @param format the format, not null
   * @return a new batch
   */
  public AdmissionBatch withFormat(InputFormat format) {
    return new AdmissionBatch(validator, Objects.requireNonNull(format, "format"), decisionDate);
  }

  /**
   * Decides the requests of a file and writes the NDJSON lines described above.
   *
   * @param input the file of records, not null
   * @param ndjson where the lines go, not null; flushed at the end, not closed
   * @return the account of the run
   * @throws UncheckedIOException if the file cannot be read or the output cannot be written
   */
  public AdmissionBatchSummary run(Path input, OutputStream ndjson) {
    Objects.requireNonNull(input, "input");
    try (InputStream in = Files.newInputStream(input)) {
      return run(in, ndjson);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
  }

  /**
   * Decides the requests of a stream of records and writes the NDJSON lines described above.
   *
   * @param input the records, not null; read to the end, not closed
   * @param ndjson where the lines go, not null; flushed at the end, not closed
   * @return the account of the run
   * @throws UncheckedIOException if reading or writing fails
   */
  public AdmissionBatchSummary run(InputStream input, OutputStream ndjson) {
    DecisionLines lines = new DecisionLines(Objects.requireNonNull(ndjson, "ndjson"));
    AdmissionBatchSummary summary = run(input, lines::decision, lines::unreadable);
    lines.summary(summary);
    return summary;
  }

  /**
   * Decides the requests of a stream of records, handing each decision to a consumer as it is made.
   *
   * @param input the records, not null; read to the end, not closed
   * @param decisions receives each decision, in input order, not null
   * @return the account of the run
   * @throws UncheckedIOException if reading fails
   */
  public AdmissionBatchSummary run(InputStream input, Consumer<BatchDecision> decisions) {
    return run(input, decisions, outcome -> { });
  }

  /**
   * Decides the requests of a stream of records, handing each decision and each record that could not be read to a
   * consumer as it comes, so that a caller can report both with their positions.
   *
   * @param input the records, not null; read to the end, not closed
   * @param decisions receives each decision, in input order, not null
   * @param unreadable receives each record that could not be read (its number, line, column and findings), not null
   * @return the account of the run
   * @throws UncheckedIOException if reading fails
   */
  public AdmissionBatchSummary run(InputStream input, Consumer<BatchDecision> decisions,
      Consumer<RecordOutcome> unreadable) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(decisions, "decisions");
    Objects.requireNonNull(unreadable, "unreadable");
    Map<AdmissionOutcome, Long> counts = new EnumMap<>(AdmissionOutcome.class);
    long[] others = new long[2];
    Map<CatalogueSource, AdmissionReview> reviews = new IdentityHashMap<>();
    long read = streaming.validate(input, new StreamListener() {
      @Override
      public void record(RecordOutcome outcome) {
        Optional<Object> value = outcome.value();
        if (outcome.status() == RecordStatus.UNREADABLE || value.isEmpty()) {
          others[1]++;
          unreadable.accept(outcome);
        } else if (value.get() instanceof AdmissionRequest) {
          AdmissionRequest request = (AdmissionRequest) value.get();
          AdmissionDecision decision = decide(request, reviews);
          counts.merge(decision.outcome(), 1L, Long::sum);
          decisions.accept(new BatchDecision(outcome.number(), outcome.line(), request, decision,
              outcome.findings()));
        } else {
          others[0]++;
        }
      }
    }).summary().records();
    return new AdmissionBatchSummary(read, counts, others[0], others[1]);
  }

  private AdmissionDecision decide(AdmissionRequest request, Map<CatalogueSource, AdmissionReview> reviews) {
    CatalogueSource source = validator.pack().parameterValue(BurdenParameters.CATALOGUES, request.date()).value();
    AdmissionReview review = reviews.computeIfAbsent(source, s -> AdmissionReview.of(s.catalogues()));
    return decisionDate == null ? review.decide(request) : review.decide(request, decisionDate);
  }

  /**
   * Returns what changed for one village, community, township or district between two days: the items added,
   * removed and changed in the lists in force for it, with the catalogues the pack has on the later day.
   *
   * @param unit the unit's division code, not null
   * @param from the earlier day, not null
   * @param to the later day, not null
   * @return the difference, such as {@code CatalogueDiff[yubei@2023+chongqing@2019 -> yubei@2023+chongqing@2024:
   *     +7 -0 ~0]}
   */
  public CatalogueDiff changesFor(DivisionCode unit, LocalDate from, LocalDate to) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return catalogues(to).changesFor(unit, from, to);
  }

  /**
   * Returns the catalogues the pack has on a day.
   *
   * @param date the day, not null
   * @return the catalogues of {@link BurdenParameters#CATALOGUES}
   */
  public ListCatalogues catalogues(LocalDate date) {
    return validator.pack().parameterValue(BurdenParameters.CATALOGUES, Objects.requireNonNull(date, "date"))
        .value().catalogues();
  }

  /** Returns for example {@code AdmissionBatch[pack cn.chongqing 2026.11]}. */
  @Override
  public String toString() {
    return "AdmissionBatch[pack " + validator.pack().id() + " " + validator.pack().version()
        + (decisionDate == null ? "" : ", decided on " + decisionDate) + "]";
  }
}
