#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// Compliance check of a Bluetooth speaker in five markets: run with `dotnet run docs/examples/compliance.cs` from the repository root.
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using NodaTime;

var today = new LocalDate(2026, 11, 25);

// The product: mains-powered, Bluetooth, one installed 20 Wh lithium-ion battery (two cells).
var speaker = new Product(Sku.Parse("SPK-BT20"), "Bluetooth speaker 30 W", HsCode.Parse("8518.22"), ProductCategory.Electronics, CountryCode.Parse("CN"), Money.Of(18.50m, "USD"))
{
    Electrical = new ElectricalRating(mainsPowered: true, 100m, 240m, CurrentType.Alternating, 30m),
    Radio = new RadioEquipment(["Bluetooth 5.3"], ["2.4 GHz"]),
    Batteries = [new Battery(BatteryChemistry.LithiumIon, 20m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 2)],
    BrandOwner = "Acme Audio Ltd",
};

// What the seller already holds: a RED declaration for the EU (valid with no end), an FCC grant that expires soon,
// and the UN 38.3 test summary of the battery.
speaker = speaker
    .WithCertificate(new HeldCertificate(CertificateType.CeRed, [], "Acme Audio Ltd", "DoC-SPK-BT20-3", new LocalDate(2025, 3, 1), null,
        [new EvidenceDocument(EvidenceKind.DeclarationOfConformity, "EU DoC SPK-BT20 rev. 3"), new EvidenceDocument(EvidenceKind.TestReport, "EN 300 328 report 25-0311")]))
    .WithCertificate(new HeldCertificate(CertificateType.FccId, [CountryCode.Parse("US")], "TCB Example Inc.", "2BXYZ-SPK20", new LocalDate(2024, 1, 15), today.PlusDays(45)))
    .WithCertificate(new HeldCertificate(CertificateType.Un383TestSummary, [], "Cell maker Co.", "UN38.3-4471", new LocalDate(2024, 6, 1), null));

var rules = ComplianceRuleSet.Default;
foreach (string code in new[] { "DE", "GB", "US", "JP", "AU" })
{
    ComplianceReport report = rules.Evaluate(speaker, CountryCode.Parse(code), today);
    Console.WriteLine(report);
}

// Every finding explains itself: the rule, why it applies to this product, and the source it rests on.
ComplianceReport de = rules.Evaluate(speaker, CountryCode.Parse("DE"), today);
Console.WriteLine("Why each German requirement applies:");
foreach (ComplianceCheck check in de.Requirements)
{
    Console.WriteLine($"  {check.Finding.RuleId,-28} {check.Status,-9} {check.Finding.Reason}");
    Console.WriteLine($"  {"",-28} source: {check.Finding.Source.Title} <{check.Finding.Source.Address}>, in force {check.Finding.Period}");
}
