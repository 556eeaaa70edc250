package dev.salescloud.client;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.model.SalesforceId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Bulk API 2.0 ingest stand-in for loopback tests: jobs go InProgress then JobComplete
 * (or the final state set); rows without a LastName fail; results come back in reverse order with
 * numbers re-rendered, as Salesforce may.
 */
final class BulkStandIn {
  static final String JOBS = "/services/data/v66.0/jobs/ingest";
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build();

  final Map<String, String> uploads = new ConcurrentHashMap<>();
  final AtomicInteger jobs = new AtomicInteger();
  final AtomicInteger polls = new AtomicInteger();
  final AtomicInteger rowsSaved = new AtomicInteger();
  volatile String finalState = "JobComplete";

  Answer answer(Recorded r) {
    String path = r.path();
    if (r.method().equals("POST") && path.equals(JOBS)) {
      String id = SalesforceId.of("750D00000000" + String.format("%03d", jobs.incrementAndGet())).value();
      return Answer.json(200, info(id, "Open"));
    }
    String id = path.substring(JOBS.length() + 1, JOBS.length() + 19);
    if (r.method().equals("PUT")) {
      uploads.put(id, r.body());
      return new Answer(201, Map.of(), "", Duration.ZERO);
    }
    if (r.method().equals("PATCH")) {
      return Answer.json(200, info(id, "UploadComplete"));
    }
    if (path.endsWith("/" + id)) {
      return Answer.json(200, info(id, polls.incrementAndGet() % 2 == 1 ? "InProgress" : finalState));
    }
    List<String[]> uploaded = read(uploads.get(id));
    String[] header = uploaded.get(0);
    int lastName = List.of(header).indexOf("LastName");
    List<String[]> rows = new ArrayList<>();
    boolean complete = finalState.equals("JobComplete");
    for (int i = 1; i < uploaded.size(); i++) {
      String[] row = uploaded.get(i).clone();
      boolean ok = !row[lastName].isEmpty();
      for (int c = 0; c < row.length; c++) {
        row[c] = row[c].equals("1000") ? "1000.0" : row[c];
      }
      if (path.endsWith("/successfulResults/") && ok && complete) {
        String newId = SalesforceId.of("00QD00000" + String.format("%06d", rowsSaved.incrementAndGet())).value();
        rows.add(concat(new String[] {newId, "true"}, row));
      } else if (path.endsWith("/failedResults/") && !ok && complete) {
        rows.add(concat(new String[] {"", "REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --"}, row));
      } else if (path.endsWith("/unprocessedrecords/") && !complete) {
        rows.add(row);
      }
    }
    Collections.reverse(rows);
    String[] prefix = path.endsWith("/successfulResults/") ? new String[] {"sf__Id", "sf__Created"}
        : path.endsWith("/failedResults/") ? new String[] {"sf__Id", "sf__Error"} : new String[0];
    rows.add(0, concat(prefix, header));
    return new Answer(200, Map.of("Content-Type", "text/csv"), write(rows), Duration.ZERO);
  }

  private String info(String id, String state) {
    return "{\"id\":\"" + id + "\",\"operation\":\"insert\",\"object\":\"Lead\",\"state\":\"" + state + "\","
        + "\"numberRecordsProcessed\":0,\"numberRecordsFailed\":0"
        + (state.equals("Failed") ? ",\"errorMessage\":\"InvalidBatch : Field name not found : Nope\"" : "") + "}";
  }

  static List<String[]> read(String csv) {
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(csv)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(List<String[]> rows) {
    try {
      return CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
