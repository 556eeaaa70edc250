package dev.salescloud.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.salescloud.model.error.RequiredValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style every value type of the project uses.
 *
 * <p>Generated implementations stay package-private ({@code ImmutableLead} never appears in a
 * signature): users call {@code Lead.builder()}, {@code toBuilder()} and {@code withX(..)} on the
 * public abstract type. Collections are JDK collections, empty optionals are never serialised, and
 * generated code carries no annotations that would need Immutables at run time. A missing
 * required attribute or a {@code null} argument raises {@link RequiredValueException}.
 *
 * <pre>{@code
 * @SalesCloudStyle
 * @Value.Immutable
 * public abstract class Money { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true, depluralize = true, allowedClasspathAnnotations = {Override.class}, defaults = @Value.Immutable(copy = true), throwForInvalidImmutableState = RequiredValueException.class, throwForNullPointer = RequiredValueException.class)
public @interface SalesCloudStyle {}
