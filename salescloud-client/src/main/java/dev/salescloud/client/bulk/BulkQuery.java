package dev.salescloud.client.bulk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A Bulk API 2.0 query job, run when iterated: the job is created, polled until it completes, and
 * its CSV results read one page at a time through the {@code Sforce-Locator} header, so memory
 * holds one page however many rows there are. Each row is a map from column (as in the SELECT,
 * {@code Account.Name} for parent fields) to its text; Salesforce writes null as {@code ""}.
 *
 * <pre>{@code
 * try (Stream<Map<String, String>> rows = sf.bulk().query(
 *     Soql.select("Id", "Email").from("Lead").where(Soql.field("IsConverted").eq(false))).stream()) {
 *   rows.forEach(row -> export(row.get("Id"), row.get("Email")));
 * }
 * }</pre>
 *
 * <p>Each iteration runs a new job. Bulk queries refuse aggregates, GROUP BY, OFFSET and
 * subqueries. A job that fails raises {@link BulkJobException}.
 */
public final class BulkQuery implements Iterable<Map<String, String>> {
  /** Rows per result page unless set; Salesforce's clients commonly ask for 50,000. */
  public static final int DEFAULT_PAGE_SIZE = 50_000;

  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};

  private final ApiExchange exchange;
  private final String jobsPath;
  private final String soql;
  private final boolean all;
  private final Polling polling;
  private final int pageSize;

  BulkQuery(ApiExchange exchange, String jobsPath, String soql, boolean all, Polling polling, int pageSize) {
    this.exchange = exchange;
    this.jobsPath = jobsPath;
    this.soql = soql;
    this.all = all;
    this.polling = polling;
    this.pageSize = pageSize;
  }

  /**
   * The same query read in pages of another size.
   *
   * @param rows rows per page, at least 1
   * @return a new query
   */
  public BulkQuery withPageSize(int rows) {
    if (rows < 1) {
      throw new InvalidArgumentException("pageSize", "pageSize must be at least 1, not " + rows);
    }
    return new BulkQuery(exchange, jobsPath, soql, all, polling, rows);
  }

  /** Runs the job and iterates over its rows, fetching pages as they are needed. */
  @Override
  public Iterator<Map<String, String>> iterator() {
    return new Rows();
  }

  /**
   * Runs the job and streams its rows.
   *
   * @return a sequential stream, lazy page by page
   */
  public Stream<Map<String, String>> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /**
   * Runs the job and reads every row into memory.
   *
   * @return the rows
   */
  public List<Map<String, String>> toList() {
    return stream().collect(Collectors.toList());
  }

  /** Shows the operation and page size; never the query, which may hold personal data. */
  @Override
  public String toString() {
    return "BulkQuery{" + (all ? "queryAll" : "query") + ", pageSize=" + pageSize + "}";
  }

  private final class Rows implements Iterator<Map<String, String>> {
    private final Deque<Map<String, String>> page = new ArrayDeque<>();
    private String resultsPath;
    private String locator;
    private boolean last;

    /** Whether a row is left, fetching the next page (or running the job) when needed. */
    @Override
    public boolean hasNext() {
      while (page.isEmpty() && !last) {
        if (resultsPath == null) {
          resultsPath = runJob() + "/results";
        }
        fetchPage();
      }
      return !page.isEmpty();
    }

    /** The next row. */
    @Override
    public Map<String, String> next() {
      if (!hasNext()) {
        throw new NoSuchElementException("The bulk query has no more rows");
      }
      return page.poll();
    }

    private String runJob() {
      ObjectNode body = exchange.mapper().createObjectNode();
      body.put("operation", all ? "queryAll" : "query");
      body.put("query", soql);
      BulkJob job = BulkJob.from(exchange.call("POST", jobsPath, body, false, TREE), "POST", jobsPath);
      String jobPath = jobsPath + "/" + job.id();
      job = polling.awaitEnd(exchange, jobPath, new AtomicInteger());
      if (job.state() != JobState.JOB_COMPLETE) {
        throw new BulkJobException(job);
      }
      return jobPath;
    }

    private void fetchPage() {
      String path = resultsPath + "?maxRecords=" + pageSize
          + (locator == null ? "" : "&locator=" + URLEncoder.encode(locator, StandardCharsets.UTF_8));
      HttpResponse response = exchange.sendAccepting("GET", path, "text/csv");
      CsvTable table;
      try {
        table = CsvTable.read(response.body());
      } catch (IOException e) {
        throw new TransportException("GET " + resultsPath + " answered a body that is not CSV: " + e.getMessage(), true, 200, e);
      }
      for (String[] row : table.rows) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < table.header.size(); i++) {
          values.put(table.header.get(i), i < row.length ? row[i] : "");
        }
        page.add(Collections.unmodifiableMap(values));
      }
      String next = response.header("Sforce-Locator").orElse("null");
      last = next.isEmpty() || next.equals("null");
      locator = next;
    }
  }
}
