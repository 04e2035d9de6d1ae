using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>The FBA fee tables seen through the landed-cost channel comparison's fee interface.</summary>
public class FbaFulfilmentFeeProviderTests
{
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");
    private static readonly LocalDate Day = new(2025, 6, 1);

    [Theory]
    [InlineData(8, 6, 0.5, 0.25)]
    [InlineData(14, 10, 4, 1.5)]
    [InlineData(30, 20, 10, 12)]
    public void Gives_the_same_fee_as_classifying_and_looking_up_in_the_tables(double l, double w, double h, double pounds)
    {
        var dims = Dimensions.Of((decimal)l, (decimal)w, (decimal)h, LengthUnit.Inch);
        var mass = Mass.FromPounds((decimal)pounds);

        Money expected = FbaFeeTables.Default.FulfilmentFeeFor(Us, dims, mass, Day, salePrice: null).Amount;

        Assert.Equal(expected, FbaFulfilmentFeeProvider.Default.GetFulfilmentFee(Us, dims, mass, Day));
        Assert.True(FbaFulfilmentFeeProvider.Default.TryGetFulfilmentFee(Us, dims, mass, Day, out Money? viaTry));
        Assert.Equal(expected, viaTry);
        Assert.True(expected.IsPositive);
    }

    [Fact]
    public void A_marketplace_without_fba_tables_is_refused_by_try_and_get()
    {
        var br = MarketplaceId.Parse("amazon-br");
        var dims = Dimensions.Of(10, 5, 1, LengthUnit.Inch);
        Assert.False(FbaFulfilmentFeeProvider.Default.TryGetFulfilmentFee(br, dims, Mass.FromPounds(1), Day, out Money? fee));
        Assert.Null(fee);
        Assert.Throws<FbaNotEligibleException>(() => FbaFulfilmentFeeProvider.Default.GetFulfilmentFee(br, dims, Mass.FromPounds(1), Day));
    }

    [Fact]
    public void Channel_comparison_uses_the_sourced_fba_fee()
    {
        var dims = Dimensions.Of(14, 10, 4, LengthUnit.Inch);
        var mass = Mass.FromPounds(1.5m);
        Money fee = FbaFeeTables.Default.FulfilmentFeeFor(Us, dims, mass, Day, null).Amount;
        static Money Usd(decimal a) => Money.Of(a, Currency.USD);
        var request = new ChannelComparisonRequest("MUG-01", Us, dims, mass, Day, 120m, steadySellerThreshold: 30, monthsOfCover: 2,
            fba: new FbaOption(Usd(2.10m), Usd(0.27m), Usd(0.06m), FbaFulfilmentFeeProvider.Default), warehouse: null, direct: null);

        ChannelCost fba = ChannelComparison.Compare(request).Costs.Single(c => c.Channel == FulfilmentChannel.Fba);

        Assert.Equal(Usd(2.10m + 0.27m + 0.06m * 2) + fee, fba.PerUnit);
    }
}

/// <summary>The 2026 US card depends on the sale price: the provider uses the price it was given, and refuses without one.</summary>
public class FbaFulfilmentFeeProviderPriceBandTests
{
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");
    private static readonly LocalDate Day = new(2026, 11, 26);
    private static readonly Dimensions Dims = Dimensions.Of(8, 6, 0.5m, LengthUnit.Inch);
    private static readonly Mass Weight = Mass.FromOunces(2);

    [Theory]
    [InlineData(9.99)]
    [InlineData(19.99)]
    [InlineData(59.99)]
    public void Uses_the_band_of_the_given_price(double price)
    {
        Money sale = Money.Of((decimal)price, Currency.USD);
        var provider = new FbaFulfilmentFeeProvider(FbaFeeTables.Default, sale);

        Assert.Equal(FbaFeeTables.Default.FulfilmentFeeFor(Us, Dims, Weight, Day, sale).Amount, provider.GetFulfilmentFee(Us, Dims, Weight, Day));
    }

    [Fact]
    public void Without_a_price_a_price_dependent_card_is_refused_not_guessed()
    {
        Assert.False(FbaFulfilmentFeeProvider.Default.TryGetFulfilmentFee(Us, Dims, Weight, Day, out _));
        Assert.Equal("salePrice", Assert.ThrowsAny<ArgumentException>(() => FbaFulfilmentFeeProvider.Default.GetFulfilmentFee(Us, Dims, Weight, Day)).ParamName);
    }
}
