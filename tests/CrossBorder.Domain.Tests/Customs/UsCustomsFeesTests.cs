using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Customs;

/// <summary>
/// MPF and HMF per 19 CFR 24.23 / 24.24 with the FY2026 amounts of CBP Dec. 25-10 (90 FR 34665, 2025-07-23): 0.3464%,
/// minimum $33.58, maximum $651.50, informal $2.69; HMF 0.125% of vessel cargo value, no minimum or maximum.
/// </summary>
public class UsCustomsFeesTests
{
    private static readonly LocalDate Fy2026 = new(2026, 3, 2);
    private static Money Usd(decimal a) => Money.Of(a, Currency.USD);

    [Theory]
    [InlineData(100_000, 346.40)]  // 100 000 × 0.3464% = 346.40, between the bounds
    [InlineData(5_000, 33.58)]     // 17.32 → raised to the minimum
    [InlineData(500_000, 651.50)]  // 1 732.00 → capped at the maximum
    [InlineData(9_700, 33.60)]     // 33.6008 → 33.60
    public void Formal_entry_mpf_is_ad_valorem_within_the_fiscal_year_bounds(decimal entered, decimal expected)
    {
        FeeAssessment fee = UsCustomsFees.Default.MerchandiseProcessingFee(Usd(entered), UsEntryType.Formal, Fy2026);
        Assert.Equal(Usd(expected), fee.Amount);
        Assert.Equal(Percentage.FromPercent(0.3464m), fee.Rate);
        Assert.Contains("govinfo.gov", fee.Source.Address, StringComparison.Ordinal);
    }

    [Fact]
    public void Informal_entry_mpf_is_flat_and_the_limit_is_2500()
    {
        Assert.Equal(Usd(2.69m), UsCustomsFees.Default.MerchandiseProcessingFee(Usd(1_200), UsEntryType.Informal, Fy2026).Amount);
        Assert.Equal(UsEntryType.Informal, UsCustomsFees.Default.EntryTypeFor(Usd(2_500), Fy2026));
        Assert.Equal(UsEntryType.Formal, UsCustomsFees.Default.EntryTypeFor(Usd(2_500.01m), Fy2026));
    }

    [Fact]
    public void The_fiscal_year_decides_the_bounds()
    {
        // FY2025 (from 2024-10-01): minimum $32.71, maximum $634.62, informal $2.62.
        var fy2025 = new LocalDate(2025, 9, 30);
        Assert.Equal(Usd(32.71m), UsCustomsFees.Default.MerchandiseProcessingFee(Usd(1_000), UsEntryType.Formal, fy2025).Amount);
        Assert.Equal(Usd(634.62m), UsCustomsFees.Default.MerchandiseProcessingFee(Usd(1_000_000), UsEntryType.Formal, fy2025).Amount);
        Assert.Equal(Usd(2.62m), UsCustomsFees.Default.MerchandiseProcessingFee(Usd(100), UsEntryType.Informal, fy2025).Amount);
    }

    [Fact]
    public void Hmf_is_an_eighth_of_a_percent_without_bounds() =>
        Assert.Equal(Usd(125.00m), UsCustomsFees.Default.HarborMaintenanceFee(Usd(100_000), Fy2026).Amount);

    [Fact]
    public void Dates_without_a_known_fiscal_year_throw_instead_of_guessing()
    {
        var ex = Assert.Throws<RecordNotInForceException>(() => UsCustomsFees.Default.MerchandiseProcessingFee(Usd(1), UsEntryType.Formal, new LocalDate(2026, 10, 1)));
        Assert.Equal("date", ex.ParamName);
        Assert.Throws<CurrencyMismatchException>(() => UsCustomsFees.Default.HarborMaintenanceFee(Money.Of(1, Currency.EUR), Fy2026));
    }
}
