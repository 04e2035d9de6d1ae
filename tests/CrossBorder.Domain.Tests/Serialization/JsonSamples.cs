using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Tests.Kpis;
using NodaTime;

namespace CrossBorder.Domain.Tests.Serialization;

/// <summary>One instance of every main input and result, built the way docs/examples build them (illustrative figures).</summary>
internal static class JsonSamples
{
    internal static readonly LocalDate Today = new(2026, 11, 25);

    internal static readonly ExchangeRateTable Rates = new(
        [
            new ExchangeRate(Currency.EUR, Currency.USD, 1.1561m, Today.PlusDays(-1), "example rate"),
            new ExchangeRate(Currency.EUR, Currency.USD, 1.1490m, new LocalDate(2026, 9, 14), "example rate"),
        ],
        maxAgeInDays: 4);

    internal static LandedCostCalculator Calculator { get; } = LandedCostCalculator.WithSamples(Rates);

    internal static Shipment Shipment()
    {
        var seaCard = new RateCard(
            "Example LCL Shenzhen-Hamburg (illustrative)", FreightMode.SeaLcl,
            [new WeightBreak(Mass.FromKilograms(0), Money.Of(0.085m, "USD"))],
            minimumCharge: Money.Of(150m, "USD"), perShipmentFee: Money.Of(65m, "USD"), transitTime: new TransitTime(32, 40));
        FreightQuote sea = seaCard.Quote(
        [
            new Carton(Dimensions.Of(60, 40, 40, LengthUnit.Centimetre), Mass.FromKilograms(12), 25),
            new Carton(Dimensions.Of(50, 40, 35, LengthUnit.Centimetre), Mass.FromKilograms(14), 10),
        ]);
        ShipmentLine[] lines =
        [
            new("TEE-BLK-M", HsCode.Parse("6109.10.00"), CountryCode.Parse("CN"), 1_250, Money.Of(2.35m, "USD"), Mass.FromGrams(230), Dimensions.Of(30, 25, 3, LengthUnit.Centimetre)),
            new("BOWL-SET-4", HsCode.Parse("3924.10.00"), CountryCode.Parse("CN"), 200, Money.Of(6.80m, "USD"), Mass.FromGrams(650), Dimensions.Of(25, 25, 12, LengthUnit.Centimetre)),
        ];
        return new Shipment(
            lines, CountryCode.Parse("CN"), CountryCode.Parse("DE"), Incoterm.FOB, sea, Today, Currency.EUR,
            insurance: InsuranceCover.Estimated(Percentage.FromPercent(0.3m), Percentage.FromPercent(110)),
            onCarriage: Money.Of(180m, "EUR"),
            fees: [new ShipmentFee("customs broker", Money.Of(95m, "EUR"))],
            sellerVatRegistered: true, allocation: AllocationMethod.ChargeableWeight);
    }

    internal static LandedCostResult LandedCost() => Calculator.Calculate(Shipment());

    internal static Product Product() =>
        new Product(Sku.Parse("SPK-BT20"), "Bluetooth speaker 30 W", HsCode.Parse("8518.22"), ProductCategory.Electronics, CountryCode.Parse("CN"), Money.Of(18.50m, "USD"))
        {
            Electrical = new ElectricalRating(mainsPowered: true, 100m, 240m, CurrentType.Alternating, 30m),
            Radio = new RadioEquipment(["Bluetooth 5.3"], ["2.4 GHz"]),
            Batteries = [new Battery(BatteryChemistry.LithiumIon, 20m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 2)],
            BrandOwner = "Acme Audio Ltd",
        }
        .WithCertificate(new HeldCertificate(CertificateType.CeRed, [], "Acme Audio Ltd", "DoC-SPK-BT20-3", new LocalDate(2025, 3, 1), null,
            [new EvidenceDocument(EvidenceKind.DeclarationOfConformity, "EU DoC SPK-BT20 rev. 3")]))
        .WithCertificate(new HeldCertificate(CertificateType.FccId, [CountryCode.Parse("US")], "TCB Example Inc.", "2BXYZ-SPK20", new LocalDate(2024, 1, 15), Today.PlusDays(45)));

    internal static ComplianceReport Compliance(string market = "DE") => ComplianceRuleSet.Default.Evaluate(Product(), CountryCode.Parse(market), Today);

    internal static SaleContext Sale() => new(MarketplaceId.Parse("amazon-de"), Today, Currency.EUR, Percentage.FromPercent(19), pricesIncludeVat: true);

    internal static ListingInput Listing() =>
        new("consumer-electronics", new UnitCost(Money.Of(8.40m, "EUR"), "landed-cost quote LC-2026-114"))
        {
            Fulfilment = Fulfilment.Fixed(Money.Of(3.90m, "EUR"), "3PL pick, pack and postage (assumed)"),
            Returns = new ReturnAssumptions(Percentage.FromPercent(4), Percentage.FromPercent(40), Money.Of(3.90m, "EUR")),
            Advertising = AdvertisingAssumptions.FromAcos(Percentage.FromPercent(25), Percentage.FromPercent(40)),
            PaymentCosts = [new PaymentCost("currency conversion (assumed)", Percentage.FromPercent(1.5m))],
        };

    internal static UnitEconomics UnitEconomics() => PricingEngine.Default.Model(Sale(), Listing()).At(Money.Of(29.99m, "EUR"));

    internal static KpiReport Kpis()
    {
        var ledger = new WorkedLedger();
        return KpiEngine.Aggregate(ledger.Query(KpiDimensions.Marketplace | KpiDimensions.Sku), ledger.Data);
    }

    internal static StoreHealthReport StoreHealth()
    {
        var ledger = new WorkedLedger();
        var data = new StoreHealthData { Orders = ledger.OrderLines };
        return Domain.Kpis.StoreHealth.Evaluate(data, ledger.Keys, ledger.Us, WorkedLedger.ZoneOf(MarketplaceId.Parse("amazon-us")), new LocalDate(2026, 3, 31));
    }

    /// <summary>Every result, by name, as the library's options serialize it.</summary>
    internal static IEnumerable<(string Name, Func<object> Build)> Results() =>
    [
        ("landedCost", LandedCost),
        ("compliance", () => Compliance()),
        ("unitEconomics", UnitEconomics),
        ("kpis", Kpis),
        ("storeHealth", StoreHealth),
    ];
}
