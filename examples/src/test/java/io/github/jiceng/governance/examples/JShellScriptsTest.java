package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every JShell script of examples/jshell runs without a rejected snippet or an exception, in JShell itself (the
 * {@code jdk.jshell} API, executing in a JShell agent JVM with the test class path, which holds the library and its
 * dependencies as {@code open.sh} puts them on JShell's class path); what the script prints is captured.
 */
class JShellScriptsTest {
  @ParameterizedTest
  @ValueSource(strings = {"identifiers.jsh", "linkage.jsh", "quorum.jsh", "three-tier.jsh", "quickstart.jsh"})
  void scriptRuns(String script) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    int evaluated = 0;
    try (JShell shell = JShell.builder()
        .out(new PrintStream(printed, true, StandardCharsets.UTF_8)).err(System.err).build()) {
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      String source = Files.readString(Path.of("jshell", script), StandardCharsets.UTF_8);
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      while (!source.isBlank()) {
        String next = source.stripLeading();
        if (next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/*")) { // a command such as /exit
          break;
        }
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source);
        evaluated++;
        for (SnippetEvent event : shell.eval(info.source())) {
          if (event.status() == Snippet.Status.REJECTED) {
            problems.add("rejected: " + event.snippet().source() + " "
                + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
          }
          if (event.exception() != null) {
            problems.add("threw " + event.exception() + " in: " + event.snippet().source());
          }
        }
        source = info.remaining();
      }
    }
    assertThat(problems).as(script).isEmpty();
    assertThat(evaluated).as(script).isGreaterThan(5);
    assertThat(printed.toString(StandardCharsets.UTF_8)).as(script).isNotBlank();
  }
}
