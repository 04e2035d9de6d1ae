using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Selection;
using NodaTime;

namespace CrossBorder.Domain.Tests.Selection;

/// <summary>Products and cases of the issue-10 worked examples.</summary>
public static class SelectionSamples
{
    /// <summary>A date covered by the compliance, market and pricing data (the FBA card is encoded for 2025).</summary>
    public static readonly LocalDate Day = new(2025, 6, 1);

    public static readonly CountryCode Us = CountryCode.Parse("US");
    public static readonly CountryCode De = CountryCode.Parse("DE");

    /// <summary>A small, light phone stand: 0.2 kg packed in 15 × 10 × 3 cm.</summary>
    public static Product PhoneStand() => new(Sku.Parse("STAND-01"), "Aluminium phone stand", HsCode.Parse("7616.99"), ProductCategory.General, CountryCode.Parse("CN"), Money.Of(2.40m, "USD"))
    {
        PackedWeight = Mass.FromKilograms(0.2m),
        PackedDimensions = Dimensions.Of(15, 10, 3, LengthUnit.Centimetre),
    };

    /// <summary>A bulky, seasonal inflatable pool: 8 kg packed in 60 × 40 × 30 cm.</summary>
    public static Product Pool() => new(Sku.Parse("POOL-300"), "Inflatable family pool 3 m", HsCode.Parse("9506.99"), ProductCategory.Sports, CountryCode.Parse("CN"), Money.Of(21m, "USD"))
    {
        PackedWeight = Mass.FromKilograms(8m),
        PackedDimensions = Dimensions.Of(60, 40, 30, LengthUnit.Centimetre),
    };

    /// <summary>The compliance worked-case speaker (mains 100–240 V, Bluetooth, 20 Wh Li-ion inside), packed 1.2 kg in 25 × 15 × 15 cm.</summary>
    public static Product Speaker() => Tests.Compliance.SampleProducts.Speaker() with
    {
        PackedWeight = Mass.FromKilograms(1.2m),
        PackedDimensions = Dimensions.Of(25, 15, 15, LengthUnit.Centimetre),
    };

    /// <summary>Flat demand with a small spring dip: indices 0.9–1.1 (evergreen).</summary>
    public static DemandSeries Flat() => DemandSeries.Monthly(new LocalDate(2024, 1, 1), new[] { 100m, 90m, 95m, 100m, 105m, 110m, 100m, 100m, 100m, 100m, 100m, 100m });

    /// <summary>Summer demand (seasonal): Jan 2 … Jul 22 … Dec 2; total 106.</summary>
    public static DemandSeries Summer() => DemandSeries.Monthly(new LocalDate(2024, 1, 1), new[] { 2m, 2m, 4m, 8m, 14m, 20m, 22m, 18m, 8m, 4m, 2m, 2m });

    public static SaleContext AmazonUs => new(MarketplaceId.Parse("amazon-us"), Day, Currency.USD, Percentage.Zero, false);

    public static SaleContext AmazonDe => new(MarketplaceId.Parse("amazon-de"), Day, Currency.EUR, Percentage.FromPercent(19), true);

    public static IntendedListing Listing(SaleContext sale, string category, decimal landed, decimal fulfilment, decimal price) =>
        new(sale, new ListingInput(category, new UnitCost(Money.Of(landed, sale.Currency), "landed-cost quote"))
        {
            Fulfilment = Fulfilment.Fixed(Money.Of(fulfilment, sale.Currency), "3PL pick, pack and postage"),
        }, Money.Of(price, sale.Currency));
}
