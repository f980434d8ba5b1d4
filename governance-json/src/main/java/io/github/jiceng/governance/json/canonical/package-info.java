/**
 * Canonical JSON (RFC 8785, JSON Canonicalization Scheme) and SHA-256 content hashes of records and reports
 * (规范化 JSON 与内容哈希). Start with {@link io.github.jiceng.governance.json.canonical.CanonicalJson}.
 */
package io.github.jiceng.governance.json.canonical;
