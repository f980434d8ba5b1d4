package io.github.jiceng.governance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The English and Chinese messages of one package (消息资源): {@code <base>.properties} (English) and
 * {@code <base>_zh_CN.properties} (Chinese), read as UTF-8.
 *
 * <p>Why not {@link java.util.ResourceBundle}: its lookup falls back to the JVM's default locale, so asking for
 * English on a machine whose default is {@code zh_CN} would give Chinese; the {@code ResourceBundle.Control} that
 * would turn this off is not supported in named modules. This class reads exactly the two files, through
 * {@link Class#getResourceAsStream}, which under JPMS finds resources in every package of the anchor class's module
 * when called from that module (for a module other than this one, open the package to
 * {@code io.github.jiceng.governance.rules} or use {@link #load(ResourceOpener, String)}).
 */
public final class MessageBundle {
  /** English texts by key. */
  private final Map<String, String> english;
  /** Chinese texts by key. */
  private final Map<String, String> chinese;
  /** What was loaded, for messages. */
  private final String description;

  private MessageBundle(Map<String, String> english, Map<String, String> chinese, String description) {
    this.english = english;
    this.chinese = chinese;
    this.description = description;
  }

  /**
   * Opens a resource by name relative to the caller's package; returns null if there is none.
   */
  @FunctionalInterface
  public interface ResourceOpener {
    /**
     * Opens a resource.
     *
     * @param name the file name, such as {@code messages_zh_CN.properties}
     * @return the stream, or null if the resource does not exist
     * @throws IOException if it cannot be read
     */
    InputStream open(String name) throws IOException;
  }

  /**
   * Loads the bundle next to a class.
   *
   * @param anchor a class in the bundle's package, not null
   * @param baseName the base name, for example {@code messages}
   * @return the bundle
   * @throws IllegalStateException if either file is missing or unreadable
   */
  public static MessageBundle load(Class<?> anchor, String baseName) {
    Objects.requireNonNull(anchor, "anchor");
    return load(anchor::getResourceAsStream, anchor.getPackageName().replace('.', '/') + "/" + baseName);
  }

  /**
   * Loads a bundle through an opener, for example {@code name -> MyRules.class.getResourceAsStream(name)} written in
   * the module that holds the files.
   *
   * @param opener opens a file by name, not null
   * @param baseName the base name passed to the opener, for example {@code messages}
   * @return the bundle
   * @throws IllegalStateException if either file is missing or unreadable
   */
  public static MessageBundle load(ResourceOpener opener, String baseName) {
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(baseName, "baseName");
    String simpleName = baseName.substring(baseName.lastIndexOf('/') + 1);
    return new MessageBundle(
        read(opener, simpleName + ".properties", baseName),
        read(opener, simpleName + "_zh_CN.properties", baseName),
        baseName);
  }

  private static Map<String, String> read(ResourceOpener opener, String name, String baseName) {
    try (InputStream in = opener.open(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "message bundle file '" + name + "' of '" + baseName + "' not found; every bundle needs "
                + "<base>.properties (English) and <base>_zh_CN.properties (Chinese) in the same package");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
      return Collections.unmodifiableMap(texts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle file '" + name + "' of '" + baseName + "'", e);
    }
  }

  /**
   * Returns the text of a key in a locale: Chinese for Chinese locales, English otherwise.
   *
   * @param key the key, for example {@code meeting.quorum.not-met.message}
   * @param locale the locale, not null
   * @return the text, or empty if the key is missing
   */
  public Optional<String> text(String key, Locale locale) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locale, "locale");
    return Optional.ofNullable(isChinese(locale) ? chinese.get(key) : english.get(key));
  }

  /**
   * Returns the text of a key in a locale, or fails.
   *
   * @param key the key
   * @param locale the locale
   * @return the text
   * @throws IllegalStateException if the key is missing from that locale's file
   */
  public String require(String key, Locale locale) {
    return text(key, locale).orElseThrow(() -> new IllegalStateException(
        "message key '" + key + "' is missing from " + description
            + (isChinese(locale) ? "_zh_CN.properties" : ".properties")));
  }

  /**
   * Returns the keys of one language's file.
   *
   * @param locale the locale, not null
   * @return an immutable sorted set of keys
   */
  public SortedSet<String> keys(Locale locale) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(isChinese(locale) ? chinese.keySet() : english.keySet()));
  }

  private static boolean isChinese(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
  }

  /** Returns the bundle's base name. */
  @Override
  public String toString() {
    return description;
  }
}
