/**
 * The rule packs that ship with the library (标准规则包): national, Chongqing, and a pack for any jurisdiction under
 * them.
 */
package io.github.jiceng.governance.rules.pack;
