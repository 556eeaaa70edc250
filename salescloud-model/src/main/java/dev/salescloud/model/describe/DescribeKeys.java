package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Checks shared by the describe types. */
final class DescribeKeys {
  private static final ClassValue<Set<String>> MODELLED_KEYS =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          Set<String> keys = new HashSet<>();
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
              JsonProperty property = method.getAnnotation(JsonProperty.class);
              if (property != null && !property.value().isEmpty()) {
                keys.add(property.value());
              }
            }
          }
          return keys;
        }
      };

  private DescribeKeys() {}

  /** Refuses an other key that the type models itself: it would be written twice. */
  static void requireUnmodelled(Object value, String typeName, Map<String, JsonNode> otherFields) {
    Set<String> modelled = MODELLED_KEYS.get(value.getClass());
    for (String key : otherFields.keySet()) {
      if (modelled.contains(key)) {
        throw new InvalidArgumentException(
            typeName + "." + key,
            typeName
                + " models the key '"
                + key
                + "'; set it through its builder method ("
                + key
                + "(..)), not as another key");
      }
    }
  }

  /** Refuses two elements whose names differ only in case, which lookups could not tell apart. */
  static <T> void requireUniqueNames(
      String owner, String what, Iterable<T> elements, Function<T, String> name) {
    Set<String> seen = new HashSet<>();
    for (T element : elements) {
      String n = name.apply(element);
      if (!seen.add(n.toLowerCase(Locale.ROOT))) {
        throw new InvalidArgumentException(
            what,
            owner
                + " lists the "
                + what
                + " '"
                + n
                + "' twice (names are compared ignoring case, as Salesforce does): keep one");
      }
    }
  }
}
