package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionDeleteRequestTest {
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final SalesforceId CONTACT_ID = SalesforceId.of("003D000000QvHzK");

  @Nested
  class Parameters {
    @Test
    void joinsTheEighteenCharacterIdsInOrder() {
      CollectionDeleteRequest delete = CollectionDeleteRequest.of(List.of(LEAD_ID, CONTACT_ID));

      assertThat(delete.idsParameter()).isEqualTo("00Q5f00000AbcdeEAB,003D000000QvHzKIAV");
      assertThat(delete.allOrNone()).isFalse();
      assertThat(delete.toBuilder().allOrNone(true).build().allOrNone()).isTrue();
    }

    @Test
    void roundTripsAsJson() {
      assertRoundTrip(
          "{\"ids\":[\"00Q5f00000AbcdeEAB\",\"003D000000QvHzKIAV\"],\"allOrNone\":true}",
          CollectionDeleteRequest.class);
    }

    @Test
    void toStringCountsTheIds() {
      assertThat(CollectionDeleteRequest.of(List.of(LEAD_ID)).toString()).contains("ids=1");
    }
  }

  @Nested
  class Limits {
    @Test
    void acceptsTwoHundredIdsAndRefusesTheTwoHundredAndFirst() {
      List<SalesforceId> ids = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        ids.add(LEAD_ID);
      }
      assertThat(CollectionDeleteRequest.of(ids).ids()).hasSize(200);

      ids.add(CONTACT_ID);

      assertThatThrownBy(() -> CollectionDeleteRequest.of(ids))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at most 200 ids")
          .hasMessageContaining("this one has 201")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("ids");
    }

    @Test
    void refusesAnEmptyDelete() {
      assertThatThrownBy(() -> CollectionDeleteRequest.of(List.of()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one id");
    }
  }
}
