package io.github.jiceng.governance.examples.snippets;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Runs a snippet's {@code main} and captures what it prints on standard output. */
final class SnippetOutput {
  /** A finding line as the snippets print it: code, severity, pointer. */
  private static final Pattern FINDING = Pattern.compile("^[a-z]+\\.[a-z0-9.-]+ (ERROR|WARNING|INFO) /\\S*.*");

  /** A {@code main} method. */
  interface Main {
    void run(String[] args) throws Exception;
  }

  private SnippetOutput() {
  }

  static synchronized String of(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static List<String> lines(String output) {
    return Arrays.asList(output.split("\n"));
  }

  /** Returns the finding lines, cut after the pointer: {@code "covenant.content.fine WARNING /clauses/5/text"}. */
  static List<String> findings(String output) {
    return lines(output).stream().filter(line -> FINDING.matcher(line).matches())
        .map(line -> String.join(" ", Arrays.asList(line.split(" ")).subList(0, 3))).collect(Collectors.toList());
  }
}
