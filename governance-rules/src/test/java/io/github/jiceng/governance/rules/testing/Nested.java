package io.github.jiceng.governance.rules.testing;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;

/** Nested containers: a list of lists and a map of lists, each with one blank element. */
public final class Nested {
  /** @return [["a"], ["b", " "]] */
  public List<List<@NotBlank String>> members() {
    return List.of(List.of("a"), List.of("b", " "));
  }

  /** @return {"x/y": [" "]} */
  public Map<String, List<@NotBlank String>> groups() {
    return Map.of("x/y", List.of(" "));
  }
}
