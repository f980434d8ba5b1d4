package io.github.jiceng.governance.json.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.json.GovernanceJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The canonical JSON form of RFC 8785 (JSON Canonicalization Scheme, JCS) and SHA-256 content hashes
 * (规范化 JSON 与内容哈希), so that a record issued by one system (a volunteer-service certificate, a filing receipt) can be checked in
 * another, and two validation reports can be compared mechanically.
 *
 * <p>The canonical form: no white space; object properties sorted by their names as UTF-16 code units; strings with
 * only {@code "}, {@code \}, and the control characters below U+0020 escaped ({@code \b \f \n \r \t}, others as
 * a backslash, {@code u} and four lower-case hexadecimal digits), everything else as it is, in UTF-8; numbers as ECMAScript writes the double they
 * denote ({@code 4.50} becomes {@code 4.5}, {@code 1E30} becomes {@code 1e+30}). Input must be I-JSON (RFC 7493): no
 * duplicate property names, no unpaired surrogates, numbers within double range. Numbers that doubles cannot hold
 * exactly (more than about 15 significant digits) lose precision, as RFC 8785 specifies: write money as a decimal
 * string, as the wire format does.
 *
 * <p>The hash of a record is the SHA-256 of the UTF-8 bytes of the canonical form of its JSON wire format
 * ({@link GovernanceJson#mapper()}). Thread-safe.
 */
public final class CanonicalJson {
  private static final ObjectMapper PARSER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final ObjectMapper RECORDS = GovernanceJson.mapper();

  private CanonicalJson() {
  }

  /**
   * Returns the canonical form of a JSON text.
   *
   * @param json the text, not null
   * @return the canonical text
   * @throws IllegalArgumentException if the text is not one well-formed I-JSON value (duplicate names, unpaired
   *     surrogates, numbers out of double range)
   */
  public static String canonicalize(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = PARSER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not one well-formed JSON value: " + e.getOriginalMessage(), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new IllegalArgumentException("not one well-formed JSON value: the text is empty");
    }
    return canonicalize(tree);
  }

  /**
   * Returns the canonical form of a JSON tree.
   *
   * @param json the tree, not null
   * @return the canonical text
   * @throws IllegalArgumentException if the tree holds a value that I-JSON does not allow
   */
  public static String canonicalize(JsonNode json) {
    StringBuilder out = new StringBuilder();
    write(Objects.requireNonNull(json, "json"), out);
    return out.toString();
  }

  /**
   * Returns the canonical form of a record's JSON wire format.
   *
   * @param record a model value, such as a {@code Village}, not null
   * @return the canonical text
   * @throws IllegalArgumentException if the record cannot be written as I-JSON (for example a name with an unpaired
   *     surrogate)
   */
  public static String ofRecord(Object record) {
    Objects.requireNonNull(record, "record");
    return canonicalize(RECORDS.valueToTree(record));
  }

  /**
   * Returns the SHA-256 of the UTF-8 bytes of a text, such as a canonical form.
   *
   * @param canonical the text, not null
   * @return 64 lower-case hexadecimal digits
   */
  public static String sha256(String canonical) {
    return sha256(Objects.requireNonNull(canonical, "canonical").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the SHA-256 of bytes.
   *
   * @param bytes the bytes, not null
   * @return 64 lower-case hexadecimal digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the content hash of a record: the SHA-256 of its canonical JSON.
   *
   * @param record a model value, not null
   * @return 64 lower-case hexadecimal digits
   * @throws IllegalArgumentException if the record cannot be written as I-JSON
   */
  public static String hashOfRecord(Object record) {
    return sha256(ofRecord(record));
  }

  /**
   * Appends the canonical form of a tree.
   *
   * @param node the tree
   * @param out the text to append to
   * @throws IllegalArgumentException if the tree holds a value that I-JSON does not allow
   */
  static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT:
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
        names.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 requires
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(names.get(i), out);
          out.append(':');
          write(node.get(names.get(i)), out);
        }
        out.append('}');
        break;
      case ARRAY:
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
        break;
      case STRING:
        string(node.textValue(), out);
        break;
      case NUMBER:
        double value = node.doubleValue();
        if (Double.isInfinite(value)) {
          throw new IllegalArgumentException("the number " + node.asText() + " is outside the range of a double");
        }
        out.append(EcmaNumbers.toString(value));
        break;
      case BOOLEAN:
        out.append(node.booleanValue());
        break;
      case NULL:
        out.append("null");
        break;
      default:
        throw new IllegalArgumentException("a " + node.getNodeType() + " node has no JSON form");
    }
  }

  /**
   * Appends a string in canonical form.
   *
   * @param text the string
   * @param out the text to append to
   * @throws IllegalArgumentException if the string has an unpaired surrogate
   */
  static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException(
                "the string has an unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                    + " at index " + i + "; I-JSON (RFC 7493) does not allow it");
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
