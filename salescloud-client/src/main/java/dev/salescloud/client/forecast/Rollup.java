package dev.salescloud.client.forecast;

import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.forecast.ForecastCategory;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.ForecastQuery;
import dev.salescloud.model.forecast.ForecastTally;
import dev.salescloud.model.forecast.ForecastTotals;
import dev.salescloud.model.query.AggregateResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Adds up the opportunities of a forecast from one aggregate query grouped by owner and forecast
 * category, and by stage and close date when those breakdowns are asked for. Months are formed
 * here from the grouped {@code CloseDate}s, so the query needs no date function in GROUP BY.
 */
final class Rollup {
  final Map<SalesforceId, ForecastTally> owners = new LinkedHashMap<>();
  final SortedMap<String, ForecastTally> stages = new TreeMap<>();
  final SortedMap<YearMonth, ForecastTally> months = new TreeMap<>();
  private final ForecastQuery query;

  Rollup(ForecastQuery query) {
    this.query = query;
  }

  /** The aggregate query of a forecast. */
  static SoqlQuery query(ForecastQuery query, ForecastPeriod period, Set<Breakdown> breakdowns) {
    List<Object> groups = new ArrayList<>(List.of("OwnerId", "ForecastCategoryName"));
    if (breakdowns.contains(Breakdown.STAGE)) {
      groups.add("StageName");
    }
    if (breakdowns.contains(Breakdown.MONTH)) {
      groups.add("CloseDate");
    }
    List<Object> select = new ArrayList<>(groups);
    select.add(Soql.sum("Amount").as("amount"));
    select.add(Soql.sum("ExpectedRevenue").as("weighted"));
    select.add(Soql.countOf("Id").as("n"));
    List<Condition> where = new ArrayList<>();
    if (period.soqlLiteral().isPresent()) {
      where.add(Soql.field("CloseDate").eq(PeriodResolution.literal(period)));
    } else {
      where.add(Soql.field("CloseDate").ge(period.startDate().orElseThrow()));
      where.add(Soql.field("CloseDate").le(period.endDate().orElseThrow()));
    }
    if (!query.ownerIds().isEmpty()) {
      where.add(Soql.field("OwnerId").in(query.ownerIds()));
    }
    if (!query.includeOmitted()) {
      where.add(Soql.field("ForecastCategoryName").ne(ForecastCategory.Name.OMITTED));
    }
    return Soql.select(select).from("Opportunity")
        .where(Soql.and(where.toArray(new Condition[0])))
        .groupBy(groups.toArray())
        .build();
  }

  /** Adds the rows of the aggregate query. */
  Rollup addAll(Iterable<AggregateResult> rows) {
    for (AggregateResult row : rows) {
      String category = row.get("ForecastCategoryName", String.class).orElse(null);
      if (category == null || ForecastCategory.apiValueOf(category).isEmpty()) {
        continue;
      }
      BigDecimal amount = row.get("amount", BigDecimal.class).orElse(BigDecimal.ZERO);
      BigDecimal weighted = row.get("weighted", BigDecimal.class).orElse(BigDecimal.ZERO);
      long count = row.count("n").orElse(0L);
      row.get("OwnerId", SalesforceId.class).ifPresent(owner ->
          tally(owners, owner).addCategoryTotal(category, amount, count, weighted));
      row.get("StageName", String.class).ifPresent(stage ->
          tally(stages, stage).addCategoryTotal(category, amount, count, weighted));
      row.get("CloseDate", LocalDate.class).ifPresent(day ->
          tally(months, YearMonth.from(day)).addCategoryTotal(category, amount, count, weighted));
    }
    return this;
  }

  private <K> ForecastTally tally(Map<K, ForecastTally> tallies, K key) {
    return tallies.computeIfAbsent(key, k -> ForecastTally.forQuery(query));
  }

  static <K> SortedMap<K, ForecastTotals> totals(SortedMap<K, ForecastTally> tallies) {
    return tallies.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> e.getValue().toTotals(), (a, b) -> a, TreeMap::new));
  }

  /** The figures of every owner. */
  Map<SalesforceId, ForecastTotals> ownerTotals() {
    Map<SalesforceId, ForecastTotals> out = new LinkedHashMap<>();
    owners.forEach((owner, tally) -> out.put(owner, tally.toTotals()));
    return out;
  }

  /** Reads the quota rows, {@code QuotaOwnerId} and {@code SUM(QuotaAmount) quota}. */
  static Map<SalesforceId, BigDecimal> quotas(Iterable<AggregateResult> rows) {
    Map<SalesforceId, BigDecimal> quotas = new LinkedHashMap<>();
    for (AggregateResult row : rows) {
      row.get("QuotaOwnerId", SalesforceId.class).ifPresent(owner ->
          row.get("quota", BigDecimal.class).ifPresent(q -> quotas.merge(owner, q, BigDecimal::add)));
    }
    return quotas;
  }

  /** The query of the quotas starting in a period's days. */
  static SoqlQuery quotaQuery(ForecastQuery query, ForecastPeriod period) {
    Condition where = Soql.field("StartDate").ge(period.startDate().orElseThrow())
        .and(Soql.field("StartDate").le(period.endDate().orElseThrow()))
        .and(Soql.field("QuotaAmount").isNotNull());
    if (!query.ownerIds().isEmpty()) {
      where = where.and(Soql.field("QuotaOwnerId").in(query.ownerIds()));
    }
    return Soql.select("QuotaOwnerId", Soql.sum("QuotaAmount").as("quota"))
        .from("ForecastingQuota").where(where).groupBy("QuotaOwnerId").build();
  }
}
