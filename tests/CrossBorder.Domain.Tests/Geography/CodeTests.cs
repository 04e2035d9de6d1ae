using CrossBorder.Domain.Geography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using CrossBorder.Domain.Tests.Support;

namespace CrossBorder.Domain.Tests.Geography;

public class CountryCodeTests
{
    [Theory]
    [InlineData("DE", "DE")]
    [InlineData("gb", "GB")]
    [InlineData("uS", "US")]
    public void Parse_accepts_two_letters_and_upper_cases(string input, string expected) =>
        Assert.Equal(expected, CountryCode.Parse(input).Value);

    [Theory]
    [InlineData("")]
    [InlineData("D")]
    [InlineData("DEU")]
    [InlineData("D1")]
    [InlineData("Dé")]
    [InlineData(" DE")]
    public void Parse_rejects_anything_but_two_ascii_letters(string input)
    {
        var ex = Assert.Throws<FormatException>(() => CountryCode.Parse(input));
        Assert.Contains("'" + input + "'", ex.Message, StringComparison.Ordinal);
        Assert.False(CountryCode.TryParse(input, out _));
    }

    [Fact]
    public void Null_is_an_argument_null_error() =>
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => CountryCode.Parse(null!)).ParamName);

    [Fact]
    public void Default_is_recognisable_and_has_no_index()
    {
        Assert.True(default(CountryCode).IsDefault);
        Assert.Equal("??", default(CountryCode).ToString());
        Assert.Throws<InvalidOperationException>(() => default(CountryCode).Index);
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Turkish_dotted_i_does_not_change_parsing()
    {
        Assert.Equal("IT", CountryCode.Parse("it").Value);
        Assert.Equal("IN", CountryCode.Parse("in").Value);
    }

    [Property]
    public void Index_round_trips_and_ordering_follows_the_letters(byte a, byte b)
    {
        CountryCode x = CountryCode.FromIndex(a % 676);
        CountryCode y = CountryCode.FromIndex(b % 676);
        Assert.Equal(x, CountryCode.Parse(x.Value.ToLowerInvariant()));
        Assert.Equal(Math.Sign(string.CompareOrdinal(x.Value, y.Value)), Math.Sign(x.CompareTo(y)));
        Assert.Equal(x == y, x.GetHashCode() == y.GetHashCode());
    }
}

public class MarketplaceIdTests
{
    [Theory]
    [InlineData("amazon-us", "amazon-us", "amazon")]
    [InlineData("Amazon-DE", "amazon-de", "amazon")]
    [InlineData("shopify", "shopify", "shopify")]
    [InlineData("tiktok-shop-uk", "tiktok-shop-uk", "tiktok")]
    public void Parse_normalises_to_lower_case(string input, string value, string platform)
    {
        MarketplaceId id = MarketplaceId.Parse(input);
        Assert.Equal(value, id.Value);
        Assert.Equal(platform, id.Platform);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-amazon")]
    [InlineData("amazon-")]
    [InlineData("amazon--de")]
    [InlineData("amazon de")]
    [InlineData("amazon_de")]
    public void Parse_rejects_malformed_ids(string input)
    {
        var ex = Assert.Throws<FormatException>(() => MarketplaceId.Parse(input));
        Assert.Contains("'" + input + "'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_is_ordinal_after_normalisation()
    {
        Assert.Equal(MarketplaceId.Parse("EBAY-UK"), MarketplaceId.Parse("ebay-uk"));
        Assert.NotEqual(MarketplaceId.Parse("ebay-uk"), MarketplaceId.Parse("ebay-us"));
        Assert.True(default(MarketplaceId).IsDefault);
    }
}
