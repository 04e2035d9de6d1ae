namespace CrossBorder.Domain.Geography;

/// <summary>The kind of general consumption tax a country levies on sales of goods to consumers.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<IndirectTaxKind>))]
public enum IndirectTaxKind
{
    /// <summary>Value added tax (EU, UK, Norway, Switzerland, Türkiye, Mexico, the Gulf…).</summary>
    Vat = 1,

    /// <summary>Goods and services tax (Australia, New Zealand, Singapore, India, Canada's federal tax).</summary>
    Gst = 2,

    /// <summary>Japan's consumption tax (national and local parts, charged together).</summary>
    ConsumptionTax = 3,

    /// <summary>Malaysia's single-stage sales tax on goods (SST), including the sales tax on low-value goods.</summary>
    SalesTax = 4,

    /// <summary>
    /// Sub-national retail sales taxes with no national VAT (United States): no import VAT at the border; states' sales taxes are
    /// collected at the point of sale, by the marketplace where a marketplace-facilitator law applies. Not zero tax.
    /// </summary>
    SubnationalSalesTax = 5,

    /// <summary>Brazil's layered federal and state taxes on goods (II, IPI, PIS/COFINS, ICMS), only outlined here.</summary>
    LayeredFederalAndState = 6,
}
