using System.Globalization;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Monetary;

/// <summary>
/// Boundaries of Money, Percentage, Currency, ExchangeRate and ExchangeRateTable that the worked examples do not reach: zero and
/// equal operands, the default (currency-less) Money, ties, off-by-one dates. Added from the Stryker.NET survivors (docs/quality.md).
/// </summary>
public class MonetaryBoundaryTests
{
    private static readonly Currency Usd = Currency.USD;
    private static readonly Currency Eur = Currency.EUR;

    [Fact]
    public void Sign_predicates_are_strict_at_zero()
    {
        Money zero = Money.Zero(Usd);
        Assert.True(zero.IsZero);
        Assert.False(zero.IsPositive);
        Assert.False(zero.IsNegative);
        Assert.False(Money.Of(0.01m, Usd).IsZero);
        Assert.True(Money.Of(0.01m, Usd).IsPositive);
        Assert.False(Money.Of(0.01m, Usd).IsNegative);
        Assert.True(Money.Of(-0.01m, Usd).IsNegative);
        Assert.False(Money.Of(-0.01m, Usd).IsPositive);
    }

    [Fact]
    public void Comparison_operators_are_strict_or_inclusive_as_named()
    {
        Money one = Money.Of(1m, Usd);
        Money alsoOne = Money.Of(1.00m, Usd);
        Money two = Money.Of(2m, Usd);
        Assert.False(one < alsoOne);
        Assert.False(one > alsoOne);
        Assert.True(one <= alsoOne);
        Assert.True(one >= alsoOne);
        Assert.True(one < two);
        Assert.False(two < one);
        Assert.True(two > one);
        Assert.False(one > two);
        Assert.True(one <= two);
        Assert.False(two <= one);
        Assert.True(two >= one);
        Assert.False(one >= two);
        Assert.True(one == alsoOne);
        Assert.False(one != alsoOne);
        Assert.True(one != two);
        Assert.Equal(0, Money.Compare(one, alsoOne));
        Assert.Equal(-1, Math.Sign(Money.Compare(one, two)));
        Assert.Equal(1, Math.Sign(Money.Compare(two, one)));
    }

    [Fact]
    public void Comparing_different_currencies_throws_for_every_operator()
    {
        Money usd = Money.Of(1m, Usd);
        Money eur = Money.Of(2m, Eur);
        Assert.Throws<CurrencyMismatchException>(() => usd < eur);
        Assert.Throws<CurrencyMismatchException>(() => usd > eur);
        Assert.Throws<CurrencyMismatchException>(() => usd <= eur);
        Assert.Throws<CurrencyMismatchException>(() => usd >= eur);
        Assert.Throws<CurrencyMismatchException>(() => usd.CompareTo(eur));
        Assert.Throws<CurrencyMismatchException>(() => usd / eur);
        Assert.Throws<CurrencyMismatchException>(() => usd + eur);
        Assert.Throws<CurrencyMismatchException>(() => usd - eur);
        Assert.False(usd == Money.Of(1m, Eur));
        Assert.True(usd != Money.Of(1m, Eur));
    }

    [Fact]
    public void The_default_money_is_zero_XXX_and_combines_with_XXX()
    {
        Money none = default;
        Money xxx = Money.Zero(Currency.XXX);
        Assert.Same(Currency.XXX, none.Currency);
        Assert.True(none == xxx);
        Assert.Equal(0, none.CompareTo(xxx));
        Assert.Equal(0, xxx.CompareTo(none));
        Assert.False(none < xxx);
        Assert.False(none > xxx);
        Assert.False(xxx < none);
        Assert.False(xxx > none);
        Assert.Same(Currency.XXX, (none + xxx).Currency);
        Assert.Same(Currency.XXX, (xxx + none).Currency);
        Assert.Same(Currency.XXX, (none - xxx).Currency);
        Assert.Equal(Money.Of(5m, Currency.XXX), Money.Of(5m, Currency.XXX) + none);
        Assert.Equal(none.GetHashCode(), xxx.GetHashCode());
        Assert.Throws<CurrencyMismatchException>(() => none + Money.Of(1m, Usd));
        Assert.Throws<CurrencyMismatchException>(() => Money.Of(1m, Usd) < none);
        Assert.Throws<CurrencyMismatchException>(() => none > Money.Of(1m, Usd));
    }

    [Fact]
    public void Operators_and_their_named_twins_compute_the_right_thing()
    {
        Money a = Money.Of(10m, Usd);
        Money b = Money.Of(4m, Usd);
        Assert.Equal(Money.Of(14m, Usd), Money.Add(a, b));
        Assert.Equal(Money.Of(6m, Usd), Money.Subtract(a, b));
        Assert.Equal(Money.Of(-6m, Usd), b - a);
        Assert.Equal(Money.Of(25m, Usd), Money.Multiply(a, 2.5m));
        Assert.Equal(Money.Of(25m, Usd), 2.5m * a);
        Assert.Equal(Money.Of(2.5m, Usd), Money.Divide(a, 4m));
        Assert.Equal(2.5m, Money.Divide(a, b));
        Assert.Equal(0.4m, b / a);
        Assert.Equal(Money.Of(-10m, Usd), Money.Negate(a));
        Assert.Equal(Money.Of(10m, Usd), -Money.Negate(a));
        Assert.Equal(a, Money.Plus(a));
        Assert.Equal(a, +a);
        Assert.Equal(Money.Of(10m, Usd), Money.Of(-10m, Usd).Abs());
        Assert.Equal(Money.Of(10m, Usd), a.Abs());
        Assert.Equal(Money.Zero(Usd), Money.Zero(Usd).Abs());
        Assert.Same(Usd, Money.Negate(a).Currency);
        Assert.Same(Usd, (a * 2m).Currency);
        Assert.Same(Usd, (a / 2m).Currency);
    }

    [Fact]
    public void Min_and_Max_pick_the_right_operand_and_check_currencies()
    {
        Money small = Money.Of(1m, Usd);
        Money large = Money.Of(2m, Usd);
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(small, Money.Min(large, small));
        Assert.Equal(large, Money.Max(small, large));
        Assert.Equal(large, Money.Max(large, small));
        Assert.Throws<CurrencyMismatchException>(() => Money.Min(small, Money.Of(0m, Eur)));

        // Equal values with different scales: either is correct, the value is the same (tie branches are equivalent mutants).
        Assert.Equal(1m, Money.Min(small, Money.Of(1.00m, Usd)).Amount);
    }

    [Fact]
    public void Non_generic_CompareTo_orders_null_first_and_rejects_other_types()
    {
        IComparable money = Money.Of(1m, Usd);
        Assert.Equal(1, money.CompareTo(null));
        Assert.Equal(0, money.CompareTo(Money.Of(1m, Usd)));
        Assert.True(money.CompareTo(Money.Of(2m, Usd)) < 0);
        ArgumentException error = Assert.Throws<ArgumentException>(() => money.CompareTo(1m));
        Assert.Equal("obj", error.ParamName);
        Assert.Contains("Decimal", error.Message, StringComparison.Ordinal);

        IComparable percentage = Percentage.FromPercent(5m);
        Assert.Equal(1, percentage.CompareTo(null));
        Assert.Equal(0, percentage.CompareTo(Percentage.FromPercent(5m)));
        Assert.True(percentage.CompareTo(Percentage.FromPercent(6m)) < 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => percentage.CompareTo("5%")).ParamName);

        IComparable currency = Usd;
        Assert.Equal(1, currency.CompareTo(null));
        Assert.Equal(0, currency.CompareTo(Currency.FromCode("USD")));
        Assert.True(currency.CompareTo(Eur) > 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => currency.CompareTo("USD")).ParamName);
    }

    [Fact]
    public void Equality_needs_both_amount_and_currency()
    {
        Assert.False(Money.Of(1m, Usd).Equals(Money.Of(1m, Eur)));
        Assert.False(Money.Of(1m, Usd).Equals(Money.Of(2m, Usd)));
        Assert.True(Money.Of(1m, Usd).Equals((object)Money.Of(1.0m, Usd)));
        Assert.False(Money.Of(1m, Usd).Equals((object)1m));
        Assert.False(Money.Of(1m, Usd).Equals(null));
        Assert.NotEqual(Money.Of(1m, Usd).GetHashCode(), Money.Of(1m, Eur).GetHashCode());
    }

    [Fact]
    public void Deconstruct_gives_amount_and_currency()
    {
        (decimal amount, Currency currency) = Money.Of(12.34m, Eur);
        Assert.Equal(12.34m, amount);
        Assert.Same(Eur, currency);
        (decimal noAmount, Currency noCurrency) = default(Money);
        Assert.Equal(0m, noAmount);
        Assert.Same(Currency.XXX, noCurrency);
    }

    [Fact]
    public void Minor_units_convert_both_ways_and_refuse_what_cannot_be_counted()
    {
        Assert.Equal(Money.Of(12.34m, Usd), Money.FromMinorUnits(1234, Usd));
        Assert.Equal(Money.Of(1234m, Currency.JPY), Money.FromMinorUnits(1234, Currency.JPY));
        Assert.Equal(Money.Of(1.234m, Currency.FromCode("KWD")), Money.FromMinorUnits(1234, Currency.FromCode("KWD")));
        Assert.Equal(1234L, Money.Of(12.34m, Usd).ToMinorUnits());
        Assert.Equal(-1234L, Money.Of(-12.34m, Usd).ToMinorUnits());
        Assert.Equal(1234L, Money.Of(12.340m, Usd).ToMinorUnits());
        Assert.Equal(1235L, Money.Of(12.345m, Usd).ToMinorUnits(RoundingMode.HalfAwayFromZero));
        Assert.Equal(1234L, Money.Of(12.345m, Usd).ToMinorUnits(RoundingMode.HalfToEven));
        InvalidOperationException fine = Assert.Throws<InvalidOperationException>(() => Money.Of(12.345m, Usd).ToMinorUnits());
        Assert.Contains("USD 12.345", fine.Message, StringComparison.Ordinal);
        Assert.Contains("2 decimals", fine.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, Currency.XXX).ToMinorUnits());
        ArgumentException noMinor = Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(1, Currency.XXX));
        Assert.Equal("currency", noMinor.ParamName);
        Assert.Contains("XXX", noMinor.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_adds_in_one_currency_and_names_a_mismatch()
    {
        Assert.Equal(Money.Zero(Usd), Money.Sum(Array.Empty<Money>(), Usd));
        Assert.Equal(Money.Of(3.5m, Usd), Money.Sum(new[] { Money.Of(1m, Usd), Money.Of(2.5m, Usd) }, Usd));
        Assert.Equal(Money.Of(-1.5m, Usd), Money.Sum(new[] { Money.Of(1m, Usd), Money.Of(-2.5m, Usd) }, Usd));
        Assert.Equal(Money.Zero(Currency.XXX), Money.Sum(new[] { default(Money) }, Currency.XXX));
        CurrencyMismatchException error = Assert.Throws<CurrencyMismatchException>(() => Money.Sum(new[] { Money.Of(1m, Usd), Money.Of(1m, Eur) }, Usd));
        Assert.Equal("values", error.ParamName);
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum(new[] { Money.Of(1m, Eur) }, Usd));
    }

    [Theory]
    [InlineData(2.345, RoundingMode.HalfToEven, 2.34)]
    [InlineData(2.355, RoundingMode.HalfToEven, 2.36)]
    [InlineData(2.345, RoundingMode.HalfAwayFromZero, 2.35)]
    [InlineData(-2.345, RoundingMode.HalfAwayFromZero, -2.35)]
    [InlineData(2.341, RoundingMode.Up, 2.35)]
    [InlineData(-2.341, RoundingMode.Up, -2.35)]
    [InlineData(2.349, RoundingMode.Down, 2.34)]
    [InlineData(-2.349, RoundingMode.Down, -2.34)]
    [InlineData(2.341, RoundingMode.Ceiling, 2.35)]
    [InlineData(-2.349, RoundingMode.Ceiling, -2.34)]
    [InlineData(2.349, RoundingMode.Floor, 2.34)]
    [InlineData(-2.341, RoundingMode.Floor, -2.35)]
    public void Round_to_the_minor_unit_in_each_mode(double amount, RoundingMode mode, double expected)
    {
        Assert.Equal((decimal)expected, Money.Of((decimal)amount, Usd).Round(mode).Amount);
    }

    [Fact]
    public void Round_overloads_agree()
    {
        Money m = Money.Of(2.345m, Usd);
        Assert.Equal(2.34m, m.Round().Amount);
        Assert.Equal(2.35m, m.Round(MidpointRounding.AwayFromZero).Amount);
        Assert.Equal(2.34m, m.Round(MidpointRounding.ToEven).Amount);
        Assert.Equal(2.3m, m.Round(1, RoundingMode.HalfToEven).Amount);
        Assert.Equal(2m, m.Round(0, RoundingMode.HalfToEven).Amount);
        Assert.Equal(2.345m, m.Round(28, RoundingMode.HalfToEven).Amount);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => m.Round(-1, RoundingMode.HalfToEven)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => m.Round(29, RoundingMode.HalfToEven)).ParamName);
        Assert.Same(Usd, m.Round().Currency);
    }

    [Fact]
    public void RoundToIncrement_rounds_to_cash_steps()
    {
        Assert.Equal(1.05m, Money.Of(1.025m, Currency.FromCode("CHF")).RoundToIncrement(0.05m).Amount);
        Assert.Equal(1.00m, Money.Of(1.024m, Currency.FromCode("CHF")).RoundToIncrement(0.05m).Amount);
        Assert.Equal(1.00m, Money.Of(1.049m, Currency.FromCode("CHF")).RoundToIncrement(0.05m, RoundingMode.Down).Amount);
        Assert.Equal("increment", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, Usd).RoundToIncrement(0m)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, Usd).RoundToIncrement(-0.05m));
    }

    [Fact]
    public void IsRounded_is_true_exactly_at_the_minor_unit()
    {
        Assert.True(Money.Of(1.23m, Usd).IsRounded());
        Assert.True(Money.Of(1.2m, Usd).IsRounded());
        Assert.True(Money.Of(1.230m, Usd).IsRounded());
        Assert.False(Money.Of(1.231m, Usd).IsRounded());
        Assert.False(Money.Of(-1.231m, Usd).IsRounded());
        Assert.True(Money.Of(5m, Currency.JPY).IsRounded());
        Assert.False(Money.Of(5.5m, Currency.JPY).IsRounded());
    }

    [Fact]
    public void Split_and_Allocate_refuse_bad_arguments_with_their_names()
    {
        Money m = Money.Of(1m, Usd);
        Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => m.Split(0)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => m.Split(-1)).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => m.Allocate(Array.Empty<int>())).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => m.Allocate(0, 0)).ParamName);
        ArgumentOutOfRangeException negative = Assert.Throws<ArgumentOutOfRangeException>(() => m.Allocate(1, -2));
        Assert.Equal("ratios", negative.ParamName);
        Assert.Contains("ratios[1] was -2", negative.Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => m.Allocate(Array.Empty<decimal>())).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => m.Allocate(new[] { 0m, 0m })).ParamName);
        ArgumentOutOfRangeException negativeWeight = Assert.Throws<ArgumentOutOfRangeException>(() => m.Allocate(new[] { 1m, -0.5m }));
        Assert.Equal("weights", negativeWeight.ParamName);
        Assert.Contains("weights[1] was -0.5", negativeWeight.Message, StringComparison.Ordinal);

        // A single positive ratio among zeros is enough.
        Assert.Equal(new[] { 0m, 1m }, m.Allocate(0, 3).Select(s => s.Amount));
        Assert.Equal(new[] { 1m, 0m }, m.Allocate(new[] { 0.0001m, 0m }).Select(s => s.Amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(decimal.MaxValue, Usd).Split(2));
    }

    [Fact]
    public void Percentage_operators_and_comparisons()
    {
        Percentage five = Percentage.FromPercent(5m);
        Percentage alsoFive = Percentage.FromBasisPoints(500m);
        Percentage six = Percentage.FromFraction(0.06m);
        Assert.Equal(Percentage.FromPercent(11m), Percentage.Add(five, six));
        Assert.Equal(Percentage.FromPercent(-1m), Percentage.Subtract(five, six));
        Assert.Equal(Percentage.FromPercent(-5m), Percentage.Negate(five));
        Assert.Equal(Percentage.FromPercent(-5m), -five);
        Assert.Equal(Percentage.FromPercent(10m), Percentage.Multiply(five, 2m));
        Assert.Equal(Money.Of(5m, Usd), Percentage.Multiply(Money.Of(100m, Usd), five));
        Assert.Equal(Money.Of(5m, Usd), five * Money.Of(100m, Usd));
        Assert.Equal(5m, five.Of(100m));
        Assert.Equal(Money.Of(6m, Usd), six.Of(Money.Of(100m, Usd)));
        Assert.Equal(500m, five.BasisPoints);
        Assert.Equal(5m, five.Percent);
        Assert.Equal(1m, Percentage.OneHundred.Fraction);
        Assert.Equal(0m, Percentage.Zero.Fraction);
        Assert.True(five == alsoFive);
        Assert.False(five != alsoFive);
        Assert.True(five != six);
        Assert.False(five < alsoFive);
        Assert.False(five > alsoFive);
        Assert.True(five <= alsoFive);
        Assert.True(five >= alsoFive);
        Assert.True(five < six);
        Assert.True(six > five);
        Assert.False(six <= five);
        Assert.False(five >= six);
        Assert.Equal(0, five.CompareTo(alsoFive));
        Assert.True(five.CompareTo(six) < 0);
        Assert.Equal(five.GetHashCode(), alsoFive.GetHashCode());
        Assert.True(five.Equals((object)alsoFive));
        Assert.False(five.Equals((object)5m));
    }

    [Theory]
    [InlineData("%5", 5)]
    [InlineData("% 12.5", 12.5)]
    [InlineData("  7 %  ", 7)]
    [InlineData("-3%", -3)]
    public void Percentage_parses_the_sign_before_or_after(string text, double percent)
    {
        Assert.True(Percentage.TryParse(text, CultureInfo.InvariantCulture, out Percentage p));
        Assert.Equal((decimal)percent, p.Percent);
        Assert.Equal((decimal)percent, Percentage.Parse(text).Percent);
    }

    [Fact]
    public void Percentage_refuses_overlong_and_signless_text()
    {
        Assert.False(Percentage.TryParse(new string('1', 64) + "%", CultureInfo.InvariantCulture, out _));
        Assert.True(Percentage.TryParse(new string('1', 20) + "%", CultureInfo.InvariantCulture, out _));
        Assert.False(Percentage.TryParse(null, CultureInfo.InvariantCulture, out _));
        Assert.False(Percentage.TryParse("%", CultureInfo.InvariantCulture, out _));
        Assert.False(Percentage.TryParse("1e3%", CultureInfo.InvariantCulture, out _));
        FormatException error = Assert.Throws<FormatException>(() => Percentage.Parse("abc"));
        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);

        // A culture's own percent sign (Arabic ٪) is read when that culture is given.
        var arabic = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        arabic.NumberFormat.PercentSymbol = "\u066A";
        Assert.Equal(15m, Percentage.Parse("15\u066A", arabic).Percent);
        Assert.Equal(15m, Percentage.Parse("\u066A15", arabic).Percent);
        Assert.Equal(15m, Percentage.Parse("15%", arabic).Percent);
    }

    [Fact]
    public void Percentage_formats_without_trailing_zeros_and_rejects_unknown_formats()
    {
        Assert.Equal("19%", Percentage.FromFraction(0.1900m).ToString());
        Assert.Equal("12.5%", Percentage.FromPercent(12.50m).ToString("G", null));
        Assert.Equal("12.5%", Percentage.FromPercent(12.5m).ToString("g", CultureInfo.InvariantCulture));
        Assert.Equal("-0.25%", Percentage.FromBasisPoints(-25m).ToString());
        Assert.Equal("12.50 %", Percentage.FromPercent(12.5m).ToString("P2", CultureInfo.InvariantCulture));
        Assert.Equal("12.5 %", Percentage.FromPercent(12.5m).ToString("p1", CultureInfo.InvariantCulture));
        Assert.Contains("'X'", Assert.Throws<FormatException>(() => Percentage.FromPercent(1m).ToString("X", null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Currency_equality_and_ordering()
    {
        Currency usd = Currency.FromCode("USD");
        Assert.True(usd == Usd);
        Assert.False(usd != Usd);
        Assert.True(Usd != Eur);
        Assert.False(Usd == null);
        Assert.False(null == Usd);
        Assert.True((Currency?)null == null);
        Assert.True(Eur < Usd);
        Assert.False(Usd < Eur);
        Assert.True(Usd > Eur);
        Assert.False(Eur > Usd);
        Assert.True(Eur <= Usd);
        Assert.True(Usd <= usd);
        Assert.False(Usd <= Eur);
        Assert.True(Usd >= usd);
        Assert.False(Eur >= Usd);
        Assert.Equal(0, Currency.Compare(null, null));
        Assert.Equal(-1, Currency.Compare(null, Usd));
        Assert.Equal(1, Currency.Compare(Usd, null));
        Assert.Equal(1, Usd.CompareTo(null));
        Assert.True(Usd.Equals((object)usd));
        Assert.False(Usd.Equals((object)"USD"));
        Assert.False(Usd.Equals(null));
        Assert.Equal("USD", Usd.ToString());
        Assert.Equal(Usd.GetHashCode(), usd.GetHashCode());
        Assert.Equal(Usd, Currency.FromNumericCode(840));
        Assert.True(Currency.TryFromNumericCode(978, out Currency? eur) && eur == Eur);
        Assert.False(Currency.TryFromNumericCode(1, out Currency? none));
        Assert.Null(none);
        Assert.Contains("001", Assert.Throws<UnknownCurrencyException>(() => Currency.FromNumericCode(1)).Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode((string?)null, out _));
        Assert.True(Currency.TryFromCode("EUR".AsSpan(), out Currency? span) && span == Eur);
        Assert.False(Currency.TryFromCode("ZZZ".AsSpan(), out _));
    }

    [Fact]
    public void Exchange_rates_convert_invert_cross_and_compare()
    {
        var date = new LocalDate(2026, 11, 25);
        var eurUsd = new ExchangeRate(Eur, Usd, 1.25m, date, "ECB");
        Assert.Equal(Money.Of(125m, Usd), eurUsd.Convert(Money.Of(100m, Eur)));
        Assert.Equal("money", Assert.Throws<CurrencyMismatchException>(() => eurUsd.Convert(Money.Of(1m, Usd))).ParamName);
        ExchangeRate inverse = eurUsd.Inverse();
        Assert.Equal(0.8m, inverse.Rate);
        Assert.Same(Usd, inverse.BaseCurrency);
        Assert.Same(Eur, inverse.QuoteCurrency);
        Assert.Equal("ECB", inverse.Source);
        Assert.Equal("EUR/USD", eurUsd.Pair);
        Assert.Equal("EUR/USD 1.25 (2026-11-25)", eurUsd.ToString());
        Assert.True(eurUsd == new ExchangeRate(Eur, Usd, 1.25m, date, "ECB"));
        Assert.False(eurUsd == new ExchangeRate(Eur, Usd, 1.25m, date, "other"));
        Assert.True(eurUsd != new ExchangeRate(Eur, Usd, 1.26m, date, "ECB"));
        Assert.True(eurUsd != new ExchangeRate(Eur, Usd, 1.25m, date.PlusDays(1), "ECB"));
        Assert.True(eurUsd != new ExchangeRate(Eur, Currency.GBP, 1.25m, date, "ECB"));
        Assert.True(eurUsd != new ExchangeRate(Currency.GBP, Usd, 1.25m, date, "ECB"));
        Assert.False(eurUsd.Equals((object)1.25m));
        Assert.Equal(eurUsd.GetHashCode(), new ExchangeRate(Eur, Usd, 1.25m, date, "ECB").GetHashCode());
        Assert.Equal("quoteCurrency", Assert.Throws<ArgumentException>(() => new ExchangeRate(Eur, Eur, 1m, date)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Eur, Usd, 0m, date)).ParamName);

        // EUR/USD 1.25 and EUR/GBP 0.8 ⇒ USD/GBP = 0.8 / 1.25 = 0.64, dated the earlier of the two.
        var eurGbp = new ExchangeRate(Eur, Currency.GBP, 0.8m, date.PlusDays(-1));
        ExchangeRate cross = ExchangeRate.Cross(eurUsd, eurGbp);
        Assert.Equal("USD/GBP", cross.Pair);
        Assert.Equal(0.64m, cross.Rate);
        Assert.Equal(date.PlusDays(-1), cross.Date);
        Assert.Equal("cross rate via EUR (ECB; )", cross.Source);
        Assert.Equal(date.PlusDays(-1), ExchangeRate.Cross(eurGbp, eurUsd).Date);

        // Pivot in the quote position of one and the base of the other: EUR/USD 1.25 and USD/JPY 150 ⇒ EUR/JPY 187.5 via USD.
        var usdJpy = new ExchangeRate(Usd, Currency.JPY, 150m, date);
        ExchangeRate viaUsd = ExchangeRate.Cross(eurUsd, usdJpy);
        Assert.Equal("EUR/JPY", viaUsd.Pair);
        Assert.Equal(187.5m, viaUsd.Rate);
        Assert.Equal("cross rate via USD (ECB; )", viaUsd.Source);
        var noSource = ExchangeRate.Cross(new ExchangeRate(Eur, Usd, 2m, date), new ExchangeRate(Eur, Currency.GBP, 1m, date));
        Assert.Equal("cross rate via EUR", noSource.Source);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(eurUsd, new ExchangeRate(Currency.GBP, Currency.JPY, 190m, date))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(eurUsd, eurUsd.Inverse())).ParamName);
    }

    [Theory]
    [InlineData("EUR/USD 1.0832", true)]
    [InlineData("  EUR/USD 1.0832  ", true)]
    [InlineData("EUR/USD 1", true)]
    [InlineData("EUR/USD 0", false)]
    [InlineData("EUR/EUR 1.1", false)]
    [InlineData("EUR-USD 1.1", false)]
    [InlineData("EUR/USD  1.1", false)]
    [InlineData("EURO/USD 1.1", false)]
    [InlineData("EUR/USD", false)]
    [InlineData("EUR/USD ", false)]
    [InlineData("EUR/USD -1.1", false)]
    [InlineData("ZZZ/USD 1.1", false)]
    [InlineData("EUR/ZZZ 1.1", false)]
    [InlineData("EUR/USD 1,1", false)]
    public void ExchangeRate_parse_accepts_only_the_documented_form(string text, bool ok)
    {
        var date = new LocalDate(2026, 11, 25);
        if (ok)
        {
            ExchangeRate rate = ExchangeRate.Parse(text, date, "src");
            Assert.Equal("EUR/USD", rate.Pair);
            Assert.Equal(decimal.Parse(text.Trim().Substring(8), CultureInfo.InvariantCulture), rate.Rate);
            Assert.Equal("src", rate.Source);
        }
        else
        {
            Assert.Contains(text, Assert.Throws<FormatException>(() => ExchangeRate.Parse(text, date)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rate_table_finds_the_latest_rate_within_the_maximum_age()
    {
        var d = new LocalDate(2026, 11, 20);
        var rates = new[]
        {
            new ExchangeRate(Eur, Usd, 1.10m, d),
            new ExchangeRate(Eur, Usd, 1.12m, d.PlusDays(2)),
            new ExchangeRate(Eur, Usd, 1.12m, d.PlusDays(2)),
            new ExchangeRate(Eur, Usd, 1.15m, d.PlusDays(5)),
            new ExchangeRate(Usd, Currency.JPY, 150m, d.PlusDays(2)),
        };
        var table = new ExchangeRateTable(rates, maxAgeInDays: 2, pivot: Usd);
        Assert.Equal(5, table.Count);
        Assert.Equal(2, table.MaxAgeInDays);
        Assert.Same(Usd, table.Pivot);
        Assert.Equal(1.10m, table.GetRate(Eur, Usd, d).Rate);
        Assert.Equal(1.10m, table.GetRate(Eur, Usd, d.PlusDays(1)).Rate);
        Assert.Equal(1.12m, table.GetRate(Eur, Usd, d.PlusDays(2)).Rate);
        Assert.Equal(1.12m, table.GetRate(Eur, Usd, d.PlusDays(4)).Rate);
        Assert.Equal(1.15m, table.GetRate(Eur, Usd, d.PlusDays(7)).Rate);
        Assert.False(table.TryGetRate(Eur, Usd, d.PlusDays(8), out _));
        Assert.False(table.TryGetRate(Eur, Usd, d.PlusDays(-1), out _));
        Assert.Equal(1m / 1.12m, table.GetRate(Usd, Eur, d.PlusDays(3)).Rate);
        Assert.Equal(168m, Math.Round(table.GetRate(Eur, Currency.JPY, d.PlusDays(2)).Rate, 20));
        Assert.False(table.TryGetRate(Eur, Eur, d, out _));
        Assert.False(table.TryGetRate(Eur, Currency.GBP, d, out _));
        Assert.False(table.TryGetRate(null!, Usd, d, out _));
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => table.GetRate(Eur, Eur, d)).ParamName);
        ExchangeRateNotFoundException missing = Assert.Throws<ExchangeRateNotFoundException>(() => table.GetRate(Eur, Currency.GBP, d.PlusDays(3)));
        Assert.Contains("2026-11-21 and 2026-11-23", missing.Message, StringComparison.Ordinal);
        Assert.Contains("maximum age 2 days", missing.Message, StringComparison.Ordinal);
        Assert.Contains("no cross rate through USD", missing.Message, StringComparison.Ordinal);
        Assert.Contains("no pivot currency", Assert.Throws<ExchangeRateNotFoundException>(() => new ExchangeRateTable(rates).GetRate(Eur, Currency.GBP, d)).Message, StringComparison.Ordinal);
        ArgumentException clash = Assert.Throws<ArgumentException>(() => new ExchangeRateTable(new[] { rates[0], new ExchangeRate(Eur, Usd, 1.11m, d) }));
        Assert.Equal("rates", clash.ParamName);
        Assert.Contains("1.10 and 1.11", clash.Message, StringComparison.Ordinal);
        Assert.Equal("maxAgeInDays", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRateTable(rates, -1)).ParamName);
        Assert.Equal(1.10m, new ExchangeRateTable(rates, 0).GetRate(Eur, Usd, d).Rate);
        Assert.False(new ExchangeRateTable(rates, 0).TryGetRate(Eur, Usd, d.PlusDays(1), out _));
    }

    [Fact]
    public void Convert_through_a_provider_skips_same_currency()
    {
        var table = new ExchangeRateTable(new[] { new ExchangeRate(Eur, Usd, 2m, new LocalDate(2026, 1, 1)) });
        Assert.Equal(Money.Of(20m, Usd), table.Convert(Money.Of(10m, Eur), Usd, new LocalDate(2026, 1, 2)));
        Assert.Equal(Money.Of(10m, Eur), table.Convert(Money.Of(10m, Eur), Eur, new LocalDate(2026, 1, 2)));
        Assert.Equal("provider", Assert.Throws<ArgumentNullException>(() => ((IExchangeRateProvider)null!).Convert(Money.Of(1m, Eur), Usd, new LocalDate(2026, 1, 2))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => table.Convert(Money.Of(1m, Eur), null!, new LocalDate(2026, 1, 2))).ParamName);
    }
}
