using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Tests.Logistics;

public class FreightQuoteTests
{
    private static FreightCharge Charge(decimal usd) => new(FreightChargeKind.Weight, "weight", Money.Of(usd, "USD"));

    [Fact]
    public void A_null_charge_is_refused_by_position_not_with_a_NullReferenceException()
    {
        // Found by the JSON fuzzer: "charges": [null, {...}] used to throw NullReferenceException from the constructor.
        var ex = Assert.Throws<ArgumentNullException>(() => new FreightQuote(FreightMode.SeaLcl, new FreightCharge[] { null!, Charge(5m) }, null, "card"));
        Assert.Equal("charges", ex.ParamName);
        Assert.Contains("charges[0] is null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quote_keeps_its_own_copy_of_the_charges()
    {
        var charges = new List<FreightCharge> { Charge(5m), Charge(7m) };
        var quote = new FreightQuote(FreightMode.SeaLcl, charges, null, "card");
        charges.Add(Charge(100m));
        Assert.Equal(2, quote.Charges.Count);
        Assert.Equal(Money.Of(12m, "USD"), quote.Total);
    }
}
