using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes a computed result as its JSON model (the <c>…Json</c> records), always with the library's contract
/// (<see cref="CrossBorderJson.Options"/>), so a result serializes the same under any options. Results are computed, not read:
/// reading one throws a <see cref="JsonException"/> that names the model type to read instead.
/// </summary>
internal abstract class ModelJsonConverter<TResult, TModel> : JsonConverter<TResult>
    where TResult : notnull
{
    public override TResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException($"A {typeof(TResult).Name} is computed by the library and is not read back from JSON; deserialize its model {typeof(TModel).Name} instead.");

    public override void Write(Utf8JsonWriter writer, TResult value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        JsonSerializer.Serialize(writer, ToModel(value), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TModel>)CrossBorderJson.Options.GetTypeInfo(typeof(TModel)));
    }

    protected abstract TModel ToModel(TResult value);
}

/// <summary>Reads and writes <see cref="ImportRules"/> through its plain model <see cref="ImportRulesJson"/>.</summary>
internal sealed class ImportRulesJsonConverter : JsonConverter<ImportRules>
{
    public override ImportRules Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ImportRulesJson? model = JsonSerializer.Deserialize(ref reader, Model);
        return model is null ? throw new JsonException("Import rules are an object, not null.") : model.ToRules();
    }

    public override void Write(Utf8JsonWriter writer, ImportRules value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        Internal.Preconditions.CheckNotNull(value, nameof(value));
        JsonSerializer.Serialize(writer, ImportRulesJson.From(value), Model);
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImportRulesJson> Model =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImportRulesJson>)CrossBorderJson.Options.GetTypeInfo(typeof(ImportRulesJson));
}

internal sealed class LandedCostResultJsonConverter : ModelJsonConverter<LandedCostResult, LandedCostResultJson>
{
    protected override LandedCostResultJson ToModel(LandedCostResult value) => LandedCostResultJson.From(value);
}

internal sealed class CostNodeJsonConverter : ModelJsonConverter<CostNode, CostNodeJson>
{
    protected override CostNodeJson ToModel(CostNode value) => CostNodeJson.From(value);
}

internal sealed class LineLandedCostJsonConverter : ModelJsonConverter<LineLandedCost, LineLandedCostJson>
{
    protected override LineLandedCostJson ToModel(LineLandedCost value) => LineLandedCostJson.From(value);
}

internal sealed class ComplianceReportJsonConverter : ModelJsonConverter<ComplianceReport, ComplianceReportJson>
{
    protected override ComplianceReportJson ToModel(ComplianceReport value) => ComplianceReportJson.From(value);
}

internal sealed class ComplianceFindingJsonConverter : ModelJsonConverter<ComplianceFinding, ComplianceFindingJson>
{
    protected override ComplianceFindingJson ToModel(ComplianceFinding value) => ComplianceFindingJson.From(value);
}

internal sealed class ComplianceCheckJsonConverter : ModelJsonConverter<ComplianceCheck, ComplianceCheckJson>
{
    protected override ComplianceCheckJson ToModel(ComplianceCheck value) => ComplianceCheckJson.From(value);
}

internal sealed class ServiceVerdictJsonConverter : ModelJsonConverter<ServiceVerdict, ServiceVerdictJson>
{
    protected override ServiceVerdictJson ToModel(ServiceVerdict value) => ServiceVerdictJson.From(value);
}

internal sealed class UnitEconomicsJsonConverter : ModelJsonConverter<UnitEconomics, UnitEconomicsJson>
{
    protected override UnitEconomicsJson ToModel(UnitEconomics value) => UnitEconomicsJson.From(value);
}

internal sealed class BreakdownLineJsonConverter : ModelJsonConverter<BreakdownLine, BreakdownLineJson>
{
    protected override BreakdownLineJson ToModel(BreakdownLine value) => BreakdownLineJson.From(value);
}

internal sealed class KpiReportJsonConverter : ModelJsonConverter<KpiReport, KpiReportJson>
{
    protected override KpiReportJson ToModel(KpiReport value) => KpiReportJson.From(value);
}

internal sealed class KpiGroupJsonConverter : ModelJsonConverter<KpiGroup, KpiRowJson>
{
    protected override KpiRowJson ToModel(KpiGroup value) => KpiRowJson.From(value.Key, value.Totals);
}

internal sealed class StoreHealthReportJsonConverter : ModelJsonConverter<StoreHealthReport, StoreHealthReportJson>
{
    protected override StoreHealthReportJson ToModel(StoreHealthReport value) => StoreHealthReportJson.From(value);
}

internal sealed class HealthMetricResultJsonConverter : ModelJsonConverter<HealthMetricResult, HealthMetricJson>
{
    protected override HealthMetricJson ToModel(HealthMetricResult value) => HealthMetricJson.From(value);
}

internal sealed class RestockPlanJsonConverter : ModelJsonConverter<RestockPlan, RestockPlanJson>
{
    protected override RestockPlanJson ToModel(RestockPlan value) => RestockPlanJson.From(value);
}
