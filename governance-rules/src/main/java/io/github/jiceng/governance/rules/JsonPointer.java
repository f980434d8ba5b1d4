package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A JSON Pointer (RFC 6901) into a record (JSON 指针): where in the record a finding is, such as
 * {@code /clauses/2/text}.
 *
 * <p>The pointer is kept as its reference tokens, unescaped; {@link #toString()} escapes them ({@code ~} as
 * {@code ~0}, {@code /} as {@code ~1}). The empty pointer {@code ""} is the whole record. Pointers order token by
 * token; two tokens that are both array indexes compare as numbers, so {@code /a/2} comes before {@code /a/10}.
 */
public final class JsonPointer implements Comparable<JsonPointer>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final JsonPointer ROOT = new JsonPointer(List.of());

  /** The unescaped reference tokens. */
  private final List<String> tokens;
  /** The escaped pointer text. */
  private final String text;

  private JsonPointer(List<String> tokens) {
    this.tokens = tokens;
    StringBuilder builder = new StringBuilder();
    for (String token : tokens) {
      builder.append('/').append(escape(token));
    }
    this.text = builder.toString();
  }

  /**
   * Returns the empty pointer, which refers to the whole record.
   *
   * @return the root pointer {@code ""}
   */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Returns the pointer made of unescaped reference tokens.
   *
   * @param tokens the tokens, for example {@code "clauses", "2", "text"}; none null
   * @return the pointer
   */
  public static JsonPointer of(String... tokens) {
    return of(Arrays.asList(tokens));
  }

  /**
   * Returns the pointer made of unescaped reference tokens.
   *
   * @param tokens the tokens; none null
   * @return the pointer
   */
  public static JsonPointer of(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return tokens.isEmpty() ? ROOT : new JsonPointer(List.copyOf(tokens));
  }

  /**
   * Parses a pointer in RFC 6901 string form.
   *
   * @param pointer the pointer, {@code ""} or starting with {@code /}, for example {@code /members/0/name}
   * @return the pointer
   * @throws IllegalArgumentException if the text does not start with {@code /} or has a {@code ~} not followed by
   *     {@code 0} or {@code 1}
   */
  public static JsonPointer parse(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "JSON Pointer '" + pointer + "' must be empty or start with '/' (RFC 6901)");
    }
    List<String> tokens = new ArrayList<>();
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      int end = slash < 0 ? pointer.length() : slash;
      tokens.add(unescape(pointer, start, end));
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    return new JsonPointer(List.copyOf(tokens));
  }

  private static String unescape(String pointer, int start, int end) {
    StringBuilder token = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = pointer.charAt(i);
      if (c != '~') {
        token.append(c);
        continue;
      }
      char next = i + 1 < end ? pointer.charAt(i + 1) : 0;
      if (next == '0') {
        token.append('~');
      } else if (next == '1') {
        token.append('/');
      } else {
        throw new IllegalArgumentException(
            "JSON Pointer '" + pointer + "' has '~' at index " + i + " not followed by '0' or '1' (RFC 6901)");
      }
      i++;
    }
    return token.toString();
  }

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
   *
   * @param token the unescaped token, not null
   * @return the escaped token
   */
  public static String escape(String token) {
    Objects.requireNonNull(token, "token");
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the pointer to a member of the value this pointer refers to.
   *
   * @param token the unescaped member name or index, not null
   * @return the longer pointer
   */
  public JsonPointer child(String token) {
    Objects.requireNonNull(token, "token");
    List<String> longer = new ArrayList<>(tokens.size() + 1);
    longer.addAll(tokens);
    longer.add(token);
    return new JsonPointer(List.copyOf(longer));
  }

  /**
   * Returns the pointer to an element of the array this pointer refers to.
   *
   * @param index the index, at least 0
   * @return the longer pointer
   * @throws IllegalArgumentException if the index is negative
   */
  public JsonPointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("array index must be >= 0: " + index);
    }
    return child(Integer.toString(index));
  }

  /**
   * Returns the unescaped reference tokens.
   *
   * @return an immutable list, empty for the root
   */
  public List<String> tokens() {
    return tokens;
  }

  /**
   * Tells whether this is the root pointer {@code ""}.
   *
   * @return true for the root
   */
  public boolean isRoot() {
    return tokens.isEmpty();
  }

  /**
   * Tells whether this pointer is {@code prefix} or lies below it, token by token ({@code /a/b} starts with
   * {@code /a} but {@code /ab} does not).
   *
   * @param prefix the prefix, not null
   * @return true if every token of {@code prefix} matches the start of this pointer
   */
  public boolean startsWith(JsonPointer prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.tokens.size() <= tokens.size() && tokens.subList(0, prefix.tokens.size()).equals(prefix.tokens);
  }

  @Override
  public int compareTo(JsonPointer other) {
    int common = Math.min(tokens.size(), other.tokens.size());
    for (int i = 0; i < common; i++) {
      int order = compareTokens(tokens.get(i), other.tokens.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(tokens.size(), other.tokens.size());
  }

  private static int compareTokens(String a, String b) {
    boolean aIndex = isIndex(a);
    boolean bIndex = isIndex(b);
    if (aIndex && bIndex) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (aIndex != bIndex) {
      return aIndex ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /** An RFC 6901 array index: {@code 0} or digits without a leading zero. */
  private static boolean isIndex(String token) {
    if (token.isEmpty() || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPointer && tokens.equals(((JsonPointer) other).tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  /** Returns the pointer in RFC 6901 form, for example {@code /clauses/2/text}; the root is {@code ""}. */
  @Override
  public String toString() {
    return text;
  }
}
