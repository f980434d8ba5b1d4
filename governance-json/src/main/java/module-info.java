/**
 * JSON for the Jiceng governance model: a Jackson module, a preconfigured mapper, and reading of records whose
 * problems become findings rather than exceptions.
 */
module io.github.jiceng.governance.json {
  requires transitive io.github.jiceng.governance.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.github.jiceng.governance.json;
}
