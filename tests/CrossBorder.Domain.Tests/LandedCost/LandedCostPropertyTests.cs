using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.LandedCost;

public class LandedCostPropertyTests
{
    private static readonly LocalDate Date = new(2026, 6, 1);
    private static readonly Source Src = Source.UserSupplied("property test", Date);
    private static readonly ExchangeRateTable Rates = new(new[]
    {
        new ExchangeRate(Currency.USD, Currency.EUR, 0.9213m, Date),
        new ExchangeRate(Currency.CNY, Currency.EUR, 0.1287m, Date),
        new ExchangeRate(Currency.CNY, Currency.USD, 0.1397m, Date),
    });

    private static LandedCostCalculator Calculator(decimal dutyPercent, decimal vatPercent, DeMinimis? dutyDeMinimis = null)
    {
        var rules = new ImportRules("DE", Currency.EUR, ValuationBasis.Cif, Src, ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.TransportToDestination, Percentage.FromPercent(vatPercent), Src, EffectivePeriod.Always, "EU", dutyDeMinimis);
        var tariff = new TariffSchedule(new[] { new TariffLine("EU", "61", "apparel", DutyRate.AdValoremRate(Percentage.FromPercent(dutyPercent)), EffectivePeriod.Always, Src) });
        return new LandedCostCalculator(new ImportRulesTable(new[] { rules }), tariff, Rates);
    }

    private static ShipmentLine Line(string sku, int qty, decimal price, Currency currency, decimal kg = 0.2m) =>
        new(sku, HsCode.Parse("610910"), "CN", qty, Money.Of(price, currency), Mass.FromKilograms(kg), Dimensions.Of(30, 20, 2 + qty % 7, LengthUnit.Centimetre));

    private static Shipment ShipmentOf(IReadOnlyList<ShipmentLine> lines, decimal freightUsd, AllocationMethod allocation = AllocationMethod.Value, bool registered = false) =>
        new(lines, "CN", "DE", Incoterm.FOB, FreightQuote.Fixed(FreightMode.SeaLcl, Money.Of(freightUsd, Currency.USD), "test freight"), Date, Currency.USD,
            insurance: InsuranceCover.Estimated(Percentage.FromPercent(0.3m), Percentage.FromPercent(110)), onCarriage: Money.Of(80, Currency.EUR),
            fees: new[] { new ShipmentFee("broker", Money.Of(65, Currency.EUR)) }, sellerVatRegistered: registered, allocation: allocation);

    private static Gen<decimal> Cents(int max) => Gen.Choose(0, max).Select(c => c / 100m);

    [Property(MaxTest = 60)]
    public Property Landed_cost_is_monotonic_in_unit_price() =>
        Prop.ForAll(Cents(500_000).Two().ToArbitrary(), t =>
        {
            (decimal a, decimal b) = t.Item1 <= t.Item2 ? (t.Item1, t.Item2) : (t.Item2, t.Item1);
            LandedCostCalculator calc = Calculator(12, 19);
            Money low = calc.Calculate(ShipmentOf(new[] { Line("A", 10, a, Currency.CNY) }, 300)).Total;
            Money high = calc.Calculate(ShipmentOf(new[] { Line("A", 10, b, Currency.CNY) }, 300)).Total;
            return low <= high;
        });

    [Property(MaxTest = 60)]
    public Property Landed_cost_is_monotonic_in_freight() =>
        Prop.ForAll(Cents(2_000_000).Two().ToArbitrary(), t =>
        {
            (decimal a, decimal b) = t.Item1 <= t.Item2 ? (t.Item1, t.Item2) : (t.Item2, t.Item1);
            LandedCostCalculator calc = Calculator(12, 19);
            var lines = new[] { Line("A", 10, 35m, Currency.CNY), Line("B", 3, 120m, Currency.CNY) };
            return calc.Calculate(ShipmentOf(lines, a)).Total <= calc.Calculate(ShipmentOf(lines, b)).Total;
        });

    [Property(MaxTest = 60)]
    public Property Landed_cost_is_monotonic_in_duty_and_vat_rates() =>
        Prop.ForAll(Gen.Choose(0, 5000).Two().SelectMany(d => Gen.Choose(0, 3000).Two().Select(v => (d, v))).ToArbitrary(), t =>
        {
            decimal d1 = Math.Min(t.d.Item1, t.d.Item2) / 100m, d2 = Math.Max(t.d.Item1, t.d.Item2) / 100m;
            decimal v1 = Math.Min(t.v.Item1, t.v.Item2) / 100m, v2 = Math.Max(t.v.Item1, t.v.Item2) / 100m;
            Shipment s = ShipmentOf(new[] { Line("A", 10, 35m, Currency.CNY), Line("B", 3, 120m, Currency.CNY) }, 250);
            Money baseline = Calculator(d1, v1).Calculate(s).Total;
            return baseline <= Calculator(d2, v1).Calculate(s).Total && baseline <= Calculator(d1, v2).Calculate(s).Total;
        });

    public static IEnumerable<object[]> Methods => Enum.GetValues<AllocationMethod>().Select(m => new object[] { m });

    [Theory]
    [MemberData(nameof(Methods))]
    public void Allocation_conserves_every_category_for_every_method(AllocationMethod method)
    {
        var gen = Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 500).SelectMany(q => Gen.Choose(1, 100_000).Select(p => (q, p))), n));
        Check.QuickThrowOnFailure(Prop.ForAll(gen.ToArbitrary(), specs =>
        {
            ShipmentLine[] lines = specs.Select((s, i) => Line("L" + i, s.q, s.p / 100m, Currency.CNY, 0.05m + (i % 5) / 10m)).ToArray();
            LandedCostResult r = Calculator(12, 19).Calculate(ShipmentOf(lines, 1234.57m, method));
            // Lines sum to the total, categories sum to the root, and each category's children sum to it.
            bool lines_ = Money.Sum(r.Lines.Select(l => l.Total), Currency.USD) == r.Total;
            bool root = Money.Sum(r.Breakdown.Children.Where(c => c.Counted).Select(c => c.Amount), Currency.USD) == r.Total;
            bool children = r.Breakdown.Children.All(c => Money.Sum(c.Children.Where(x => x.Counted == c.Counted).Select(x => x.Amount), Currency.USD) == c.Amount);
            bool freight = Money.Sum(r.Lines.Select(l => l.Freight), Currency.USD) == Money.Of(1234.57m, Currency.USD);
            return lines_ && root && children && freight;
        }));
    }

    [Property(MaxTest = 40)]
    public Property Splitting_a_shipment_by_lines_keeps_per_unit_goods_cost() =>
        Prop.ForAll(Gen.Choose(2, 20).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 300).SelectMany(q => Gen.Choose(1, 50_000).Select(p => (q, p))), n)).ToArbitrary(), specs =>
        {
            ShipmentLine[] lines = specs.Select((s, i) => Line("L" + i, s.q, s.p / 100m, Currency.CNY)).ToArray();
            LandedCostCalculator calc = Calculator(12, 19);
            LandedCostResult whole = calc.Calculate(ShipmentOf(lines, 800, AllocationMethod.Quantity));
            int cut = lines.Length / 2;
            LandedCostResult first = calc.Calculate(ShipmentOf(lines.Take(cut).ToArray(), 400, AllocationMethod.Quantity));
            LandedCostResult second = calc.Calculate(ShipmentOf(lines.Skip(cut).ToArray(), 400, AllocationMethod.Quantity));
            IEnumerable<Money> parts = first.Lines.Concat(second.Lines).Select(l => l.Goods / l.Line.Quantity);
            return whole.Lines.Select(l => l.Goods / l.Line.Quantity).SequenceEqual(parts);
        });

    [Property(MaxTest = 80)]
    public Property De_minimis_relieves_at_the_threshold_and_not_one_cent_above() =>
        Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), cents =>
        {
            Money threshold = Money.Of(cents / 100m, Currency.EUR);
            LandedCostCalculator calc = Calculator(12, 19, new DeMinimis(threshold, DeMinimisBasis.IntrinsicValue, Src));
            Shipment at = new(new[] { Line("A", 1, threshold.Amount, Currency.EUR) }, "CN", "DE", Incoterm.FOB, FreightQuote.Fixed(FreightMode.Postal, Money.Of(3, Currency.EUR), "post"), Date, Currency.EUR, sellerVatRegistered: false);
            Shipment above = at with { Lines = new[] { Line("A", 1, threshold.Amount + 0.01m, Currency.EUR) } };
            CostNode dutyAt = calc.Calculate(at).Breakdown.Children.Single(c => c.Kind == CostKind.Duty);
            CostNode dutyAbove = calc.Calculate(above).Breakdown.Children.Single(c => c.Kind == CostKind.Duty);
            return dutyAt.Amount.IsZero && dutyAt.Rule.StartsWith("relieved", StringComparison.Ordinal) && !dutyAbove.Rule.StartsWith("relieved", StringComparison.Ordinal)
                && dutyAbove.Amount == (Money.Of(threshold.Amount + 0.01m + 3m, Currency.EUR) * 0.12m).Round(RoundingMode.HalfAwayFromZero);
        });

    [Property(MaxTest = 100)]
    public Property Currency_conversion_round_trips_within_one_minor_unit() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), cents =>
        {
            Money usd = Money.Of(cents / 100m, Currency.USD);
            ExchangeRate rate = Rates.GetRate(Currency.USD, Currency.EUR, Date);
            Money eur = rate.Convert(usd).Round(RoundingMode.HalfAwayFromZero);
            Money back = rate.Inverse().Convert(eur).Round(RoundingMode.HalfAwayFromZero);
            // One cent of EUR is worth up to 1/0.9213 US cents: the round trip is within that, plus half a cent of rounding.
            return Math.Abs(back.Amount - usd.Amount) <= 0.01m / 0.9213m / 2m + 0.005m;
        });
}
