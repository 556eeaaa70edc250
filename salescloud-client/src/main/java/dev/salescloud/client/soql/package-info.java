/**
 * The one SOQL and SOSL grammar of the SDK: a typed syntax tree, a lexer and recursive-descent
 * parser that read raw text into it, a renderer that writes it back, and fluent builders that make
 * the same tree without ever concatenating a value into text.
 *
 * <p>Build queries with {@link dev.salescloud.client.soql.Soql} and searches with {@link
 * dev.salescloud.client.soql.Sosl}; read raw text with {@link
 * dev.salescloud.client.soql.SoqlParser} and {@link dev.salescloud.client.soql.SoslParser} (marked
 * {@link dev.salescloud.client.soql.PlainSoql}). The tree — {@link
 * dev.salescloud.client.soql.SoqlQuery}, {@link dev.salescloud.client.soql.SelectItem}, {@link
 * dev.salescloud.client.soql.Condition}, {@link dev.salescloud.client.soql.Literal} and their
 * parts — is what the client validates and inspects before sending, and what the testkit's fake
 * org evaluates. For every tree, parsing its rendering gives the tree back.
 */
package dev.salescloud.client.soql;
