using System.Text;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Selection;
using CrossBorder.Domain.Serialization;
using CrossBorder.Domain.Tests.Compliance;
using NodaTime;

namespace CrossBorder.Domain.Tests.BadInput;

/// <summary>
/// The bad-input catalogue: one row per way a caller can get an argument wrong, across every namespace. Each row states the
/// exception type (exactly), the parameter name (none for <see cref="FormatException"/>, which has no ParamName), and text the
/// message must contain: the offending value. Every message must also say what is allowed (checked by
/// <see cref="SaysWhatIsAllowed"/>).
/// </summary>
public class BadInputCatalogue
{
    private static readonly LocalDate Day = new(2026, 9, 15);
    private static readonly Money Usd10 = Money.Of(10m, Currency.USD);

    public sealed record Case(string Name, Action Act, Type Expected, string? Param, string Offending)
    {
        public override string ToString() => Name;
    }

    private static Case C<TException>(string name, Action act, string? param, string offending)
        where TException : Exception => new(name, act, typeof(TException), param, offending);

    private static ShipmentLine Line(int qty = 1, decimal price = 5m, string hs = "6109100010") =>
        new("SKU", HsCode.Parse(hs), "CN", qty, Money.Of(price, Currency.USD), Mass.FromGrams(200));

    private static Shipment Ship(ShipmentLine line, string destination = "US", LocalDate? date = null) =>
        new(new[] { line }, "CN", destination, Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(10, Currency.USD), "air"), date ?? Day, Currency.USD);

    private static readonly SaleContext Us = new(MarketplaceId.Parse("amazon-us"), new LocalDate(2025, 6, 1), Currency.USD, Percentage.Zero, false);

    private static MemoryStream Utf8(string s) => new MemoryStream(Encoding.UTF8.GetBytes(s));

    public static IEnumerable<Case> All()
    {
        // ---------- Monetary ----------
        yield return C<UnknownCurrencyException>("Currency.FromCode unknown", () => Currency.FromCode("ZZZ"), "code", "ZZZ");
        yield return C<UnknownCurrencyException>("Currency.FromCode lower-case nonsense", () => Currency.FromCode("abcd"), "code", "abcd");
        yield return C<UnknownCurrencyException>("Currency.FromNumericCode unknown", () => Currency.FromNumericCode(1), "numericCode", "1");
        yield return C<UnknownCurrencyException>("Money.Of unknown code", () => Money.Of(1m, "XYZ"), "currencyCode", "XYZ");
        yield return C<UnknownCurrencyException>("Money ctor NaN-like code", () => _ = new Money(1m, "NaN"), "currencyCode", "NaN");
        yield return C<CurrencyMismatchException>("Money + mixed currencies", () => _ = Usd10 + Money.Of(1m, "EUR"), "right", "EUR");
        yield return C<CurrencyMismatchException>("Money - mixed currencies", () => _ = Usd10 - Money.Of(1m, "EUR"), "right", "EUR");
        yield return C<CurrencyMismatchException>("Money / Money mixed currencies", () => _ = Usd10 / Money.Of(1m, "GBP"), "right", "GBP");
        yield return C<CurrencyMismatchException>("Money.Sum mixed currencies", () => Money.Sum(new[] { Money.Of(1m, "JPY"), Usd10 }, Currency.JPY), "values", "USD");
        yield return C<ArgumentOutOfRangeException>("Money.Split zero parts", () => Usd10.Split(0), "parts", "0");
        yield return C<ArgumentOutOfRangeException>("Money.Split negative parts", () => Usd10.Split(-3), "parts", "-3");
        yield return C<ArgumentException>("Money.Allocate all-zero ratios", () => Usd10.Allocate(0, 0), "ratios", "0");
        yield return C<ArgumentException>("Money.Allocate empty ratios", () => Usd10.Allocate(), "ratios", "empty");
        yield return C<ArgumentOutOfRangeException>("Money.Allocate negative ratio", () => Usd10.Allocate(1, -1), "ratios", "-1");
        yield return C<ArgumentOutOfRangeException>("Money.Allocate negative weight", () => Usd10.Allocate(new[] { 1m, -0.5m }), "weights", "-0.5");
        yield return C<ArgumentOutOfRangeException>("Money.RoundToIncrement zero", () => Usd10.RoundToIncrement(0m), "increment", "0");
        yield return C<ArgumentOutOfRangeException>("Money.Round 29 decimals", () => Usd10.Round(29, RoundingMode.Up), "decimals", "29");
        yield return C<ArgumentException>("Money.FromMinorUnits currency without minor unit", () => Money.FromMinorUnits(1, Currency.FromCode("XAU")), "currency", "XAU");
        yield return C<FormatException>("Money.Parse NaN", () => Money.Parse("USD NaN"), null, "NaN");
        yield return C<FormatException>("Money.Parse Infinity", () => Money.Parse("USD Infinity"), null, "Infinity");
        yield return C<FormatException>("Money.Parse beyond decimal range", () => Money.Parse("USD 99999999999999999999999999999999"), null, "99999999999999999999999999999999");
        yield return C<FormatException>("Money.Parse currency differs from the expected one", () => Money.Parse("USD 12.50", Currency.GBP), null, "USD 12.50");
        yield return C<FormatException>("Money.Parse empty", () => Money.Parse(""), null, "''");
        // Arithmetic beyond decimal range: a MoneyOverflowException (an OverflowException subclass) naming the operation and
        // its operands, never the BCL's bare "Value was either too large or too small for a Decimal".
        Money max = Money.Of(decimal.MaxValue, Currency.USD);
        yield return C<MoneyOverflowException>("Money + beyond decimal range", () => _ = max + Money.Of(1m, Currency.USD), null, "79228162514264337593543950335");
        yield return C<MoneyOverflowException>("Money - beyond decimal range", () => _ = -max - Money.Of(1m, Currency.USD), null, "-79228162514264337593543950335");
        yield return C<MoneyOverflowException>("Money * beyond decimal range", () => _ = Money.Of(1e28m, Currency.USD) * 10m, null, "10");
        yield return C<MoneyOverflowException>("decimal * Money beyond decimal range", () => _ = 12m * Money.Of(1e28m, Currency.USD), null, "12");
        yield return C<MoneyOverflowException>("Money / small divisor beyond decimal range", () => _ = Money.Of(1e28m, Currency.USD) / 0.01m, null, "0.01");
        yield return C<MoneyOverflowException>("Money / Money ratio beyond decimal range", () => _ = Money.Of(1e28m, Currency.USD) / Money.Of(0.001m, Currency.USD), null, "0.001");
        yield return C<MoneyOverflowException>("Money.Sum beyond decimal range", () => Money.Sum(new[] { max, Money.Of(1m, Currency.USD) }, Currency.USD), null, "values");
        yield return C<MoneyOverflowException>("Money × Percentage beyond decimal range", () => _ = Money.Of(5e28m, Currency.USD) * Percentage.FromPercent(200m), null, "2");
        yield return C<MoneyOverflowException>("ExchangeRate.Convert beyond decimal range", () => new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day).Convert(Money.Of(decimal.MaxValue, Currency.EUR)), null, "1.1");
        yield return C<ArgumentOutOfRangeException>("ExchangeRate zero rate", () => _ = new ExchangeRate(Currency.EUR, Currency.USD, 0m, Day), "rate", "0");
        yield return C<ArgumentOutOfRangeException>("ExchangeRate negative rate", () => _ = new ExchangeRate(Currency.EUR, Currency.USD, -1.1m, Day), "rate", "-1.1");
        yield return C<ArgumentException>("ExchangeRate same currency", () => _ = new ExchangeRate(Currency.EUR, Currency.EUR, 1m, Day), "quoteCurrency", "EUR");
        yield return C<FormatException>("ExchangeRate.Parse NaN", () => ExchangeRate.Parse("EUR/USD NaN", Day), null, "NaN");
        yield return C<FormatException>("ExchangeRate.Parse garbage", () => ExchangeRate.Parse("hello", Day), null, "hello");
        yield return C<CurrencyMismatchException>("ExchangeRate.Convert wrong currency", () => new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day).Convert(Money.Of(1m, "GBP")), "money", "GBP");
        yield return C<ArgumentOutOfRangeException>("ExchangeRateTable negative max age", () => _ = new ExchangeRateTable(Array.Empty<ExchangeRate>(), -1), "maxAgeInDays", "-1");
        yield return C<ExchangeRateNotFoundException>("ExchangeRateTable date before the data begins", () => new ExchangeRateTable(new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day) }).GetRate(Currency.EUR, Currency.USD, new LocalDate(1999, 1, 4)), "date", "1999-01-04");
        yield return C<FormatException>("Percentage.Parse NaN", () => Percentage.Parse("NaN%"), null, "NaN");
        yield return C<FormatException>("Percentage.Parse text", () => Percentage.Parse("nineteen"), null, "nineteen");

        // ---------- Measures ----------
        yield return C<ArgumentOutOfRangeException>("Mass negative grams", () => Mass.FromGrams(-1m), "grams", "-1");
        yield return C<ArgumentOutOfRangeException>("Mass negative kilograms", () => Mass.FromKilograms(-0.5m), "kilograms", "-0.5");
        yield return C<ArgumentOutOfRangeException>("Mass beyond what grams can hold", () => Mass.FromKilograms(decimal.MaxValue), "kilograms", "79228162514264337593543950335");
        yield return C<FormatException>("Mass.Parse beyond what grams can hold", () => Mass.Parse("79228162514264337593543950335 oz"), null, "79228162514264337593543950335 oz");
        yield return C<FormatException>("Mass.Parse negative", () => Mass.Parse("-5 kg"), null, "-5 kg");
        yield return C<ArgumentOutOfRangeException>("Length negative centimetres", () => Length.FromCentimetres(-2m), "centimetres", "-2");
        yield return C<ArgumentOutOfRangeException>("Volume negative litres", () => Volume.FromLitres(-3m), "litres", "-3");
        yield return C<ArgumentOutOfRangeException>("Dimensions zero side", () => Dimensions.Of(10, 0, 5, LengthUnit.Centimetre), "second", "0");
        yield return C<ArgumentOutOfRangeException>("Dimensions negative side", () => Dimensions.Of(-10, 2, 5, LengthUnit.Centimetre), "first", "-10");
        yield return C<FormatException>("Mass.Parse unknown unit", () => Mass.Parse("12 stone"), null, "12 stone");
        yield return C<FormatException>("Length.Parse NaN", () => Length.Parse("NaN cm"), null, "NaN cm");
        yield return C<FormatException>("Volume.Parse empty", () => Volume.Parse(" "), null, "' '");

        // ---------- Geography ----------
        yield return C<FormatException>("CountryCode.Parse three letters", () => CountryCode.Parse("DEU"), null, "DEU");
        yield return C<FormatException>("CountryCode.Parse digits", () => CountryCode.Parse("12"), null, "12");
        yield return C<UnknownCountryException>("Markets.For unknown country", () => Markets.Default.For("QQ"), "country", "QQ");
        yield return C<UnknownCountryException>("CountryTable.Get unknown", () => Markets.Default.Countries.Get("ZZ"), "code", "ZZ");
        yield return C<UnknownCountryException>("CountryTable.GetByAlpha3 unknown", () => Markets.Default.Countries.GetByAlpha3("ZZZ"), "alpha3", "ZZZ");
        yield return C<FormatException>("MarketplaceId.Parse bad", () => MarketplaceId.Parse("Amazon US"), null, "Amazon US");
        yield return C<UnknownMarketplaceException>("Markets.GetMarketplace unknown", () => Markets.Default.GetMarketplace("amazon-xx", Day), "id", "amazon-xx");
        yield return C<RecordNotInForceException>("Markets VAT before the data begins", () => Markets.Default.GetStandardVatRate("FI", new LocalDate(2023, 12, 31)), "date", "2023-12-31");
        yield return C<RecordNotInForceException>("Markets.For(..).On before the data begins", () => Markets.Default.For("FI").On(new LocalDate(2023, 12, 31)), "date", "2023-12-31");
        yield return C<UnknownRetailEventException>("RetailCalendar unknown event", () => Markets.Default.Calendar.Occurrence("singles-day", "US", 2026), "eventId", "singles-day");
        yield return C<ArgumentOutOfRangeException>("RetailCalendar year out of range", () => Markets.Default.Calendar.Occurrence("black-friday", "US", 1000), "year", "1000");
        yield return C<ArgumentOutOfRangeException>("RetailCalendar negative lead time", () => Markets.Default.Calendar.LatestShipDate("black-friday", "US", 2026, -1), "leadTimeDays", "-1");
        yield return C<ArgumentException>("RetailCalendar reversed range", () => Markets.Default.Calendar.EventsBetween("GB", new LocalDate(2026, 12, 31), new LocalDate(2026, 1, 1)), "end", "2026-01-01");
        yield return C<ArgumentException>("PowerSupply unknown plug", () => _ = new PowerSupply("DE", new[] { "Z" }, new[] { 230 }, new[] { 50 }, Source.UserSupplied("x", Day)), "plugTypes", "Z");
        yield return C<ArgumentOutOfRangeException>("RetailEventRule.Fixed month 13", () => RetailEventRule.Fixed(13, 1), "month", "13");

        // ---------- Catalog ----------
        yield return C<FormatException>("HsCode.Parse 5 digits", () => HsCode.Parse("61091"), null, "61091");
        yield return C<FormatException>("HsCode.Parse letters", () => HsCode.Parse("ABCDEF"), null, "ABCDEF");
        yield return C<FormatException>("HsCode.Parse 12 digits", () => HsCode.Parse("610910001099"), null, "610910001099");
        yield return C<FormatException>("Sku.Parse blank", () => Sku.Parse("   "), null, "'   '");
        // An unknown but well-formed code is a user-defined certificate type (the vocabulary is open); only a malformed code is refused.
        yield return C<FormatException>("CertificateType.Parse malformed", () => CertificateType.Parse("NOT A CERT!"), null, "NOT A CERT!");

        // ---------- Data ----------
        yield return C<ArgumentException>("EffectivePeriod reversed", () => EffectivePeriod.Between(new LocalDate(2026, 2, 1), new LocalDate(2026, 1, 1)), "validTo", "2026-01-01");
        // A user's source may cite a document by reference rather than URL (the embedded tables' https rule is checked by
        // EmbeddedDataIntegrityTests); a blank address is refused.
        yield return C<ArgumentException>("Source blank address", () => _ = new Source("t", "  ", Day), "address", "'  '");

        // ---------- Compliance ----------
        yield return C<DataValidationException>("ComplianceRuleSet.Parse not JSON", () => ComplianceRuleSet.Parse("{ not json"), "json", "line");
        yield return C<DataValidationException>("ComplianceRuleSet.Parse wrong table", () => ComplianceRuleSet.Parse("""{ "table": "fees", "version": "1", "sources": {}, "records": [] }"""), "json", "fees");
        yield return C<DataValidationException>("ComplianceRuleSet.WithRules malformed rule", () => ComplianceRuleSet.Default.WithRules("""{ "table": "compliance-rules", "version": "1", "sources": {}, "records": [ { "id": "BAD ID" } ] }"""), "json", "BAD ID");
        yield return C<UnknownCountryException>("Compliance evaluate unknown market", () => ComplianceRuleSet.Default.Evaluate(SampleProducts.Speaker(), "QQ", Day), "market", "QQ");
        yield return C<ArgumentOutOfRangeException>("Compliance negative expiry warning", () => ComplianceRuleSet.Default.Evaluate(SampleProducts.Speaker(), "DE", Day, -5), "expiryWarningDays", "-5");
        yield return C<ArgumentOutOfRangeException>("Battery negative watt-hours", () => _ = new Battery(BatteryChemistry.LithiumIon, -20m, 1, BatteryConfiguration.ContainedInEquipment), "wattHours", "-20");
        yield return C<ArgumentOutOfRangeException>("Battery zero count", () => _ = new Battery(BatteryChemistry.LithiumIon, 20m, 0, BatteryConfiguration.ContainedInEquipment), "count", "0");

        // ---------- Logistics ----------
        yield return C<UnknownIncotermException>("Incoterm.Parse DDU", () => Incoterm.Parse("DDU"), "code", "DDU");
        yield return C<UnknownIncotermException>("Incoterm.Parse NaN", () => Incoterm.Parse("NaN"), "code", "NaN");
        yield return C<ArgumentOutOfRangeException>("FreightQuote negative amount", () => FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(-1, Currency.USD), "x"), "amount", "-1");
        yield return C<ArgumentException>("ChargeableWeight no cartons", () => ChargeableWeight.Of(Array.Empty<Carton>(), null, WeightRounding.None, ChargeableWeightBasis.PerShipment), "cartons", "empty");

        // ---------- Customs ----------
        yield return C<DataValidationException>("ImportRulesTable.Load not JSON", () => ImportRulesTable.Load(Utf8("[1,2")), "utf8Json", "line");
        yield return C<DataValidationException>("ImportRulesTable.Load empty object", () => ImportRulesTable.Load(Utf8("{}")), "utf8Json", "table");
        yield return C<DataValidationException>("TariffSchedule.Load not JSON", () => TariffSchedule.Load(Utf8("nope")), "utf8Json", "line");
        yield return C<ArgumentException>("TariffLine HS prefix with dots", () => _ = new TariffLine("US", "6109.10", "x", DutyRate.AdValoremRate(Percentage.FromPercent(16.5m)), EffectivePeriod.Always, Source.UserSupplied("x", Day)), "hsPrefix", "6109.10");

        // ---------- LandedCost ----------
        yield return C<ArgumentOutOfRangeException>("ShipmentLine zero quantity", () => Line(qty: 0), "quantity", "0");
        yield return C<ArgumentOutOfRangeException>("ShipmentLine negative quantity", () => Line(qty: -4), "quantity", "-4");
        yield return C<ArgumentOutOfRangeException>("ShipmentLine negative price", () => Line(price: -0.01m), "unitPrice", "-0.01");
        yield return C<ArgumentException>("Shipment with no lines", () => _ = new Shipment(Array.Empty<ShipmentLine>(), "CN", "US", Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(1, Currency.USD), "x"), Day, Currency.USD), "lines", "empty");
        yield return C<ArgumentException>("Shipment origin equals destination", () => Ship(Line(), destination: "CN"), "destination", "CN");
        yield return C<ArgumentOutOfRangeException>("ShipmentFee negative", () => _ = new ShipmentFee("broker", Money.Of(-1, Currency.USD)), "amount", "-1");
        yield return C<ArgumentException>("CostAllocator by volume without dimensions", () => CostAllocator.Allocate(Usd10, new[] { Line() }, AllocationMethod.Volume), "lines", "SKU");
        yield return C<ArgumentException>("CostAllocator empty weights", () => CostAllocator.Allocate(Usd10, Array.Empty<decimal>()), "weights", "empty");
        yield return C<ArgumentOutOfRangeException>("CostAllocator negative weight", () => CostAllocator.Allocate(Usd10, new[] { 1m, -2m }), "weights", "-2");
        yield return C<TariffLineNotFoundException>("LandedCost HS code not in the schedule", () => LandedCostCalculator.WithSamples(new ExchangeRateTable(Array.Empty<ExchangeRate>())).Calculate(Ship(Line(hs: "8703230000"))), "shipment", "8703.23.00.00");
        yield return C<ExchangeRateNotFoundException>("LandedCost missing exchange rate", () => LandedCostCalculator.WithSamples(new ExchangeRateTable(Array.Empty<ExchangeRate>())).Calculate(new Shipment(new[] { new ShipmentLine("SKU", HsCode.Parse("6109100010"), "CN", 1, Money.Of(5m, "CNY"), Mass.FromGrams(200)) }, "CN", "US", Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(10, Currency.USD), "air"), Day, Currency.USD)), null, "CNY");

        // ---------- Pricing ----------
        yield return C<UnknownFeeCategoryException>("Pricing unknown fee category", () => PricingEngine.Default.Model(Us, new ListingInput("no-such-category", new UnitCost(Money.Of(5m, "USD")))).At(Money.Of(20m, "USD")), "category", "no-such-category");
        yield return C<CurrencyMismatchException>("Pricing price in the wrong currency", () => PricingEngine.Default.Model(Us, new ListingInput("home-and-kitchen", new UnitCost(Money.Of(5m, "USD")))).At(Money.Of(20m, "EUR")), "price", "EUR");
        yield return C<ArgumentOutOfRangeException>("Pricing negative price", () => PricingEngine.Default.Model(Us, new ListingInput("home-and-kitchen", new UnitCost(Money.Of(5m, "USD")))).At(Money.Of(-20m, "USD")), "price", "-20");
        yield return C<ArgumentOutOfRangeException>("PriceTarget margin of 100%", () => PriceTarget.NetMargin(Percentage.FromPercent(100)), "margin", "100");
        yield return C<ArgumentOutOfRangeException>("UnitCost negative", () => _ = new UnitCost(Money.Of(-5m, "USD")), "amount", "-5");
        yield return C<UnknownFeeCategoryException>("SaleContext marketplace without fee schedules", () => PricingEngine.Default.Model(new SaleContext(MarketplaceId.Parse("amazon-xx"), new LocalDate(2025, 6, 1), Currency.USD, Percentage.Zero, false), new ListingInput("home-and-kitchen", new UnitCost(Money.Of(5m, "USD")))).At(Money.Of(20m, "USD")), "sale", "amazon-xx");

        // ---------- Kpis and Inventory: sums beyond 64-bit minor units / 32-bit counts (never a bare OverflowException) ----------
        var keys = new LedgerKeys();
        MarketplaceKey amazonUs = keys.Marketplace("amazon-us");
        SkuKey mug = keys.Sku("MUG");
        Instant march2 = Instant.FromUtc(2026, 3, 2, 12, 0);
        var kpiQuery = new KpiQuery(keys, Currency.USD, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), _ => DateTimeZone.Utc);
        Money huge = Money.Of(50_000_000_000_000_000m, Currency.USD); // 5 × 10^18 cents: two of them exceed 64 bits
        Money zero = Money.Of(0m, Currency.USD);
        OrderLine HugeLine(string id) => new(id, 1, march2, amazonUs, mug, 1, huge, zero, zero, zero);
        KpiAggregation Fed(string id)
        {
            var aggregation = new KpiAggregation(kpiQuery);
            aggregation.Add(HugeLine(id));
            return aggregation;
        }

        yield return C<ArgumentOutOfRangeException>("KpiAggregation.Add sum beyond 64-bit minor units", () => Fed("O1").Add(HugeLine("O2")), "row", "USD 50000000000000000");
        yield return C<ArgumentOutOfRangeException>("KpiAggregation.Add span sum beyond 64 bits", () => new KpiAggregation(kpiQuery).Add<OrderLine>(new[] { HugeLine("O1"), HugeLine("O2") }.AsSpan()), "rows", "rows[1]");
        yield return C<ArgumentOutOfRangeException>("KpiEngine.Aggregate sum beyond 64 bits", () => KpiEngine.Aggregate(kpiQuery, new LedgerData { OrderLines = new[] { HugeLine("O1"), HugeLine("O2") } }, 1), "ledger", "ledger.OrderLines[1]");
        yield return C<ArgumentOutOfRangeException>("KpiAggregation.Merge sum beyond 64 bits", () => Fed("O1").Merge(Fed("O2")), "other", "5000000000000000000 + 5000000000000000000");
        yield return C<ArgumentOutOfRangeException>("KpiReport negative rowsRead", () => _ = new KpiReport(Currency.USD, Array.Empty<KpiGroup>(), -1, RowRejections.None), "rowsRead", "-1");
        yield return C<ArgumentOutOfRangeException>("KpiReport.Merge sum beyond 64 bits", () => Fed("O1").ToReport().Merge(Fed("O2").ToReport()), "other", "5000000000000000000 + 5000000000000000000");
        yield return C<ArgumentOutOfRangeException>("LedgerTotals + sum beyond 64 bits", () => _ = Fed("O1").ToReport().Total + Fed("O2").ToReport().Total, "right", "5000000000000000000 + 5000000000000000000");
        yield return C<ArgumentOutOfRangeException>("OrderLine amount beyond 64-bit minor units", () => _ = new OrderLine("O1", 1, march2, amazonUs, mug, 1, Money.Of(decimal.MaxValue, Currency.USD), zero, zero, zero), "itemPrice", "79228162514264337593543950335");
        yield return C<ArgumentOutOfRangeException>("SkuCost beyond 64 bits", () => _ = new SkuCost(mug, new EffectivePeriod(new LocalDate(2026, 1, 1), null), Money.Of(1e20m, Currency.USD)), "costPerUnit", "100000000000000000000");
        yield return C<InvalidOperationException>("Money.ToMinorUnits beyond 64 bits", () => Money.Of(1e18m, Currency.USD).ToMinorUnits(), null, "1000000000000000000");
        yield return C<ArgumentOutOfRangeException>("StockPosition inventory position beyond 32 bits", () => _ = new StockPosition(1, new[] { new InboundShipment(Day, int.MaxValue) }), "inbound", "2147483648");
        yield return C<ArgumentOutOfRangeException>("DemandHistory a day's units beyond 32 bits", () => DemandHistory.FromLedger(
            mug,
            new[] { new OrderLine("O1", 1, march2, amazonUs, mug, int.MaxValue, zero, zero, zero, zero), new OrderLine("O2", 1, march2, amazonUs, mug, int.MaxValue, zero, zero, zero, zero) },
            Array.Empty<InventorySnapshot>(),
            DateTimeZone.Utc,
            new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31))), "orders", "4294967294");
        // Money.Allocate's own refusal (it has no parameter to name: the amount is the instance); before round 4 the fast path of
        // CostAllocator let the BCL's bare OverflowException out of both calls.
        yield return C<ArgumentOutOfRangeException>("CostAllocator total beyond what minor units can hold", () => CostAllocator.Allocate(Money.Of(decimal.MaxValue, Currency.USD), new[] { 1m, 2m }), null, "79228162514264337593543950335");
        yield return C<ArgumentOutOfRangeException>("LandedCostCalculator customs value beyond what minor units can hold", () => LandedCostCalculator.WithSamples(new ExchangeRateTable(Array.Empty<ExchangeRate>())).Calculate(Ship(Line(qty: 1_000_000, price: 7e22m))), null, "11550000000000000000000000000");

        // ---------- Selection (start-up capital plan) ----------
        yield return C<ArgumentOutOfRangeException>("DropshippingModel negative conversion rate", () => _ = new DropshippingModel(Percentage.FromPercent(-2), 10), "conversionRate", "-2");
        yield return C<ArgumentOutOfRangeException>("BrandStockingModel conversion rate above 100 %", () => _ = new BrandStockingModel(Percentage.FromPercent(120), 2, 20, 25, 30), "conversionRate", "120");
        yield return C<ArgumentOutOfRangeException>("BrandStockingModel zero order cover", () => _ = new BrandStockingModel(Percentage.FromPercent(8), 2, 20, 25, 0), "orderCoverDays", "0");
        yield return C<ArgumentOutOfRangeException>("LaunchSku negative sessions", () => _ = new LaunchSku(Sku.Parse("A"), Usd10, Money.Of(1m, Currency.USD), -1m), "sessionsPerDay", "-1");
        yield return C<CurrencyMismatchException>("LaunchSku fees in another currency", () => _ = new LaunchSku(Sku.Parse("A"), Usd10, Money.Of(1m, "EUR"), 5m), "marketplaceFeesPerUnit", "EUR");
        yield return C<ArgumentOutOfRangeException>("PayoutSchedule zero interval", () => PayoutSchedule.Every(0, 7), "intervalDays", "0");
        yield return C<ArgumentOutOfRangeException>("LaunchCase zero months", () => _ = new LaunchCase(Day, 0, new[] { new LaunchSku(Sku.Parse("A"), Usd10, Usd10, 1m) }, PayoutSchedule.Every(14, 7)), "months", "0");

        // ---------- Serialization ----------
        yield return C<System.Text.Json.JsonException>("CrossBorderJson Money NaN", () => System.Text.Json.JsonSerializer.Deserialize<Money>("""{"amount":"NaN","currency":"USD"}""", CrossBorderJson.Options), null, "NaN");
        yield return C<System.Text.Json.JsonException>("CrossBorderJson Money as a string", () => System.Text.Json.JsonSerializer.Deserialize<Money>("\"USD 12.50\"", CrossBorderJson.Options), null, "found a string");
        yield return C<System.Text.Json.JsonException>("CrossBorderJson unknown currency", () => System.Text.Json.JsonSerializer.Deserialize<Currency>("\"ZZZ\"", CrossBorderJson.Options), null, "ZZZ");
        yield return C<System.Text.Json.JsonException>("CrossBorderJson bad country", () => System.Text.Json.JsonSerializer.Deserialize<CountryCode>("\"DEU\"", CrossBorderJson.Options), null, "DEU");
        yield return C<System.Text.Json.JsonException>("CrossBorderJson bad HS code", () => System.Text.Json.JsonSerializer.Deserialize<HsCode>("\"61.09\"", CrossBorderJson.Options), null, "61.09");

        // ---------- Csv ----------
        yield return C<CsvImportException>("ECB CSV NaN rate", () => EcbReferenceRatesCsv.Read(new StringReader("Date,USD,\n2026-09-15,NaN,\n")), null, "NaN");
        yield return C<CsvImportException>("ECB CSV bad date", () => EcbReferenceRatesCsv.Read(new StringReader("Date,USD,\n15/09/2026,1.1,\n")), null, "15/09/2026");
        yield return C<CsvImportException>("ECB CSV unknown currency column", () => EcbReferenceRatesCsv.Read(new StringReader("Date,ZZZ,\n2026-09-15,1.1,\n")), null, "ZZZ");
        yield return C<CsvImportException>("ECB CSV negative rate", () => EcbReferenceRatesCsv.Read(new StringReader("Date,USD,\n2026-09-15,-1.1,\n")), null, "-1.1");
    }

    public static IEnumerable<object[]> Cases => All().Select(c => new object[] { c });

    /// <summary>The message says what is allowed: it uses one of the phrasings of Internal/Preconditions and the domain exceptions.</summary>
    internal static bool SaysWhatIsAllowed(string message) =>
        new[] { "must", "use ", "expected", "allowed", "one of", "range", "should", "valid", "known", "is not", "not in force", "no ", "only", "needs", "requires", "cannot" }
            .Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void The_catalogue_has_at_least_eighty_cases_across_every_namespace() => Assert.True(All().Count() >= 80, All().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_refused_with_a_specific_exception_naming_the_argument_and_the_value(Case c)
    {
        Exception? ex = Record.Exception(c.Act);
        Assert.True(ex is not null, $"{c.Name}: no exception was thrown");
        Assert.True(ex.GetType() == c.Expected, $"{c.Name}: expected {c.Expected.Name}, got {ex.GetType().Name}: {ex.Message}");
        if (c.Param is not null)
        {
            Assert.True(ex is ArgumentException, $"{c.Name}: {ex.GetType().Name} does not derive from ArgumentException");
            Assert.Equal(c.Param, ((ArgumentException)ex).ParamName);
        }

        string all = ex is DataValidationException dv ? ex.Message + string.Join("\n", dv.Problems) : ex is CsvImportException ce ? ex.Message + string.Join("\n", ce.Problems) : ex.Message;
        Assert.True(all.Contains(c.Offending, StringComparison.Ordinal), $"{c.Name}: the message does not name '{c.Offending}': {all}");
        Assert.True(SaysWhatIsAllowed(all), $"{c.Name}: the message does not say what is allowed: {all}");
    }
}
