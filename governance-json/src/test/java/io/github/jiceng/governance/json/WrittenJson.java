package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Model values written as JSON by the governance mapper, as text or UTF-8 bytes, for the binding tests. */
final class WrittenJson {
  private WrittenJson() {
  }

  /** Writes a value with {@link GovernanceJson#mapper()}; a value it cannot write fails the test. */
  static String write(Object value) {
    try {
      return GovernanceJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns text's UTF-8 bytes. */
  static byte[] bytes(String json) {
    return json.getBytes(UTF_8);
  }
}
