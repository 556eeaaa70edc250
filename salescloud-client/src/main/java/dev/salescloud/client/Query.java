package dev.salescloud.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.AggregateResult;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.query.QueryResult;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of a SOQL query, read lazily page by page.
 *
 * <p>Nothing is sent until you iterate. Salesforce returns at most 2,000 records a page; the next
 * page is fetched through {@code nextRecordsUrl} only when the current one is used up, so only one
 * page is ever held in memory, however many records the query matches. Errors surface during
 * iteration as the usual typed exceptions.
 *
 * <pre>{@code
 * Query<Account> accounts = sf.query(
 *     Soql.select("Id", "Name").from("Account").where(Soql.field("Industry").eq(industry)),
 *     Account.class);
 * for (Account account : accounts) { ... }                 // all pages, lazily
 * accounts.stream().map(Account::name)...                   // the same, as a stream
 * Optional<Account> one = accounts.first();                  // LIMIT 1
 * long n = accounts.count();                                 // SELECT COUNT() with the same WHERE
 * List<Account> some = accounts.maxRecords(500).toList();    // refuses more than 500
 * }</pre>
 *
 * <p>Instances are immutable; {@link #batchSize(int)} and {@link #maxRecords(long)} return
 * changed copies. Each iteration runs the query again.
 *
 * @param <T> the record type: a typed record, {@code SObject}, or {@code AggregateResult}
 */
public final class Query<T> implements Iterable<T> {
  /** The smallest and largest page size Salesforce accepts. */
  static final int MIN_BATCH = 200;

  static final int MAX_BATCH = 2000;

  private final Pages pages;
  private final SoqlQuery soql;
  private final Class<T> type;
  private final boolean all;
  private final OptionalInt batchSize;
  private final long maxRecords;

  /**
   * A lazy query over the client's pipeline; {@link SalesCloudClient#query(SoqlQuery, Class)} and
   * the sub-clients' query helpers create queries this way.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   * @param query the query
   * @param type the record type: the queried object's typed record, {@code SObject}, or {@code
   *     AggregateResult} for aggregate queries
   * @param all {@code true} for {@code queryAll} (deleted and archived records too)
   * @param <T> the record type
   * @return the lazy query; nothing is sent yet
   * @throws InvalidArgumentException if the type does not fit the query
   */
  public static <T> Query<T> of(
      ApiExchange exchange, ApiVersion version, SoqlQuery query, Class<T> type, boolean all) {
    InvalidArgumentException.requireNonNull(query, "query");
    InvalidArgumentException.requireNonNull(type, "type");
    if (query.isAggregate() && type != AggregateResult.class && type != SObject.class) {
      throw new InvalidArgumentException(
          "type", "An aggregate query returns AggregateResult rows; read it as AggregateResult.class");
    }
    if (!query.isAggregate()) {
      SObjectRecord.sobjectTypeOf(type)
          .filter(t -> !t.equalsIgnoreCase(query.object()))
          .ifPresent(
              t -> {
                throw new InvalidArgumentException(
                    "type",
                    "The query reads " + query.object() + " records, which cannot be read as "
                        + type.getSimpleName() + " (" + t + "); use the matching type or SObject.class");
              });
    }
    Pages pages =
        new Pages(
            (path, batchSize) ->
                exchange.send(
                    "GET",
                    path,
                    null,
                    true,
                    batchSize.isPresent()
                        ? RequestOptions.builder()
                            .header("Sforce-Query-Options", "batchSize=" + batchSize.getAsInt())
                            .build()
                        : RequestOptions.none()),
            version.basePath(),
            exchange.mapper());
    return new Query<>(pages, query, type, all);
  }

  /** How a query fetches one page: the path from the host and an optional page-size hint. */
  @FunctionalInterface
  interface PageSource {
    HttpResponse fetch(String pathAndQuery, OptionalInt batchSize);
  }

  Query(Pages pages, SoqlQuery soql, Class<T> type, boolean all) {
    this(pages, soql, type, all, OptionalInt.empty(), Long.MAX_VALUE);
  }

  private Query(
      Pages pages, SoqlQuery soql, Class<T> type, boolean all, OptionalInt batchSize, long maxRecords) {
    this.pages = pages;
    this.soql = soql;
    this.type = type;
    this.all = all;
    this.batchSize = batchSize;
    this.maxRecords = maxRecords;
  }

  /**
   * The query's syntax tree.
   *
   * @return the parsed or built query
   */
  public SoqlQuery soql() {
    return soql;
  }

  /**
   * A copy asking Salesforce for pages of about this many records ({@code Sforce-Query-Options:
   * batchSize}); Salesforce treats it as a hint.
   *
   * @param size 200 to 2000
   * @return the changed copy
   */
  public Query<T> batchSize(int size) {
    if (size < MIN_BATCH || size > MAX_BATCH) {
      throw new InvalidArgumentException(
          "batchSize", "batchSize must be between 200 and 2000 (Salesforce's limits), not " + size);
    }
    return new Query<>(pages, soql, type, all, OptionalInt.of(size), maxRecords);
  }

  /**
   * A copy that refuses to read a query matching more than {@code max} records, with {@link
   * QueryTooLargeException} as soon as the first page shows the total.
   *
   * @param max at least 1
   * @return the changed copy
   */
  public Query<T> maxRecords(long max) {
    if (max < 1) {
      throw new InvalidArgumentException("maxRecords", "maxRecords must be at least 1, not " + max);
    }
    return new Query<>(pages, soql, type, all, batchSize, max);
  }

  /**
   * The records, fetched page by page as the iterator advances.
   *
   * @return a new iterator, which runs the query
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<QueryResult<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> current = List.<T>of().iterator();
      private long seen;

      /** Whether another record or page follows. */
      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().records().iterator();
        }
        return current.hasNext();
      }

      /** The next record or page, fetching a page when needed. */
      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (++seen > maxRecords) {
          throw new QueryTooLargeException(soql.object(), seen, maxRecords);
        }
        return current.next();
      }
    };
  }

  /**
   * The records as a sequential stream, fetched page by page as it is consumed.
   *
   * @return a lazy stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The pages, each fetched when the iterator reaches it.
   *
   * @return a lazy iterable of pages
   */
  public Iterable<QueryResult<T>> pages() {
    return () -> new PageIterator();
  }

  /**
   * All records in a list; set {@link #maxRecords(long)} to bound the memory this takes.
   *
   * @return the records
   */
  public List<T> toList() {
    List<T> records = new ArrayList<>();
    forEach(records::add);
    return records;
  }

  /**
   * The first record, fetched with {@code LIMIT 1}.
   *
   * @return the record, or empty when none matches
   */
  public Optional<T> first() {
    Query<T> one = new Query<>(pages, soql.withLimit(1), type, all, OptionalInt.empty(), maxRecords);
    Iterator<T> records = one.iterator();
    return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
  }

  /**
   * How many records the query matches, counted by Salesforce with {@code SELECT COUNT()} and the
   * same {@code WHERE}: one call, no records transferred.
   *
   * @return the count
   * @throws InvalidArgumentException for aggregate queries
   */
  public long count() {
    HttpResponse response = pages.fetch(pages.firstPath(soql.asCount(), all), OptionalInt.empty());
    return pages.read(response, com.fasterxml.jackson.databind.JsonNode.class).totalSize();
  }

  /** Shows the query's object, never its values. */
  @Override
  public String toString() {
    return "Query{" + soql + (all ? ", all rows" : "") + "}";
  }

  private final class PageIterator implements Iterator<QueryResult<T>> {
    private String next;
    private boolean started;
    private boolean checkedTotal;

    /** Whether another record or page follows. */
    @Override
    public boolean hasNext() {
      return !started || next != null;
    }

    /** The next record or page, fetching a page when needed. */
    @Override
    public QueryResult<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String path = started ? next : pages.firstPath(soql, all);
      started = true;
      QueryResult<T> page = pages.read(pages.fetch(path, batchSize), type);
      if (!checkedTotal) {
        checkedTotal = true;
        if (page.totalSize() > maxRecords) {
          throw new QueryTooLargeException(soql.object(), page.totalSize(), maxRecords);
        }
      }
      next = page.done() ? null : pages.checkedNext(page.nextRecordsUrl().orElse(null));
      return page;
    }
  }

  /** Paths, fetching and reading of pages. */
  static final class Pages {
    private final PageSource fetcher;
    private final String basePath;
    private final ObjectMapper mapper;

    Pages(PageSource fetcher, String basePath, ObjectMapper mapper) {
      this.fetcher = fetcher;
      this.basePath = basePath;
      this.mapper = mapper;
    }

    HttpResponse fetch(String pathAndQuery, OptionalInt batchSize) {
      return fetcher.fetch(pathAndQuery, batchSize);
    }

    String firstPath(SoqlQuery query, boolean all) {
      return basePath + (all ? "/queryAll" : "/query") + "?q="
          + URLEncoder.encode(query.toSoql(), StandardCharsets.UTF_8);
    }

    String checkedNext(String url) {
      if (url == null || !url.startsWith("/services/data/")) {
        throw new TransportException(
            "Salesforce answered a query page that is not done without a usable nextRecordsUrl",
            true, 200, null);
      }
      return url;
    }

    <R> QueryResult<R> read(HttpResponse response, Class<R> type) {
      JavaType javaType = mapper.getTypeFactory().constructParametricType(QueryResult.class, type);
      try {
        return mapper.readValue(response.body(), javaType);
      } catch (IOException e) {
        throw new TransportException(
            "A query page is not the JSON Salesforce sends"
                + JsonProblems.where(e),
            true, response.status(), e);
      }
    }
  }
}
