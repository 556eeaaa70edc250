package dev.salescloud.model.query;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a SOQL query result, or the child records of a parent-to-child subquery.
 *
 * <p>{@link #totalSize()} counts the rows of the whole query, not of this page; while {@link
 * #done()} is {@code false}, {@link #nextRecordsUrl()} is where the next page is fetched. For
 * {@code SELECT COUNT() FROM ...}, {@code totalSize} is the count and {@code records} is empty.
 *
 * <pre>{@code
 * {"totalSize":3222,"done":false,
 *  "nextRecordsUrl":"/services/data/v66.0/query/01gRO0000016PIAYA2-2000",
 *  "records":[{"attributes":{...},"Id":"003RO0000035WQgYAM","Name":"John Smith"}]}
 * }</pre>
 *
 * <p>The type of the records is given when reading: {@code QueryResult<Lead>}, {@code
 * QueryResult<SObject>}, {@code QueryResult<AggregateResult>}. Instances are immutable.
 *
 * @param <T> the record type
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"totalSize", "done", "nextRecordsUrl", "records"})
public final class QueryResult<T> {
  private final long totalSize;
  private final boolean done;
  private final String nextRecordsUrl;
  private final List<T> records;

  @JsonCreator
  QueryResult(
      @JsonProperty("totalSize") Long totalSize,
      @JsonProperty("done") Boolean done,
      @JsonProperty("nextRecordsUrl") String nextRecordsUrl,
      @JsonProperty("records") List<T> records) {
    this.records =
        records == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(records));
    if (this.records.contains(null)) {
      throw new InvalidArgumentException("records", "A query result cannot hold null records");
    }
    this.totalSize = totalSize == null ? this.records.size() : totalSize;
    this.done = done == null ? nextRecordsUrl == null : done;
    this.nextRecordsUrl = nextRecordsUrl;
    if (this.totalSize < 0) {
      throw new InvalidArgumentException("totalSize", "totalSize must not be negative");
    }
    if (this.done && nextRecordsUrl != null) {
      throw new InvalidArgumentException(
          "nextRecordsUrl", "A result that is done has no nextRecordsUrl");
    }
    if (!this.done && nextRecordsUrl == null) {
      throw new InvalidArgumentException(
          "nextRecordsUrl", "A result that is not done needs a nextRecordsUrl to continue from");
    }
  }

  /**
   * A complete, single-page result holding the given records.
   *
   * @param records the records
   * @param <T> the record type
   * @return a result with {@code done = true} and {@code totalSize = records.size()}
   */
  public static <T> QueryResult<T> of(List<T> records) {
    InvalidArgumentException.requireNonNull(records, "records");
    return new QueryResult<>((long) records.size(), true, null, records);
  }

  /**
   * One page of a longer result.
   *
   * @param totalSize the rows of the whole query
   * @param records this page's records
   * @param nextRecordsUrl where the next page is, or {@code null} on the last page
   * @param <T> the record type
   * @return the page
   */
  public static <T> QueryResult<T> page(long totalSize, List<T> records, String nextRecordsUrl) {
    InvalidArgumentException.requireNonNull(records, "records");
    return new QueryResult<>(totalSize, nextRecordsUrl == null, nextRecordsUrl, records);
  }

  /**
   * The number of rows the whole query matched (for {@code COUNT()}, the count).
   *
   * @return the total, across all pages
   */
  @JsonProperty("totalSize")
  public long totalSize() {
    return totalSize;
  }

  /**
   * Whether this is the last page.
   *
   * @return {@code true} if no page follows
   */
  @JsonProperty("done")
  public boolean done() {
    return done;
  }

  /**
   * Where the next page is fetched, while {@link #done()} is {@code false}.
   *
   * @return for example {@code /services/data/v66.0/query/01gRO0000016PIAYA2-2000}
   */
  @JsonProperty("nextRecordsUrl")
  public Optional<String> nextRecordsUrl() {
    return Optional.ofNullable(nextRecordsUrl);
  }

  /**
   * This page's records.
   *
   * @return an unmodifiable list
   */
  @JsonProperty("records")
  public List<T> records() {
    return records;
  }

  /** Compares by value. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof QueryResult)) {
      return false;
    }
    QueryResult<?> other = (QueryResult<?>) o;
    return totalSize == other.totalSize
        && done == other.done
        && Objects.equals(nextRecordsUrl, other.nextRecordsUrl)
        && records.equals(other.records);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(totalSize, done, nextRecordsUrl, records);
  }

  /** Counts the records, never shows them. */
  @Override
  public String toString() {
    return "QueryResult{totalSize=" + totalSize + ", done=" + done + ", records="
        + records.size() + (nextRecordsUrl == null ? "" : ", next=" + nextRecordsUrl) + "}";
  }
}
