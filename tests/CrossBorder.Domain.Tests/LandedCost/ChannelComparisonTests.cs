using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.LandedCost;

public class ChannelComparisonTests
{
    private static Money Eur(decimal a) => Money.Of(a, Currency.EUR);

    private static ChannelComparisonRequest Request(decimal monthlyUnits) => new(
        "TEE-BLK-M", MarketplaceId.Parse("amazon-de"), Dimensions.Of(30, 25, 3, LengthUnit.Centimetre), Mass.FromGrams(250), new LocalDate(2026, 11, 25),
        monthlyUnits, steadySellerThreshold: 30, monthsOfCover: 2,
        fba: new FbaOption(Eur(4.10m), Eur(0.30m), Eur(0.05m), new FixedFulfilmentFee(Eur(3.20m))),
        warehouse: new WarehouseOption(Eur(4.10m), Eur(0.25m), Eur(18m), Eur(1.10m), Eur(3.90m)),
        direct: new DirectParcelOption(Eur(9.60m), DeliveredDutyPaid: true));

    [Fact]
    public void Steady_seller_is_pre_stocked_in_the_cheaper_overseas_channel()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(120));
        ChannelCost fba = r.Costs.Single(c => c.Channel == FulfilmentChannel.Fba);
        Assert.Equal(Eur(4.10m + 0.30m + 0.10m + 3.20m), fba.PerUnit);
        ChannelCost wh = r.Costs.Single(c => c.Channel == FulfilmentChannel.OverseasWarehouse);
        Assert.Equal(Eur(4.10m + 0.25m + 18m * 0.00225m * 2 + 1.10m + 3.90m), wh.PerUnit); // 30×25×3 cm = 0.00225 m³
        Assert.Equal(FulfilmentChannel.Fba, r.Recommended);
        Assert.StartsWith("steady seller", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_tail_product_ships_direct_with_the_reason()
    {
        ChannelRecommendation r = ChannelComparison.Compare(Request(5));
        Assert.Equal(FulfilmentChannel.DirectParcel, r.Recommended);
        Assert.Contains("long-tail", r.Reason, StringComparison.Ordinal);
        Assert.Contains("would cost EUR 7.70", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_without_channels_is_rejected()
    {
        var empty = new ChannelComparisonRequest("X", MarketplaceId.Parse("amazon-de"), Dimensions.Of(1, 1, 1, LengthUnit.Centimetre), Mass.FromGrams(1), new LocalDate(2026, 1, 1), 1, 1, 1, null, null, null);
        Assert.Equal("request", Assert.Throws<ArgumentException>(() => ChannelComparison.Compare(empty)).ParamName);
        Assert.Equal("expectedMonthlyUnits", Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelComparisonRequest("X", MarketplaceId.Parse("amazon-de"), Dimensions.Of(1, 1, 1, LengthUnit.Centimetre), Mass.FromGrams(1), new LocalDate(2026, 1, 1), -1, 1, 1, null, null, null)).ParamName);
    }
}
