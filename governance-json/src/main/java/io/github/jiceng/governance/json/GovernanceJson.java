package io.github.jiceng.governance.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Entry point of the JSON support: a mapper configured for the governance wire format.
 *
 * <p>Dates are ISO-8601 strings, decimals keep their scale, and unknown properties fail reading.
 */
public final class GovernanceJson {
  private GovernanceJson() {}

  /**
   * Returns a new mapper configured for the governance wire format. Each call returns a new instance, which the caller
   * may configure further.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
