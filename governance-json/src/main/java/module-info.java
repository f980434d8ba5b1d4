/**
 * JSON for the Jiceng governance model: a Jackson module, a preconfigured mapper, and reading of records whose
 * problems become findings rather than exceptions.
 *
 * <p>Only {@code io.github.jiceng.governance.json} is exported; the mapping of the value types, the serializers and the
 * deserializers live in internal packages. Jackson needs no {@code opens}: it calls the public accessors and the
 * public builders of {@code governance-core} (toolchain notes F6, decision 0009).
 */
module io.github.jiceng.governance.json {
  requires transitive io.github.jiceng.governance.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;

  exports io.github.jiceng.governance.json;
  exports io.github.jiceng.governance.json.stream;
  exports io.github.jiceng.governance.json.canonical;
  exports io.github.jiceng.governance.json.report;
  exports io.github.jiceng.governance.json.burden;

  provides com.fasterxml.jackson.databind.Module with io.github.jiceng.governance.json.GovernanceModule;
}
