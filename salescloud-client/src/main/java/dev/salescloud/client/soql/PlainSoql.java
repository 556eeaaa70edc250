package dev.salescloud.client.soql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that takes raw SOQL or SOSL text.
 *
 * <p>Such text is parsed and checked for syntax, but its meaning is the caller's: if it was built
 * by concatenating values, a value holding a quote can change the query (SOQL injection). Build
 * queries that hold values with {@link Soql} and {@link Sosl}, whose literals are always escaped,
 * and keep raw text for constants and for queries read from trusted configuration.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface PlainSoql {}
