package dev.salescloud.model.report;

/** Report run payloads in the shapes of the Reports and Dashboards REST API (salesforce-api.md §8.1). */
final class ReportFixtures {
  private ReportFixtures() {}

  /**
   * A summary report grouped down by opportunity type, then stage; run with details. Four
   * opportunities: 0_0 Existing/Closed Won = 50,000 + 25,000.50; 0_1 Existing/Negotiation =
   * 120,000; 1_0 New/Prospecting = 15,000 (no next step).
   */
  static final String SUMMARY_RUN =
      """
      {"attributes":{"type":"Report","reportId":"00OD0000001ZbP7MAK",
         "reportName":"Opportunities by Type and Stage",
         "describeUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/describe",
         "instancesUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances"},
       "allData":true,
       "hasDetailRows":true,
       "hasExceededTabularRowLimit":false,
       "factMap":{
         "0_0!T":{"aggregates":[{"label":"$75,000.50","value":75000.50},{"label":"2","value":2}],
           "rows":[
             {"dataCells":[{"label":"Acme - 50 seats","value":"006D000000CvZ9TIAV"},
                           {"label":"Chris Hall","value":"00558000000FkaVAAS"},
                           {"label":"5/31/2026","value":"2026-05-31"},
                           {"label":"$50,000.00","value":{"amount":50000,"currency":null}},
                           {"label":"Send countersigned contract","value":"Send countersigned contract"}]},
             {"dataCells":[{"label":"Globex renewal","value":"006D000000CvZ9UIAV"},
                           {"label":"Dana Reyes","value":"00558000000FkbWAAS"},
                           {"label":"6/15/2026","value":"2026-06-15"},
                           {"label":"$25,000.50","value":{"amount":25000.50,"currency":null}},
                           {"label":"Invoice","value":"Invoice"}]}]},
         "0_1!T":{"aggregates":[{"label":"$120,000.00","value":120000},{"label":"1","value":1}],
           "rows":[
             {"dataCells":[{"label":"Initech platform","value":"006D000000CvZ9VIAV"},
                           {"label":"Chris Hall","value":"00558000000FkaVAAS"},
                           {"label":"6/30/2026","value":"2026-06-30"},
                           {"label":"$120,000.00","value":{"amount":120000,"currency":null}},
                           {"label":"Legal review","value":"Legal review"}]}]},
         "0!T":{"aggregates":[{"label":"$195,000.50","value":195000.50},{"label":"3","value":3}],"rows":[]},
         "1_0!T":{"aggregates":[{"label":"$15,000.00","value":15000},{"label":"1","value":1}],
           "rows":[
             {"dataCells":[{"label":"Umbrella pilot","value":"006D000000CvZ9WIAV"},
                           {"label":"Dana Reyes","value":"00558000000FkbWAAS"},
                           {"label":"7/1/2026","value":"2026-07-01"},
                           {"label":"$15,000.00","value":{"amount":15000,"currency":null}},
                           {"label":"-","value":null}]}]},
         "1!T":{"aggregates":[{"label":"$15,000.00","value":15000},{"label":"1","value":1}],"rows":[]},
         "T!T":{"aggregates":[{"label":"$210,000.50","value":210000.50},{"label":"4","value":4}],"rows":[]}},
       "groupingsDown":{"groupings":[
         {"key":"0","label":"Existing Customer - Upgrade","value":"Existing Customer - Upgrade","groupings":[
           {"key":"0_0","label":"Closed Won","value":"Closed Won","groupings":[]},
           {"key":"0_1","label":"Negotiation/Review","value":"Negotiation/Review","groupings":[]}]},
         {"key":"1","label":"New Customer","value":"New Customer","groupings":[
           {"key":"1_0","label":"Prospecting","value":"Prospecting","groupings":[]}]}]},
       "groupingsAcross":{"groupings":[]},
       "reportMetadata":{
         "id":"00OD0000001ZbP7MAK",
         "name":"Opportunities by Type and Stage",
         "developerName":"Opportunities_by_Type_and_Stage",
         "reportFormat":"SUMMARY",
         "reportType":{"type":"Opportunity","label":"Opportunities"},
         "detailColumns":["OPPORTUNITY_NAME","FULL_NAME","CLOSE_DATE","AMOUNT","NEXT_STEP"],
         "groupingsDown":[{"name":"TYPE","sortOrder":"Asc","dateGranularity":"None"},
                          {"name":"STAGE_NAME","sortOrder":"Asc","dateGranularity":"None"}],
         "groupingsAcross":[],
         "aggregates":["s!AMOUNT","RowCount"],
         "reportFilters":[{"column":"AMOUNT","operator":"greaterThan","value":"1000",
                           "filterType":"fieldValue","isRunPageEditable":true}],
         "standardDateFilter":{"column":"CLOSE_DATE","durationValue":"THIS_FISCAL_YEAR",
                               "startDate":"2026-01-01","endDate":"2026-12-31"},
         "standardFilters":[{"name":"open","value":"all"},{"name":"probability","value":">0"}],
         "scope":"organization",
         "hasDetailRows":true,
         "showGrandTotal":true,
         "showSubtotals":true,
         "sortBy":[{"sortColumn":"AMOUNT","sortOrder":"Desc"}],
         "buckets":[],
         "crossFilters":[],
         "customSummaryFormula":{},
         "chart":null,
         "division":null,
         "description":null,
         "folderId":"00lD0000001ZbP7MAK",
         "presentationOptions":{"hasStackedSummaries":true}},
       "reportExtendedMetadata":{
         "aggregateColumnInfo":{
           "s!AMOUNT":{"label":"Sum of Amount","dataType":"currency","acrossGroupingContext":null,"downGroupingContext":null},
           "RowCount":{"label":"Record Count","dataType":"int","acrossGroupingContext":null,"downGroupingContext":null}},
         "detailColumnInfo":{
           "OPPORTUNITY_NAME":{"label":"Opportunity Name","dataType":"string","entityColumnName":"Opportunity.Name","isLookup":false},
           "FULL_NAME":{"label":"Opportunity Owner","dataType":"string","entityColumnName":"User.Name","isLookup":true},
           "CLOSE_DATE":{"label":"Close Date","dataType":"date","entityColumnName":"Opportunity.CloseDate","isLookup":false},
           "AMOUNT":{"label":"Amount","dataType":"currency","entityColumnName":"Opportunity.Amount","isLookup":false},
           "NEXT_STEP":{"label":"Next Step","dataType":"string","entityColumnName":"Opportunity.NextStep","isLookup":false}},
         "groupingColumnInfo":{
           "TYPE":{"label":"Type","dataType":"picklist","groupingLevel":0},
           "STAGE_NAME":{"label":"Stage","dataType":"picklist","groupingLevel":1}}}}
      """;

  /**
   * A matrix report: down by type, then stage; across by close month, then lead source; run
   * without details. Opportunities: Existing/Closed Won/May/Web 50,000; Existing/Closed
   * Won/June/Partner Referral 25,000; Existing/Negotiation/June/Web 120,000; New/Prospecting/May/
   * Partner Referral 15,000. Aggregates: RowCount first, then the sum of amounts.
   */
  static final String MATRIX_RUN =
      """
      {"attributes":{"type":"Report","reportId":"00OD0000001ZbP7MAK","reportName":"Pipeline Matrix",
         "describeUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/describe",
         "instancesUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances"},
       "allData":true,
       "hasDetailRows":false,
       "factMap":{
       "0!0":{"aggregates":[{"label":"1","value":1},{"label":"$50,000.00","value":50000}],"rows":[]},
       "0!0_0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "0!0_1":{"aggregates":[{"label":"1","value":1},{"label":"$50,000.00","value":50000}],"rows":[]},
       "0!1":{"aggregates":[{"label":"2","value":2},{"label":"$145,000.00","value":145000}],"rows":[]},
       "0!1_0":{"aggregates":[{"label":"1","value":1},{"label":"$25,000.00","value":25000}],"rows":[]},
       "0!1_1":{"aggregates":[{"label":"1","value":1},{"label":"$120,000.00","value":120000}],"rows":[]},
       "0!T":{"aggregates":[{"label":"3","value":3},{"label":"$195,000.00","value":195000}],"rows":[]},
       "0_0!0":{"aggregates":[{"label":"1","value":1},{"label":"$50,000.00","value":50000}],"rows":[]},
       "0_0!0_0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "0_0!0_1":{"aggregates":[{"label":"1","value":1},{"label":"$50,000.00","value":50000}],"rows":[]},
       "0_0!1":{"aggregates":[{"label":"1","value":1},{"label":"$25,000.00","value":25000}],"rows":[]},
       "0_0!1_0":{"aggregates":[{"label":"1","value":1},{"label":"$25,000.00","value":25000}],"rows":[]},
       "0_0!1_1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "0_0!T":{"aggregates":[{"label":"2","value":2},{"label":"$75,000.00","value":75000}],"rows":[]},
       "0_1!0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "0_1!0_0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "0_1!0_1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "0_1!1":{"aggregates":[{"label":"1","value":1},{"label":"$120,000.00","value":120000}],"rows":[]},
       "0_1!1_0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "0_1!1_1":{"aggregates":[{"label":"1","value":1},{"label":"$120,000.00","value":120000}],"rows":[]},
       "0_1!T":{"aggregates":[{"label":"1","value":1},{"label":"$120,000.00","value":120000}],"rows":[]},
       "1!0":{"aggregates":[{"label":"1","value":1},{"label":"$15,000.00","value":15000}],"rows":[]},
       "1!0_0":{"aggregates":[{"label":"1","value":1},{"label":"$15,000.00","value":15000}],"rows":[]},
       "1!0_1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1!1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1!1_0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1!1_1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1!T":{"aggregates":[{"label":"1","value":1},{"label":"$15,000.00","value":15000}],"rows":[]},
       "1_0!0":{"aggregates":[{"label":"1","value":1},{"label":"$15,000.00","value":15000}],"rows":[]},
       "1_0!0_0":{"aggregates":[{"label":"1","value":1},{"label":"$15,000.00","value":15000}],"rows":[]},
       "1_0!0_1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1_0!1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1_0!1_0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1_0!1_1":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
       "1_0!T":{"aggregates":[{"label":"1","value":1},{"label":"$15,000.00","value":15000}],"rows":[]},
       "T!0":{"aggregates":[{"label":"2","value":2},{"label":"$65,000.00","value":65000}],"rows":[]},
       "T!0_0":{"aggregates":[{"label":"1","value":1},{"label":"$15,000.00","value":15000}],"rows":[]},
       "T!0_1":{"aggregates":[{"label":"1","value":1},{"label":"$50,000.00","value":50000}],"rows":[]},
       "T!1":{"aggregates":[{"label":"2","value":2},{"label":"$145,000.00","value":145000}],"rows":[]},
       "T!1_0":{"aggregates":[{"label":"1","value":1},{"label":"$25,000.00","value":25000}],"rows":[]},
       "T!1_1":{"aggregates":[{"label":"1","value":1},{"label":"$120,000.00","value":120000}],"rows":[]},
       "T!T":{"aggregates":[{"label":"4","value":4},{"label":"$210,000.00","value":210000}],"rows":[]}},
       "groupingsDown":{"groupings":[
         {"key":"0","label":"Existing Customer - Upgrade","value":"Existing Customer - Upgrade","groupings":[
           {"key":"0_0","label":"Closed Won","value":"Closed Won","groupings":[]},
           {"key":"0_1","label":"Negotiation/Review","value":"Negotiation/Review","groupings":[]}]},
         {"key":"1","label":"New Customer","value":"New Customer","groupings":[
           {"key":"1_0","label":"Prospecting","value":"Prospecting","groupings":[]}]}]},
       "groupingsAcross":{"groupings":[
         {"key":"0","label":"May 2026","value":"2026-05-01","groupings":[
           {"key":"0_0","label":"Partner Referral","value":"Partner Referral","groupings":[]},
           {"key":"0_1","label":"Web","value":"Web","groupings":[]}]},
         {"key":"1","label":"June 2026","value":"2026-06-01","groupings":[
           {"key":"1_0","label":"Partner Referral","value":"Partner Referral","groupings":[]},
           {"key":"1_1","label":"Web","value":"Web","groupings":[]}]}]},
       "reportMetadata":{
         "id":"00OD0000001ZbP7MAK",
         "name":"Pipeline Matrix",
         "developerName":"Pipeline_Matrix",
         "reportFormat":"MATRIX",
         "reportType":{"type":"Opportunity","label":"Opportunities"},
         "detailColumns":["OPPORTUNITY_NAME","AMOUNT"],
         "groupingsDown":[{"name":"TYPE","sortOrder":"Asc","dateGranularity":"None"},
                          {"name":"STAGE_NAME","sortOrder":"Asc","dateGranularity":"None"}],
         "groupingsAcross":[{"name":"CLOSE_DATE","sortOrder":"Asc","dateGranularity":"Month"},
                            {"name":"LEAD_SOURCE","sortOrder":"Asc","dateGranularity":"None"}],
         "aggregates":["RowCount","s!AMOUNT"],
         "reportFilters":[],
         "standardDateFilter":{"column":"CLOSE_DATE","durationValue":"CUSTOM",
                               "startDate":"2026-05-01","endDate":"2026-06-30"},
         "standardFilters":[],
         "scope":"organization",
         "hasDetailRows":false,
         "showGrandTotal":true,
         "showSubtotals":true,
         "sortBy":[]},
       "reportExtendedMetadata":{
         "aggregateColumnInfo":{
           "RowCount":{"label":"Record Count","dataType":"int"},
           "s!AMOUNT":{"label":"Sum of Amount","dataType":"currency"}},
         "detailColumnInfo":{
           "OPPORTUNITY_NAME":{"label":"Opportunity Name","dataType":"string"},
           "AMOUNT":{"label":"Amount","dataType":"currency"}},
         "groupingColumnInfo":{
           "TYPE":{"label":"Type","dataType":"picklist","groupingLevel":0},
           "STAGE_NAME":{"label":"Stage","dataType":"picklist","groupingLevel":1},
           "CLOSE_DATE":{"label":"Close Date","dataType":"date","groupingLevel":0},
           "LEAD_SOURCE":{"label":"Lead Source","dataType":"picklist","groupingLevel":1}}}}
      """;

  /**
   * A tabular report run with details: three opportunities, one without an amount; the only fact
   * is T!T.
   */
  static final String TABULAR_RUN =
      """
      {"attributes":{"type":"Report","reportId":"00OD0000001ZbP7MAK","reportName":"Open Opportunities",
         "describeUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/describe",
         "instancesUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances"},
       "allData":true,
       "hasDetailRows":true,
       "factMap":{
         "T!T":{"aggregates":[{"label":"3","value":3},{"label":"$135,000.00","value":135000}],
           "rows":[
             {"dataCells":[{"label":"Initech platform","value":"006D000000CvZ9VIAV"},
                           {"label":"Negotiation/Review","value":"Negotiation/Review"},
                           {"label":"$120,000.00","value":{"amount":120000,"currency":null}},
                           {"label":"90%","value":90},
                           {"label":"6/30/2026","value":"2026-06-30"}]},
             {"dataCells":[{"label":"Umbrella pilot","value":"006D000000CvZ9WIAV"},
                           {"label":"Prospecting","value":"Prospecting"},
                           {"label":"$15,000.00","value":{"amount":15000,"currency":null}},
                           {"label":"10%","value":10},
                           {"label":"7/1/2026","value":"2026-07-01"}]},
             {"dataCells":[{"label":"Hooli exploration","value":"006D000000CvZ9XIAV"},
                           {"label":"Qualification","value":"Qualification"},
                           {"label":"-","value":null},
                           {"label":"10%","value":10},
                           {"label":"8/14/2026","value":"2026-08-14"}]}]}},
       "groupingsDown":{"groupings":[]},
       "groupingsAcross":{"groupings":[]},
       "reportMetadata":{
         "id":"00OD0000001ZbP7MAK",
         "name":"Open Opportunities",
         "developerName":"Open_Opportunities",
         "reportFormat":"TABULAR",
         "reportType":{"type":"Opportunity","label":"Opportunities"},
         "detailColumns":["OPPORTUNITY_NAME","STAGE_NAME","AMOUNT","PROBABILITY","CLOSE_DATE"],
         "groupingsDown":[],
         "groupingsAcross":[],
         "aggregates":["RowCount","s!AMOUNT"],
         "reportFilters":[{"column":"STAGE_NAME","operator":"notEqual","value":"Closed Won,Closed Lost"}],
         "standardFilters":[],
         "scope":"user",
         "hasDetailRows":true,
         "showGrandTotal":true,
         "showSubtotals":false,
         "sortBy":[{"sortColumn":"AMOUNT","sortOrder":"Desc"}],
         "topRows":{"rowLimit":25,"direction":"Desc"},
         "currency":"USD"},
       "reportExtendedMetadata":{
         "aggregateColumnInfo":{
           "RowCount":{"label":"Record Count","dataType":"int"},
           "s!AMOUNT":{"label":"Sum of Amount","dataType":"currency"}},
         "detailColumnInfo":{
           "OPPORTUNITY_NAME":{"label":"Opportunity Name","dataType":"string"},
           "STAGE_NAME":{"label":"Stage","dataType":"picklist"},
           "AMOUNT":{"label":"Amount","dataType":"currency"},
           "PROBABILITY":{"label":"Probability (%)","dataType":"percent"},
           "CLOSE_DATE":{"label":"Close Date","dataType":"date"}},
         "groupingColumnInfo":{}}}
      """;
}
