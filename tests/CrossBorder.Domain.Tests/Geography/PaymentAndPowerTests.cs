using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>
/// Payment habits (Braintree Local Payment Methods, Stripe Konbini, EBANX Brazil, CashEssentials on COD) and mains supply
/// (IEC World Plugs as scraped by benjiao/world-plugs).
/// </summary>
public class PaymentAndPowerTests
{
    private static readonly LocalDate Day = new(2026, 11, 25);

    [Theory]
    [InlineData("NL", "ideal", PaymentMethodKind.BankRedirect)]
    [InlineData("BE", "bancontact", PaymentMethodKind.BankRedirect)]
    [InlineData("BR", "boleto", PaymentMethodKind.CashVoucher)]
    [InlineData("BR", "pix", PaymentMethodKind.RealTimePayment)]
    [InlineData("JP", "konbini", PaymentMethodKind.CashVoucher)]
    [InlineData("PH", "cash-on-delivery", PaymentMethodKind.CashOnDelivery)]
    [InlineData("DE", "klarna", PaymentMethodKind.BuyNowPayLater)]
    public void Local_payment_methods_per_market(string country, string method, PaymentMethodKind kind)
    {
        PaymentMethodUse use = Assert.Single(Markets.Default.For(country).On(Day).PaymentMethods, u => u.Method == method);
        Assert.Equal(kind, use.Kind);
        Assert.StartsWith("https://", use.Source.Address, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DE", new[] { "C", "F" }, 230, 50)]
    [InlineData("GB", new[] { "G" }, 230, 50)]
    [InlineData("US", new[] { "A", "B" }, 120, 60)]
    [InlineData("AU", new[] { "I" }, 230, 50)]
    [InlineData("CH", new[] { "C", "J" }, 230, 50)]
    public void Mains_supply_per_market(string country, string[] plugs, int volts, int hertz)
    {
        PowerSupply supply = Markets.Default.For(country).On(Day).PowerSupply!;
        Assert.Equal(plugs, supply.PlugTypes);
        Assert.Equal(new[] { volts }, supply.Voltages);
        Assert.Equal(new[] { hertz }, supply.Frequencies);
    }

    [Fact]
    public void Japan_runs_at_100_volts_on_both_50_and_60_hertz_so_a_fit_check_needs_both()
    {
        PowerSupply jp = Markets.Default.GetPowerSupply("JP");
        Assert.Equal(new[] { 50, 60 }, jp.Frequencies);
        Assert.True(jp.Accepts(100, 240, new[] { 50, 60 }));   // a universal charger
        Assert.False(jp.Accepts(100, 240, new[] { 60 }));      // a 60 Hz-only motor
        Assert.False(Markets.Default.GetPowerSupply("DE").Accepts(100, 127, new[] { 50, 60 })); // a US-only appliance
        Assert.True(Markets.Default.GetPowerSupply("BR").Voltages.SequenceEqual(new[] { 127, 220 }));
    }

    [Fact]
    public void Missing_supply_data_is_an_explicit_absence()
    {
        Assert.Throws<UnknownCountryException>(() => Markets.Default.GetPowerSupply("AQ"));
        Assert.False(Markets.Default.TryGetPowerSupply("AQ", out _));
        Assert.Null(Markets.Default.For("AQ").On(Day).PowerSupply);
        Assert.Empty(Markets.Default.PaymentMethodsIn("AQ"));
        Assert.Throws<ArgumentException>(() => new PowerSupply("DE", new[] { "Z" }, new[] { 230 }, new[] { 50 }, Source.UserSupplied("x", Day)));
        Assert.Throws<ArgumentException>(() => new PowerSupply("DE", new[] { "C" }, new[] { 230 }, new[] { 55 }, Source.UserSupplied("x", Day)));
    }

    [Fact]
    public void Users_can_add_a_payment_method_and_replace_a_supply_record()
    {
        Markets markets = Markets.Default
            .WithPaymentMethods(new[] { new PaymentMethodUse("NL", "ideal", "iDEAL | Wero", PaymentMethodKind.BankRedirect, "renamed", Source.UserSupplied("Own research", Day)) })
            .WithPowerSupplies(new[] { new PowerSupply("ID", new[] { "C", "F" }, new[] { 230 }, new[] { 50 }, Source.UserSupplied("SPLN 1", Day)) });
        Assert.Equal("iDEAL | Wero", Assert.Single(markets.PaymentMethodsIn("NL"), u => u.Method == "ideal").Name);
        Assert.Equal(new[] { 230 }, markets.GetPowerSupply("ID").Voltages);
        Assert.False(Markets.Default.TryGetPowerSupply("ID", out _));
    }
}
