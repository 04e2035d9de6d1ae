using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Compliance;

/// <summary>The invariants issue 5 names, over generated products, markets, dates and certificates.</summary>
public class ComplianceProperties
{
    private static readonly ComplianceRuleSet Rules = ComplianceRuleSet.Default;
    private static readonly CountryCode[] Markets = Rules.Markets.ToArray();

    private static readonly string[] CertificateCodes = Rules.Rules.SelectMany(r => r.SatisfiedBy).Select(c => c.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray();

    private static readonly ProductCategory[] Categories = ProductCategory.All.ToArray();

    /// <summary>A product from 14 feature bits; <paramref name="risky"/> false leaves out batteries, liquids, aerosols, flammables and magnets.</summary>
    private static Product Build(int bits, int category, decimal wh, int count, bool risky)
    {
        bool Bit(int i) => (bits & (1 << i)) != 0;
        var product = new Product(Sku.Parse("GEN-" + bits), "Generated", HsCode.Parse("9503.00"), Categories[category % Categories.Length], CountryCode.Parse("CN"), Money.Of(1m, "USD"))
        {
            Electrical = Bit(0) ? new ElectricalRating(Bit(1), Bit(1) ? 100m : 5m, Bit(1) ? 240m : 12m, Bit(1) ? CurrentType.Alternating : CurrentType.Direct, 10m, Bit(2)) : null,
            Radio = Bit(3) ? new RadioEquipment(new[] { "Bluetooth" }, new[] { "2.4 GHz" }, Bit(4)) : null,
            ChildrenAgeGrade = Bit(5) ? AgeGrade.YearsAndUp(bits % 15) : null,
            IsFoodContact = Bit(6),
            IsCosmetic = Bit(7),
            Textile = Bit(8) ? TextileComposition.Pure("cotton") : null,
            DeclaredSubstances = Bit(9) ? new[] { new DeclaredSubstance("DEHP", "117-81-7") } : Array.Empty<DeclaredSubstance>(),
            IsConsumerProduct = !Bit(10),
        };
        if (!risky)
        {
            return product;
        }

        var configuration = (BatteryConfiguration)(bits % 3);
        return product with
        {
            Batteries = Bit(11) ? new[] { new Battery(Bit(12) ? BatteryChemistry.LithiumMetal : BatteryChemistry.LithiumIon, wh, count, configuration, 1 + (bits % 4), 0.5m) } : Array.Empty<Battery>(),
            LiquidMillilitres = Bit(12) ? 100m : null,
            IsAerosol = Bit(13),
            IsFlammable = Bit(13) && Bit(2),
            Magnets = Bit(4) && Bit(11) ? new MagnetContent(wh / 10_000m, wh / 20_000m) : null,
        };
    }

    private static Gen<Product> ProductGen(bool risky) =>
        from bits in Gen.Choose(0, (1 << 14) - 1)
        from category in Gen.Choose(0, 100)
        from wh in Gen.Choose(1, 2000).Select(x => x / 10m)
        from count in Gen.Choose(1, 6)
        select Build(bits, category, wh, count, risky);

    private static Gen<LocalDate> DateGen => Gen.Choose(0, 6000).Select(d => new LocalDate(2012, 1, 1).PlusDays(d));

    private static Gen<CountryCode> MarketGen => Gen.Elements(Markets);

    private static Gen<HeldCertificate> CertificateGen =>
        from code in Gen.Elements(CertificateCodes)
        from scoped in Gen.Elements(true, false)
        from market in MarketGen
        from issued in DateGen
        from days in Gen.Choose(-1, 3000)
        select new HeldCertificate(CertificateType.Parse(code), scoped ? new[] { market } : Array.Empty<CountryCode>(), "Lab", "N-1", issued, days < 0 ? null : issued.PlusDays(days));

    private static IEnumerable<string> MissingIds(ComplianceReport report) =>
        report.Requirements.Concat(report.Obligations).Concat(report.Services.SelectMany(s => s.Conditions))
            .Where(c => c.Status == CheckStatus.Missing)
            .Select(c => c.Finding.RuleId + "/" + c.Finding.Service?.Name);

    [Property(MaxTest = 300)]
    public Property Adding_a_held_certificate_never_adds_a_missing_requirement() => Prop.ForAll(
        (from p in ProductGen(true) from m in MarketGen from d in DateGen from c in CertificateGen select (p, m, d, c)).ToArbitrary(),
        t =>
        {
            var before = MissingIds(Rules.Evaluate(t.p, t.m, t.d)).ToHashSet(StringComparer.Ordinal);
            var after = MissingIds(Rules.Evaluate(t.p.WithCertificate(t.c), t.m, t.d)).ToHashSet(StringComparer.Ordinal);
            return after.IsSubsetOf(before);
        });

    [Property(MaxTest = 100)]
    public Property Evaluation_is_independent_of_rule_order() => Prop.ForAll(
        (from p in ProductGen(true) from m in MarketGen from d in DateGen from seed in Gen.Choose(0, int.MaxValue) select (p, m, d, seed)).ToArbitrary(),
        t =>
        {
            var random = new Random(t.seed);
            ComplianceRuleSet shuffled = ComplianceRuleSet.Create(Rules.Rules.OrderBy(_ => random.Next()).ToArray());
            ComplianceReport a = Rules.Evaluate(t.p, t.m, t.d);
            ComplianceReport b = shuffled.Evaluate(t.p, t.m, t.d);
            return a.ToString() == b.ToString()
                && a.Findings.Select(f => f.RuleId + f.Service?.Name + f.Reason).SequenceEqual(b.Findings.Select(f => f.RuleId + f.Service?.Name + f.Reason));
        });

    [Property(MaxTest = 300)]
    public Property A_product_with_no_risky_attributes_gets_no_restriction() => Prop.ForAll(
        (from p in ProductGen(false) from m in MarketGen from d in DateGen select (p, m, d)).ToArbitrary(),
        t =>
        {
            ComplianceReport report = Rules.Evaluate(t.p, t.m, t.d);
            return report.SaleRestrictions.Count == 0 && report.Services.All(s => s.IsAccepted);
        });

    [Property(MaxTest = 300)]
    public Property A_certificate_expired_on_the_evaluation_date_never_satisfies() => Prop.ForAll(
        (from p in ProductGen(true) from m in MarketGen from d in DateGen from c in CertificateGen select (p, m, d, c)).ToArbitrary(),
        t =>
        {
            // Make the certificate expire the day before the evaluation date, keeping everything else.
            var expired = new HeldCertificate(t.c.Type, t.c.Markets, t.c.Issuer, t.c.Number, t.d.PlusDays(-400), t.d.PlusDays(-1));
            ComplianceReport report = Rules.Evaluate(t.p.WithCertificate(expired), t.m, t.d);
            return report.Requirements.Concat(report.Obligations).Concat(report.Services.SelectMany(s => s.Conditions))
                .All(c => !ReferenceEquals(c.Certificate, expired));
        });

    [Property(MaxTest = 200)]
    public Property The_fast_path_agrees_with_rule_conditions() => Prop.ForAll(
        (from p in ProductGen(true) from m in MarketGen from d in DateGen select (p, m, d)).ToArbitrary(),
        t =>
        {
            ProductProfile profile = ProductProfile.Of(t.p);
            int[] buffer = new int[Rules.MaxRulesPerMarket];
            int n = Rules.Match(profile, t.m, t.d, buffer);
            var fast = buffer.Take(n).ToHashSet();
            for (int i = 0; i < Rules.Rules.Count; i++)
            {
                ComplianceRule r = Rules.Rules[i];
                bool inMarket = r.Markets.Any(s => s == "*" || s == t.m.Value || (s.StartsWith('@') && Rules.MarketGroups[s.Substring(1)].Contains(t.m)));
                bool slow = inMarket && r.Period.Contains(t.d) && r.Condition.Matches(profile);
                if (slow != fast.Contains(i))
                {
                    return false;
                }
            }

            return true;
        });
}
