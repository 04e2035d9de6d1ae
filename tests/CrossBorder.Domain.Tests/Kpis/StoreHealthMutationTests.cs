using System.Globalization;
using System.Text;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>Store health, health targets and the morning checklist: boundaries, texts and argument checks (round-6 survivors).</summary>
[UseCulture("tr-TR")]
public class StoreHealthMutationTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 24);
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly EffectivePeriod Always = new(new LocalDate(2019, 1, 1), null);
    private static readonly Source Mine = Source.UserSupplied("internal policy", new LocalDate(2026, 1, 1));
    private readonly LedgerKeys keys = new();
    private readonly MarketplaceKey de;
    private readonly MarketplaceKey uk;
    private readonly SkuKey sku;

    public StoreHealthMutationTests()
    {
        de = keys.Marketplace("amazon-de");
        uk = keys.Marketplace("amazon-uk");
        sku = keys.Sku("MUG");
    }

    private OrderLine Order(string id, LocalDate day, MarketplaceKey? market = null, int line = 1, FulfilledBy channel = FulfilledBy.Merchant) =>
        new(id, line, day.At(new LocalTime(12, 0)).InZoneLeniently(Berlin).ToInstant(), market ?? de, sku, 1, Money.Of(10m, "EUR"), Money.Of(0m, "EUR"), Money.Of(1.90m, "EUR"), Money.Of(1.50m, "EUR"), channel);

    private IEnumerable<OrderLine> Orders(int count, string prefix = "O", MarketplaceKey? market = null) =>
        Enumerable.Range(0, count).Select(i => Order(prefix + i.ToString("D4", CultureInfo.InvariantCulture), AsOf.PlusDays(-(i % 7)), market));

    private static HealthTarget Target(HealthMetric metric, int window, decimal limit, bool below) =>
        new("amazon", metric, window, Percentage.FromFraction(limit), below, Always, Mine);

    private static HealthTargets Only(params HealthTarget[] targets) =>
        HealthTargets.Parse(Document("""{ "platform": "ebay", "metric": "orderDefectRate", "windowDays": 60, "limit": 0.01, "mustStay": "below", "validFrom": "2019-01-01", "validTo": null, "source": "s" }""")).Override(targets);

    private static string Document(params string[] records) =>
        """{ "table": "store-health-targets", "version": "2026.11.25", "key": ["platform","metric","windowDays"], "sources": { "s": { "title": "Test source", "address": "https://example.org", "retrieved": "2026-11-25", "kind": "secondary" } }, "records": [ """
        + string.Join(", ", records) + " ] }";

    private static string Record(string metric = "\"orderDefectRate\"", string window = "60", string limit = "0.01", string mustStay = "\"below\"", string platform = "\"amazon\"")
    {
        var fields = new List<string>();
        if (platform.Length > 0) fields.Add("\"platform\": " + platform);
        if (metric.Length > 0) fields.Add("\"metric\": " + metric);
        if (window.Length > 0) fields.Add("\"windowDays\": " + window);
        if (limit.Length > 0) fields.Add("\"limit\": " + limit);
        if (mustStay.Length > 0) fields.Add("\"mustStay\": " + mustStay);
        fields.Add("\"validFrom\": \"2019-01-01\", \"validTo\": null, \"source\": \"s\"");
        return "{ " + string.Join(", ", fields) + " }";
    }

    // ---------------- AlertRule ----------------

    [Fact]
    public void Alert_rule_checks_kind_and_threshold_with_messages()
    {
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => new AlertRule("x", (AlertKind)4));
        Assert.Equal("kind", kind.ParamName);
        var negativeKind = Assert.Throws<ArgumentOutOfRangeException>(() => new AlertRule("x", (AlertKind)(-1)));
        Assert.Equal("kind", negativeKind.ParamName);

        var missing = Assert.Throws<ArgumentException>(() => new AlertRule("x", AlertKind.DaysOfCoverBelowLeadTime));
        Assert.Equal("threshold", missing.ParamName);
        Assert.Contains("threshold is missing; DaysOfCoverBelowLeadTime needs one (lead time in days, or the return-rate norm as a fraction).", missing.Message, StringComparison.Ordinal);
        var missingNorm = Assert.Throws<ArgumentException>(() => new AlertRule("x", AlertKind.ReturnRateAboveNorm));
        Assert.Contains("threshold is missing; ReturnRateAboveNorm needs one", missingNorm.Message, StringComparison.Ordinal);

        var given = Assert.Throws<ArgumentException>(() => new AlertRule("x", AlertKind.HealthMetricNotHealthy, 3m));
        Assert.Equal("threshold", given.ParamName);
        Assert.Contains("threshold is given but HealthMetricNotHealthy takes none.", given.Message, StringComparison.Ordinal);
        var givenAcos = Assert.Throws<ArgumentException>(() => new AlertRule("x", AlertKind.AcosAboveBreakEven, 0.3m));
        Assert.Contains("threshold is given but AcosAboveBreakEven takes none.", givenAcos.Message, StringComparison.Ordinal);

        Assert.Equal(45m, new AlertRule("Sea", AlertKind.DaysOfCoverBelowLeadTime, 45m).Threshold);
        Assert.Null(new AlertRule("Health", AlertKind.HealthMetricNotHealthy).Threshold);
    }

    // ---------------- HealthIssue ----------------

    [Fact]
    public void Health_issue_prints_order_and_reason()
    {
        Assert.Equal("O-1 (shipped 2 days late)", new HealthIssue("O-1", "shipped 2 days late").ToString());
    }

    // ---------------- HealthTarget ----------------

    [Fact]
    public void Health_target_checks_metric_and_limit()
    {
        var metric = Assert.Throws<ArgumentOutOfRangeException>(() => Target((HealthMetric)5, 60, 0.01m, true));
        Assert.Equal("metric", metric.ParamName);
        Assert.Contains("5", metric.Message, StringComparison.Ordinal);
        Assert.Equal("metric", Assert.Throws<ArgumentOutOfRangeException>(() => Target((HealthMetric)(-1), 60, 0.01m, true)).ParamName);

        var over = Assert.Throws<ArgumentOutOfRangeException>(() => Target(HealthMetric.OrderDefectRate, 60, 1.5m, true));
        Assert.Equal("limit", over.ParamName);
        var under = Assert.Throws<ArgumentOutOfRangeException>(() => Target(HealthMetric.OrderDefectRate, 60, -0.01m, true));
        Assert.Equal("limit", under.ParamName);

        Assert.Equal(1m, Target(HealthMetric.ValidTrackingRate, 30, 1m, false).Limit.Fraction);
        Assert.Equal(HealthMetric.OnTimeDeliveryRate, Target(HealthMetric.OnTimeDeliveryRate, 14, 0m, false).Metric);
    }

    [Fact]
    public void Health_target_key_and_text()
    {
        HealthTarget odr = Target(HealthMetric.OrderDefectRate, 60, 0.01m, true);
        Assert.Equal("amazon/OrderDefectRate/60", odr.Key);
        Assert.Equal("below 1% over 60 days", odr.ToString());
        HealthTarget vtr = Target(HealthMetric.ValidTrackingRate, 30, 0.95m, false);
        Assert.Equal("amazon/ValidTrackingRate/30", vtr.Key);
        Assert.Equal("above 95% over 30 days", vtr.ToString());
    }

    // ---------------- HealthTargets readers ----------------

    [Theory]
    [InlineData("orderDefectRate", HealthMetric.OrderDefectRate)]
    [InlineData("lateShipmentRate", HealthMetric.LateShipmentRate)]
    [InlineData("preFulfilmentCancelRate", HealthMetric.PreFulfilmentCancelRate)]
    [InlineData("validTrackingRate", HealthMetric.ValidTrackingRate)]
    [InlineData("onTimeDeliveryRate", HealthMetric.OnTimeDeliveryRate)]
    public void Every_metric_name_is_read(string name, HealthMetric metric)
    {
        HealthTarget target = Assert.Single(HealthTargets.Parse(Document(Record(metric: "\"" + name + "\""))).For("amazon", AsOf));
        Assert.Equal(metric, target.Metric);
        Assert.Equal("amazon/" + metric + "/60", target.Key);
    }

    [Fact]
    public void Must_stay_below_or_above_and_a_one_day_window_are_read()
    {
        HealthTarget below = Assert.Single(HealthTargets.Parse(Document(Record(window: "1"))).For("amazon", AsOf));
        Assert.True(below.MustStayBelow);
        Assert.Equal(1, below.WindowDays);
        Assert.Equal(0.01m, below.Limit.Fraction);
        HealthTarget above = Assert.Single(HealthTargets.Parse(Document(Record(mustStay: "\"above\"", limit: "0.95"))).For("amazon", AsOf));
        Assert.False(above.MustStayBelow);
        Assert.Equal("Test source", above.Source.Title);
    }

    [Fact]
    public void Unknown_metric_and_direction_are_problems_with_the_value_and_what_is_allowed()
    {
        var metric = Assert.Throws<DataValidationException>(() => HealthTargets.Parse(Document(Record(metric: "\"returnRate\""))));
        Assert.Equal("json", metric.ParamName);
        Assert.Contains("'returnRate' is not a health metric; use orderDefectRate, lateShipmentRate, preFulfilmentCancelRate, validTrackingRate or onTimeDeliveryRate.", metric.Message, StringComparison.Ordinal);
        Assert.Contains(metric.Problems, p => p.Message.Contains("returnRate", StringComparison.Ordinal));

        var direction = Assert.Throws<DataValidationException>(() => HealthTargets.Parse(Document(Record(mustStay: "\"sideways\""))));
        Assert.Contains("'sideways' must be 'below' or 'above'.", direction.Message, StringComparison.Ordinal);
        // An empty direction is refused too (not read as "below").
        Assert.Throws<DataValidationException>(() => HealthTargets.Parse(Document(Record(mustStay: "\"\""))));

        var window = Assert.Throws<DataValidationException>(() => HealthTargets.Parse(Document(Record(window: "0"))));
        Assert.Contains("0 is shorter than a day; a window is at least 1 day.", window.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("metric")]
    [InlineData("windowDays")]
    [InlineData("limit")]
    [InlineData("mustStay")]
    public void A_missing_field_is_a_data_problem_not_a_crash(string field)
    {
        string record = Record(
            metric: field == "metric" ? "" : "\"orderDefectRate\"",
            window: field == "windowDays" ? "" : "60",
            limit: field == "limit" ? "" : "0.01",
            mustStay: field == "mustStay" ? "" : "\"below\"",
            platform: field == "platform" ? "" : "\"amazon\"");
        var ex = Assert.Throws<DataValidationException>(() => HealthTargets.Parse(Document(record)));
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        // Only the missing field is reported: the record is not read further (no second problem, no crash on a null value).
        Assert.Single(ex.Problems);
    }

    [Fact]
    public void Every_problem_of_a_document_is_listed_together()
    {
        string json = Document(Record(metric: "\"bogus\""), Record(mustStay: "\"sideways\"", window: "30"));
        var parsed = Assert.Throws<DataValidationException>(() => HealthTargets.Parse(json));
        Assert.Contains("bogus", parsed.Message, StringComparison.Ordinal);
        Assert.Contains("sideways", parsed.Message, StringComparison.Ordinal);

        string badDocument = Document(Record(metric: "\"bogus\"")).Replace("\"version\": \"2026.11.25\", ", "", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(badDocument));
        var loaded = Assert.Throws<DataValidationException>(() => HealthTargets.Load(stream));
        Assert.Equal("utf8Json", loaded.ParamName);
        Assert.Contains("bogus", loaded.Message, StringComparison.Ordinal);
        Assert.True(loaded.Problems.Count >= 2);

        var parsedNoVersion = Assert.Throws<DataValidationException>(() => HealthTargets.Parse(badDocument));
        Assert.Contains("bogus", parsedNoVersion.Message, StringComparison.Ordinal);
        Assert.True(parsedNoVersion.Problems.Count >= 2);

        using var good = new MemoryStream(Encoding.UTF8.GetBytes(Document(Record())));
        Assert.Single(HealthTargets.Load(good).For("amazon", AsOf));
    }

    // ---------------- StoreHealth: arguments and filtering ----------------

    [Fact]
    public void Evaluate_names_a_null_argument()
    {
        var data = new StoreHealthData();
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => StoreHealth.Evaluate(null!, keys, de, Berlin, AsOf)).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentNullException>(() => StoreHealth.Evaluate(data, null!, de, Berlin, AsOf)).ParamName);
        Assert.Equal("timeZone", Assert.Throws<ArgumentNullException>(() => StoreHealth.Evaluate(data, keys, de, null!, AsOf)).ParamName);
    }

    [Fact]
    public void Given_targets_are_used_instead_of_the_default()
    {
        StoreHealthReport report = StoreHealth.Evaluate(new StoreHealthData { Orders = Orders(10) }, keys, de, Berlin, AsOf, Only(Target(HealthMetric.OrderDefectRate, 60, 0.01m, true)));
        HealthMetricResult odr = Assert.Single(report.Metrics);
        Assert.Equal("Test source", Assert.Single(HealthTargets.Parse(Document(Record())).For("amazon", AsOf)).Source.Title);
        Assert.Equal("internal policy", odr.Target.Source.Title);
        Assert.Null(report.Find(HealthMetric.LateShipmentRate));
        Assert.Null(report.Find(HealthMetric.OnTimeDeliveryRate));
        Assert.Equal(HealthStatus.AtRisk, report.Status); // 0 of 10; one more defect: 1 / 11 ≥ 1%
        // Default: every amazon target.
        Assert.Equal(6, StoreHealth.Evaluate(new StoreHealthData(), keys, de, Berlin, AsOf).Metrics.Count); // ODR, LSR 10 and 30, PCR, VTR, OTDR
    }

    [Fact]
    public void Only_the_first_line_of_the_marketplaces_orders_is_counted()
    {
        var data = new StoreHealthData
        {
            Orders = Orders(50).Concat(Orders(40, "UK", uk)).Append(Order("O0000", AsOf, line: 2)).Append(Order("X2", AsOf, line: 2)),
        };
        HealthMetricResult odr = StoreHealth.Evaluate(data, keys, de, Berlin, AsOf).Find(HealthMetric.OrderDefectRate)!;
        Assert.Equal(50, odr.OutOf);
    }

    [Fact]
    public void A_platform_without_targets_has_no_data()
    {
        MarketplaceKey ebay = keys.Marketplace("ebay-uk");
        StoreHealthReport report = StoreHealth.Evaluate(new StoreHealthData(), keys, ebay, Berlin, AsOf);
        Assert.Empty(report.Metrics);
        Assert.Equal(HealthStatus.NoData, report.Status);
        Assert.Null(report.Find(HealthMetric.OrderDefectRate));
    }

    [Fact]
    public void Find_returns_the_shortest_window()
    {
        StoreHealthReport report = StoreHealth.Evaluate(new StoreHealthData(), keys, de, Berlin, AsOf);
        Assert.Equal(10, report.Find(HealthMetric.LateShipmentRate)!.Target.WindowDays);
        StoreHealthReport reversed = StoreHealth.Evaluate(new StoreHealthData(), keys, de, Berlin, AsOf,
            Only(Target(HealthMetric.LateShipmentRate, 30, 0.04m, true), Target(HealthMetric.LateShipmentRate, 10, 0.04m, true)));
        Assert.Equal(10, reversed.Find(HealthMetric.LateShipmentRate)!.Target.WindowDays);
    }

    // ---------------- StoreHealth: reasons ----------------

    [Fact]
    public void Defect_reasons_name_the_claim_kind_and_status_and_issues_are_sorted()
    {
        var data = new StoreHealthData
        {
            Orders = new[] { Order("Z9", AsOf), Order("B2", AsOf), Order("A1", AsOf) },
            Claims = new[]
            {
                new Claim("Z9", de, ClaimKind.Chargeback, ClaimStatus.Open),
                new Claim("A1", de, ClaimKind.AToZGuarantee, ClaimStatus.Granted),
                new Claim("B2", de, ClaimKind.Chargeback, ClaimStatus.Granted),
            },
        };
        HealthMetricResult odr = StoreHealth.Evaluate(data, keys, de, Berlin, AsOf).Find(HealthMetric.OrderDefectRate)!;
        Assert.Equal(new[] { "A1", "B2", "Z9" }, odr.Issues.Select(i => i.OrderId));
        Assert.Equal("A-to-z claim granted", odr.Issues[0].Reason);
        Assert.Equal("chargeback granted", odr.Issues[1].Reason);
        Assert.Equal("chargeback open", odr.Issues[2].Reason);
    }

    [Fact]
    public void Seller_cancellations_are_issues_with_their_reason()
    {
        var data = new StoreHealthData
        {
            Orders = new[] { Order("C2", AsOf), Order("C1", AsOf), Order("C3", AsOf) },
            Cancellations = new[] { new Cancellation("C2", de, CancellationInitiator.Seller), new Cancellation("C1", de, CancellationInitiator.Seller) },
        };
        HealthMetricResult pcr = StoreHealth.Evaluate(data, keys, de, Berlin, AsOf).Find(HealthMetric.PreFulfilmentCancelRate)!;
        Assert.Equal(2, pcr.Count);
        Assert.Equal(3, pcr.OutOf);
        Assert.Equal(new[] { "C1", "C2" }, pcr.Issues.Select(i => i.OrderId));
        Assert.All(pcr.Issues, i => Assert.Equal("cancelled by the seller before shipment", i.Reason));
    }

    [Fact]
    public void Unshipped_orders_count_late_only_once_due_before_as_of()
    {
        var data = new StoreHealthData
        {
            Shipments = new[]
            {
                new OrderShipment("U1", de, AsOf.PlusDays(-1), null, validTracking: false), // due yesterday, not shipped: late
                new OrderShipment("U2", de, AsOf, null, validTracking: false),              // due today: not yet due
                new OrderShipment("U3", de, AsOf.PlusDays(1), null, validTracking: false),  // due tomorrow: outside the window
                new OrderShipment("S1", de, AsOf.PlusDays(-3), AsOf.PlusDays(-2), validTracking: true),
                new OrderShipment("S2", de, AsOf.PlusDays(-4), AsOf.PlusDays(-2), validTracking: true),
                new OrderShipment("S3", de, AsOf, AsOf, validTracking: true),
            },
        };
        HealthMetricResult lsr = StoreHealth.Evaluate(data, keys, de, Berlin, AsOf).Find(HealthMetric.LateShipmentRate)!;
        Assert.Equal(3, lsr.Count);
        Assert.Equal(4, lsr.OutOf); // U1, S1, S2, S3
        Assert.Equal(new[] { "S1", "S2", "U1" }, lsr.Issues.Select(i => i.OrderId));
        Assert.Equal("ship-confirmed 1 day late (due 2026-11-21)", lsr.Issues[0].Reason);
        Assert.Equal("ship-confirmed 2 days late (due 2026-11-20)", lsr.Issues[1].Reason);
        Assert.Equal("not ship-confirmed, due 2026-11-23", lsr.Issues[2].Reason);
    }

    [Fact]
    public void Shipments_without_valid_tracking_are_issues()
    {
        var data = new StoreHealthData
        {
            Shipments = new[]
            {
                new OrderShipment("T2", de, AsOf.PlusDays(-2), AsOf.PlusDays(-2), validTracking: false),
                new OrderShipment("T1", de, AsOf.PlusDays(-3), AsOf.PlusDays(-3), validTracking: false),
                new OrderShipment("T3", de, AsOf.PlusDays(-3), AsOf.PlusDays(-3), validTracking: true),
            },
        };
        HealthMetricResult vtr = StoreHealth.Evaluate(data, keys, de, Berlin, AsOf).Find(HealthMetric.ValidTrackingRate)!;
        Assert.Equal(1, vtr.Count);
        Assert.Equal(3, vtr.OutOf);
        Assert.Equal(new[] { "T1", "T2" }, vtr.Issues.Select(i => i.OrderId));
        Assert.Equal("no valid tracking (shipped 2026-11-21)", vtr.Issues[0].Reason);
    }

    [Fact]
    public void On_time_delivery_counts_deliveries_promised_today_but_not_undelivered_ones()
    {
        LocalDate shipped = AsOf.PlusDays(-5);
        var data = new StoreHealthData
        {
            Shipments = new[]
            {
                new OrderShipment("D1", de, shipped, shipped, true, AsOf, AsOf),                          // promised today, delivered today: on time
                new OrderShipment("D2", de, shipped, shipped, true, AsOf, null),                          // promised today, not delivered: not yet due
                new OrderShipment("D3", de, shipped, shipped, true, AsOf.PlusDays(-3), AsOf.PlusDays(-2)), // 1 day late
                new OrderShipment("D4", de, shipped, shipped, true, AsOf.PlusDays(-4), AsOf.PlusDays(-1)), // 3 days late
                new OrderShipment("D5", de, shipped, shipped, true, AsOf.PlusDays(-1), null),             // promised yesterday, not delivered
            },
        };
        HealthMetricResult otdr = StoreHealth.Evaluate(data, keys, de, Berlin, AsOf).Find(HealthMetric.OnTimeDeliveryRate)!;
        Assert.Equal(1, otdr.Count);
        Assert.Equal(4, otdr.OutOf);
        Assert.Equal(new[] { "D3", "D4", "D5" }, otdr.Issues.Select(i => i.OrderId));
        Assert.Equal("delivered 1 day late (promised 2026-11-21)", otdr.Issues[0].Reason);
        Assert.Equal("delivered 3 days late (promised 2026-11-20)", otdr.Issues[1].Reason);
        Assert.Equal("not delivered, promised 2026-11-23", otdr.Issues[2].Reason);
    }

    // ---------------- StoreHealth: status boundaries ----------------

    [Theory]
    [InlineData(1, 100, HealthStatus.Failing)]   // 1% = limit: not under it
    [InlineData(0, 99, HealthStatus.AtRisk)]     // one more: 1 / 100 = 1% exactly
    [InlineData(0, 100, HealthStatus.Healthy)]   // one more: 1 / 101 < 1%
    [InlineData(1, 101, HealthStatus.AtRisk)]    // 0.99%; one more: 2 / 102 = 1.96%
    public void Must_stay_below_status_at_the_boundary(int count, int outOf, HealthStatus expected)
    {
        HealthTarget odr = Target(HealthMetric.OrderDefectRate, 60, 0.01m, true);
        Assert.Equal(expected, StoreHealth.StatusOf(odr, count, outOf));
    }

    [Fact]
    public void Must_stay_below_status_counts_one_more_order_in_the_denominator()
    {
        HealthTarget lsr = Target(HealthMetric.LateShipmentRate, 10, 0.04m, true);
        Assert.Equal(HealthStatus.AtRisk, StoreHealth.StatusOf(lsr, 3, 99));   // 4 / 100 = 4% exactly
        Assert.Equal(HealthStatus.Healthy, StoreHealth.StatusOf(lsr, 3, 100)); // 4 / 101 < 4% (4 / 99 would be above)
        Assert.Equal(HealthStatus.Failing, StoreHealth.StatusOf(lsr, 4, 100));
        Assert.Equal(HealthStatus.NoData, StoreHealth.StatusOf(lsr, 0, 0));
    }

    [Fact]
    public void Must_stay_above_status_at_the_boundary()
    {
        HealthTarget vtr = Target(HealthMetric.ValidTrackingRate, 30, 0.95m, false);
        Assert.Equal(HealthStatus.Failing, StoreHealth.StatusOf(vtr, 95, 100)); // 95% = limit: not above it
        Assert.Equal(HealthStatus.AtRisk, StoreHealth.StatusOf(vtr, 95, 99));   // 95.96%; one more bad: 95 / 100 = 95% exactly
        Assert.Equal(HealthStatus.Healthy, StoreHealth.StatusOf(vtr, 96, 100)); // 96%; one more bad: 96 / 101 = 95.05% > 95%
    }

    [Fact]
    public void Must_stay_above_status_healthy_when_one_more_bad_shipment_keeps_it_above()
    {
        HealthTarget vtr = Target(HealthMetric.ValidTrackingRate, 30, 0.95m, false);
        Assert.Equal(HealthStatus.Healthy, StoreHealth.StatusOf(vtr, 97, 100)); // 97 / 101 = 96.04% > 95%
        Assert.Equal(HealthStatus.AtRisk, StoreHealth.StatusOf(vtr, 2, 2));     // 100%; one more bad: 2 / 3 = 66.7%
        Assert.Equal(HealthStatus.NoData, StoreHealth.StatusOf(vtr, 0, 0));
    }

    [Fact]
    public void Status_of_metrics_through_evaluate()
    {
        // 99 merchant orders, none cancelled: one more cancelled order out of 100 → 1% < 2.5%: healthy; ODR: 1 / 100 = 1% → at risk.
        var data = new StoreHealthData { Orders = Orders(99) };
        StoreHealthReport report = StoreHealth.Evaluate(data, keys, de, Berlin, AsOf);
        Assert.Equal(HealthStatus.AtRisk, report.Find(HealthMetric.OrderDefectRate)!.Status);
        Assert.Equal(HealthStatus.Healthy, report.Find(HealthMetric.PreFulfilmentCancelRate)!.Status);
        Assert.Equal(HealthStatus.NoData, report.Find(HealthMetric.LateShipmentRate)!.Status);
        Assert.Equal(HealthStatus.AtRisk, report.Status);
    }

    // ---------------- Explanation ----------------

    [Fact]
    public void Explanation_lists_the_first_ten_orders_and_how_many_more()
    {
        HealthTargets odrOnly = Only(Target(HealthMetric.OrderDefectRate, 60, 0.01m, true));
        StoreHealthData Data(int defects) => new()
        {
            Orders = Orders(200),
            Feedback = Enumerable.Range(0, defects).Select(i => new SellerFeedback("O" + i.ToString("D4", CultureInfo.InvariantCulture), de, 1)).ToArray(),
        };

        HealthMetricResult eleven = Assert.Single(StoreHealth.Evaluate(Data(11), keys, de, Berlin, AsOf, odrOnly).Metrics);
        Assert.Contains("OrderDefectRate 5.5% (11 of 200, ", eleven.Explanation, StringComparison.Ordinal);
        Assert.Contains("target below 1% over 60 days — internal policy: Failing.", eleven.Explanation, StringComparison.Ordinal);
        Assert.Contains(" Orders: O0000 (negative feedback 1★), O0001 (negative feedback 1★), ", eleven.Explanation, StringComparison.Ordinal);
        Assert.Contains("O0009 (negative feedback 1★) and 1 more.", eleven.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("O0010", eleven.Explanation, StringComparison.Ordinal);
        Assert.Equal(eleven.Explanation, eleven.ToString());

        HealthMetricResult ten = Assert.Single(StoreHealth.Evaluate(Data(10), keys, de, Berlin, AsOf, odrOnly).Metrics);
        Assert.EndsWith("O0009 (negative feedback 1★).", ten.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("more", ten.Explanation, StringComparison.Ordinal);
        Assert.Contains("OrderDefectRate 5% (10 of 200, ", ten.Explanation, StringComparison.Ordinal);

        HealthMetricResult one = Assert.Single(StoreHealth.Evaluate(Data(1), keys, de, Berlin, AsOf, odrOnly).Metrics);
        Assert.EndsWith(": Healthy. Orders: O0000 (negative feedback 1★).", one.Explanation, StringComparison.Ordinal);

        HealthMetricResult none = Assert.Single(StoreHealth.Evaluate(Data(0), keys, de, Berlin, AsOf, odrOnly).Metrics);
        Assert.EndsWith(": Healthy.", none.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("Orders:", none.Explanation, StringComparison.Ordinal);
        Assert.Contains("OrderDefectRate 0% (0 of 200, ", none.Explanation, StringComparison.Ordinal);

        HealthMetricResult empty = Assert.Single(StoreHealth.Evaluate(new StoreHealthData(), keys, de, Berlin, AsOf, odrOnly).Metrics);
        Assert.StartsWith("OrderDefectRate undefined (0 of 0, ", empty.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_rounds_the_rate_to_two_decimals_with_a_percent_sign()
    {
        HealthTargets odrOnly = Only(Target(HealthMetric.OrderDefectRate, 60, 0.01m, true));
        var data = new StoreHealthData { Orders = Orders(300), Feedback = new[] { new SellerFeedback("O0000", de, 1) } };
        HealthMetricResult odr = Assert.Single(StoreHealth.Evaluate(data, keys, de, Berlin, AsOf, odrOnly).Metrics);
        Assert.StartsWith("OrderDefectRate 0.33% (1 of 300, ", odr.Explanation, StringComparison.Ordinal);
    }

    // ---------------- MorningChecklist ----------------

    private StoreHealthReport FailingAndAtRisk()
    {
        // ODR: 2 of 100 = 2% → failing (critical); VTR: 95 of 99 = 95.96%, one more bad 95 / 100 = 95% → at risk (warning).
        var shipments = Enumerable.Range(0, 99).Select(i => new OrderShipment("S" + i.ToString("D3", CultureInfo.InvariantCulture), de, AsOf.PlusDays(-2), AsOf.PlusDays(-2), validTracking: i < 95)).ToArray();
        var data = new StoreHealthData
        {
            Orders = Orders(100),
            Feedback = new[] { new SellerFeedback("O0000", de, 1), new SellerFeedback("O0001", de, 2) },
            Shipments = shipments,
        };
        return StoreHealth.Evaluate(data, keys, de, Berlin, AsOf, Only(Target(HealthMetric.OrderDefectRate, 60, 0.01m, true), Target(HealthMetric.ValidTrackingRate, 30, 0.95m, false)));
    }

    [Fact]
    public void Checklist_names_a_null_rule()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => MorningChecklist.Evaluate(new AlertRule[] { null! }, null));
        Assert.Equal("rules", ex.ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => MorningChecklist.Evaluate(null!, null)).ParamName);
    }

    [Fact]
    public void Health_alerts_are_critical_when_failing_warning_when_at_risk_critical_first_then_rule_order()
    {
        StoreHealthReport report = FailingAndAtRisk();
        Assert.Equal(HealthStatus.Failing, report.Find(HealthMetric.OrderDefectRate)!.Status);
        Assert.Equal(HealthStatus.AtRisk, report.Find(HealthMetric.ValidTrackingRate)!.Status);

        var b = new AlertRule("B health", AlertKind.HealthMetricNotHealthy);
        var a = new AlertRule("A health", AlertKind.HealthMetricNotHealthy);
        IReadOnlyList<Alert> alerts = MorningChecklist.Evaluate(new[] { b, a }, null, new[] { report });
        Assert.Equal(4, alerts.Count);
        Assert.Equal(
            new[] { "B health|Critical|amazon-de OrderDefectRate (60 days)", "A health|Critical|amazon-de OrderDefectRate (60 days)", "B health|Warning|amazon-de ValidTrackingRate (30 days)", "A health|Warning|amazon-de ValidTrackingRate (30 days)" },
            alerts.Select(x => x.Rule.Name + "|" + x.Severity + "|" + x.Subject));
        Assert.Equal("[Critical] amazon-de OrderDefectRate (60 days): " + report.Find(HealthMetric.OrderDefectRate)!.Explanation, alerts[0].ToString());
        Assert.StartsWith("[Warning] amazon-de ValidTrackingRate (30 days): ValidTrackingRate ", alerts[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Within_a_severity_alerts_follow_rule_order_before_subject()
    {
        // Each rule gives two warnings (VTR at risk from the first report, ODR at risk from the second): within a severity, the first
        // rule's alerts come before the second rule's, and within a rule they are ordered by subject.
        var vtrOnly = StoreHealth.Evaluate(
            new StoreHealthData { Shipments = Enumerable.Range(0, 99).Select(i => new OrderShipment("S" + i.ToString("D3", CultureInfo.InvariantCulture), de, AsOf.PlusDays(-2), AsOf.PlusDays(-2), validTracking: i < 95)).ToArray() },
            keys, de, Berlin, AsOf, Only(Target(HealthMetric.ValidTrackingRate, 30, 0.95m, false)));
        var odrOnly = StoreHealth.Evaluate(new StoreHealthData { Orders = Orders(99) }, keys, de, Berlin, AsOf, Only(Target(HealthMetric.OrderDefectRate, 60, 0.01m, true)));
        var first = new AlertRule("first", AlertKind.HealthMetricNotHealthy);
        var second = new AlertRule("second", AlertKind.HealthMetricNotHealthy);
        IReadOnlyList<Alert> one = MorningChecklist.Evaluate(new[] { first }, null, new[] { vtrOnly });
        Assert.Equal(AlertSeverity.Warning, Assert.Single(one).Severity);
        IReadOnlyList<Alert> alerts = MorningChecklist.Evaluate(new[] { first, second }, null, new[] { vtrOnly, odrOnly });
        Assert.Equal(
            new[] { "first|amazon-de OrderDefectRate (60 days)", "first|amazon-de ValidTrackingRate (30 days)", "second|amazon-de OrderDefectRate (60 days)", "second|amazon-de ValidTrackingRate (30 days)" },
            alerts.Select(x => x.Rule.Name + "|" + x.Subject));
    }
}
