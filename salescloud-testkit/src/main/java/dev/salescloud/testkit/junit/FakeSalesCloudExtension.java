package dev.salescloud.testkit.junit;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.testkit.FakeSalesCloud;
import java.lang.reflect.Executable;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link SalesCloudTest}: it resolves {@link FakeSalesCloud} and
 * {@link SalesCloudClient} parameters of test constructors, test methods and lifecycle methods,
 * with the org lifecycle {@link SalesCloudTest#lifecycle()} describes. Use the annotation; register
 * the extension directly ({@code @ExtendWith(FakeSalesCloudExtension.class)}) only to get the
 * defaults: a new, empty org per test with the system clock.
 */
public final class FakeSalesCloudExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(FakeSalesCloudExtension.class);
  private static final String ORG = "org";
  private static final String CLIENT = "client";

  /** Creates the extension; JUnit does, once per registration. */
  public FakeSalesCloudExtension() {}

  /**
   * Lets constructor parameters be resolved in the test method's context, so that the constructor
   * of a per-method test instance sees the same org as the test.
   *
   * @param rootContext the root context
   * @return {@link ExtensionContextScope#TEST_METHOD}
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  /**
   * Tells JUnit which parameters this extension supplies.
   *
   * @param parameter the parameter
   * @param context the context of the test or class
   * @return true for {@link FakeSalesCloud} and {@link SalesCloudClient} parameters
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeSalesCloud.class || type == SalesCloudClient.class;
  }

  /**
   * Supplies the org of the context, or a client of it (one client per test, or per class for
   * class-level methods), creating them on first use.
   *
   * @param parameter the parameter
   * @param context the context of the test or class
   * @return the org or the client
   * @throws ParameterResolutionException when a per-method org is asked for outside a test
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    OrgSettings settings = OrgSettings.of(context.getRequiredTestClass());
    ExtensionContext owner = settings.perClass()
        ? classContext(context, settings.declaringClass())
        : testContext(context, parameter.getDeclaringExecutable());
    // Stores fall back to their parents' values, so keys name their context: a test must not
    // pick up the org of an enclosing class or the client of @BeforeAll.
    FakeSalesCloud org = owner.getStore(NAMESPACE).getOrComputeIfAbsent(
        ORG + owner.getUniqueId(), k -> settings.newOrg(), FakeSalesCloud.class);
    if (parameter.getParameter().getType() == FakeSalesCloud.class) {
      return org;
    }
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(
        CLIENT + context.getUniqueId(), k -> org.client(), SalesCloudClient.class);
  }

  /** The context of the class that declared the settings, where a per-class org lives. */
  private static ExtensionContext classContext(ExtensionContext context, Class<?> declaring) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      ExtensionContext c = current.get();
      if (c.getTestMethod().isEmpty() && c.getTestClass().filter(declaring::equals).isPresent()) {
        return c;
      }
      current = c.getParent();
    }
    throw new ParameterResolutionException(
        "No test class context for " + declaring.getName() + " was found");
  }

  /** The test's own context, where a per-method org lives. */
  private static ExtensionContext testContext(ExtensionContext context, Executable executable) {
    if (context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          "A fake org is made per test method, so " + executable.getName() + " of "
              + context.getRequiredTestClass().getSimpleName() + " cannot have one; use"
              + " @SalesCloudTest(lifecycle = Lifecycle.PER_CLASS) for one org per class");
    }
    return context;
  }

  /** The nearest {@link SalesCloudTest} around a test class and the class that carries it. */
  private static final class OrgSettings {
    private final Class<?> declaringClass;
    private final SalesCloudTest annotation;

    private OrgSettings(Class<?> declaringClass, SalesCloudTest annotation) {
      this.declaringClass = declaringClass;
      this.annotation = annotation;
    }

    static OrgSettings of(Class<?> testClass) {
      for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
        Optional<SalesCloudTest> found = AnnotationSupport.findAnnotation(c, SalesCloudTest.class);
        if (found.isPresent()) {
          return new OrgSettings(c, found.get());
        }
      }
      return new OrgSettings(testClass, null);
    }

    Class<?> declaringClass() {
      return declaringClass;
    }

    boolean perClass() {
      return annotation != null && annotation.lifecycle() == SalesCloudTest.Lifecycle.PER_CLASS;
    }

    FakeSalesCloud newOrg() {
      FakeSalesCloud.Builder builder = FakeSalesCloud.builder();
      if (annotation == null) {
        return builder.build();
      }
      if (!annotation.fixedAt().isEmpty()) {
        try {
          builder.fixedAt(Instant.parse(annotation.fixedAt()));
        } catch (DateTimeException e) {
          throw new ParameterResolutionException(
              "@SalesCloudTest(fixedAt = \"" + annotation.fixedAt() + "\") on "
                  + declaringClass.getSimpleName()
                  + " is not an ISO-8601 instant such as 2024-05-01T17:03:11Z", e);
        }
      }
      return builder.seed(annotation.seed()).build();
    }
  }
}
