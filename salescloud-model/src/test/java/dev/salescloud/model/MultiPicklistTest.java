package dev.salescloud.model;

import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class MultiPicklistTest {
  @Test
  void readsAndWritesTheSemicolonJoinedForm() {
    MultiPicklist value = read("\"Email;Phone\"", MultiPicklist.class);

    assertThat(value.values()).containsExactly("Email", "Phone");
    assertThat(value.contains("Phone")).isTrue();
    assertThat(write(value)).isEqualTo("\"Email;Phone\"");
    assertThat(MultiPicklist.parse("").values()).isEmpty();
  }

  @Test
  void refusesValuesThatWouldChangeMeaningWhenJoined() {
    assertThatThrownBy(() -> MultiPicklist.of("a;b"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'a;b'");
    assertThatThrownBy(() -> MultiPicklist.of("a", "a"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> MultiPicklist.of(""))
        .isInstanceOf(InvalidArgumentException.class);
  }
}
