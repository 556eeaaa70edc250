package dev.salescloud.client.forecast;

import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.DateLiteral;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.Period;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a forecast period into days and {@code Period} ids with one query on the org's fiscal
 * calendar: the periods that start in a relative period ({@code StartDate = THIS_FISCAL_QUARTER}),
 * or lie within a range of days. A relative period covers the months found; one that covers no
 * whole month (a week, a day) stays relative.
 */
final class PeriodResolution {
  static final List<String> FIELDS =
      List.of("Id", "Type", "StartDate", "EndDate", "FullyQualifiedLabel");

  final ForecastPeriod period;
  final List<SalesforceId> periodIds;

  private PeriodResolution(ForecastPeriod period, List<SalesforceId> periodIds) {
    this.period = period;
    this.periodIds = periodIds;
  }

  /** The query that finds the periods. */
  static SoqlQuery query(ForecastPeriod period) {
    Condition where = period.isRelative()
        ? Soql.field("StartDate").eq(literal(period))
        : Soql.field("StartDate").ge(period.startDate().orElseThrow())
            .and(Soql.field("EndDate").le(period.endDate().orElseThrow()));
    return Soql.select(FIELDS).from(Period.SOBJECT_TYPE).where(where).orderBy("StartDate").build();
  }

  static DateLiteral literal(ForecastPeriod period) {
    return DateLiteral.of(DateLiteral.Kind.valueOf(period.soqlLiteral().orElseThrow()));
  }

  /** Resolves a period from the rows {@link #query(ForecastPeriod)} found. */
  static PeriodResolution of(ForecastPeriod period, Function<SoqlQuery, List<Period>> read) {
    if (period.soqlLiteral().isPresent() && !period.isRelative()) {
      return of(ForecastPeriod.of(period.startDate().get(), period.endDate().get()), read)
          .keeping(period);
    }
    List<Period> rows = read.apply(query(period));
    if (!period.isRelative()) {
      return new PeriodResolution(label(period, rows), ids(rows));
    }
    List<Period> months = rows.stream()
        .filter(p -> p.type().filter(Period.Type.MONTH::equals).isPresent())
        .collect(Collectors.toList());
    if (months.isEmpty()) {
      return new PeriodResolution(period, List.of());
    }
    LocalDate start = months.stream().map(p -> p.startDate().orElseThrow())
        .min(Comparator.naturalOrder()).orElseThrow();
    LocalDate end = months.stream().map(p -> p.endDate().orElseThrow())
        .max(Comparator.naturalOrder()).orElseThrow();
    List<Period> within = rows.stream()
        .filter(p -> p.endDate().filter(e -> !e.isAfter(end)).isPresent())
        .collect(Collectors.toList());
    return new PeriodResolution(label(period.resolved(start, end), within), ids(within));
  }

  private PeriodResolution keeping(ForecastPeriod original) {
    return new PeriodResolution(
        original.toBuilder().label(period.label().or(original::label)).build(), periodIds);
  }

  /** The period with the label of a Period record of its type that spans exactly its days. */
  private static ForecastPeriod label(ForecastPeriod period, List<Period> rows) {
    Optional<String> label = rows.stream()
        .filter(p -> period.type().isEmpty() || p.type().equals(period.type()))
        .filter(p -> p.startDate().equals(period.startDate()) && p.endDate().equals(period.endDate()))
        .map(Period::fullyQualifiedLabel)
        .flatMap(Optional::stream)
        .findFirst();
    return label.isPresent() && period.label().isEmpty()
        ? period.toBuilder().label(label.get()).build()
        : period;
  }

  private static List<SalesforceId> ids(List<Period> rows) {
    return rows.stream().map(Period::id).flatMap(Optional::stream).collect(Collectors.toList());
  }
}
