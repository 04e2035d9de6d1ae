namespace CrossBorder.Domain.Geography;

/// <summary>The place of a VAT/GST rate in a country's rate structure.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<VatRateKind>))]
public enum VatRateKind
{
    /// <summary>The standard (general) rate.</summary>
    Standard = 1,

    /// <summary>A reduced rate (in the EU: at least 5%, Article 98 of the VAT Directive).</summary>
    Reduced = 2,

    /// <summary>A super-reduced rate below 5%.</summary>
    SuperReduced = 3,

    /// <summary>A zero rate: taxable, with the right to deduct input tax, but charged at 0%.</summary>
    Zero = 4,

    /// <summary>A sub-national rate (a Canadian province's HST, PST or QST).</summary>
    Provincial = 5,
}
