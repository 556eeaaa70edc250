package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.bulk.JobState;
import dev.salescloud.client.soql.SelectItem;
import dev.salescloud.client.soql.SoqlQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Bulk API 2.0 query job: created {@code UploadComplete} with the records its query matched,
 * completed when first polled or read, its rows then served in pages of CSV with dotted headers
 * for parent fields ({@code Account.Name}), in SELECT order, every value quoted and null as
 * {@code ""}.
 */
final class QueryJob extends Job {
  private final List<List<String>> paths = new ArrayList<>();
  private final List<String> header = new ArrayList<>();
  private List<ObjectNode> records;
  private final List<String[]> rows = new ArrayList<>();

  QueryJob(JobIdentity identity, String object, String operation, CsvDialect dialect,
      SoqlQuery query, List<ObjectNode> records) {
    super(identity, object, operation, dialect, JobState.UPLOAD_COMPLETE);
    this.records = records;
    for (SelectItem item : query.select()) {
      List<String> written = ((SelectItem.Field) item).path().segments();
      boolean aliased = written.size() > 1
          && query.alias().map(a -> a.equalsIgnoreCase(written.get(0))).orElse(false);
      List<String> segments = aliased ? written.subList(1, written.size()) : written;
      paths.add(segments);
      header.add(String.join(".", segments));
    }
  }

  /** Completes the job if it has not run yet: its records become CSV rows. */
  void run(Instant now) {
    if (state() != JobState.UPLOAD_COMPLETE) {
      return;
    }
    for (ObjectNode record : records) {
      String[] row = new String[paths.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = cell(record, paths.get(c));
      }
      rows.add(row);
    }
    records = List.of();
    moveTo(JobState.JOB_COMPLETE, now);
  }

  private static String cell(ObjectNode record, List<String> path) {
    JsonNode node = record;
    for (String segment : path) {
      node = child(node, segment);
      if (node == null || node.isNull()) {
        return "";
      }
    }
    return node.isValueNode() ? node.asText() : "";
  }

  private static JsonNode child(JsonNode node, String name) {
    if (!node.isObject()) {
      return null;
    }
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The rows from one position on, at most {@code max} of them. */
  List<String[]> rows(int from, int max) {
    return rows.subList(from, (int) Math.min(rows.size(), (long) from + max));
  }

  int size() {
    return rows.size();
  }

  /** One page of CSV with its own header row. */
  byte[] csv(List<String[]> page) {
    return dialect.write(header, List.of(), page);
  }

  @Override
  void describe(ObjectNode info) {
    // a query job has no upload URL and no external id
  }

  @Override
  void count(ObjectNode info) {
    info.put("jobType", "V2Query");
    info.put("numberRecordsProcessed", (long) rows.size());
    info.put("isPkChunkingSupported", true);
  }
}
