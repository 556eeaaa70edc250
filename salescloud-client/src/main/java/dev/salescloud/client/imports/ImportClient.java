package dev.salescloud.client.imports;

import dev.salescloud.client.bulk.BulkClient;
import dev.salescloud.client.bulk.BulkJob;
import dev.salescloud.client.bulk.IngestResult;
import dev.salescloud.client.bulk.RecordOutcome;
import dev.salescloud.client.composite.CollectionsClient;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.composite.CollectionRequest;
import dev.salescloud.model.composite.CollectionResults;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.SalesCloudException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.result.SaveResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Imports any number of records and chooses the cheap path: up to 2,000 records (configurable)
 * through sObject Collections, 200 per API call; more through Bulk API 2.0 jobs, a handful of
 * calls each. Get it from {@code SalesCloudClient.imports()}; thread-safe.
 *
 * <pre>{@code
 * ImportResult result = sf.imports().insert(tradeShowLeads);          // 10,000 leads: ~8 API calls
 * result.outcomes().get(17).id();                                      // the 18th lead's new id
 * for (RecordOutcome refused : result.failures()) {
 *   log.warn("row {}: {}", refused.index(), refused.errors());
 * }
 * }</pre>
 *
 * <h2>What it promises</h2>
 *
 * <ul>
 *   <li>One {@link RecordOutcome} per input record, in input order, whatever the path.
 *   <li>A record's failure never hides another's success: one refused record, or one failed call,
 *       only marks the records it concerns.
 *   <li>Nothing is sent twice: a create that may have run is reported {@code UNKNOWN}, never
 *       replayed.
 *   <li>Records are checked before the first call (read-only fields, missing ids, external ids),
 *       so a bad input fails at once with an {@link InvalidArgumentException} naming the record.
 * </ul>
 *
 * <p>Records of several objects may be mixed; the Bulk API 2.0 path runs one set of jobs per
 * object. The records are held in memory while they are sent.
 */
public final class ImportClient {
  private final CollectionsClient collections;
  private final BulkClient bulk;

  /**
   * A client over the collections and bulk sub-clients; {@code SalesCloudClient.imports()} gives it.
   *
   * @param collections the sObject Collections sub-client
   * @param bulk the Bulk API 2.0 sub-client
   */
  public ImportClient(CollectionsClient collections, BulkClient bulk) {
    this.collections = InvalidArgumentException.requireNonNull(collections, "collections");
    this.bulk = InvalidArgumentException.requireNonNull(bulk, "bulk");
  }

  /**
   * Creates records, with the default options.
   *
   * @param records records without ids, of any objects
   * @return one outcome per record, in input order
   */
  public ImportResult insert(Iterable<? extends SObjectRecord> records) {
    return insert(records, ImportOptions.defaults());
  }

  /**
   * Creates records from a stream, with the default options.
   *
   * @param records records without ids, of any objects
   * @return one outcome per record, in input order
   */
  public ImportResult insert(Stream<? extends SObjectRecord> records) {
    return insert(listOf(records), ImportOptions.defaults());
  }

  /**
   * Creates records.
   *
   * @param records records without ids, of any objects
   * @param options the threshold, parallelism and listener
   * @return one outcome per record, in input order
   */
  public ImportResult insert(Iterable<? extends SObjectRecord> records, ImportOptions options) {
    return run(Operation.INSERT, null, listOf(records), options);
  }

  /**
   * Updates records with the fields they set, with the default options.
   *
   * @param records records with ids
   * @return one outcome per record, in input order
   */
  public ImportResult update(Iterable<? extends SObjectRecord> records) {
    return update(records, ImportOptions.defaults());
  }

  /**
   * Updates records with the fields they set.
   *
   * @param records records with ids
   * @param options the threshold, parallelism and listener
   * @return one outcome per record, in input order
   */
  public ImportResult update(Iterable<? extends SObjectRecord> records, ImportOptions options) {
    return run(Operation.UPDATE, null, listOf(records), options);
  }

  /**
   * Inserts or updates records by an external id, with the default options.
   *
   * @param externalIdField the external id field, e.g. {@code Erp_Id__c}
   * @param records records each setting the external id
   * @return one outcome per record, in input order
   */
  public ImportResult upsert(String externalIdField, Iterable<? extends SObjectRecord> records) {
    return upsert(externalIdField, records, ImportOptions.defaults());
  }

  /**
   * Inserts or updates records by an external id.
   *
   * @param externalIdField the external id field
   * @param records records each setting the external id
   * @param options the threshold, parallelism and listener
   * @return one outcome per record, in input order
   */
  public ImportResult upsert(String externalIdField, Iterable<? extends SObjectRecord> records, ImportOptions options) {
    InvalidArgumentException.requireNonNull(externalIdField, "externalIdField");
    return run(Operation.UPSERT, externalIdField, listOf(records), options);
  }

  private enum Operation { INSERT, UPDATE, UPSERT }

  private ImportResult run(Operation operation, String externalIdField, List<SObjectRecord> records, ImportOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    if (records.isEmpty()) {
      throw new InvalidArgumentException("records", "An import needs at least one record");
    }
    if (records.size() > options.bulkThreshold()) {
      return viaBulk(operation, externalIdField, records, options);
    }
    return viaCollections(operation, externalIdField, records, options);
  }

  private ImportResult viaCollections(
      Operation operation, String externalIdField, List<SObjectRecord> records, ImportOptions options) {
    List<Part> parts = Part.split(records);
    for (Part part : parts) {
      check(operation, externalIdField, part.records);   // every record, before the first call
    }
    RecordOutcome[] outcomes = new RecordOutcome[records.size()];
    Progress progress = new Progress(ImportPath.COLLECTIONS, records.size(), options.listener());
    ExecutorService pool = options.parallelism() > 1 ? Executors.newFixedThreadPool(options.parallelism()) : null;
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        Part part = parts.get(i);
        Runnable task = () -> progress.add(record(operation, externalIdField, part, outcomes));
        if (pool == null) {
          task.run();
        } else {
          running.add(pool.submit(task));
        }
      }
      for (Future<?> future : running) {
        await(future);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return new ImportResult(ImportPath.COLLECTIONS,
        new IngestResult(Arrays.asList(outcomes), List.of(), parts.size()));
  }

  private int[] record(Operation operation, String externalIdField, Part part, RecordOutcome[] outcomes) {
    int saved = 0;
    try {
      CollectionResults results = send(operation, externalIdField, part.records);
      for (int i = 0; i < part.indexes.length; i++) {
        SaveResult result = results.get(i);
        int index = part.indexes[i];
        if (result.success() && result.id().isPresent()) {
          boolean created = operation == Operation.INSERT || results.created(i).orElse(false);
          outcomes[index] = RecordOutcome.saved(index, result.id().get(), created);
          saved++;
        } else {
          RecordOutcome refused = RecordOutcome.notSaved(index, RecordOutcome.Status.FAILED,
              result.errors().isEmpty() ? List.of(ApiError.of("UNKNOWN_EXCEPTION", "no error given")) : result.errors());
          outcomes[index] = result.id().map(refused::withId).orElse(refused);
        }
      }
    } catch (SalesCloudException e) {
      RecordOutcome.Status status = e instanceof TransportException && ((TransportException) e).requestSent()
          ? RecordOutcome.Status.UNKNOWN : RecordOutcome.Status.FAILED;
      ApiError error = e instanceof ApiException && !((ApiException) e).errors().isEmpty()
          ? ((ApiException) e).errors().get(0) : ApiError.of("TRANSPORT_ERROR", e.getMessage());
      for (int i = 0; i < part.indexes.length; i++) {
        int index = part.indexes[i];
        RecordOutcome notSaved = RecordOutcome.notSaved(index, status, List.of(error));
        outcomes[index] = part.records.get(i).id().map(notSaved::withId).orElse(notSaved);
      }
    }
    return new int[] {part.indexes.length, saved, 1};
  }

  private static void check(Operation operation, String externalIdField, List<SObjectRecord> records) {
    switch (operation) {
      case INSERT:
        CollectionRequest.forCreate(records);
        break;
      case UPDATE:
        CollectionRequest.forUpdate(records);
        break;
      default:
        CollectionRequest.forUpsert(externalIdField, records);
    }
  }

  private CollectionResults send(Operation operation, String externalIdField, List<SObjectRecord> records) {
    switch (operation) {
      case INSERT:
        return collections.create(records);
      case UPDATE:
        return collections.update(records);
      default:
        return collections.upsert(externalIdField, records);
    }
  }

  private ImportResult viaBulk(Operation operation, String externalIdField, List<SObjectRecord> records, ImportOptions options) {
    Map<String, List<Integer>> byObject = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      byObject.computeIfAbsent(records.get(i).sobjectType(), k -> new ArrayList<>()).add(i);
    }
    RecordOutcome[] outcomes = new RecordOutcome[records.size()];
    List<BulkJob> jobs = new ArrayList<>();
    Progress progress = new Progress(ImportPath.BULK, records.size(), options.listener());
    int calls = 0;
    for (List<Integer> indexes : byObject.values()) {
      List<SObjectRecord> group = new ArrayList<>(indexes.size());
      indexes.forEach(i -> group.add(records.get(i)));
      IngestResult result;
      switch (operation) {
        case INSERT:
          result = bulk.insert(group);
          break;
        case UPDATE:
          result = bulk.update(group);
          break;
        default:
          result = bulk.upsert(externalIdField, group);
      }
      for (RecordOutcome outcome : result.outcomes()) {
        int index = indexes.get(outcome.index());
        outcomes[index] = outcome.atIndex(index);
      }
      jobs.addAll(result.jobs());
      calls += result.apiCalls();
      progress.add(new int[] {group.size(), result.savedCount(), result.apiCalls()});
    }
    return new ImportResult(ImportPath.BULK, new IngestResult(Arrays.asList(outcomes), jobs, calls));
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted while importing; some records' outcomes are unknown", true, -1, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static List<SObjectRecord> listOf(Iterable<? extends SObjectRecord> records) {
    InvalidArgumentException.requireNonNull(records, "records");
    List<SObjectRecord> list = new ArrayList<>();
    for (SObjectRecord record : records) {
      list.add(InvalidArgumentException.requireNonNull(record, "records[" + list.size() + "]"));
    }
    return list;
  }

  private static List<SObjectRecord> listOf(Stream<? extends SObjectRecord> records) {
    InvalidArgumentException.requireNonNull(records, "records");
    List<SObjectRecord> list = new ArrayList<>();
    records.forEachOrdered(record -> list.add(
        InvalidArgumentException.requireNonNull(record, "records[" + list.size() + "]")));
    return list;
  }

  /** Shows nothing but the type: the sub-clients say the rest. */
  @Override
  public String toString() {
    return "ImportClient{" + collections + ", " + bulk + "}";
  }

  /** Consecutive records sent in one sObject Collections call: at most 200, at most 10 type runs. */
  private static final class Part {
    final List<SObjectRecord> records;
    final int[] indexes;

    private Part(List<SObjectRecord> records, int[] indexes) {
      this.records = records;
      this.indexes = indexes;
    }

    static List<Part> split(List<SObjectRecord> records) {
      List<Part> parts = new ArrayList<>();
      int start = 0;
      while (start < records.size()) {
        int end = start;
        int runs = 0;
        String previous = null;
        while (end < records.size() && end - start < CollectionRequest.MAX_RECORDS) {
          String type = records.get(end).sobjectType();
          if (!type.equals(previous)) {
            if (runs == CollectionRequest.MAX_TYPE_CHUNKS) {
              break;
            }
            runs++;
            previous = type;
          }
          end++;
        }
        int[] indexes = new int[end - start];
        for (int i = start; i < end; i++) {
          indexes[i - start] = i;
        }
        parts.add(new Part(List.copyOf(records.subList(start, end)), indexes));
        start = end;
      }
      return parts;
    }
  }

  /** The running counts, told to the listener after each part. */
  private static final class Progress {
    private final ImportPath path;
    private final int total;
    private final ImportListener listener;
    private int done;
    private int saved;
    private int calls;

    Progress(ImportPath path, int total, ImportListener listener) {
      this.path = path;
      this.total = total;
      this.listener = listener;
    }

    /** Adds a part's {records, saved, calls} and tells the listener. */
    synchronized void add(int[] part) {
      done += part[0];
      saved += part[1];
      calls += part[2];
      listener.onProgress(new ImportProgress(path, done, total, saved, calls));
    }
  }
}
