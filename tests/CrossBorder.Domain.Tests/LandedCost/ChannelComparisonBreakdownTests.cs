using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.LandedCost;

/// <summary>
/// Every part, note and reason of a channel comparison, worked by hand, and the recommendation on both sides of each boundary
/// (units at the threshold, equal channel costs, direct cheaper or dearer than the chosen channel).
/// </summary>
public class ChannelComparisonBreakdownTests
{
    private static Money Eur(decimal a) => Money.Of(a, Currency.EUR);

    // FBA: 4.10 first leg + 0.30 placement + 0.25 × 2 months storage + 3.20 fee = 8.10 per unit.
    private static readonly FbaOption Fba = new(Eur(4.10m), Eur(0.30m), Eur(0.25m), new FixedFulfilmentFee(Eur(3.20m)));

    // 3PL: 4.10 + 0.25 receiving + 20.00/m³/month × (0.06 m³ × 2 months) = 2.40 + 1.10 pick and pack + 3.90 last mile = 11.75.
    private static readonly WarehouseOption Warehouse = new(Eur(4.10m), Eur(0.25m), Eur(20.00m), Eur(1.10m), Eur(3.90m));

    // 3PL costing exactly what FBA costs: 4.10 + 0.25 + 0 storage + 1.10 + 2.65 = 8.10.
    private static readonly WarehouseOption WarehouseAsDearAsFba = new(Eur(4.10m), Eur(0.25m), Eur(0m), Eur(1.10m), Eur(2.65m));

    // 3PL cheaper than FBA: 4.10 + 0.25 + 0 + 1.10 + 1.00 = 6.45.
    private static readonly WarehouseOption CheapWarehouse = new(Eur(4.10m), Eur(0.25m), Eur(0m), Eur(1.10m), Eur(1.00m));

    // 50 × 40 × 30 cm = 0.06 m³; threshold written 30.0 so that a format without "0.####" would print "30.0".
    private static ChannelComparisonRequest Request(decimal monthlyUnits, FbaOption? fba, WarehouseOption? warehouse, DirectParcelOption? direct) => new(
        "LAMP-1", MarketplaceId.Parse("amazon-de"), Dimensions.Of(50, 40, 30, LengthUnit.Centimetre), Mass.FromKilograms(2), new LocalDate(2026, 11, 25),
        monthlyUnits, steadySellerThreshold: 30.0m, monthsOfCover: 2, fba, warehouse, direct);

    private static string Steady(decimal units, FulfilmentChannel channel, string perUnit) =>
        $"steady seller ({units} units/month ≥ 30): pre-stock overseas in the cheaper pre-stocked channel, {channel.Name} at {perUnit} per unit";

    [Fact]
    public void Every_part_and_note_is_named()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(120, Fba, Warehouse, new DirectParcelOption(Eur(9.60m), DeliveredDutyPaid: true)));
        Assert.Equal(3, r.Costs.Count);

        ChannelCost fba = r.Costs[0];
        Assert.Equal(FulfilmentChannel.Fba, fba.Channel);
        Assert.Equal(
            new[]
            {
                new KeyValuePair<string, Money>("first leg, landed per unit", Eur(4.10m)),
                new KeyValuePair<string, Money>("inbound placement per unit", Eur(0.30m)),
                new KeyValuePair<string, Money>("storage per unit (2 months)", Eur(0.50m)),
                new KeyValuePair<string, Money>("fulfilment fee", Eur(3.20m)),
            },
            fba.Parts);
        Assert.Equal("marketplace fulfilment fee from FixedFulfilmentFee", fba.Note);
        Assert.Equal(Eur(8.10m), fba.PerUnit);

        ChannelCost wh = r.Costs[1];
        Assert.Equal(FulfilmentChannel.OverseasWarehouse, wh.Channel);
        Assert.Equal(
            new[]
            {
                new KeyValuePair<string, Money>("first leg, landed per unit", Eur(4.10m)),
                new KeyValuePair<string, Money>("inbound receiving per unit", Eur(0.25m)),
                new KeyValuePair<string, Money>("storage 0.06 m³ × 2 months", Eur(2.40m)),
                new KeyValuePair<string, Money>("pick and pack", Eur(1.10m)),
                new KeyValuePair<string, Money>("last mile", Eur(3.90m)),
            },
            wh.Parts);
        Assert.Equal("3PL tariff as given", wh.Note);
        Assert.Equal(Eur(11.75m), wh.PerUnit);

        ChannelCost direct = r.Costs[2];
        Assert.Equal(FulfilmentChannel.DirectParcel, direct.Channel);
        Assert.Equal(new[] { new KeyValuePair<string, Money>("goods, parcel freight, duties and import VAT (DDP)", Eur(9.60m)) }, direct.Parts);
        Assert.Equal("DDP: the seller pays duty and import VAT", direct.Note);

        // Direct parcels (9.60) cost more than FBA (8.10): no remark about them.
        Assert.Equal(FulfilmentChannel.Fba, r.Recommended);
        Assert.Equal(Steady(120, FulfilmentChannel.Fba, "EUR 8.10"), r.Reason);
    }

    [Fact]
    public void Delivered_duty_unpaid_parcels_are_named_so_and_a_cheaper_direct_route_is_mentioned()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(120, Fba, null, new DirectParcelOption(Eur(5.00m), DeliveredDutyPaid: false)));
        ChannelCost direct = r.Costs[1];
        Assert.Equal(new[] { new KeyValuePair<string, Money>("goods, parcel freight (DDU)", Eur(5.00m)) }, direct.Parts);
        Assert.Equal("DDU: the buyer pays duty and import VAT at the door (conversion risk not priced)", direct.Note);
        Assert.Equal(FulfilmentChannel.Fba, r.Recommended);
        Assert.Equal(Steady(120, FulfilmentChannel.Fba, "EUR 8.10") + " (direct parcels cost EUR 5.00, less, but are slower to deliver)", r.Reason);
    }

    [Fact]
    public void Direct_parcels_costing_the_same_are_not_called_cheaper()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(120, Fba, null, new DirectParcelOption(Eur(8.10m), DeliveredDutyPaid: true)));
        Assert.Equal(Steady(120, FulfilmentChannel.Fba, "EUR 8.10"), r.Reason);
    }

    [Fact]
    public void Units_exactly_at_the_threshold_make_a_steady_seller()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(30, Fba, null, new DirectParcelOption(Eur(5.00m), DeliveredDutyPaid: true)));
        Assert.Equal(FulfilmentChannel.Fba, r.Recommended);
        ChannelRecommendation below = ChannelComparison.Compare(Request(29.5m, Fba, null, new DirectParcelOption(Eur(5.00m), DeliveredDutyPaid: true)));
        Assert.Equal(FulfilmentChannel.DirectParcel, below.Recommended);
        Assert.Equal("new or long-tail product (29.5 units/month < 30): ship direct from origin at EUR 5.00 per unit; no capital tied in overseas stock", below.Reason);
    }

    [Fact]
    public void Equal_pre_stocked_channels_keep_the_first_one()
    {
        ChannelRecommendation steady = ChannelComparison.Compare(Request(120, Fba, WarehouseAsDearAsFba, null));
        Assert.Equal(FulfilmentChannel.Fba, steady.Recommended);
        ChannelRecommendation tail = ChannelComparison.Compare(Request(5, Fba, WarehouseAsDearAsFba, null));
        Assert.Equal(FulfilmentChannel.Fba, tail.Recommended);
    }

    [Fact]
    public void Steady_seller_takes_the_cheaper_warehouse()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(120, Fba, CheapWarehouse, null));
        Assert.Equal(FulfilmentChannel.OverseasWarehouse, r.Recommended);
        // The storage part is EUR 0 × 0.120 m³-months = EUR 0.000 (the volume carries three decimals), so the sum prints 6.450.
        Assert.Equal(Steady(120, FulfilmentChannel.OverseasWarehouse, "EUR 6.450"), r.Reason);
    }

    [Fact]
    public void Long_tail_without_direct_parcels_takes_the_cheapest_available_channel()
    {
        ChannelRecommendation fbaCheaper = ChannelComparison.Compare(Request(5, Fba, Warehouse, null));
        Assert.Equal(FulfilmentChannel.Fba, fbaCheaper.Recommended);
        Assert.Equal($"only the cheapest available channel fits: {FulfilmentChannel.Fba.Name} at EUR 8.10 per unit (5 units/month)", fbaCheaper.Reason);

        ChannelRecommendation warehouseCheaper = ChannelComparison.Compare(Request(5, Fba, CheapWarehouse, null));
        Assert.Equal(FulfilmentChannel.OverseasWarehouse, warehouseCheaper.Recommended);
    }

    [Fact]
    public void Steady_seller_with_only_direct_parcels_takes_them_as_the_only_channel()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(120, null, null, new DirectParcelOption(Eur(9.60m), DeliveredDutyPaid: true)));
        Assert.Equal(FulfilmentChannel.DirectParcel, r.Recommended);
        Assert.Equal($"only the cheapest available channel fits: {FulfilmentChannel.DirectParcel.Name} at EUR 9.60 per unit (120 units/month)", r.Reason);
    }

    [Theory]
    [InlineData(null, "")]                  // only direct parcels: nothing to compare with
    [InlineData(8.10, "")]                  // pre-stocking costs the same: not mentioned
    [InlineData(12.00, "")]                 // pre-stocking costs more: not mentioned
    [InlineData(7.00, " (pre-stocking in Fba would cost EUR 7.00 per unit once volume justifies it)")]
    public void Long_tail_mentions_pre_stocking_only_when_it_is_cheaper(double? fbaPerUnit, string suffix)
    {
        // FBA per unit = first leg + 0.30 + 0.25 × 2 + 3.20 = first leg + 4.00, so the first leg is fbaPerUnit − 4.00.
        FbaOption? fba = fbaPerUnit is { } p ? Fba with { FirstLegLandedPerUnit = Eur((decimal)p - 4.00m) } : null;
        ChannelRecommendation r = ChannelComparison.Compare(Request(5, fba, null, new DirectParcelOption(Eur(8.10m), DeliveredDutyPaid: true)));
        Assert.Equal(FulfilmentChannel.DirectParcel, r.Recommended);
        Assert.Equal("new or long-tail product (5 units/month < 30): ship direct from origin at EUR 8.10 per unit; no capital tied in overseas stock" + suffix, r.Reason);
    }

    [Fact]
    public void Channels_in_different_currencies_are_rejected()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => ChannelComparison.Compare(Request(5, Fba, null, new DirectParcelOption(Money.Of(9m, Currency.USD), DeliveredDutyPaid: true))));
        Assert.Equal("request", ex.ParamName);
    }

    [Fact]
    public void A_request_without_channels_says_which_channels_it_needs()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChannelComparison.Compare(Request(5, null, null, null)));
        Assert.Equal("request", ex.ParamName);
        Assert.Contains("no channel to compare", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Fba, Warehouse or Direct", ex.Message, StringComparison.Ordinal);
    }
}
