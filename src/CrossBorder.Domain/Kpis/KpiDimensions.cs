using System;

namespace CrossBorder.Domain.Kpis;

/// <summary>The dimensions KPI results are grouped by (combine with <c>|</c>); the period is chosen separately with <see cref="PeriodGrouping"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<KpiDimensions>))]
[Flags]
public enum KpiDimensions
{
    /// <summary>One group for the whole ledger (per period, if a period grouping is chosen).</summary>
    None = 0,

    /// <summary>By marketplace (<c>amazon-de</c>, <c>amazon-fr</c>…).</summary>
    Marketplace = 1,

    /// <summary>By market: the country a marketplace sells into, from <see cref="KpiQuery.MarketOf"/>.</summary>
    Market = 2,

    /// <summary>By seller SKU.</summary>
    Sku = 4,

    /// <summary>By advertising campaign (sales rows, which carry no campaign, fall in the group without campaign).</summary>
    Campaign = 8,

    /// <summary>By fulfilment channel (rows without a channel — fees, ads, reviews… — fall in the group without channel).</summary>
    Channel = 16,
}
