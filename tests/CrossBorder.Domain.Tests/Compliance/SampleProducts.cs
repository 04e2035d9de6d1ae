using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Compliance;

/// <summary>The worked-case products of issue 5.</summary>
public static class SampleProducts
{
    public static readonly LocalDate Today = new(2026, 11, 25);

    /// <summary>A mains-powered Bluetooth speaker with one installed 20 Wh lithium-ion battery (two 10 Wh cells).</summary>
    public static Product Speaker() => new(Sku.Parse("SPK-BT20"), "Bluetooth speaker 30 W", HsCode.Parse("8518.22"), ProductCategory.Electronics, CountryCode.Parse("CN"), Money.Of(18.50m, "USD"))
    {
        Electrical = new ElectricalRating(mainsPowered: true, 100m, 240m, CurrentType.Alternating, 30m),
        Radio = new RadioEquipment(new[] { "Bluetooth 5.3" }, new[] { "2.4 GHz" }),
        Batteries = new[] { new Battery(BatteryChemistry.LithiumIon, 20m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 2) },
        BrandOwner = "Acme Audio Ltd",
    };

    /// <summary>A plush toy for ages 3 and up.</summary>
    public static Product PlushToy() => new(Sku.Parse("TOY-BEAR-30"), "Plush bear 30 cm", HsCode.Parse("9503.00"), ProductCategory.Toy, CountryCode.Parse("CN"), Money.Of(3.20m, "USD"))
    {
        ChildrenAgeGrade = AgeGrade.YearsAndUp(3),
    };

    /// <summary>A 100 % cotton T-shirt.</summary>
    public static Product TShirt() => new(Sku.Parse("TEE-COT-M"), "Cotton T-shirt, size M", HsCode.Parse("6109.10"), ProductCategory.Apparel, CountryCode.Parse("BD"), Money.Of(2.10m, "USD"))
    {
        Textile = TextileComposition.Pure("cotton"),
    };

    /// <summary>A 10,000 mAh (37 Wh) lithium-ion power bank.</summary>
    public static Product PowerBank() => new(Sku.Parse("PB-10K"), "Power bank 10000 mAh", HsCode.Parse("8507.60"), ProductCategory.PowerBank, CountryCode.Parse("CN"), Money.Of(6.80m, "USD"))
    {
        Electrical = new ElectricalRating(mainsPowered: false, 5m, 9m, CurrentType.Direct, 18m),
        Batteries = new[] { new Battery(BatteryChemistry.LithiumIon, 37m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 3) },
    };

    /// <summary>A face cream (a cosmetic, 50 ml).</summary>
    public static Product Cosmetic() => new(Sku.Parse("CRM-50"), "Hydrating face cream 50 ml", HsCode.Parse("3304.99"), ProductCategory.Cosmetics, CountryCode.Parse("KR"), Money.Of(4.00m, "USD"))
    {
        IsCosmetic = true,
        LiquidMillilitres = 50m,
    };

    public static HeldCertificate Certificate(string type, string? market = null, LocalDate? validUntil = null, LocalDate? issuedOn = null) => new(
        CertificateType.Parse(type),
        market is null ? Array.Empty<CountryCode>() : new[] { CountryCode.Parse(market) },
        "Test issuer",
        type + "-0001",
        issuedOn ?? new LocalDate(2025, 1, 10),
        validUntil,
        new[] { new EvidenceDocument(EvidenceKind.Certificate, type + " certificate") });
}
