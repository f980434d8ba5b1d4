package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.Location;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for example documents: where a piece of text is, and the findings of a code. */
final class Documents {
  private Documents() {
  }

  /**
   * Returns the location of the first occurrence of a text in a document, counted independently of the reader: the
   * 1-based line, and the 1-based column in characters.
   */
  static Location at(String pointer, String document, String text) {
    int index = document.indexOf(text);
    assertThat(index).as("'%s' in the document", text).isNotNegative();
    return atIndex(pointer, document, index);
  }

  /** Returns the location of the last occurrence of a text in a document (for example the closing brace). */
  static Location atLast(String pointer, String document, String text) {
    int index = document.lastIndexOf(text);
    assertThat(index).as("'%s' in the document", text).isNotNegative();
    return atIndex(pointer, document, index);
  }

  private static Location atIndex(String pointer, String document, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return Location.parse(pointer).withPosition(line, index - lineStart + 1);
  }

  /** Returns the findings of a code. */
  static List<Finding> withCode(ReadResult<?> result, FindingCode code) {
    return result.findings().stream().filter(f -> f.code().equals(code)).collect(Collectors.toList());
  }

  /** Joins lines with a newline. */
  static String lines(String... lines) {
    return String.join("\n", lines);
  }
}
