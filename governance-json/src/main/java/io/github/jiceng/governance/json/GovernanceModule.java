package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.jiceng.governance.json.id.IdentifierJson;
import io.github.jiceng.governance.json.record.RecordTypeJson;
import io.github.jiceng.governance.json.territory.TerritoryJson;
import io.github.jiceng.governance.json.value.ValueTypeJson;
import java.util.List;
import java.util.Objects;

/**
 * The Jackson module of the governance model (治理模型 JSON 模块): the wire format of every model type, kept in this
 * module so that {@code governance-core} has no Jackson dependency (decision 0005), and derived from the Immutables
 * value types themselves (decision 0009).
 *
 * <p>What it registers:
 * <ul>
 *   <li>identifiers as their canonical strings (a division code as its 12 digits; 6 digits are accepted on reading);
 *       resident identity numbers in clear, because records are data;</li>
 *   <li>every Immutables value type of {@code governance-core}, records and the values nested in them (the
 *       territorial units, admission requests, list catalogues and their work items, ...): its attributes as
 *       lowerCamelCase properties in declaration order, derived accessors never, enums as their constant names,
 *       ISO-8601 dates, decimals (money in yuan) as decimal strings, absent optional attributes omitted;</li>
 *   <li>the {@code Territory} index as {@code {"districts": [...], "townships": [...], "villages": [...]}};</li>
 *   <li>the {@code "type"} property of the {@linkplain RecordTypes record types}: written first, checked on
 *       reading;</li>
 *   <li>its dependencies {@link Jdk8Module} ({@code Optional}) and {@link JavaTimeModule} ({@code java.time}).</li>
 * </ul>
 *
 * <p>It can be registered on any mapper: {@code JsonMapper.builder().addModule(new GovernanceModule()).build()}. The
 * stricter reading of {@link GovernanceJson#mapper()} (no coercion of numbers to text, no trailing content, no
 * duplicate properties, dates as strings) is mapper configuration that a module cannot set; use that mapper, or
 * {@link RecordReader}, to get it. Instances are immutable.
 */
public final class GovernanceModule extends Module {
  /** The record types whose {@code "type"} property is written and checked. */
  private final RecordTypes types;
  /** Whether credit codes that fail their checks are accepted. */
  private final boolean lenientCreditCodes;

  /**
   * Creates the module with the {@linkplain RecordTypes#standard() standard record types} and strict credit codes.
   * This constructor is also what Jackson's {@code ObjectMapper.findAndRegisterModules()} calls.
   */
  public GovernanceModule() {
    this(RecordTypes.standard(), false);
  }

  private GovernanceModule(RecordTypes types, boolean lenientCreditCodes) {
    this.types = types;
    this.lenientCreditCodes = lenientCreditCodes;
  }

  /**
   * Returns a module with other record types, for example the standard ones plus the caller's.
   *
   * @param recordTypes the record types, not null
   * @return the module
   * @throws NullPointerException if {@code recordTypes} is null
   */
  public GovernanceModule withRecordTypes(RecordTypes recordTypes) {
    return new GovernanceModule(Objects.requireNonNull(recordTypes, "recordTypes"), lenientCreditCodes);
  }

  /**
   * Returns a module that reads unified social credit codes leniently: a code whose check character or embedded
   * organisation code check fails is accepted, with the failures in {@code UnifiedSocialCreditCode.failedChecks()},
   * for data with legal early pilot-area codes; a rule must then report the failed checks. By default (strict) such
   * a code is a {@code json.invalid-value}.
   *
   * @param lenient true to accept credit codes that fail their checks
   * @return the module
   */
  public GovernanceModule withLenientCreditCodes(boolean lenient) {
    return new GovernanceModule(types, lenient);
  }

  /**
   * Returns the record types of this module.
   *
   * @return the record types
   */
  public RecordTypes recordTypes() {
    return types;
  }

  /**
   * Returns whether credit codes that fail their checks are accepted.
   *
   * @return true if credit codes are read leniently
   */
  public boolean lenientCreditCodes() {
    return lenientCreditCodes;
  }

  @Override
  public String getModuleName() {
    return "jiceng-governance";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Returns a registration id that differs between differently configured modules, so that a mapper registers a
   * module again only when its configuration differs.
   *
   * @return the id
   */
  @Override
  public Object getTypeId() {
    return getClass().getName() + types + (lenientCreditCodes ? " lenient" : "");
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(IdentifierJson.serializers());
    context.addDeserializers(IdentifierJson.deserializers(lenientCreditCodes));
    ValueTypeJson.setUp(context, TerritoryJson.PROPERTY_ORDERS, types);
    TerritoryJson.setUp(context);
    RecordTypeJson.setUp(context, types);
  }

  /** Returns for example {@code GovernanceModule[RecordTypes[district, township, village], strict credit codes]}. */
  @Override
  public String toString() {
    return "GovernanceModule[" + types + ", " + (lenientCreditCodes ? "lenient" : "strict") + " credit codes]";
  }
}
