using System;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// The parts that make up the base on which a country charges import VAT, GST or consumption tax, as a combination of flags.
/// </summary>
/// <remarks>
/// Examples: the EU (Directive 2006/112/EC, Article 86) and the UK use <c>CustomsValue | Duty | TransportToDestination</c>;
/// Australia's value of the taxable importation uses <c>CustomsValue | Duty | InternationalTransportAndInsurance</c>;
/// Canada's duty-paid value uses <c>CustomsValue | Duty</c>; the United States levies no import VAT (<see cref="None"/>).
/// </remarks>
[Flags]
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ImportVatBase>))]
public enum ImportVatBase
{
    /// <summary>No import VAT or GST is charged at the border.</summary>
    None = 0,

    /// <summary>The customs value (on the country's <see cref="ValuationBasis"/>).</summary>
    CustomsValue = 1,

    /// <summary>Customs duty and other import charges (anti-dumping, additional duties) paid on the goods.</summary>
    Duty = 2,

    /// <summary>
    /// International transport and insurance to the place of entry, where the customs value leaves them out (FOB countries that add
    /// them for the tax base, such as Australia).
    /// </summary>
    InternationalTransportAndInsurance = 4,

    /// <summary>Incidental costs such as transport from the place of entry to the first place of destination inside the country (EU, UK).</summary>
    TransportToDestination = 8,

    /// <summary>Excise duties and other taxes due on importation.</summary>
    OtherTaxes = 16,
}
