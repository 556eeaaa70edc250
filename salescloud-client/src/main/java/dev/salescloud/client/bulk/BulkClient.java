package dev.salescloud.client.bulk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.client.soql.SoqlParser;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk API 2.0: writes of any number of records of one object as CSV ingest jobs, and queries
 * whose results stream page by page. Get it from {@code SalesCloudClient.bulk()}; thread-safe and
 * immutable ({@code with...} methods give changed copies).
 *
 * <pre>{@code
 * IngestResult result = sf.bulk().insert(tradeShowLeads);    // 10,000 leads: one job, ~7 API calls
 * for (RecordOutcome outcome : result.failures()) {
 *   log.warn("lead #{} refused: {}", outcome.index(), outcome.errors());
 * }
 * }</pre>
 *
 * <h2>How a write runs</h2>
 *
 * <p>The records become one CSV per job — at most 100 MB each (Salesforce's limit is 150 MB after
 * base64), so larger inputs are split across several jobs — uploaded once, closed, and polled with
 * a growing interval (1 s doubling to 10 s, for at most 30 minutes unless set) until the job ends.
 * The three result CSVs are then matched back to the input: every record gets a {@link
 * RecordOutcome} in input order — saved with its id, failed with Salesforce's errors, not
 * processed (its job failed first), or unknown (the exchange broke after the upload: check before
 * sending again). Nothing is sent twice.
 *
 * <h2>Values</h2>
 *
 * <p>The CSV's columns are the fields the records set; a record that does not set a column leaves
 * the field unchanged. A field set to null or to an empty string is cleared ({@code #N/A}).
 * Numbers are written in plain notation, booleans as {@code true}/{@code false}.
 */
public final class BulkClient {
  /** The most raw CSV bytes one job takes: 100 MB, which is 150 MB once base64-encoded. */
  public static final long MAX_JOB_BYTES = 100L * 1024 * 1024;

  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};

  private final ApiExchange exchange;
  private final ApiVersion version;
  private final long maxJobBytes;
  private final Polling polling;

  /**
   * A client sending through an exchange; {@code SalesCloudClient.bulk()} gives it.
   *
   * @param exchange the client's exchange
   * @param version the API version
   */
  public BulkClient(ApiExchange exchange, ApiVersion version) {
    this(InvalidArgumentException.requireNonNull(exchange, "exchange"),
        InvalidArgumentException.requireNonNull(version, "version"), MAX_JOB_BYTES,
        new Polling(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(30)));
  }

  private BulkClient(ApiExchange exchange, ApiVersion version, long maxJobBytes, Polling polling) {
    this.exchange = exchange;
    this.version = version;
    this.maxJobBytes = maxJobBytes;
    this.polling = polling;
  }

  /**
   * A copy that splits writes into jobs of at most the given CSV size.
   *
   * @param bytes 1 KB to {@link #MAX_JOB_BYTES}
   * @return the copy
   */
  public BulkClient withMaxJobBytes(long bytes) {
    if (bytes < 1024 || bytes > MAX_JOB_BYTES) {
      throw new InvalidArgumentException(
          "maxJobBytes", "maxJobBytes must be between 1024 and " + MAX_JOB_BYTES + ", not " + bytes);
    }
    return new BulkClient(exchange, version, bytes, polling);
  }

  /**
   * A copy that polls jobs differently.
   *
   * @param first the first wait
   * @param longest the longest wait; waits double up to it
   * @param timeout the total wait for one job before giving up on it
   * @return the copy
   */
  public BulkClient withPolling(Duration first, Duration longest, Duration timeout) {
    return new BulkClient(exchange, version, maxJobBytes, new Polling(first, longest, timeout));
  }

  /**
   * Creates records of one object.
   *
   * @param records records without ids, all of one object
   * @return one outcome per record, in input order
   * @throws InvalidArgumentException before anything is sent, if the records are of several
   *     objects, one carries an id or a read-only field, or there are none
   */
  public IngestResult insert(Iterable<? extends SObjectRecord> records) {
    return ingest(BulkOperation.INSERT, null, records);
  }

  /**
   * Updates records of one object with the fields they set.
   *
   * @param records records with ids, holding only the fields to change
   * @return one outcome per record, in input order
   */
  public IngestResult update(Iterable<? extends SObjectRecord> records) {
    return ingest(BulkOperation.UPDATE, null, records);
  }

  /**
   * Inserts or updates records of one object by an external id field.
   *
   * @param externalIdField the external id field, e.g. {@code Erp_Id__c}
   * @param records records each setting the external id
   * @return one outcome per record, in input order
   */
  public IngestResult upsert(String externalIdField, Iterable<? extends SObjectRecord> records) {
    return ingest(BulkOperation.UPSERT, InvalidArgumentException.requireNonNull(externalIdField, "externalIdField"), records);
  }

  /**
   * Deletes records of one object by id, into the recycle bin.
   *
   * @param ids ids of one object
   * @return one outcome per id, in input order
   */
  public IngestResult delete(List<SalesforceId> ids) {
    return deleteRows(BulkOperation.DELETE, ids);
  }

  /**
   * Deletes records of one object for good, past the recycle bin: they cannot be undeleted. The
   * user needs the "Bulk API Hard Delete" permission.
   *
   * @param ids ids of one object
   * @return one outcome per id, in input order
   */
  public IngestResult hardDelete(List<SalesforceId> ids) {
    return deleteRows(BulkOperation.HARD_DELETE, ids);
  }

  private IngestResult deleteRows(BulkOperation operation, List<SalesforceId> ids) {
    InvalidArgumentException.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new InvalidArgumentException("ids", "A bulk " + operation.wireName() + " needs at least one id");
    }
    List<Map<String, String>> rows = new ArrayList<>(ids.size());
    String object = null;
    for (int i = 0; i < ids.size(); i++) {
      SalesforceId id = InvalidArgumentException.requireNonNull(ids.get(i), "ids[" + i + "]");
      String type = id.objectType().orElseThrow(() -> new InvalidArgumentException(
          "ids", "The object of id " + id.value() + " is not known from its key prefix; delete such"
              + " records through sobjects(\"Object__c\")"));
      object = sameObject(object, type, i);
      rows.add(Map.of("Id", id.value()));
    }
    return run(operation, object, null, rows);
  }

  /**
   * Reads a job's current state. Maps to {@code GET .../jobs/ingest/{id}}.
   *
   * @param id the job's id
   * @return the job
   */
  public BulkJob job(String id) {
    String path = jobsPath("ingest") + "/" + requireJobId(id);
    return BulkJob.from(exchange.call("GET", path, null, true, TREE), "GET", path);
  }

  /**
   * Stops an ingest job that is still open or being processed; rows already processed stay
   * written. Maps to {@code PATCH .../jobs/ingest/{id}} with {@code {"state":"Aborted"}}.
   *
   * @param id the job's id
   * @return the job as Salesforce answers
   * @throws dev.salescloud.model.error.ValidationException with {@code INVALIDJOBSTATE} if the job
   *     has already ended
   */
  public BulkJob abort(String id) {
    String path = jobsPath("ingest") + "/" + requireJobId(id);
    return BulkJob.from(
        exchange.call("PATCH", path, exchange.mapper().createObjectNode().put("state", "Aborted"), true, TREE),
        "PATCH", path);
  }

  /**
   * A query built with {@code Soql}, run as a Bulk API 2.0 query job when iterated.
   *
   * @param query the query
   * @return the lazy query
   */
  public BulkQuery query(SoqlBuilder query) {
    return query(InvalidArgumentException.requireNonNull(query, "query").build());
  }

  /**
   * A parsed or built query, run as a Bulk API 2.0 query job when iterated.
   *
   * @param query the query; no aggregates, GROUP BY, OFFSET or subqueries
   * @return the lazy query
   */
  public BulkQuery query(SoqlQuery query) {
    return bulkQuery(query, false);
  }

  /**
   * A query written by hand, parsed before anything is sent.
   *
   * @param soql the query text
   * @return the lazy query
   */
  public BulkQuery query(String soql) {
    return query(SoqlParser.parse(soql));
  }

  /**
   * Like {@link #query(SoqlQuery)}, including deleted and archived records.
   *
   * @param query the query
   * @return the lazy query
   */
  public BulkQuery queryAll(SoqlQuery query) {
    return bulkQuery(query, true);
  }

  private BulkQuery bulkQuery(SoqlQuery query, boolean all) {
    InvalidArgumentException.requireNonNull(query, "query");
    if (query.isAggregate() || query.isCount() || query.offset().isPresent()) {
      throw new InvalidArgumentException(
          "query", "Bulk API 2.0 queries refuse aggregates, GROUP BY and OFFSET; use sf.query(..) for those");
    }
    return new BulkQuery(exchange, jobsPath("query"), query.toSoql(), all, polling, BulkQuery.DEFAULT_PAGE_SIZE);
  }

  private IngestResult ingest(BulkOperation operation, String externalIdField, Iterable<? extends SObjectRecord> records) {
    InvalidArgumentException.requireNonNull(records, "records");
    List<Map<String, String>> rows = new ArrayList<>();
    String object = null;
    int i = 0;
    for (SObjectRecord record : records) {
      InvalidArgumentException.requireNonNull(record, "records[" + i + "]");
      object = sameObject(object, record.sobjectType(), i);
      rows.add(RowValues.of(operation, externalIdField, record, i));
      i++;
    }
    if (rows.isEmpty()) {
      throw new InvalidArgumentException("records", "A bulk " + operation.wireName() + " needs at least one record");
    }
    return run(operation, object, externalIdField, rows);
  }

  private IngestResult run(BulkOperation operation, String object, String externalIdField, List<Map<String, String>> rows) {
    AtomicInteger calls = new AtomicInteger();
    IngestJobRun job = new IngestJobRun(exchange, jobsPath("ingest"), polling, calls);
    RecordOutcome[] outcomes = new RecordOutcome[rows.size()];
    List<BulkJob> jobs = new ArrayList<>();
    List<String> header = columnsOf(rows);
    byte[] headerLine = CsvTable.line(header.toArray(new String[0]));
    int start = 0;
    while (start < rows.size()) {
      Chunk chunk = Chunk.from(rows, start, header, headerLine, maxJobBytes);
      IngestJobRun.Outcome outcome =
          job.run(operation, object, externalIdField, header, chunk.rows, chunk.csv, chunk.indexes);
      outcome.byIndex.forEach((index, result) -> outcomes[index] = result);
      outcome.job.ifPresent(jobs::add);
      start += chunk.rows.size();
    }
    return new IngestResult(Arrays.asList(outcomes), jobs, calls.get());
  }

  /** Every field any row sets, in first-seen order: a row that does not set one leaves it unchanged. */
  private static List<String> columnsOf(List<Map<String, String>> rows) {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(row -> columns.addAll(row.keySet()));
    return new ArrayList<>(columns);
  }

  private static String sameObject(String object, String type, int index) {
    if (object != null && !object.equalsIgnoreCase(type)) {
      throw new InvalidArgumentException(
          "records[" + index + "]",
          "records[" + index + "] is a " + type + ", but a bulk job writes one object and records[0]"
              + " is a " + object + "; send each object in its own call");
    }
    return object == null ? type : object;
  }

  private String jobsPath(String kind) {
    return version.basePath() + "/jobs/" + kind;
  }

  private static String requireJobId(String id) {
    InvalidArgumentException.requireNonNull(id, "id");
    if (!SalesforceId.isValid(id) || !id.startsWith("750")) {
      throw new InvalidArgumentException("id", "'" + id + "' is not a Bulk API 2.0 job id (750...)");
    }
    return id;
  }

  /** One job's share of the rows: as many as fit, after the header line, in its CSV size. */
  private static final class Chunk {
    final List<String[]> rows;
    final byte[] csv;
    final int[] indexes;

    private Chunk(List<String[]> rows, byte[] csv, int[] indexes) {
      this.rows = rows;
      this.csv = csv;
      this.indexes = indexes;
    }

    /** Each row is written once; the first that would pass the size ends the chunk. */
    static Chunk from(List<Map<String, String>> rows, int start, List<String> header, byte[] headerLine, long maxBytes) {
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      csv.writeBytes(headerLine);
      List<String[]> chunk = new ArrayList<>();
      int end = start;
      while (end < rows.size()) {
        Map<String, String> row = rows.get(end);
        String[] values = new String[header.size()];
        for (int c = 0; c < values.length; c++) {
          values[c] = row.getOrDefault(header.get(c), "");
        }
        byte[] line = CsvTable.line(values);
        if (csv.size() + line.length > maxBytes) {
          if (end == start) {
            throw new InvalidArgumentException(
                "records[" + start + "]",
                "records[" + start + "] alone takes more than " + maxBytes + " bytes of CSV, more"
                    + " than a Bulk API 2.0 job takes");
          }
          break;
        }
        csv.writeBytes(line);
        chunk.add(values);
        end++;
      }
      int[] indexes = new int[end - start];
      for (int i = start; i < end; i++) {
        indexes[i - start] = i;
      }
      return new Chunk(chunk, csv.toByteArray(), indexes);
    }
  }

  /** Shows the API version and the job size. */
  @Override
  public String toString() {
    return "BulkClient{" + version + ", maxJobBytes=" + maxJobBytes + "}";
  }
}
