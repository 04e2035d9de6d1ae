using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;
using static CrossBorder.Domain.Tests.Reliability.Fuzzing.FuzzInput;

namespace CrossBorder.Domain.Tests.Reliability.Fuzzing;

/// <summary>
/// Issue 12, fuzzing: every text parser of the value types gets 10,000 random or mutated strings. Parse may only answer its
/// documented exception (FormatException, or the domain's unknown-code ArgumentException); TryParse never throws and agrees
/// with Parse; a value that parses formats to text that parses back to the same value.
/// </summary>
public class ValueParserFuzzTests
{
    private static readonly LocalDate Day = new(2026, 9, 15);

    private static FsCheck.Gen<string> Inputs(params string[] valid) => FsCheck.Fluent.Gen.Frequency((2, Text), (1, Mutated(valid)));

    private static void Fuzz<T>(FsCheck.Gen<string> inputs, Func<string, T> parse, TryParse<T>? tryParse, Func<T, string>? format, params Type[] documented) =>
        Run(inputs, text =>
        {
            T? parsed = default;
            Exception? thrown = Record.Exception(() => parsed = parse(text));
            bool ok = thrown is null;
            T? tried = parsed;
            if (tryParse is not null)
            {
                OnlyDocumented(text, () => ok = tryParse(text, out tried));
                if (ok && thrown is null)
                {
                    Assert.Equal(parsed, tried); // TryParse gives the value Parse gives
                }
            }

            if (thrown is not null && !documented.Any(t => t.IsInstanceOfType(thrown)))
            {
                throw new Xunit.Sdk.XunitException($"Parse({Show(text)}) raised an undocumented {thrown.GetType().FullName}: {thrown}");
            }

            Assert.True(ok == (thrown is null), $"TryParse and Parse disagree on {Show(text)}: TryParse {ok}, Parse {thrown?.GetType().Name ?? "succeeded"}");
            if (ok && format is not null)
            {
                Assert.Equal(tried, parse(format(tried!)));
            }
        });

    private delegate bool TryParse<T>(string text, out T value);

    [Fact]
    public void Money_parse() => Fuzz(
        Inputs("USD 12.50", "EUR 0.99", "JPY 1200", "-GBP 3.5", "USD -0.01", "KWD 1.234", "XAU 1"),
        t => Money.Parse(t), (string t, out Money m) => Money.TryParse(t, out m), m => m.ToString(), typeof(FormatException));

    [Fact]
    public void Currency_from_code() => Fuzz(
        Inputs("USD", "eur", "JPY", "XAU"),
        Currency.FromCode, (string t, out Currency c) => Currency.TryFromCode(t, out c!), c => c.Code, typeof(UnknownCurrencyException));

    [Fact]
    public void Percentage_parse() => Fuzz(
        Inputs("19%", "7.5 %", "-2%", "0.1%", "100%"),
        t => Percentage.Parse(t), (string t, out Percentage p) => Percentage.TryParse(t, null, out p), p => p.ToString(), typeof(FormatException));

    [Fact]
    public void Exchange_rate_parse() => Fuzz(
        Inputs("EUR/USD 1.1561", "USD/JPY 155.2", "GBP/EUR 1.17"),
        t => ExchangeRate.Parse(t, Day), (string t, out ExchangeRate r) => ExchangeRate.TryParse(t, Day, out r),
        r => r.Pair + " " + r.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture), typeof(FormatException));

    [Fact]
    public void Country_code_parse() => Fuzz(
        Inputs("DE", "us", "GB", "JP"),
        CountryCode.Parse, (string t, out CountryCode c) => CountryCode.TryParse(t, out c), c => c.Value, typeof(FormatException));

    [Fact]
    public void Marketplace_id_parse() => Fuzz(
        Inputs("amazon-us", "ebay-uk", "shopee-sg", "amazon-de"),
        MarketplaceId.Parse, (string t, out MarketplaceId m) => MarketplaceId.TryParse(t, out m), m => m.Value, typeof(FormatException));

    [Fact]
    public void Hs_code_parse() => Fuzz(
        Inputs("6109.10.00", "610910", "6109100010", "8518.22"),
        HsCode.Parse, (string t, out HsCode h) => HsCode.TryParse(t, out h), h => h.ToString(), typeof(FormatException));

    [Fact]
    public void Sku_parse() => Fuzz(
        Inputs("TEE-BLK-M", "SKU-1", "a b"),
        Sku.Parse, (string t, out Sku s) => Sku.TryParse(t, out s), s => s.Value, typeof(FormatException));

    [Fact]
    public void Certificate_type_parse() => Fuzz(
        Inputs("CE-RED", "UKCA", "PSE-CIRCLE"),
        CertificateType.Parse, (string t, out CertificateType c) => CertificateType.TryParse(t, out c), c => c.Code, typeof(FormatException));

    [Fact]
    public void Incoterm_parse() => Fuzz(
        Inputs("FOB", "ddp", "CIF", "EXW"),
        Incoterm.Parse, (string t, out Incoterm i) => Incoterm.TryParse(t, out i!), i => i.Name, typeof(UnknownIncotermException));

    [Fact]
    public void Mass_parse() => Fuzz(
        Inputs("12 kg", "230 g", "1.5 lb", "8 oz"),
        Mass.Parse, (string t, out Mass m) => Mass.TryParse(t, out m), m => m.ToString(), typeof(FormatException));

    [Fact]
    public void Length_parse() => Fuzz(
        Inputs("30 cm", "12 in", "1.2 m", "5 mm"),
        Length.Parse, (string t, out Length l) => Length.TryParse(t, out l), l => l.ToString(), typeof(FormatException));

    [Fact]
    public void Volume_parse() => Fuzz(
        Inputs("1.5 l", "500 ml", "2 m3"),
        Volume.Parse, (string t, out Volume v) => Volume.TryParse(t, out v), v => v.ToString(), typeof(FormatException));

    [Fact]
    public void TryParse_twins_answer_false_for_null_and_agree_with_Parse_on_worked_examples()
    {
        Assert.False(Mass.TryParse(null, out Mass m));
        Assert.Equal(default, m);
        Assert.False(Length.TryParse(null, out _));
        Assert.False(Volume.TryParse(null, out _));
        Assert.False(ExchangeRate.TryParse(null, Day, out ExchangeRate r));
        Assert.Equal(default, r);

        Assert.True(Mass.TryParse(" 1.5 LB ", out m));
        Assert.Equal(Mass.FromPounds(1.5m), m);
        Assert.Equal(MassUnit.Pound, m.Unit);
        Assert.True(Length.TryParse("30cm", out Length l));
        Assert.Equal(Length.FromCentimetres(30m), l);
        Assert.True(Volume.TryParse("2 m³", out Volume v));
        Assert.Equal(Volume.FromCubicMetres(2m), v);
        Assert.True(ExchangeRate.TryParse("EUR/USD 1.0832", Day, "ECB", out r));
        Assert.Equal(new ExchangeRate(Currency.EUR, Currency.USD, 1.0832m, Day, "ECB"), r);

        // Negative values, values beyond the base unit, the wrong separator: false, where Parse says FormatException.
        Assert.False(Mass.TryParse("-5 kg", out _));
        Assert.False(Mass.TryParse("79228162514264337593543950335 oz", out _));
        Assert.False(Length.TryParse("12,5 cm", out _));
        Assert.False(Volume.TryParse("1 gallon", out _));
        Assert.False(ExchangeRate.TryParse("EUR/EUR 1", Day, out _));
        Assert.False(ExchangeRate.TryParse("EUR/USD 0", Day, out _));
        Assert.False(ExchangeRate.TryParse("EUR/USD 1,08", Day, out _));
    }
}
