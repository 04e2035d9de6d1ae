using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;

namespace CrossBorder.Domain.Tests.Compliance;

public class VocabularyTests
{
    [Fact]
    public void Trait_sets_behave_as_sets()
    {
        TraitSet a = TraitSet.Of(ProductTrait.Toy, ProductTrait.Textile);
        TraitSet b = TraitSet.Empty.With(ProductTrait.Textile).With(ProductTrait.Cosmetic);
        Assert.Equal(TraitSet.Of(ProductTrait.Textile), a.Intersect(b));
        Assert.Equal(TraitSet.Of(ProductTrait.Toy, ProductTrait.Textile, ProductTrait.Cosmetic), a.Union(b));
        Assert.True(a.Overlaps(b));
        Assert.False(a.ContainsAll(b));
        Assert.True(a.Union(b).ContainsAll(a));
        Assert.Equal("{toy, textile}", a.ToString());
        Assert.True(TraitSet.Empty.IsEmpty);
        Assert.Equal(32, ProductTrait.List.Count);
        Assert.Equal(ProductTrait.List.Count, ProductTrait.List.Select(t => t.Value).Distinct().Count());
        Assert.All(ProductTrait.List, t => Assert.InRange(t.Value, 0, 63));
    }

    [Theory]
    [InlineData(ComparisonOperator.GreaterThan, 100, false)]
    [InlineData(ComparisonOperator.GreaterThanOrEqual, 100, true)]
    [InlineData(ComparisonOperator.LessThan, 100, false)]
    [InlineData(ComparisonOperator.LessThanOrEqual, 100, true)]
    [InlineData(ComparisonOperator.Equal, 100, true)]
    [InlineData(ComparisonOperator.GreaterThan, 99.99, true)]
    public void Numeric_conditions_compare_the_value_with_the_threshold(ComparisonOperator op, double threshold, bool expected)
    {
        var condition = new NumericCondition(ProductMeasure.BatteryWattHours, op, (decimal)threshold);
        Assert.Equal(expected, condition.IsSatisfiedBy(100m));
        Assert.StartsWith("battery-wh ", condition.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shipping_services_are_a_closed_vocabulary()
    {
        Assert.Equal(new[] { "sea", "air-cargo", "passenger-air", "express", "postal", "ecommerce-line" }, ShippingService.List.OrderBy(s => s.Value).Select(s => s.Name).ToArray());
        Assert.False(ShippingService.TryFromName("rail", out _));
    }

    [Fact]
    public void The_embedded_catalogue_covers_the_EU_27_and_the_named_markets()
    {
        ComplianceRuleSet rules = ComplianceRuleSet.Default;
        Assert.Equal(27, rules.MarketGroups["EU"].Count);
        Assert.DoesNotContain(CountryCode.Parse("GB"), rules.MarketGroups["EU"]);
        string[] expected = rules.MarketGroups["EU"].Select(c => c.Value).Concat(new[] { "AU", "CA", "CN", "GB", "JP", "KR", "US" }).OrderBy(x => x, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, rules.Markets.Select(c => c.Value).ToArray());
        Assert.All(rules.Rules, r => Assert.StartsWith("https://", r.Source.Address.Replace("http://", "https://", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Equal(rules.Rules.Count, rules.Rules.Select(r => r.Id + r.Period).Distinct().Count());
    }
}
