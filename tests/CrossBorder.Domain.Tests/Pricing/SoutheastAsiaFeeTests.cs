using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// Lazada Malaysia marketplace commission from 2025-11-01 (The Star, 2025-11-03,
/// https://www.thestar.com.my/tech/tech-news/2025/11/03/lazada-raises-seller-commission-rate-now-charges-up-to-225):
/// headphones (audio) 13%, cameras and drones 12.5%.
/// </summary>
public class SoutheastAsiaFeeTests
{
    private static readonly MarketplaceId LazadaMy = MarketplaceId.Parse("lazada-my");

    private static UnitEconomics At(string category, LocalDate date, decimal price) =>
        PricingEngine.Default.Model(new SaleContext(LazadaMy, date, Currency.FromCode("MYR"), Percentage.Zero, true), new ListingInput(category, Money.Of(10m, "MYR")))
            .At(Money.Of(price, "MYR"));

    [Theory]
    [InlineData("audio", 100.00, 13.00)]
    [InlineData("cameras-and-drones", 100.00, 12.50)]
    [InlineData("cameras-and-drones", 99.99, 12.50)] // 12.49875 rounded half away from zero to the sen
    public void Commission_in_force_in_2026(string category, double price, double commission) =>
        Assert.Equal((decimal)commission, At(category, new LocalDate(2026, 11, 26), (decimal)price).MarketplaceFees.Amount);

    [Fact]
    public void Not_in_force_before_1_November_2025_and_the_2018_category_is_history()
    {
        Assert.Throws<RecordNotInForceException>(() => At("audio", new LocalDate(2025, 10, 31), 100m));
        Assert.Throws<RecordNotInForceException>(() => At("computer-accessories", new LocalDate(2026, 11, 26), 100m));
    }
}
