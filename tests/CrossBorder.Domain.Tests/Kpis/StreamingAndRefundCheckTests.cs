using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

public class StreamingAndRefundCheckTests
{
    private static readonly WorkedLedger Ledger = new();

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> rows)
    {
        foreach (T row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    [Fact]
    public async Task Async_streams_enumerables_and_spans_give_the_same_report()
    {
        KpiQuery query = Ledger.Query(KpiDimensions.Marketplace);
        var streamed = new KpiAggregation(query);
        await streamed.AddRangeAsync(Stream(Ledger.OrderLines));
        await streamed.AddRangeAsync(Stream(Ledger.Refunds));
        streamed.AddRange(Ledger.Fees.AsEnumerable());
        streamed.Add<AdvertisingDay>(Ledger.Advertising.AsSpan());
        streamed.Add<InventorySnapshot>(Ledger.Inventory);
        streamed.Add<Review>(Ledger.Reviews);
        streamed.Add<TrafficDay>(Ledger.Traffic);
        Assert.True(KpiPropertyTests.SameReport(streamed.ToReport(), KpiEngine.Aggregate(query, Ledger.Data, 2)));
    }

    [Fact]
    public void Refunds_larger_than_their_order_are_reported_with_the_reason()
    {
        // O3 charged USD 60.00 for 3 MUG; a refund of 4 units, and one of USD 70.00, exceed it; O9 does not exist.
        var refunds = new[]
        {
            new Refund("O3", Instant.FromUtc(2026, 3, 20, 0, 0), Ledger.Us, Ledger.Mug, 1, Money.Of(20m, "USD"), Money.Of(0m, "USD")),
            new Refund("O3", Instant.FromUtc(2026, 3, 21, 0, 0), Ledger.Us, Ledger.Mug, 3, Money.Of(20m, "USD"), Money.Of(0m, "USD")),
            new Refund("O2", Instant.FromUtc(2026, 3, 21, 0, 0), Ledger.Us, Ledger.Mug, 1, Money.Of(19m, "USD"), Money.Of(0m, "USD")),
            new Refund("O9", Instant.FromUtc(2026, 3, 21, 0, 0), Ledger.Us, Ledger.Mug, 1, Money.Of(1m, "USD"), Money.Of(0m, "USD")),
        };
        IReadOnlyList<RefundProblem> problems = RefundCheck.FindExcessive(Ledger.OrderLines, refunds);
        Assert.Equal(new[] { 1, 2, 3 }, problems.Select(p => p.Index));
        Assert.Equal("4 units refunded of 3 ordered", problems[0].Reason);
        Assert.Equal("USD 19.00 refunded of USD 18.00 charged", problems[1].Reason); // O2: 20.00 − 2.00 discount
        Assert.Contains("no order line", problems[2].Reason, StringComparison.Ordinal);
    }
}
