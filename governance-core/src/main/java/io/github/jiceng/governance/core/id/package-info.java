/**
 * Identifiers with check characters: the unified social credit code (统一社会信用代码, GB 32100-2015), the resident
 * identity number (居民身份证号码, GB 11643-1999) and administrative division codes (行政区划代码, GB/T 2260 and the
 * 12-digit statistical division code).
 *
 * <p>Each identifier type has {@code parse(String)}, which throws {@link
 * io.github.jiceng.governance.core.id.InvalidIdentifierException} saying what is wrong and where, {@code
 * isValid(String)}, {@code value()} and equality by value. Identifiers that are personal data mask themselves in
 * {@code toString()}.
 */
package io.github.jiceng.governance.core.id;
