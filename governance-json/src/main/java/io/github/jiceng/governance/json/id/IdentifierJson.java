package io.github.jiceng.governance.json.id;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;

/**
 * The JSON form of the identifiers of {@code core.id}: each is a JSON string holding its canonical form.
 *
 * <ul>
 *   <li>{@link DivisionCode}: written as its 12 digits; read with {@link DivisionCode#parse}, which accepts 6 or 12
 *       digits.</li>
 *   <li>{@link UnifiedSocialCreditCode}: its 18 characters; read with {@link UnifiedSocialCreditCode#parse} (strict),
 *       or with {@link UnifiedSocialCreditCode#parseLenient} when lenient credit codes are chosen.</li>
 *   <li>{@link ResidentIdNumber}: its 18 characters <b>in clear</b> ({@link ResidentIdNumber#value()}): JSON records
 *       are data, and masking is for display. Errors about it show it masked.</li>
 * </ul>
 */
public final class IdentifierJson {
  private IdentifierJson() {
  }

  /**
   * Returns the serializers of the identifiers.
   *
   * @return new serializers
   */
  public static SimpleSerializers serializers() {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(new IdentifierSerializer<>(DivisionCode.class, DivisionCode::value));
    serializers.addSerializer(
        new IdentifierSerializer<>(UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::value));
    serializers.addSerializer(new IdentifierSerializer<>(ResidentIdNumber.class, ResidentIdNumber::value));
    return serializers;
  }

  /**
   * Returns the deserializers of the identifiers.
   *
   * @param lenientCreditCodes whether credit codes that fail their check characters are accepted (their failed
   *     checks are then in {@link UnifiedSocialCreditCode#failedChecks()})
   * @return new deserializers
   */
  public static SimpleDeserializers deserializers(boolean lenientCreditCodes) {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(DivisionCode.class,
        new IdentifierDeserializer<>(DivisionCode.class, DivisionCode::parse));
    deserializers.addDeserializer(UnifiedSocialCreditCode.class,
        new IdentifierDeserializer<>(UnifiedSocialCreditCode.class,
            lenientCreditCodes ? UnifiedSocialCreditCode::parseLenient : UnifiedSocialCreditCode::parse));
    deserializers.addDeserializer(ResidentIdNumber.class,
        new IdentifierDeserializer<>(ResidentIdNumber.class, ResidentIdNumber::parse));
    return deserializers;
  }
}
