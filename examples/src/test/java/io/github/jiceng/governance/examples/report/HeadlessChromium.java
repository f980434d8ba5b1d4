package io.github.jiceng.governance.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (无头浏览器), with no dependency beyond the JDK's
 * {@link WebSocket} and Jackson: it starts {@code /usr/bin/chromium} with a new profile and
 * {@code --remote-debugging-port=0}, reads the port from the profile's {@code DevToolsActivePort}, opens one page
 * and sends commands to it. Events are kept in arrival order. Close it to end the browser and delete the profile.
 */
final class HeadlessChromium implements AutoCloseable {
  /** The browser: Debian's {@code chromium} package, or the system property {@code jiceng.chromium}. */
  static final Path BINARY = Path.of(System.getProperty("jiceng.chromium", "/usr/bin/chromium"));
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path profile;
  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final String session;

  private HeadlessChromium(Path profile, Process process, String endpoint) throws Exception {
    this.profile = profile;
    this.process = process;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(endpoint), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
        .get("targetId").asText();
    this.session = call(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target)
        .put("flatten", true)).get("sessionId").asText();
    for (String domain : new String[] {"Page", "Runtime", "Log"}) {
      send(domain + ".enable", JSON.createObjectNode());
    }
  }

  /**
   * Starts the browser with the flags that keep it off the network.
   *
   * @return the browser with one blank page
   * @throws Exception if it does not start within 20 seconds
   */
  static HeadlessChromium start() throws Exception {
    Path profile = Files.createTempDirectory("jiceng-chromium-");
    Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!(Files.exists(active) && Files.readAllLines(active).size() >= 2)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        String log = Files.exists(profile.resolve("chromium.log")) ? Files.readString(profile.resolve("chromium.log"))
            : "";
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not open its DevTools port within " + TIMEOUT + "; log:\n" + log);
      }
      Thread.sleep(50);
    }
    List<String> lines = Files.readAllLines(active);
    return new HeadlessChromium(profile, process, "ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
  }

  /**
   * Sends a command to the page and waits for its result.
   *
   * @param method the CDP method, such as {@code Runtime.evaluate}
   * @param params the parameters
   * @return the result object
   * @throws Exception if the browser answers with an error or not within 20 seconds
   */
  JsonNode send(String method, ObjectNode params) throws Exception {
    return call(session, method, params);
  }

  /**
   * Evaluates a JavaScript expression in the page and returns its value.
   *
   * @param expression the expression
   * @return the value, as JSON
   * @throws Exception if the expression throws or the browser fails
   */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("'" + expression + "' threw " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /**
   * Opens a URL and waits for its load event.
   *
   * @param url the URL
   * @throws Exception if the page does not load within 20 seconds
   */
  void open(String url) throws Exception {
    int before = events.size();
    JsonNode navigation = send("Page.navigate", JSON.createObjectNode().put("url", url));
    if (navigation.has("errorText")) {
      throw new IllegalStateException("cannot open " + url + ": " + navigation.get("errorText").asText());
    }
    awaitEvent(before, e -> "Page.loadEventFired".equals(e.path("method").asText()));
  }

  /**
   * Types text into the focused element, as a keyboard would insert it (the page gets {@code input} events).
   *
   * @param text the text
   * @throws Exception if the browser fails
   */
  void type(String text) throws Exception {
    send("Input.insertText", JSON.createObjectNode().put("text", text));
  }

  /**
   * Returns the console errors, uncaught exceptions and error log entries (such as a blocked load or a
   * Content-Security-Policy violation) of the page so far.
   *
   * @return the events, empty if none
   */
  List<JsonNode> errors() {
    List<JsonNode> errors = new ArrayList<>();
    for (JsonNode event : events) {
      String method = event.path("method").asText();
      JsonNode params = event.path("params");
      if ("Runtime.exceptionThrown".equals(method)
          || "Runtime.consoleAPICalled".equals(method) && ("error".equals(params.path("type").asText())
              || "assert".equals(params.path("type").asText()))
          || "Log.entryAdded".equals(method) && "error".equals(params.path("entry").path("level").asText())) {
        errors.add(event);
      }
    }
    return errors;
  }

  private void awaitEvent(int from, Predicate<JsonNode> wanted) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      // a snapshot: the reader thread keeps adding events, and a live sub-list of them fails when it does
      List<JsonNode> seen = List.copyOf(events);
      if (seen.subList(Math.min(from, seen.size()), seen.size()).stream().anyMatch(wanted)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no such event within " + TIMEOUT + "; events: " + events);
      }
      Thread.sleep(20);
    }
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  @Override
  public void close() throws IOException {
    try {
      call(null, "Browser.close", JSON.createObjectNode());
    } catch (Exception e) {
      // the browser may close the socket before it answers
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /** Reads whole messages, completes the answered calls and keeps the events. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
              answer.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          pending.values().forEach(answer -> answer.completeExceptionally(e));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
