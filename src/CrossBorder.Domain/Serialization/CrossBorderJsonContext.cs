using System.Collections.Generic;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Source-generated JSON metadata for the library's public value and result types, so that serialization works without
/// reflection (trimmed and NativeAOT applications). <see cref="CrossBorderJson.Options"/> uses it; applications that serialize
/// their own types under AOT combine <c>CrossBorderJson.Options.TypeInfoResolver</c> with their own context through <c>JsonTypeInfoResolver.Combine</c>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.Strict, Converters = new[] { typeof(NodaLocalDateJsonConverter) })]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money[]))]
[JsonSerializable(typeof(List<Money>))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Percentage))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(MarketplaceId))]
[JsonSerializable(typeof(HsCode))]
[JsonSerializable(typeof(Mass))]
[JsonSerializable(typeof(Length))]
[JsonSerializable(typeof(Volume))]
[JsonSerializable(typeof(Dimensions))]
[JsonSerializable(typeof(EffectivePeriod))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Provenance))]
[JsonSerializable(typeof(Sku))]
[JsonSerializable(typeof(CertificateType))]
[JsonSerializable(typeof(ProductCategory))]
[JsonSerializable(typeof(ExchangeRate))]
[JsonSerializable(typeof(FreightMode))]
[JsonSerializable(typeof(Incoterm))]
[JsonSerializable(typeof(ShippingService))]
[JsonSerializable(typeof(FulfilmentChannel))]
[JsonSerializable(typeof(Platform))]
[JsonSerializable(typeof(BatteryChemistry))]
[JsonSerializable(typeof(ProductTrait))]
[JsonSerializable(typeof(ProductMeasure))]
[JsonSerializable(typeof(ChargeableWeight))]
[JsonSerializable(typeof(InsuranceCover))]
[JsonSerializable(typeof(Shipment))]
[JsonSerializable(typeof(ShipmentLine))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(SaleContext))]
[JsonSerializable(typeof(ListingInput))]
[JsonSerializable(typeof(ImportRules))]
[JsonSerializable(typeof(ImportRulesJson))]
[JsonSerializable(typeof(LandedCostResult))]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(UnitEconomics))]
[JsonSerializable(typeof(KpiReport))]
[JsonSerializable(typeof(StoreHealthReport))]
[JsonSerializable(typeof(LandedCostResultJson))]
[JsonSerializable(typeof(ComplianceReportJson))]
[JsonSerializable(typeof(RestockPlan))]
[JsonSerializable(typeof(RestockPlanJson))]
[JsonSerializable(typeof(UnitEconomicsJson))]
[JsonSerializable(typeof(KpiReportJson))]
[JsonSerializable(typeof(StoreHealthReportJson))]
internal sealed partial class CrossBorderJsonContext : JsonSerializerContext
{
}
