/**
 * Direct binding (直接绑定): clean records bound from their UTF-8 bytes into the Immutables builders of the model,
 * without Jackson databind's generic machinery, for the streaming validator's fast path. Internal: this package is not
 * exported. What it binds is derived from databind's own metadata for the same mapper, and it gives up on anything
 * that is not plainly valid, so that databind (and its findings) decides every other record.
 */
package io.github.jiceng.governance.json.binding;
