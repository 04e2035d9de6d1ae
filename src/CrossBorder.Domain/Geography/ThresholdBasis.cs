namespace CrossBorder.Domain.Geography;

/// <summary>What value a low-value import threshold is measured on.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ThresholdBasis>))]
public enum ThresholdBasis
{
    /// <summary>
    /// The intrinsic value of the whole consignment: the price of the goods, without transport and insurance where stated separately,
    /// and without taxes (EU, United Kingdom).
    /// </summary>
    IntrinsicValuePerConsignment = 1,

    /// <summary>The customs value of the consignment (Australia, New Zealand, Canada's value for duty, Japan's total customs value).</summary>
    CustomsValuePerConsignment = 2,

    /// <summary>The fair retail value in the country of shipment of the articles one person imports on one day (United States, 19 U.S.C. 1321).</summary>
    FairRetailValuePerPersonPerDay = 3,

    /// <summary>The value of each item at the point of sale, without transport and insurance (Norway's VOEC, Singapore's low-value goods).</summary>
    ItemValueAtPointOfSale = 4,

    /// <summary>The sale price of the goods (Malaysia's low-value goods sales tax).</summary>
    SalePrice = 5,

    /// <summary>The import-tax assessment basis (price, transport to destination and duties), where the tax amount is waived under a floor (Switzerland).</summary>
    TaxAssessmentBasis = 6,

    /// <summary>The declared (customs) value of the shipment including freight and insurance (Brazil from 2024-08-01, Mexico).</summary>
    DeclaredValuePerShipment = 7,
}
